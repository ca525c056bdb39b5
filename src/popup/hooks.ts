// Small hooks shared by the popup's sections: live storage items, the console tab's report, the clipboard.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../platform/messages';
import { ext } from '../platform/native';
import type { StorageItem } from '../platform/storage';
import { ASK_AGAIN_MS, askPage } from './ask-page';

// The popup reaches the extension API through `ext` (native promises in both browsers) rather than
// webextension-polyfill: the polyfill's 3 KB gzipped would take the popup past its 15 KB budget.

/** A storage item's value, kept live (`watch`); undefined until the first read. */
export function useStored<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const watching = new AbortController();
    setValue(undefined);
    item.get().then((first) => {
      if (!watching.signal.aborted) setValue(first);
    });
    item.watch(setValue, watching.signal);
    return () => watching.abort();
  }, [item.key]);
  return value;
}

/**
 * The tab the merchant is looking at: the active one when this runs as the toolbar popup; when the popup page is open
 * in a tab of its own (pinned, or in tests), the tab used just before it.
 */
async function consoleTab(): Promise<chrome.tabs.Tab | undefined> {
  const self = await ext.tabs.getCurrent();
  const tabs = await ext.tabs.query(self ? { currentWindow: true } : { active: true, currentWindow: true });
  return tabs
    .filter((tab) => tab.id !== self?.id)
    .sort((a, b) => (b.active ? 1 : 0) - (a.active ? 1 : 0) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** Asks the console tab's content script what it recognised; undefined while asking, null on a non-console tab. */
export function usePageReport(): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const id = (await consoleTab())?.id;
      if (id === undefined) return setReport(null);
      setReport(
        await askPage(
          () => ext.tabs.sendMessage(id, { type: 'lwa:page-report' }) as Promise<PageReport | undefined>,
          () => ext.tabs.get(id),
          () => new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_MS)),
        ),
      );
    })().catch(() => setReport(null));
  }, []);
  return report;
}

/** The console hosts of the manifest, which the merchant can withdraw in Firefox (MV3 host permissions are optional). */
const consoleOrigins = (): string[] => ext.runtime.getManifest().host_permissions ?? [];

/** Whether access to the console hosts is missing, and a request for it (call from a click: a user gesture). */
export function useConsoleAccess(): { missing: boolean; granted: boolean; request: () => Promise<boolean> } {
  const [missing, setMissing] = useState(false);
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    ext.permissions
      .contains({ origins: consoleOrigins() })
      .then((granted) => setMissing(!granted))
      .catch(() => setMissing(false));
  }, []);
  const request = async () => {
    const granted = await ext.permissions.request({ origins: consoleOrigins() }).catch(() => false);
    setMissing(!granted);
    setGranted(granted);
    return granted;
  };
  return { missing, granted, request };
}

/** Copies text on a click; `copied` is true after a success, false after a failure, null before. */
export function useCopy(): [copied: boolean | null, copy: (text: string) => Promise<boolean>] {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async (text: string) => {
    const ok = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    setCopied(ok);
    return ok;
  };
  return [copied, copy];
}

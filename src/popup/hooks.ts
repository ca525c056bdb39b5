// Small hooks shared by the popup's sections: live storage items, the console tab's report, the clipboard.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../platform/messages';
import { ext } from '../platform/native';
import type { StorageItem } from '../platform/storage';

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

// A tab still loading is asked again this often, this many times at most (the page's content script starts once the
// page has been read).
const ASK_AGAIN_MS = 250;
const ASKS = 40;

/** Asks the console tab's content script what it recognised; undefined while asking, null on a non-console tab. */
export function usePageReport(): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const tab = await consoleTab();
      const id = tab?.id;
      if (id === undefined) return setReport(null);
      let loaded = 0;
      for (let asked = 1; ; asked++) {
        try {
          return setReport(((await ext.tabs.sendMessage(id, { type: 'lwa:page-report' })) as PageReport) ?? null);
        } catch {
          // No content script answered: not a console page (or one the extension may not read), or one that has not
          // started yet: the page is still loading, or has just loaded (the content script runs once the page is
          // read, and listens from the moment after its first look at it). Only a tab on the console hosts shows
          // its address to the popup: such a tab is asked once more after it has loaded.
          const now = await ext.tabs.get(id).catch(() => undefined);
          if (now?.status !== 'loading') loaded++;
          if (asked >= ASKS || loaded > (now?.url === undefined ? 0 : 1)) return setReport(null);
          await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_MS));
        }
      }
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

import { progressKey, SELECTED_REGION } from './keys';
import { ext } from './native';

// Typed storage items with defaults. Only what the merchant would want to find again in the popup is kept: the client
// ID (public: it is sent to every shopper's browser), the setup progress, the chosen region. Never a client secret,
// never anything copied or typed into the consoles.

import type { Region } from '../core/consoles';

export type { Region };

export interface CapturedClientId {
  value: string;
  console: string;
  page: string;
  region: Region | null;
  host: string;
  seenAt: number;
}

export interface SetupProgress {
  clientId: CapturedClientId | null;
  /** The client ID was copied (by our button or by the merchant) on a console page. */
  clientIdCopied: boolean;
  lwaConsoleOpened: boolean;
  appRegistered: boolean;
  webSettings: { origins: number; returnUrls: number; savedAt: number } | null;
  backOnAmazonPay: boolean;
  /** Checklist items ticked (true) or unticked (false) by hand; absent means "as observed". */
  manual: Record<string, boolean>;
}

export const emptyProgress = (): SetupProgress => ({
  clientId: null,
  clientIdCopied: false,
  lwaConsoleOpened: false,
  appRegistered: false,
  webSettings: null,
  backOnAmazonPay: false,
  manual: {},
});

/** The progress as the checklist model reads it (core/steps.ts `Observed`). */
export const observedOf = (p: SetupProgress) => ({
  lwaConsoleOpened: p.lwaConsoleOpened,
  appRegistered: p.appRegistered,
  clientIdSeen: p.clientId !== null,
  webSettingsSaved: p.webSettings !== null,
  backOnAmazonPay: p.backOnAmazonPay,
});

export interface StorageItem<T> {
  readonly key: string;
  /** The whole value from what `storage.local.get` gave for this key (for callers that read several keys at once). */
  from(stored: Record<string, unknown>): T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new value on every change, until the signal aborts. */
  watch(callback: (value: T) => void, signal: AbortSignal): void;
}

/**
 * A typed item. `complete` turns what is stored into a whole value: an older version may have stored a record
 * without today's fields, and every reader must get them all.
 */
export function item<T>(
  key: string,
  fallback: () => T,
  complete: (stored: T) => T = (stored) => stored,
): StorageItem<T> {
  const area = () => ext.storage.local;
  const read = (stored: unknown) => (stored === undefined || stored === null ? fallback() : complete(stored as T));
  return {
    key,
    from: (stored) => read(stored[key]),
    async get() {
      return read((await area().get(key))[key]);
    },
    async set(value) {
      await area().set({ [key]: value });
    },
    watch(callback, signal) {
      if (signal.aborted) return;
      const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
        if (areaName === 'local' && key in changes) callback(read(changes[key]?.newValue));
      };
      ext.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}

/** The region whose checklist the popup shows; also where captures from region-less consoles are filed. */
export const selectedRegion = item<Region>(SELECTED_REGION, () => 'EU');

export const progressFor = (region: Region) =>
  item<SetupProgress>(progressKey(region), emptyProgress, (stored) => ({ ...emptyProgress(), ...stored }));

// Read-modify-write updates from one page run one after the other: two features updating at once would otherwise
// each write their own copy, and the last would drop the other's change.
let queue: Promise<void> = Promise.resolve();

/** Applies `change` to a region's progress (read, modify, write), after any update already under way. */
export function updateProgress(region: Region | null, change: (progress: SetupProgress) => void): Promise<void> {
  const run = async () => {
    const target = progressFor(region ?? (await selectedRegion.get()));
    const progress = { ...emptyProgress(), ...(await target.get()) };
    const before = JSON.stringify(progress);
    change(progress);
    // Only real changes are written: every write wakes every watcher (popup, other tabs).
    if (JSON.stringify(progress) !== before) await target.set(progress);
  };
  const next = queue.then(run, run);
  queue = next.catch(() => {});
  return next;
}

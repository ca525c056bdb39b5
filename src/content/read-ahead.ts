// The page session's one storage read (the sentences, the chosen region, every region's progress), started by a
// content script of its own at document_end (read-ahead.iife.ts), as soon as the console page is parsed. The
// session, at document_idle, then finds the answer already there and highlights the next step in the task that has
// read the page. Asked for only then, the answer came as a task of its own, queued behind the page's first rendering
// and whatever tasks the console had queued (bench, instrumented: 2–6 ms after the first look on the fixtures).
// Not at document_start: its answer then came while the page was still parsed, and the browser laid out a frame of the
// half-parsed page in about half the loads (a second layout; bench/README "Session 18": 16 of 44 loads against 3 of 44
// at document_end, and the next step no later, 2–9 ms sooner, on five consoles).
// Both scripts run in the extension's own world of the page (Chrome's isolated world, Firefox's sandbox), whose
// global object the page cannot see.

import { REGIONS } from '../core/consoles';
import { PAGE_STRINGS } from '../platform/i18n';
import { progressKey, SELECTED_REGION } from '../platform/keys';
import { ext } from '../platform/native';

type Stored = Record<string, unknown>;

/** What the session reads at its start. */
export const SESSION_KEYS = [PAGE_STRINGS, SELECTED_REGION, ...REGIONS.map(progressKey)];

// Where the read started early waits to be taken, on the global object of the extension's world.
const SLOT = 'lwaAssistantReadAhead';
type Slot = { [SLOT]?: () => Promise<Stored> };

/** Starts the read (read-ahead.iife.ts), keeping every change of those keys until the answer is taken. */
export function startReadAhead(): void {
  // Changes made meanwhile (another tab, the popup) win over what was read: the session watches for changes only
  // once it has the answer.
  const changed: Stored = {};
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    for (const key of SESSION_KEYS) if (key in changes) changed[key] = changes[key]?.newValue;
  };
  ext.storage.onChanged.addListener(onChanged);
  const answer = ext.storage.local.get(SESSION_KEYS);
  // Removed a task later, once the session's own listener is there: the browser is told of each listener added or
  // removed, and a change it handled while this world had none would not reach the page.
  const stop = () => setTimeout(() => ext.storage.onChanged.removeListener(onChanged));
  (globalThis as Slot)[SLOT] = () => answer.finally(stop).then((stored) => ({ ...stored, ...changed }));
}

/**
 * The session's read: the one started at document_end if there is one (taken once), else a read now (a console
 * page opened before the extension was installed or updated gets the main script alone). The caller watches for
 * changes in the microtask the answer arrives in; the read-ahead's listener keeps every change until then.
 */
export function readStored(): Promise<Stored> {
  const early = takeReadAhead();
  return early ? early() : ext.storage.local.get(SESSION_KEYS);
}

/** Takes the read started early, if any (also on a page the main script finds is no console page: it stops). */
export function takeReadAhead(): (() => Promise<Stored>) | undefined {
  const slot = globalThis as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early;
}

// How the popup asks the merchant's tab what its content script recognised (hooks.ts usePageReport), apart from the
// browser so that the unit tests can count the asks. A console page whose content script has not started cannot
// answer yet: the page is still loading, or has just loaded (the content script runs once the page has been read, and
// listens from the moment after its first look at it). Such a tab is asked again; any other answers at once.
import type { PageReport } from '../platform/messages';

/** What the popup can see of the tab now: its loading status, and its address only on the console hosts. */
export interface TabNow {
  status?: string;
  url?: string;
}

// A tab still loading is asked again this often, this many times at most (about 5 s).
export const ASK_AGAIN_MS = 250;
export const ASKS = 20;

/**
 * The tab's report, or null when no content script answers: at once on a loaded page the extension may not read;
 * after its loading, and one more ask, on the console hosts. No answer and an empty one are the same (Chrome rejects
 * a message nobody answered; Firefox resolves it with nothing).
 */
export async function askPage(
  ask: () => Promise<PageReport | undefined>,
  tab: () => Promise<TabNow | undefined>,
  wait: () => Promise<void>,
): Promise<PageReport | null> {
  let loaded = 0;
  for (let asked = 1; ; asked++) {
    const report = await ask().catch(() => undefined);
    if (report) return report;
    const now = await tab().catch(() => undefined);
    if (now?.status !== 'loading') loaded++;
    if (asked >= ASKS || loaded > (now?.url === undefined ? 0 : 1)) return null;
    await wait();
  }
}

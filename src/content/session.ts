// One page session: everything the content script does on a console page runs under one AbortController, so an
// extension update, a navigation away from the console or a second instance ends every listener, observer and
// element at once (dom-contract: Page state; "never two copies of anything").

import { classify, type PageModel } from '../console/classify';
import { collect, type PageRecords, refreshValues } from '../console/collect';
import { isOwnUi, openShadowRoots, queryAll } from '../console/composed';
import { observePage, type PageObserver } from '../console/observe';
import { type ConsolePage, classifyConsoleUrl, type Region } from '../core/consoles';
import { stepsLeft } from '../core/steps';
import { PAGE_STRINGS, type PageStrings, usePageStrings } from '../platform/i18n';
import { isRequest, type Notice, type PageReport } from '../platform/messages';
import { ext, extensionAlive } from '../platform/native';
import { emptyProgress, observedOf, progressFor, type SetupProgress, selectedRegion } from '../platform/storage';
import { inOurUi, relayout } from '../ui/host';
import { readStored } from './read-ahead';

const READY_ATTRIBUTE = 'data-lwa-assistant';
// How long after the page moved its content our elements follow (see movedLater).
const MOVE_DELAY_MS = 100;
// A hash of every _locales/*/messages.json of this build (vite.config.ts): sentences kept for another build are not used.
declare const __PAGE_STRINGS_BUILD__: string;
// A second instance (Firefox injects the new version into open tabs after an update) announces itself with this
// event; the first removes everything it added and stops.
const TAKEOVER_EVENT = 'lwa-assistant:takeover';
// Looks again at a page whose components are not defined yet: after 250 ms, then 0.5, 1, 2, 4 s (~8 s in all).
const PENDING_LOOKS = 5;
const PENDING_FIRST_MS = 250;
// When the fields' values are compared with a look's again (see checkValuesAfter): 0.05, 0.15, 0.45, 1.35, 4.05 and
// 12.15 s after it. The first was 0.5 s: a form whose values are written a task after it renders showed "fill in the
// details" for half a second before its Save (review 21, in Chromium: 6 to 8 loads in 8).
const VALUE_CHECK_FIRST_MS = 50;
const VALUE_CHECK_LAST_MS = 13_500;

export interface Scan {
  page: ConsolePage;
  records: PageRecords;
  model: PageModel;
}

export interface FeatureContext {
  page: ConsolePage;
  /** The latest look at the page. */
  scan(): Scan;
  /** Calls back after every new look at the page (at most once per frame), until the signal aborts. */
  onScan(callback: (scan: Scan) => void, signal: AbortSignal): void;
  /** The setup progress of this page's region, kept up to date. */
  progress(): SetupProgress;
  /**
   * The region whose progress this page reads and writes: the page's own, or on the region-less consoles the one
   * chosen in the popup when the page opened (null until known; then storage decides, as it would have).
   */
  region(): Region | null;
  onProgress(callback: (progress: SetupProgress) => void, signal: AbortSignal): void;
}

export interface Feature {
  name: string;
  init(signal: AbortSignal, context: FeatureContext): void;
}

/**
 * Removes what an earlier instance left behind when it could not remove it itself: Firefox ends an updated add-on's
 * content scripts without running their listeners (the takeover event reaches nobody), and injects the new version
 * beside the old one's UI. Runs after the takeover event, so a live earlier instance has already cleaned up.
 */
function sweepLeftovers(): void {
  for (const el of [...(document.body?.children ?? [])]) {
    if (isOwnUi(el)) el.remove();
  }
  // Marks may sit in the console's web components too (their open shadow roots).
  const scopes = [document, ...(document.body ? openShadowRoots(document.body) : [])];
  for (const el of queryAll(scopes, '[data-lwa-field],[data-lwa-next-step]')) {
    el.removeAttribute('data-lwa-field');
    el.removeAttribute('data-lwa-next-step');
  }
  for (const el of queryAll(scopes, '[aria-describedby*="lwa-assistant-"]')) {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const kept = ids.filter((id) => id && !id.startsWith('lwa-assistant-'));
    if (kept.length) el.setAttribute('aria-describedby', kept.join(' '));
    else el.removeAttribute('aria-describedby');
    if (kept.length < ids.length && el.getAttribute('aria-invalid') === 'true') el.removeAttribute('aria-invalid');
  }
}

/**
 * Starts the features of a console page in two turns: `firstTurn` (what the merchant acts on first: the next step)
 * in the task that has read the page, `after` (the others) in the task after it.
 */
export function startAssistant(firstPage: ConsolePage, firstTurn: Feature[], after: Feature[]): AbortController {
  const session = new AbortController();
  const { signal } = session;
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  // A live earlier instance has just removed its mark and its UI; one still there was left by an instance that ended
  // without cleaning up — the mark on <html>, or (ended between its two turns, before it marked the page ready) its
  // next step's mark and, once placed, its host. Without any of them there is nothing to sweep, and the page is not
  // searched at all. (One native query: going over the body's children here cost 0.1–0.2 ms more per load.)
  if (
    document.documentElement.hasAttribute(READY_ATTRIBUTE) ||
    document.querySelector('lwa-assistant-root,[data-lwa-next-step]')
  )
    sweepLeftovers();
  document.addEventListener(TAKEOVER_EVENT, () => session.abort(), { signal });

  const failures = new Set<string>();
  const fail = (name: string, error: unknown) => {
    failures.add(name);
    console.error(`[Setup Assistant for Amazon Pay] ${name}:`, error);
  };

  /** Calls every listener with the value; one that throws is reported and does not stop the others. */
  const tell = <T>(listeners: Set<(value: T) => void>, value: T, name: string) => {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (error) {
        fail(name, error);
      }
    }
  };

  let page = firstPage;
  let url = location.href;
  let pageRun: AbortController | null = null;
  let latest: Scan | null = null;
  // Whether the features have started, and whether `latest` still shows the page as it is (nothing changed since).
  let started = false;
  let fresh = false;
  // The observer, once started (see observePage).
  let observer: PageObserver | null = null;
  const scanListeners = new Set<(scan: Scan) => void>();
  const progressListeners = new Set<(progress: SetupProgress) => void>();
  let progress: SetupProgress | null = null;
  let region: Region | null = null;

  // Components not defined yet: looked at again a few times, further and further apart (their script may load late).
  let pendingLooks = 0;
  const lookAgainLater = (records: PageRecords) => {
    if (!records.pending) pendingLooks = 0;
    // Only a request that was taken counts: looks caused by the page's own changes meanwhile spend nothing.
    else if (observer && pendingLooks < PENDING_LOOKS && observer.later(PENDING_FIRST_MS * 2 ** pendingLooks)) {
      pendingLooks++;
    }
  };
  // A console may fill its fields after they are in the page through their value property alone (a form's setValue
  // once the saved settings have loaded, a component's .value binding): no mutation, no input event. (Inferred from
  // how those frameworks work, not seen on Amazon's consoles: test/fixtures/variants-dynamic models it.) Whether each
  // field is empty is compared with the last look's a few times after it, further and further apart; a field filled
  // or emptied meanwhile is read as typing is.
  let valueCheck: ReturnType<typeof setTimeout> | undefined;
  const isEmpty = (value: string | undefined) => !value?.trim();
  const checkValuesAfter = (delay: number) => {
    clearTimeout(valueCheck);
    if (signal.aborted || delay > VALUE_CHECK_LAST_MS || !latest?.records.controls.length) return;
    valueCheck = setTimeout(() => {
      const changed = latest?.records.controls.some(
        (control) => isEmpty((control.element as HTMLInputElement).value) !== isEmpty(control.value),
      );
      if (changed && !signal.aborted) onChange(false);
      checkValuesAfter(delay * 3);
    }, delay);
  };
  signal.addEventListener('abort', () => clearTimeout(valueCheck));

  const look = (): Scan => {
    const records = collect(document);
    observer?.watch(records.shadowRoots);
    lookAgainLater(records);
    latest = { page, records, model: classify(records) };
    checkValuesAfter(VALUE_CHECK_FIRST_MS);
    return latest;
  };

  // The page changed without anything the assistant reads (a banner, a ticker): our elements are placed again a
  // little later, at most ten times a second — a page that changes every frame would otherwise pay a placement per
  // frame (bench: +0.09 ms per frame on the churn page).
  let moveTimer: ReturnType<typeof setTimeout> | undefined;
  const movedLater = () => {
    moveTimer ??= setTimeout(() => {
      moveTimer = undefined;
      if (signal.aborted) return;
      // Any change of the page is a chance to notice the extension is gone, not only one that needs a new look.
      if (!extensionAlive()) return session.abort();
      relayout();
    }, MOVE_DELAY_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(moveTimer));

  // Whether an element the last look read has left the page (then what went with it may have mattered).
  const lostFromPage = () => {
    if (!latest) return true;
    const { controls, labels, actions, ids } = latest.records;
    return (
      [controls, labels, actions, ids].some((list) => list.some((record) => !record.element.isConnected)) ||
      labels.some((label) => label.valueElement && !label.valueElement.isConnected)
    );
  };

  const context: FeatureContext = {
    get page() {
      return page;
    },
    scan: () => latest ?? look(),
    onScan(callback, until) {
      scanListeners.add(callback);
      until.addEventListener('abort', () => scanListeners.delete(callback));
    },
    progress: () => progress ?? emptyProgress(),
    region: () => page.region ?? region,
    onProgress(callback, until) {
      progressListeners.add(callback);
      until.addEventListener('abort', () => progressListeners.delete(callback));
    },
  };

  // The page's marks, in its web components' shadow roots too.
  const marked = (attribute: string) =>
    queryAll([document, ...(latest?.records.shadowRoots ?? [])], `[${attribute}]`).map(
      (el) => el.getAttribute(attribute) ?? '',
    );
  const report = (): PageReport => ({
    console: page.console,
    page: page.page,
    region: page.region,
    fields: [...new Set(marked('data-lwa-field'))],
    nextStep: marked('data-lwa-next-step')[0] ?? null,
    stepsLeft: progress ? stepsLeft(observedOf(progress), progress.manual) : 0,
    failures: [...failures],
  });
  // The features of the second turn, until they have started (see startPage).
  let secondTurn: (() => void) | null = null;
  let lastNotice = '';
  const notify = () => {
    const notice: Notice = { type: 'lwa:report', report: report() };
    const text = JSON.stringify(notice);
    if (text === lastNotice || !extensionAlive()) return;
    lastNotice = text;
    ext.runtime.sendMessage(notice).catch(() => {});
  };

  const startPage = () => {
    pageRun = new AbortController();
    const run = pageRun;
    signal.addEventListener('abort', () => run.abort(), { signal: run.signal });
    // The look taken while the first storage read was under way serves, unless the page has changed since.
    if (!fresh) look();
    fresh = false;
    const start = (list: Feature[]) => {
      for (const feature of list) {
        try {
          feature.init(run.signal, context);
        } catch (error) {
          fail(feature.name, error);
        }
      }
    };
    start(firstTurn);
    // The highlight does not wait for the other features' first run (~4 ms of cold code on a console page; bench:
    // start → next step), and the page has the main thread in between. Started at once when the popup asks for the
    // report (it lists the fields they mark).
    secondTurn = () => {
      secondTurn = null;
      start(after);
      // Ready (dom-contract: Page state) once every feature has started: the page is marked as it will stay.
      document.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
      notify();
    };
    // (A page started again meanwhile has a turn of its own: it may only come sooner.)
    setTimeout(() => secondTurn?.());
  };
  const stopPage = () => {
    pageRun?.abort();
    pageRun = null;
    secondTurn = null;
    document.documentElement.removeAttribute(READY_ATTRIBUTE);
  };

  const onChange = (whole: boolean) => {
    // Extension reloaded or updated under us: leave nothing behind (Chrome does not re-inject into open tabs).
    if (!extensionAlive()) return session.abort();
    // Before the features start: the early look is out of date, nothing more (the start looks again).
    if (!started) {
      fresh = false;
      return;
    }
    // Only an entry emptied or filled (observePage): the elements are the last look's, and which entry is the first
    // empty one is read from them again by classify alone. Walking the page again cost ~8 ms on a console-sized page
    // at the first key typed into every entry.
    let valuesOnly = !whole && latest !== null && refreshValues(latest.records);
    if (location.href !== url) {
      valuesOnly = false;
      url = location.href;
      const next = classifyConsoleUrl(url);
      if (!next || !pageRun || next.console !== page.console || next.page !== page.page) {
        stopPage();
        if (next) {
          page = next;
          startPage();
        }
      }
    }
    if (!pageRun) return;
    const scan = valuesOnly && latest ? { ...latest, model: classify(latest.records) } : look();
    latest = scan;
    tell(scanListeners, scan, 'scan');
    notify();
  };

  // The progress of this page's region (or, on the region-less consoles, of the region the merchant works in).
  const deliver = (value: SetupProgress) => {
    // A replaced or ended session reports nothing more (it would overwrite the new one's badge).
    if (signal.aborted) return;
    progress = value;
    tell(progressListeners, value, 'progress');
    notify();
  };
  const onMessage = (message: unknown, _sender: unknown, respond: (answer: PageReport) => void) => {
    if (!isRequest(message)) return;
    // Asked between a re-render of the console and our look at it (the next frame; none while the tab is hidden), the
    // marks would be those the re-render took away: the popup would say this page shows no field. The waiting look may
    // also start the page again (the app came back to a console route). A look that fails still leaves an answer.
    try {
      observer?.flush();
    } catch (error) {
      fail('scan', error);
    }
    secondTurn?.();
    if (pageRun) respond(report());
  };
  // Listened to from the task after the first look: making the runtime.onMessage binding in a content script's world
  // costs 0.5–0.6 ms (marks in the page), which the next step need not wait for (when the storage read started at
  // document_end has answered by then, as it mostly has). A popup that asks before has no answer yet, as while the
  // page loads, and asks again (popup/ask-page.ts).
  const listen = setTimeout(() => {
    if (extensionAlive()) ext.runtime.onMessage.addListener(onMessage);
    else session.abort();
  });
  signal.addEventListener('abort', () => {
    clearTimeout(listen);
    stopPage();
    if (extensionAlive()) ext.runtime.onMessage.removeListener(onMessage);
  });

  // One asynchronous read brings the sentences (platform/i18n.ts), the chosen region and every region's progress:
  // the features start with them, so the first highlight is already the right step. Started at document_end
  // (read-ahead.ts), it is usually there by now.
  readStored()
    .then(
      (stored) => {
        usePageStrings(stored[PAGE_STRINGS] as PageStrings | undefined, __PAGE_STRINGS_BUILD__);
        region = page.region ?? selectedRegion.from(stored);
        const item = progressFor(region);
        progress = item.from(stored);
        item.watch(deliver, signal);
      },
      (error) => fail('storage', error),
    )
    .finally(() => {
      if (signal.aborted) return;
      started = true;
      // The page changed while the storage read was under way: its address (the features start on the page it is
      // now, if that is a console page), or something the early look had read (its frame has not come yet).
      if (location.href !== url) {
        url = location.href;
        fresh = false;
        const now = classifyConsoleUrl(url);
        if (!now) return;
        page = now;
      }
      if (observer?.due() ?? true) fresh = false;
      startPage();
    });
  // The first look at the page, and the observer, while the storage read is under way (the main thread would only
  // wait): the features then start on a page already read, and the next step shows a look sooner. The look costs
  // the same here as after the read (bench: TaskDuration; earlier sessions measured it by ScriptDuration and by the
  // trace's URLs, which both miss the script run after the read, and took the move for an added cost).
  const first = look();
  // A mark inside a web component's shadow root, left by an instance that ended before its host joined the body, is
  // not found by the sweep's one query of the page's own tree: the look has just found the open roots, one query each.
  if (first.records.shadowRoots?.some((root) => root.querySelector('[data-lwa-next-step]'))) sweepLeftovers();
  fresh = true;
  observer = observePage(onChange, signal, inOurUi, lostFromPage, movedLater);
  observer.watch(first.records.shadowRoots);
  lookAgainLater(first.records);
  return session;
}

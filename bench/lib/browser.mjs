// The three arms of the benchmark, each its own Chromium (playwright-core, persistent context so extensions load):
// no extension, the empty extension (the browser's floor for any content script), the built extension. Fixture pages
// are served at their real console URLs by routing; everything else is refused. Everything is read through CDP and
// page.evaluate: Playwright's waiting helpers would run in a utility world of their own and add listeners and heap.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyseTrace, traced } from './trace.mjs';

// The flags every Chromium of the project runs with (the e2e harness, test/e2e/chromium.ts, uses these too).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Added to every arm alike, in the page's own world at document start: long tasks, the moment DOMContentLoaded
// fires, and every write of the extension's page contract (data-lwa-*), with a performance mark (visible in the
// trace) when the first next-step highlight appears, and when one first lands inside the late form of the churn page.
const INIT_SCRIPT = `(() => {
  const bench = (window.__lwaBench = { longTasks: [], contractWrites: 0, nextStepAt: null, formHighlightAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records) => {
    for (const record of records) {
      bench.contractWrites += 1;
      if (record.attributeName !== 'data-lwa-next-step' || !record.target.hasAttribute('data-lwa-next-step')) continue;
      if (bench.nextStepAt === null) {
        bench.nextStepAt = performance.now();
        performance.mark('bench:next-step');
      }
      if (
        bench.formHighlightAt === null &&
        performance.getEntriesByName('bench:form-rendered').length &&
        record.target.closest('#root .a-keyvalue, #root p')
      ) {
        bench.formHighlightAt = performance.now();
        performance.mark('bench:form-highlighted');
      }
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-lwa-assistant', 'data-lwa-next-step', 'data-lwa-field'],
  });
})();`;

export const ARMS = ['none', 'empty', 'extension'];

/**
 * @param {'none'|'empty'|'extension'} arm
 * @param {{ root: string, extensionDir: string, emptyDir: string, pages: Record<string, string> }} options
 *   pages: real URL (no hash) → HTML
 */
export async function launchArm(arm, { root, extensionDir, emptyDir, pages }) {
  const base = join(root, '.tmp/profiles');
  mkdirSync(base, { recursive: true });
  const profile = mkdtempSync(join(base, `bench-${arm}-`));
  const args = [...CHROMIUM_ARGS];
  const dir = arm === 'extension' ? extensionDir : arm === 'empty' ? emptyDir : null;
  // Without --disable-extensions-except, Playwright's own --disable-extensions wins and nothing loads.
  if (dir) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const refused = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = route.request().url();
      const html = pages[url.split('#')[0]];
      if (html !== undefined)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      refused.push(url);
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript({ content: INIT_SCRIPT });
  // Let the extension register before the first page (its service worker, for the built one).
  if (arm === 'extension' && !context.serviceWorkers().length) {
    await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {});
  }
  return {
    arm,
    context,
    refused,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

const pageWait = (page, ms) =>
  page.evaluate(
    (wait) =>
      new Promise((resolve) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), wait),
      ),
    ms,
  );

/**
 * How far into the churn the extension's first placement beside the late form is over. The form renders in the task
 * before the churn's first frame, and the extension's look at it runs in the next task, before that frame too; its
 * elements are then placed after the frame (11–12 ms of traced script, the first load; 14–28 ms of its script in the
 * first 250 ms of the churn in all, about 1 ms per 100 ms after that: session 19). Reported apart: what the churn
 * costs once the extension has answered the form.
 */
export const CHURN_SETTLED_MS = 250;

/**
 * One measured page load in one arm: CDP metrics deltas over the load, counts after a forced GC, the trace's
 * attribution of main-thread work to the extension, and optionally typing into an input after the load.
 * @param {object} arm from launchArm
 * @param {{ id: string, url: string, settleMs: number, expectAssistant: boolean, waitForMark?: string,
 *   typing?: { selector: string, text: string, delayMs: number } }} fixture
 * @param {{ throttle: number }} options
 */
export async function measureLoad(arm, fixture, { throttle }) {
  const page = await arm.context.newPage();
  const cdp = await arm.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const before = await metricsOf(cdp);
    const origin = new URL(fixture.url).origin;
    // Throttled pages need longer to settle; twice the time is enough for the extension's work at 4x.
    const settle = fixture.settleMs * Math.min(throttle, 2);
    const { events, result } = await traced(cdp, async () => {
      await page.goto(fixture.url, { waitUntil: 'load' });
      if (fixture.waitForMark) {
        await page.evaluate(
          (name) =>
            new Promise((resolve) => {
              const check = () => (performance.getEntriesByName(name).length ? resolve() : setTimeout(check, 50));
              check();
            }),
          fixture.waitForMark,
        );
      }
      await pageWait(page, settle);
      const after = await metricsOf(cdp);
      const seen = await page.evaluate(() => ({
        bench: window.__lwaBench,
        assistant: document.documentElement.getAttribute('data-lwa-assistant'),
        nextStep: document.querySelector('[data-lwa-next-step]')?.getAttribute('data-lwa-next-step') ?? null,
        dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null,
        formRendered: performance.getEntriesByName('bench:form-rendered')[0]?.startTime ?? null,
        churn: window.__churn ?? null,
      }));
      // Counts after a forced garbage collection: what is really kept alive, not what is merely not collected yet.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const kept = await metricsOf(cdp);
      const dom = await cdp.send('Memory.getDOMCounters');
      let typing = null;
      if (fixture.typing) {
        await page.evaluate(() => performance.mark('bench:typing-start'));
        typing = await typeInto(page, cdp, fixture.typing);
      }
      return { after, seen, typing, heap, kept, dom };
    });
    const { after, seen, typing, heap, kept, dom } = result;
    if (fixture.expectAssistant !== (seen.assistant === 'ready') && arm.arm === 'extension') {
      throw new Error(`${fixture.id}: data-lwa-assistant is ${seen.assistant} in the extension arm`);
    }
    const trace = analyseTrace(events, origin);
    // The load alone: typing, where there is some, is measured on its own below.
    const load = trace?.within(Number.NEGATIVE_INFINITY, trace.marks['bench:typing-start']) ?? null;
    const start = trace?.contentScriptStart() ?? null;
    const nextStepMark = trace?.marks['bench:next-step'];
    const sample = {
      arm: arm.arm,
      fixture: fixture.id,
      throttle,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      layouts: after.LayoutCount - before.LayoutCount,
      styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
      listeners: dom.jsEventListeners,
      nodes: dom.nodes,
      documents: dom.documents,
      heapUsed: heap.usedSize,
      jsHeapUsedSize: kept.JSHeapUsedSize,
      longTasks: seen.bench?.longTasks ?? [],
      contractWrites: seen.bench?.contractWrites ?? 0,
      assistant: seen.assistant,
      nextStep: seen.nextStep,
      extension: load,
      extensionWork: trace?.work ?? [],
      startToHighlightMs: start !== null && nextStepMark !== undefined ? (nextStepMark - start) / 1000 : null,
      dclToHighlightMs: seen.bench?.nextStepAt != null && seen.dcl != null ? seen.bench.nextStepAt - seen.dcl : null,
      typing: null,
      churn: null,
    };
    if (seen.churn && trace) {
      const from = trace.marks['bench:churn-start'];
      const to = trace.marks['bench:churn-end'];
      const marked = from !== undefined && to !== undefined;
      const settledFrom = from + CHURN_SETTLED_MS * 1000;
      const during = marked ? trace.within(from, to) : null;
      sample.churn = {
        frames: seen.churn.frames,
        formToHighlightMs:
          seen.bench?.formHighlightAt != null && seen.formRendered != null
            ? seen.bench.formHighlightAt - seen.formRendered
            : null,
        during,
        // The main thread's time while the page churns (every arm), what the target judges; and from
        // CHURN_SETTLED_MS into the churn, with the extension's own script then.
        mainThreadMs: marked ? trace.mainThreadMs(from, to) : null,
        mainThreadSettledMs: marked ? trace.mainThreadMs(settledFrom, to) : null,
        settled: marked ? trace.within(settledFrom, to) : null,
        // Extension callbacks per churned frame: its animation-frame callbacks (where it rescans) and the rest
        // (mutation observer callbacks, event listeners), counted in the trace.
        frameCallbacksPerFrame: during ? during.animationFrameCallbacks / seen.churn.frames : null,
        // The busiest single callback (one place in the script) per frame: the observer's batched rescan is one.
        maxOneCallbackPerFrame: during
          ? Math.max(0, ...during.byCallback.map((c) => c.calls)) / seen.churn.frames
          : null,
        otherCallbacksPerFrame: during ? during.otherCallbacks / seen.churn.frames : null,
      };
    }
    if (typing && trace) {
      const keys = trace.keydowns;
      const perKey = keys.map((ts, i) => trace.within(ts, keys[i + 1] ?? Number.POSITIVE_INFINITY).wallMs);
      sample.typing = { ...typing, extensionMsPerKey: perKey };
    }
    return sample;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * Types into an input with real key events (CDP Input, as a merchant would), and watches from the page's own world
 * for the verdict of the dom-contract: the input's aria-describedby naming an element with data-lwa-severity.
 */
async function typeInto(page, cdp, { selector, text, delayMs }) {
  const found = await page.evaluate((sel) => {
    const input = document.querySelector(sel);
    if (!input) return false;
    const state = { verdictMs: [], pending: null };
    window.__lwaTyping = state;
    addEventListener(
      'keydown',
      (event) => {
        state.pending = event.timeStamp;
      },
      true,
    );
    // A verdict is shown when the extension writes the input's aria attributes or the verdict element itself.
    const check = (records) => {
      if (state.pending === null) return;
      const node = (r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement);
      const shown = records.some((r) => node(r) === input || node(r)?.closest('[data-lwa-severity]'));
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (shown && ids.some((id) => document.getElementById(id)?.hasAttribute('data-lwa-severity'))) {
        state.verdictMs.push(performance.now() - state.pending);
        state.pending = null;
      }
    };
    new MutationObserver(check).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-invalid', 'aria-describedby', 'data-lwa-severity'],
    });
    input.focus();
    input.select();
    return true;
  }, selector);
  if (!found) throw new Error(`No input ${selector} to type into`);
  const before = await metricsOf(cdp);
  await page.keyboard.type(text, { delay: delayMs });
  await pageWait(page, 100);
  const after = await metricsOf(cdp);
  const verdictMs = await page.evaluate(() => window.__lwaTyping.verdictMs);
  return {
    chars: text.length,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    verdictMs,
  };
}

export const readHtml = (path) => readFileSync(path, 'utf8');

/**
 * measureLoad, tried again (twice at most) when the page timed out: a VM whose CPU the host takes away for a while
 * (seen here: CPU pressure 40 % over five minutes) would otherwise end a whole run. Said on stderr; the retried load
 * is measured afresh, in a new page.
 */
async function measureLoadRetried(arm, fixture, throttle) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureLoad(arm, fixture, { throttle });
    } catch (error) {
      if (attempt >= 3 || error?.name !== 'TimeoutError') throw error;
      console.error(`  (${fixture.id} @${throttle}x, ${arm.arm} arm: the load timed out; measuring it again)`);
    }
  }
}

/**
 * Loads every fixture of the plan in every arm, interleaved: one warm-up round, then `loads` rounds, the arms' order
 * rotated each round so that no arm always runs right after another. Closes the arms at the end.
 * @param {{ name: string, arm: object }[]} arms
 * @param {{ fixture: object, throttle: number }[]} plan
 * @param {number} loads measured loads per arm, fixture and throttling
 * @param {(fixture: object, throttle: number) => void} [done] told after each plan entry
 * @returns {Promise<object[]>} the measured samples, each with its arm's `name` as `arm` and its `round`
 */
export async function measureInterleaved(arms, plan, loads, done = () => {}) {
  const samples = [];
  try {
    for (const { fixture, throttle } of plan) {
      for (let round = 0; round < loads + 1; round++) {
        for (let i = 0; i < arms.length; i++) {
          const { name, arm } = arms[(i + round) % arms.length];
          const sample = await measureLoadRetried(arm, fixture, throttle);
          if (round > 0) samples.push({ ...sample, arm: name, round: round - 1 });
        }
      }
      done(fixture, throttle);
    }
  } finally {
    for (const { arm } of arms) await arm.close();
  }
  return samples;
}

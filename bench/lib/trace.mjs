// Reads a Chromium trace (devtools.timeline + blink.user_timing) of one page load: which main-thread work belongs to
// an extension's content scripts (every top-level EvaluateScript / FunctionCall whose script URL is
// chrome-extension://…, with what runs inside it: layouts it forces, microtasks, GC), and the marks the page and the
// benchmark set. Attribution is per load, so it does not need the noisy difference between two arms' totals.

const EXTENSION = 'chrome-extension://';
const ms = (us) => us / 1000;

/** The events not nested in another one of them (a microtask's FunctionCall may run inside an evaluation). */
export function topLevel(events) {
  const top = [];
  // An event before those nested in it that start at the same time: the longest first.
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = top[top.length - 1];
    if (!last || e.ts >= last.ts + last.dur) top.push(e);
  }
  return top;
}

/** @param {any[]} events raw trace events @param {string} pageOrigin the fixture's origin, to find its main thread */
export function analyseTrace(events, pageOrigin) {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageOrigin),
  );
  if (!parse) return null;
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid;
  const main = events.filter(onMain);
  const complete = main.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  // The main thread's work as a whole (script, style, layout, paint, collection), each piece counted once, in a window
  // of the trace (TaskDuration can only be read over the whole load): the work these categories record, not a task's
  // own overhead around it (RunTask is not among them). The same in every arm.
  const busy = topLevel(complete);

  // Top-level extension work: extension script events not nested in another one.
  const top = topLevel(
    complete.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        String(e.args?.data?.url ?? '').startsWith(EXTENSION),
    ),
  );
  const frames = complete.filter((e) => e.name === 'FireAnimationFrame');
  const inFrame = (e) => frames.some((f) => e.ts >= f.ts && e.ts < f.ts + f.dur);

  const marks = {};
  for (const e of events) {
    if (!String(e.cat).includes('blink.user_timing') || marks[e.name] !== undefined) continue;
    if (e.name.startsWith('bench:') || e.name === 'domContentLoadedEventStart') marks[e.name] = e.ts;
  }
  const keydowns = complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');

  const work = top.map((e) => ({
    kind: e.name === 'EvaluateScript' ? 'evaluate' : inFrame(e) ? 'animation-frame' : 'callback',
    url: e.args.data.url.replace(/^chrome-extension:\/\/[^/]+\//, ''),
    // Where in the (minified) script the callback is: tells the observer's rescan from the UI's relayout.
    where: `${e.args.data.functionName || '(anonymous)'}@${e.args.data.lineNumber}:${e.args.data.columnNumber}`,
    ts: e.ts,
    wallMs: ms(e.dur),
    cpuMs: ms(e.tdur ?? e.dur),
  }));
  return {
    work,
    marks,
    keydowns: keydowns.map((e) => e.ts),
    /** Extension work between two trace timestamps (µs), or over the whole load. */
    within(from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY) {
      to ??= Number.POSITIVE_INFINITY;
      const picked = work.filter((w) => w.ts >= from && w.ts < to);
      return {
        wallMs: picked.reduce((s, w) => s + w.wallMs, 0),
        cpuMs: picked.reduce((s, w) => s + w.cpuMs, 0),
        longestMs: picked.reduce((m, w) => Math.max(m, w.wallMs), 0),
        evaluate: picked.filter((w) => w.kind === 'evaluate').length,
        animationFrameCallbacks: picked.filter((w) => w.kind === 'animation-frame').length,
        otherCallbacks: picked.filter((w) => w.kind === 'callback').length,
        byCallback: Object.entries(
          picked
            .filter((w) => w.kind !== 'evaluate')
            .reduce((all, w) => {
              const key = `${w.kind} ${w.where}`;
              all[key] = { calls: (all[key]?.calls ?? 0) + 1, wallMs: (all[key]?.wallMs ?? 0) + w.wallMs };
              return all;
            }, {}),
        ).map(([callback, v]) => ({ callback, ...v })),
      };
    },
    /**
     * The main thread's time, every arm's and all of it, in the pieces of work that start between two trace timestamps
     * (µs), each counted whole: the churning page's time while it churns, without the load and the look at the late
     * form before it.
     */
    mainThreadMs(from, to) {
      return ms(busy.filter((e) => e.ts >= from && e.ts < to).reduce((sum, e) => sum + e.dur, 0));
    },
    /**
     * When the main content script (the last one evaluated, at document_idle) started: not the earlier ones (the page
     * world's clipboard report at document_start, the storage read-ahead at document_end).
     */
    contentScriptStart() {
      const evaluated = work.filter(
        (w) => w.kind === 'evaluate' && !w.url.includes('page-world') && !w.url.includes('read-ahead'),
      );
      return evaluated.length ? evaluated[evaluated.length - 1].ts : null;
    },
  };
}

/** Collects a trace over CDP while `body` runs (the bench's categories unless others are given). */
export async function traced(cdp, body, categories = 'devtools.timeline,blink.user_timing') {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories,
    transferMode: 'ReportEvents',
  });
  let result;
  try {
    result = await body();
  } finally {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

// Turns the raw samples into per-fixture tables (median and interquartile range per arm, the extension's delta over
// the empty arm) and the issue's targets with a verdict each.

import { VALIDATE_ORIGIN_TARGET_US } from '../validate-origin.mjs';
import { CHURN_SETTLED_MS } from './browser.mjs';
import { BUDGETS } from './sizes.mjs';
import { fewest, median, quantile, summary } from './stats.mjs';

const KB = 1024;
const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** Samples of one fixture at one throttling rate, by arm. */
function group(samples, fixture, throttle) {
  const of = (arm) => samples.filter((s) => s.fixture === fixture && s.throttle === throttle && s.arm === arm);
  return { none: of('none'), empty: of('empty'), extension: of('extension') };
}

const values = (list, pick) => list.map(pick).filter((v) => v !== null && v !== undefined && Number.isFinite(v));
/** The extension arm's statistic (its median unless another is given) over the empty arm's median. */
const delta = (g, pick, statistic = median) => statistic(values(g.extension, pick)) - median(values(g.empty, pick));

/** Per-load measures: [label, pick, digits]. */
const ROWS = [
  ['script time, ms (ScriptDuration)', (s) => s.scriptMs, 2],
  ['task time, ms (TaskDuration)', (s) => s.taskMs, 2],
  ['extension script, ms wall (trace)', (s) => s.extension?.wallMs ?? null, 2],
  ['extension script, ms CPU (trace)', (s) => s.extension?.cpuMs ?? null, 2],
  ['extension longest task, ms (trace)', (s) => s.extension?.longestMs ?? null, 2],
  ['layouts', (s) => s.layouts, 0],
  ['style recalculations', (s) => s.styleRecalcs, 0],
  ['event listeners (after GC)', (s) => s.listeners, 0],
  ['DOM nodes (after GC)', (s) => s.nodes, 0],
  ['JS heap used, KB (after GC)', (s) => s.heapUsed / KB, 1],
  ['long tasks > 50 ms (page, per load)', (s) => s.longTasks.filter((d) => d > 50).length, 0],
  ['content-script start → next step, ms', (s) => s.startToHighlightMs, 2],
  ['DOMContentLoaded → next step, ms', (s) => s.dclToHighlightMs, 2],
  ['data-lwa-* writes', (s) => s.contractWrites, 0],
];
const CHURN_ROWS = [
  ['churned frames', (s) => s.churn?.frames ?? null, 0],
  ['form rendered → highlighted, ms', (s) => s.churn?.formToHighlightMs ?? null, 2],
  ['main-thread time while it churns, ms (trace)', (s) => s.churn?.mainThreadMs ?? null, 2],
  [`the same from ${CHURN_SETTLED_MS} ms into the churn, ms (trace)`, (s) => s.churn?.mainThreadSettledMs ?? null, 2],
  [
    `extension script from ${CHURN_SETTLED_MS} ms into the churn, ms (trace)`,
    (s) => s.churn?.settled?.wallMs ?? null,
    2,
  ],
  ['extension script during churn, ms (trace)', (s) => s.churn?.during?.wallMs ?? null, 2],
  ['extension animation-frame callbacks per frame', (s) => s.churn?.frameCallbacksPerFrame ?? null, 2],
  ['extension: calls per frame of its busiest callback', (s) => s.churn?.maxOneCallbackPerFrame ?? null, 2],
  ['extension other callbacks per frame (listeners, timers)', (s) => s.churn?.otherCallbacksPerFrame ?? null, 2],
];
const TYPING_ROWS = [
  ['typing: script per character, ms', (s) => (s.typing ? s.typing.scriptMs / s.typing.chars : null), 3],
  ['typing: task time per character, ms', (s) => (s.typing ? s.typing.taskMs / s.typing.chars : null), 3],
  [
    'typing: extension script per keystroke p95, ms (trace)',
    (s) => (s.typing ? quantile(s.typing.extensionMsPerKey, 0.95) : null),
    3,
  ],
  [
    'typing: keystroke → verdict shown p95, ms',
    (s) => (s.typing?.verdictMs.length ? quantile(s.typing.verdictMs, 0.95) : null),
    2,
  ],
];

function cell(list, pick, digits) {
  const v = values(list, pick);
  if (!v.length) return '—';
  const s = summary(v);
  return `${fmt(s.median, digits)} (${fmt(s.q1, digits)}–${fmt(s.q3, digits)})`;
}

export function evaluateTargets({ samples, sizes, validate, fixtures }) {
  const targets = [];
  const add = (measure, target, value, pass, note = '') =>
    targets.push({ measure, target, value, verdict: pass === null ? 'n/a' : pass ? 'PASS' : 'MISS', note });
  const { contentScripts, popupJs } = sizes.totals;
  add(
    'content scripts, all together, gzipped',
    '≤ 8 KB (stretch 6 KB)',
    `${kb(contentScripts)}${contentScripts <= BUDGETS.contentScriptsStretch ? ' (stretch met)' : ''}`,
    contentScripts <= BUDGETS.contentScripts,
  );
  add('popup JavaScript, gzipped', '≤ 15 KB', kb(popupJs), popupJs <= BUDGETS.popupJs);
  add(
    'validateOrigin per call (Node)',
    `≤ ${VALIDATE_ORIGIN_TARGET_US} µs`,
    `${fmt(validate.median, 2)} µs median, ${fmt(validate.p95, 2)} µs p95`,
    validate.median <= VALIDATE_ORIGIN_TARGET_US,
  );
  if (!samples.length) return targets;

  const consoles = fixtures.filter((f) => f.expectAssistant && !f.churn).map((f) => f.id);
  const worst = (throttle, pick, statistic = median) => {
    let at = { value: Number.NEGATIVE_INFINITY, fixture: '' };
    for (const id of consoles) {
      const g = group(samples, id, throttle);
      if (!g.extension.length) continue;
      const d = delta(g, pick, statistic);
      if (d > at.value) at = { value: d, fixture: id };
    }
    return at;
  };
  const traced = (throttle) => {
    let at = { value: Number.NEGATIVE_INFINITY, fixture: '' };
    for (const id of consoles) {
      const g = group(samples, id, throttle);
      const m = median(values(g.extension, (s) => s.extension?.wallMs ?? null));
      if (m > at.value) at = { value: m, fixture: id };
    }
    return at;
  };
  // Judged by TaskDuration, all the main-thread work the extension adds: ScriptDuration leaves out the script that
  // runs in the promise callbacks of the extension's API (its storage read, and so its first look at the page and
  // every feature's start), and the trace cannot attribute that script by its URL either (bench/README).
  for (const [throttle, limit] of [
    [1, 5],
    [4, 20],
  ]) {
    const task = worst(throttle, (s) => s.taskMs);
    if (task.fixture === '') continue;
    const script = worst(throttle, (s) => s.scriptMs);
    const t = traced(throttle);
    add(
      `added main-thread time per console page load, ${throttle}x (worst fixture, TaskDuration median delta over empty)`,
      `≤ ${limit} ms`,
      `${fmt(task.value, 2)} ms on ${task.fixture}; ScriptDuration delta ${fmt(script.value, 2)} ms on ${script.fixture}; attributed by URL in the trace ${fmt(t.value, 2)} ms on ${t.fixture}`,
      task.value <= limit,
    );
  }
  const ones = samples.filter((s) => s.throttle === 1 && consoles.includes(s.fixture));
  const longTasks = (arm) => ones.filter((s) => s.arm === arm).reduce((n, s) => n + s.longTasks.length, 0);
  const ours = ones.filter((s) => s.arm === 'extension');
  const longest = Math.max(...values(ours, (s) => s.extension?.longestMs ?? null));
  // Judged per load, as every other figure: the median count of long tasks in a load of each fixture. A page whose own
  // parse runs close to 50 ms (the console-sized page: 54 to 108 ms in every arm) crosses the line in some loads and
  // not others, so the totals over all loads move by one either way with no work of the extension's in them.
  const perLoad = (arm, fixture) =>
    median(ones.filter((s) => s.arm === arm && s.fixture === fixture).map((s) => s.longTasks.length));
  const more = consoles.filter((fixture) => perLoad('extension', fixture) > perLoad('empty', fixture));
  // A task's CPU time beside its wall time: on a VM that takes the CPU away now and then, a task can pass 50 ms of
  // wall time with a third of that run (session 18: 69.9 ms wall, 16.7 ms of CPU), which the page's own loads show
  // too. The verdict stays the wall time's, what a merchant would wait through.
  const work = ours.flatMap((s) => s.extensionWork ?? []);
  const longestWork = work.reduce((a, w) => (a && a.wallMs >= w.wallMs ? a : w), null);
  const mostCpu = Math.max(0, ...work.map((w) => w.cpuMs ?? 0));
  const overLoads = ours.filter((s) => (s.extension?.longestMs ?? 0) > 50).length;
  add(
    "long tasks, 1x (the page's longtask observer, every console load)",
    "none added over 50 ms, none of the extension's own",
    `${more.length ? `more per load (median) on ${more.join(', ')}` : 'none added per load (median, every fixture)'}; in all loads ${longTasks('extension')} in the extension arm, ${longTasks('empty')} in the empty arm; longest extension task attributed by URL ${fmt(longest, 1)} ms (${fmt(longestWork?.cpuMs, 1)} ms of it CPU), over 50 ms in ${overLoads} of ${ours.length} loads; the most CPU any of its tasks took ${fmt(mostCpu, 1)} ms`,
    more.length === 0 && longest <= 50,
  );
  // Layouts and recalculations: judged by the difference of medians, with the extension arm's fewest over the empty
  // arm's median beside it (what test/e2e/bench-counts gates in CI: what the extension adds on every load). The
  // browser renders a frame wherever the parser or a task yields at a frame's time, so some loads take one more; with
  // the storage read started at document_start that happened more often in the extension arm (session 12, legacy
  // console, variants interleaved: a third layout in 21 of 72 loads with it, 3 of 30 without; session 18 moved it to
  // document_end), so the median can show a count the fewest does not.
  for (const [name, pick, limit] of [
    ['layouts', (s) => s.layouts, 1],
    ['style recalculations', (s) => s.styleRecalcs, 2],
  ]) {
    const typical = worst(1, pick);
    const every = worst(1, pick, fewest);
    add(
      `added ${name} per load (worst fixture, difference of medians)`,
      `≤ ${limit}`,
      `${fmt(typical.value, 0)} on ${typical.fixture}; the extension arm's fewest over the empty arm's median ${fmt(every.value, 0)} on ${every.fixture}`,
      typical.fixture === '' ? null : typical.value <= limit,
    );
  }
  const heap = worst(1, (s) => s.heapUsed);
  add(
    'JS heap over the empty arm (worst fixture, median, after GC)',
    '≤ 256 KB',
    `${kb(heap.value)} on ${heap.fixture}`,
    heap.fixture === '' ? null : heap.value <= 256 * KB,
  );
  let startWorst = { value: Number.NEGATIVE_INFINITY, fixture: '' };
  for (const id of consoles) {
    const m = median(values(group(samples, id, 1).extension, (s) => s.startToHighlightMs));
    if (m > startWorst.value) startWorst = { value: m, fixture: id };
  }
  add(
    'content-script start → highlight, 1x (worst fixture, median)',
    '≤ 16 ms',
    `${fmt(startWorst.value, 1)} ms on ${startWorst.fixture}`,
    Number.isFinite(startWorst.value) ? startWorst.value <= 16 : null,
  );

  const churnFixture = fixtures.find((f) => f.churn);
  const churn = churnFixture ? group(samples, churnFixture.id, 1) : null;
  if (churn?.extension.length) {
    const formMs = values(churn.extension, (s) => s.churn?.formToHighlightMs ?? null);
    add(
      'late form rendered → highlighted (p95)',
      '≤ 32 ms',
      formMs.length
        ? `${fmt(quantile(formMs, 0.95), 1)} ms (${formMs.length}/${churn.extension.length} loads highlighted in the form)`
        : 'never highlighted in the form',
      formMs.length === churn.extension.length ? quantile(formMs, 0.95) <= 32 : false,
    );
    // Judged while the page churns (trace: every arm's main-thread work between the page's churn marks). Over the
    // whole load the delta also held the content script's start and its look at the late form, both before the
    // churn starts, which the per-load and late-form targets judge: counted here too, they made this target the
    // per-load one plus the churn. The first placement beside the form does fall in the churn, and counts.
    const churning = (s) => s.churn?.mainThreadMs ?? null;
    const added = delta(churn, churning);
    const empty = summary(values(churn.empty, churning));
    const noise = empty.iqr;
    const script = median(values(churn.extension, (s) => s.churn?.during?.wallMs ?? null));
    add(
      'churning page: added main-thread time while it churns (trace, churn-start → churn-end)',
      'within the noise of the empty arm (≤ its IQR)',
      `${fmt(added, 1)} ms added over ${fmt(empty.median, 1)} ms; empty arm IQR ${fmt(noise, 1)} ms; the extension's script then ${fmt(script, 1)} ms`,
      Number.isFinite(added) ? added <= noise : null,
    );
    const settled = (s) => s.churn?.mainThreadSettledMs ?? null;
    add(
      `churning page: the same from ${CHURN_SETTLED_MS} ms into the churn, after the first placement beside the late form (trace)`,
      'reported',
      `${fmt(delta(churn, settled), 1)} ms; empty arm IQR ${fmt(summary(values(churn.empty, settled)).iqr, 1)} ms; the extension's script then ${fmt(
        median(values(churn.extension, (s) => s.churn?.settled?.wallMs ?? null)),
        1,
      )} ms`,
      null,
    );
    add(
      'churning page: added main-thread time over the whole load (TaskDuration delta: start, late form and churn)',
      'reported',
      `${fmt(
        delta(churn, (s) => s.taskMs),
        1,
      )} ms (ScriptDuration delta ${fmt(
        delta(churn, (s) => s.scriptMs),
        1,
      )} ms); empty arm IQR ${fmt(summary(values(churn.empty, (s) => s.taskMs)).iqr, 1)} ms`,
      null,
    );
    const perFrame = median(values(churn.extension, (s) => s.churn?.maxOneCallbackPerFrame ?? null));
    const all = median(values(churn.extension, (s) => s.churn?.frameCallbacksPerFrame ?? null));
    const ms = median(values(churn.extension, (s) => s.churn?.during?.wallMs ?? null));
    const frames = median(values(churn.extension, (s) => s.churn?.frames ?? null));
    add(
      'churning page: callbacks per frame (busiest extension callback)',
      '≤ 1 per frame',
      `${fmt(perFrame, 2)} per frame (all animation-frame callbacks: ${fmt(all, 2)} per frame; ${fmt(ms / frames, 2)} ms of extension script per frame)`,
      perFrame <= 1.05,
    );
  }

  const typingFixture = fixtures.find((f) => f.typing);
  if (typingFixture) {
    const g4 = group(samples, typingFixture.id, 4);
    const perKey = g4.extension.flatMap((s) => s.typing?.extensionMsPerKey ?? []);
    if (perKey.length) {
      // The first key into an entry brings the one look at the page that typing asks for (the entry filled: the next
      // empty row is the step now) and the verdict's first placement, 50–110 ms at 4x together; at 40 ms between keys the placement falls
      // before or after the second key's press as the timing goes, so the p95 (12 of 225 keys) holds one heavy key
      // per load or two (session 24). Their sum, and the keys after them, are shown beside the verdict.
      const keys = g4.extension.map((s) => s.typing?.extensionMsPerKey ?? []).filter((k) => k.length > 2);
      const burst = keys.map(([first, second]) => first + second);
      const after = keys.flatMap((k) => k.slice(2));
      add(
        'typing: extension script per keystroke (handler + its frame), p95 at 4x (trace)',
        '≤ 1 ms',
        `${fmt(quantile(perKey, 0.95), 2)} ms` +
          (burst.length
            ? ` (the first two keys together: ${fmt(median(burst), 1)} ms median; from the third key on: ${fmt(quantile(after, 0.95), 2)} ms p95, ${fmt(median(after), 2)} median)`
            : ''),
        quantile(perKey, 0.95) <= 1,
      );
    }
    const g1 = group(samples, typingFixture.id, 1);
    if (g1.extension.length) {
      const perChar = delta(g1, (s) => (s.typing ? s.typing.taskMs / s.typing.chars : null));
      const scriptPerChar = delta(g1, (s) => (s.typing ? s.typing.scriptMs / s.typing.chars : null));
      add(
        'typing: added main-thread time per character, 1x (TaskDuration delta over empty)',
        '≤ 0.5 ms',
        `${fmt(perChar, 3)} ms (ScriptDuration delta ${fmt(scriptPerChar, 3)} ms)`,
        perChar <= 0.5,
      );
      const verdicts = g1.extension.flatMap((s) => s.typing?.verdictMs ?? []);
      add(
        'typing: keystroke → verdict shown, 1x (reported, p95)',
        'reported',
        verdicts.length
          ? `${fmt(quantile(verdicts, 0.95), 1)} ms p95, ${fmt(median(verdicts), 1)} ms median`
          : 'no verdict seen',
        null,
      );
    }
  }
  return targets;
}

export function renderMarkdown({ context, samples, sizes, validate, targets, plan, floors }) {
  const out = [];
  const m = context.machine;
  out.push('# Benchmark report (`npm run bench`)', '');
  out.push(
    `${context.date}, ${context.durationS} s. ${context.loads} measured loads per arm, fixture and throttling (after ${context.warmup} warm-up), arms interleaved. Machine: ${m.cpus}, ${m.memoryGb} GB, ${m.chromium}, Node ${m.node}; load average at start ${m.loadAverageAtStart}.`,
    '',
    'Arms: **none** (no extension), **empty** (an MV3 extension whose content script does nothing, on the same URLs: the browser floor), **extension** (the built extension). Cells: median (interquartile range). "ext − empty" is the difference of medians; times are wall-clock and noisy on a shared machine, counts are not.',
    '',
  );
  out.push('## Targets', '', '| verdict | measure | value | target |', '|---|---|---|---|');
  for (const t of targets) out.push(`| ${t.verdict} | ${t.measure} | ${t.value} | ${t.target} |`);
  // The floors beside the verdicts: a target that the content scripts doing the least this job needs miss as well is
  // read against them (README, "What it costs a console page"). Their own run, not this one: its date is shown.
  if (floors?.table?.length) {
    out.push(
      '',
      `## Floors (\`node bench/floors.mjs\`, ${floors.date}, ${floors.loads} loads per arm: not this run)`,
      '',
      "The least a content script doing this job must do (bench/minimal-extension), the same with this project's domain rules and nothing else (bench/minimal-domain), every item of the page contract done the plainest way with those rules and no console adapter (bench/minimal-features), and this extension, measured in one run of their own, interleaved with the empty arm.",
      '',
      '| measure | minimal content script | with the domain rules | every feature, plainly | this extension |',
      '|---|---|---|---|---|',
      ...floors.table.map(
        (row) =>
          `| ${row.measure} | ${[row.floor, row.domain, row.features, row.extension].map((v) => fmt(v, 2)).join(' | ')} |`,
      ),
    );
  }
  out.push('', '## Sizes (gzip -9)', '', '| part | file | bytes | gzipped |', '|---|---|---|---|');
  for (const f of sizes.files) out.push(`| ${f.part} | ${f.file} | ${f.bytes} | ${f.gzip} |`);
  out.push(
    `| **content scripts** | | | **${kb(sizes.totals.contentScripts)}** |`,
    `| **popup JS** | | | **${kb(sizes.totals.popupJs)}** |`,
    `| **background** | | | **${kb(sizes.totals.background)}** |`,
    '',
    `validateOrigin: ${validate.corpus} inputs, ${fmt(validate.median, 2)} µs per call median, ${fmt(validate.p95, 2)} µs p95 (src/core bundle ${validate.coreGzip} B gzipped).`,
    '',
  );
  for (const { fixture, throttle } of plan) {
    const g = group(samples, fixture.id, throttle);
    if (!g.extension.length) continue;
    out.push(`## ${fixture.id} at ${throttle}x`, '', `\`${fixture.url}\``, '');
    out.push('| measure | none | empty | extension | ext − empty | empty − none |', '|---|---|---|---|---|---|');
    const rows = [...ROWS, ...(fixture.churn ? CHURN_ROWS : []), ...(fixture.typing ? TYPING_ROWS : [])];
    for (const [label, pick, digits] of rows) {
      const d1 = delta(g, pick);
      const d0 = median(values(g.empty, pick)) - median(values(g.none, pick));
      out.push(
        `| ${label} | ${cell(g.none, pick, digits)} | ${cell(g.empty, pick, digits)} | ${cell(g.extension, pick, digits)} | ${fmt(d1, digits)} | ${fmt(d0, digits)} |`,
      );
    }
    out.push('');
  }
  if (Object.values(context.refused).some((r) => r.length)) {
    out.push(
      '## Refused requests',
      '',
      ...Object.entries(context.refused).map(([arm, r]) => `- ${arm}: ${r.join(', ') || 'none'}`),
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

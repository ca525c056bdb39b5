// `node bench/floors.mjs [--loads N]`: how much of each missed target any content script doing our job would cost.
// Five arms, interleaved as in `npm run bench`: the empty extension (the browser's floor), the minimal content
// script (bench/minimal-extension: the least ours must do, with the browser's URL parser for a verdict), the same with
// this project's domain rules (bench/minimal-domain: labels in six languages, credential formats, console URLs, steps,
// URL rules; built here), every item of the page contract done the plainest way with those rules and no console
// adapter (bench/minimal-features; built here) and this extension (built fresh). On the developer console's web settings form, at 1x and 4x,
// with typing; on the churning single-page app; and at 1x on the legacy console, alone and console-sized. The figures
// are computed as bench/lib/report.mjs computes the targets. Writes bench/floors.json (every sample; ignored by git)
// and bench/floors-table.json (the table, committed: `npm run bench` shows it in its report), prints a table.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHURN_SETTLED_MS, launchArm, measureInterleaved } from './lib/browser.mjs';
import { buildChrome, buildMinimalDomain, buildMinimalFeatures, ROOT } from './lib/build.mjs';
import { CHURN, LEGACY, LEGACY_CONSOLE_SIZED, pagesOf, WEB_SETTINGS_FORM } from './lib/fixtures.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { median, quantile, summary } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const LOADS = Number(argv[argv.indexOf('--loads') + 1]) || 7;
const form = WEB_SETTINGS_FORM;
const churn = CHURN;
const plan = [
  { fixture: form, throttle: 1 },
  { fixture: form, throttle: 4 },
  { fixture: churn, throttle: 1 },
  // Start → next step and the load's cost on the legacy console, alone and inside a console-sized page.
  { fixture: LEGACY, throttle: 1 },
  { fixture: LEGACY_CONSOLE_SIZED, throttle: 1 },
];
const pages = pagesOf([form, churn, LEGACY, LEGACY_CONSOLE_SIZED]);
const extensionDir = await buildChrome(join(ROOT, '.tmp/bench/chrome'));
const domainDir = await buildMinimalDomain(join(ROOT, '.tmp/bench/minimal-domain'));
const featuresDir = await buildMinimalFeatures(join(ROOT, '.tmp/bench/minimal-features'));
const dirs = {
  empty: join(ROOT, 'bench/empty-extension'),
  floor: join(ROOT, 'bench/minimal-extension'),
  domain: domainDir,
  features: featuresDir,
  extension: extensionDir,
};
const arms = [];
for (const [name, dir] of Object.entries(dirs)) {
  // measureLoad checks data-lwa-assistant only in an arm called 'extension': the others launch as 'empty'.
  const arm = await launchArm(name === 'extension' ? 'extension' : 'empty', {
    root: ROOT,
    extensionDir: dir,
    emptyDir: dir,
    pages,
  });
  arms.push({ name, arm });
}
const samples = await measureInterleaved(arms, plan, LOADS, (fixture, throttle) =>
  console.log(`${fixture.id} @${throttle}x: ${LOADS} loads × ${arms.length} arms`),
);

const of = (name, throttle, fixture = form) =>
  samples.filter((s) => s.arm === name && s.throttle === throttle && s.fixture === fixture.id);
const med = (list, pick) => median(list.map(pick).filter((v) => v !== null && Number.isFinite(v)));
const over = (name, throttle, pick, fixture = form) =>
  med(of(name, throttle, fixture), pick) - med(of('empty', throttle, fixture), pick);
const churnWhole = (s) => s.taskMs;
// While the page churns (trace), as npm run bench judges it: the whole load also holds the start and the look at the
// late form, which come before the churn.
const churning = (s) => s.churn?.mainThreadMs ?? null;
const emptyChurn = summary(of('empty', 1, churn).map(churning));
const ownTasks = (name) => samples.filter((s) => s.arm === name && s.throttle === 1);
const rows = [
  ['main-thread time per load (TaskDuration), 1x, ms over empty (target ≤ 5)', (n) => over(n, 1, (s) => s.taskMs)],
  ['main-thread time per load (TaskDuration), 4x, ms over empty (target ≤ 20)', (n) => over(n, 4, (s) => s.taskMs)],
  ['script per load (ScriptDuration), 1x, ms over empty', (n) => over(n, 1, (s) => s.scriptMs)],
  ['JS heap after GC, KB over empty (target ≤ 256)', (n) => over(n, 1, (s) => s.heapUsed / 1024)],
  ['content-script start → next step, ms (target ≤ 16)', (n) => med(of(n, 1), (s) => s.startToHighlightMs)],
  ...[LEGACY, LEGACY_CONSOLE_SIZED].flatMap((fixture) => [
    [
      `content-script start → next step, ${fixture.id}, ms (target ≤ 16)`,
      (n) => med(of(n, 1, fixture), (s) => s.startToHighlightMs),
    ],
    [
      `main-thread time per load (TaskDuration), 1x, ${fixture.id}, ms over empty (target ≤ 5)`,
      (n) => over(n, 1, (s) => s.taskMs, fixture),
    ],
    [
      `JS heap after GC, ${fixture.id}, KB over empty (target ≤ 256)`,
      (n) => over(n, 1, (s) => s.heapUsed / 1024, fixture),
    ],
  ]),
  [
    'typing: main-thread time per character, 1x, ms over empty (target ≤ 0.5)',
    (n) => over(n, 1, (s) => (s.typing ? s.typing.taskMs / s.typing.chars : null)),
  ],
  [
    'typing: extension script per keystroke p95, 4x, ms (target ≤ 1)',
    (n) =>
      quantile(
        of(n, 4).flatMap((s) => s.typing?.extensionMsPerKey ?? []),
        0.95,
      ),
  ],
  [
    'typing: the same without the first key, 4x, ms',
    (n) =>
      quantile(
        of(n, 4).flatMap((s) => s.typing?.extensionMsPerKey.slice(1) ?? []),
        0.95,
      ),
  ],
  [
    'typing: extension script per keystroke median, 1x, ms',
    (n) => median(of(n, 1).flatMap((s) => s.typing?.extensionMsPerKey ?? [])),
  ],
  [
    `churning page: added main-thread time while it churns, ms (target within the empty arm's IQR, ${emptyChurn.iqr.toFixed(1)} ms here)`,
    (n) => over(n, 1, churning, churn),
  ],
  [
    `churning page: the same from ${CHURN_SETTLED_MS} ms into the churn, after the first placement beside the late form, ms`,
    (n) => over(n, 1, (s) => s.churn?.mainThreadSettledMs ?? null, churn),
  ],
  ['churning page: added main-thread time over the whole load, ms', (n) => over(n, 1, churnWhole, churn)],
  [
    "churning page: the content script's own script while the page churns, ms (trace)",
    (n) => med(of(n, 1, churn), (s) => s.churn?.during?.wallMs ?? null),
  ],
  [
    `churning page: the content script's own script from ${CHURN_SETTLED_MS} ms into the churn, ms (trace)`,
    (n) => med(of(n, 1, churn), (s) => s.churn?.settled?.wallMs ?? null),
  ],
  // The long-task target counts the extension's own tasks over 50 ms in any load: on a machine that preempts the
  // browser now and then, a script that does next to nothing crosses it too. Every 1x load of every fixture.
  [
    "the content script's own longest task per load, 1x, ms: median of the loads (trace)",
    (n) => med(ownTasks(n), (s) => s.extension?.longestMs ?? null),
  ],
  [
    "the content script's own longest task, 1x, ms: the longest of all loads (target ≤ 50)",
    (n) => Math.max(...ownTasks(n).map((s) => s.extension?.longestMs ?? 0)),
  ],
  [
    "loads at 1x in which the content script's own task passed 50 ms, of every fixture's loads",
    (n) => ownTasks(n).filter((s) => (s.extension?.longestMs ?? 0) > 50).length,
  ],
];
rows.unshift([
  'content scripts, gzipped, KB (target ≤ 8)',
  // Every content script each arm's manifest names, as `npm run bench` counts them.
  (n) => measureSizes(dirs[n]).totals.contentScripts / 1024,
]);
const table = rows.map(([label, value]) => ({
  measure: label,
  floor: value('floor'),
  domain: value('domain'),
  features: value('features'),
  extension: value('extension'),
}));
const date = new Date().toISOString();
writeFileSync(join(ROOT, 'bench/floors.json'), `${JSON.stringify({ date, loads: LOADS, table, samples }, null, 1)}\n`);
// The table alone, committed: `npm run bench` shows it beside its verdicts (bench/report.md, "Floors"), dated.
writeFileSync(join(ROOT, 'bench/floors-table.json'), `${JSON.stringify({ date, loads: LOADS, table }, null, 2)}\n`);
console.log(
  '| measure | minimal content script | with the domain rules | every feature, plainly | this extension |\n|---|---|---|---|---|',
);
for (const row of table) {
  const cells = [row.floor, row.domain, row.features, row.extension].map((v) => v.toFixed(2));
  console.log(`| ${row.measure} | ${cells.join(' | ')} |`);
}

// `node bench/compile-share.mjs [--loads N]`: how much of the content script's main-thread time on a console page
// load is V8 compiling it (parsing the script, compiling each function on its first call) rather than running it.
// That share is what only a smaller script lowers. Builds the extension and bench/minimal-domain (the minimal content
// script with this project's domain rules, as in floors.mjs) fresh, loads each fixture N times per arm in Chromium
// with V8's compile events traced (the two arms' loads alternating), and prints per fixture the medians of:
// - this extension's script over the whole load (its top-level script events: those not nested in another of its
//   own), and the part covered by compile/parse events (union of their intervals, so nested events count once);
// - the first task of each arm's content script (its evaluation: the page read, the next step set), the same split,
//   for this extension (its main script: the read started at document_end is not part of start → next step) and
//   for the domain rules alone: what of the difference in start → next step is compiling.
// Tracing V8's compile events slows the page a little: compare shares and arms, not absolute times.
import { join } from 'node:path';
import { launchArm } from './lib/browser.mjs';
import { buildChrome, buildMinimalDomain, ROOT } from './lib/build.mjs';
import { INTEGRATION_CENTRAL, LEGACY, LEGACY_CONSOLE_SIZED, pagesOf, WEB_SETTINGS_FORM } from './lib/fixtures.mjs';
import { median } from './lib/stats.mjs';
import { topLevel, traced } from './lib/trace.mjs';

const argv = process.argv.slice(2);
const LOADS = Number(argv[argv.indexOf('--loads') + 1]) || 9;
const FIXTURES = [LEGACY, INTEGRATION_CENTRAL, WEB_SETTINGS_FORM, LEGACY_CONSOLE_SIZED];
const pages = pagesOf(FIXTURES);
const ARMS = [
  { name: 'this extension', dir: await buildChrome(join(ROOT, '.tmp/bench/chrome')), script: 'main.iife.js' },
  {
    name: 'domain rules alone',
    dir: await buildMinimalDomain(join(ROOT, '.tmp/bench/minimal-domain')),
    script: 'content.js',
  },
];
const COMPILE = /compile|parse/i;

/** Total length of the union of [start, end) intervals. */
function covered(intervals) {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of intervals.sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** The main thread's complete events of one traced load. */
async function tracedLoad(arm, url) {
  const page = await arm.context.newPage();
  const cdp = await arm.context.newCDPSession(page);
  const { events } = await traced(
    cdp,
    async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
    },
    'devtools.timeline,v8,disabled-by-default-v8.compile',
  );
  await page.close();
  const parse = events.find((e) => e.name === 'ParseHTML');
  return events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
}

/** A top-level event's length and the compile/parse time inside it, in ms. */
function split(main, tops) {
  let script = 0;
  let compiling = 0;
  for (const top of tops) {
    script += top.dur;
    const inside = main.filter(
      (e) => e !== top && COMPILE.test(e.name) && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur,
    );
    compiling += covered(inside.map((e) => [e.ts, e.ts + e.dur]));
  }
  return { script: script / 1000, compiling: compiling / 1000 };
}

const rows = new Map(FIXTURES.map((f) => [f.id, { whole: [], first: new Map(ARMS.map((a) => [a.name, []])) }]));
const arms = [];
for (const spec of ARMS) {
  const arm = await launchArm(spec.name === 'this extension' ? 'extension' : 'empty', {
    root: ROOT,
    extensionDir: spec.dir,
    emptyDir: spec.dir,
    pages,
  });
  arms.push({ spec, arm });
}
try {
  for (const fixture of FIXTURES) {
    for (let load = 0; load < LOADS + 1; load++) {
      // The arms alternate, first one then the other, so that a busier moment of the machine falls on both.
      for (const { spec, arm } of load % 2 ? [...arms].reverse() : arms) {
        const main = await tracedLoad(arm, fixture.url);
        if (load === 0) continue;
        const ours = (e) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
        const first = main.find((e) => e.name === 'EvaluateScript' && ours(e) && e.args.data.url.endsWith(spec.script));
        const row = rows.get(fixture.id);
        if (first) row.first.get(spec.name).push(split(main, [first]));
        if (spec.name === 'this extension') {
          row.whole.push(
            split(
              main,
              topLevel(main.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && ours(e))),
            ),
          );
        }
      }
    }
  }
} finally {
  for (const { arm } of arms) await arm.close();
}

const ms = (list, pick) => median(list.map(pick)).toFixed(2);
const share = (list) =>
  `${Math.round((100 * median(list.map((r) => r.compiling))) / median(list.map((r) => r.script)))} %`;
console.log("This extension's script over the whole load:\n");
console.log('| fixture | extension script, ms | of it compiling, ms | share |\n|---|---|---|---|');
for (const [id, row] of rows) {
  console.log(
    `| ${id} | ${ms(row.whole, (r) => r.script)} | ${ms(row.whole, (r) => r.compiling)} | ${share(row.whole)} |`,
  );
}
console.log("\nThe content script's first task (its evaluation: the page read, the next step set), ms:\n");
console.log(`| fixture | ${ARMS.map((a) => `${a.name}: task / compiling / the rest`).join(' | ')} |\n|---|---|---|`);
for (const [id, row] of rows) {
  const cells = ARMS.map((a) => {
    const list = row.first.get(a.name);
    if (!list.length) return 'not seen';
    return `${ms(list, (r) => r.script)} / ${ms(list, (r) => r.compiling)} / ${ms(list, (r) => r.script - r.compiling)}`;
  });
  console.log(`| ${id} | ${cells.join(' | ')} |`);
}

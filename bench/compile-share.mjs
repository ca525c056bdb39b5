// `node bench/compile-share.mjs [--loads N]`: how much of the content script's main-thread time on a console page
// load is V8 compiling it (parsing the script, compiling each function on its first call) rather than running it.
// That share is what only a smaller script lowers. Builds the extension fresh, loads each fixture N times in
// Chromium with V8's compile events traced, and prints per fixture the medians of: the extension's top-level script
// time, the part of it covered by compile/parse events (union of their intervals, so nested events count once),
// and the rest. Tracing V8's compile events slows the page a little: compare shares, not absolute times.
import { join } from 'node:path';
import { launchArm, readHtml } from './lib/browser.mjs';
import { buildChrome, ROOT } from './lib/build.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const LOADS = Number(argv[argv.indexOf('--loads') + 1]) || 9;
const SC_EU = 'https://sellercentral-europe.amazon.com';
const FIXTURES = [
  ['seller-central/lwa-legacy.en.html', `${SC_EU}/gp/homepage.html?cor=login_NA#state=app`],
  ['integration-central/lwa.en.html', `${SC_EU}/external-payments/amazon-pay/integration-central/lwa#state=list`],
  [
    'developer-console/web-settings-update.en.html',
    'https://developer.amazon.com/settings/console/securityprofile/web-settings/update.html#state=edit',
  ],
];
const pages = Object.fromEntries(
  FIXTURES.map(([file, url]) => [url.split('#')[0], readHtml(join(ROOT, 'test/fixtures', file))]),
);
const extensionDir = await buildChrome(join(ROOT, '.tmp/bench/chrome'));
const arm = await launchArm('extension', { root: ROOT, extensionDir, emptyDir: '', pages });
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

console.log('| fixture | extension script, ms | of it compiling, ms | share |\n|---|---|---|---|');
try {
  for (const [file, url] of FIXTURES) {
    const rows = [];
    for (let load = 0; load < LOADS + 1; load++) {
      const page = await arm.context.newPage();
      const cdp = await arm.context.newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,v8,disabled-by-default-v8.compile',
        transferMode: 'ReportEvents',
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      if (load === 0) continue;
      const parse = events.find((e) => e.name === 'ParseHTML');
      const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
      const tops = main.filter(
        (e) =>
          (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
          String(e.args?.data?.url ?? '').startsWith('chrome-extension://'),
      );
      let script = 0;
      let compiling = 0;
      for (const top of tops) {
        script += top.dur;
        const inside = main.filter(
          (e) => e !== top && COMPILE.test(e.name) && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur,
        );
        compiling += covered(inside.map((e) => [e.ts, e.ts + e.dur]));
      }
      rows.push({ script: script / 1000, compiling: compiling / 1000 });
    }
    const script = median(rows.map((r) => r.script));
    const compiling = median(rows.map((r) => r.compiling));
    console.log(
      `| ${file} | ${script.toFixed(2)} | ${compiling.toFixed(2)} | ${Math.round((100 * compiling) / script)} % |`,
    );
  }
} finally {
  await arm.close();
}

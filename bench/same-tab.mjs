// `node bench/same-tab.mjs [--loads N]`: content-script start → next step on a console page opened in a new tab
// (what `npm run bench` measures: every load in a fresh renderer process, the content script compiled from scratch)
// against the same page reached in the same tab from another console page of the same site (the renderer process
// kept, and with it V8's compiled copy of the content script, as long as it has not been collected). Builds the
// extension fresh, alternates the two ways per load, traces each measured load as the bench does and prints medians,
// with the V8 parse of the content script seen in each mode (0 when the compiled copy was found again).
import { join } from 'node:path';
import { launchArm } from './lib/browser.mjs';
import { buildChrome, ROOT } from './lib/build.mjs';
import {
  AMAZON_PAY_HOME,
  DEVELOPER_OVERVIEW,
  INTEGRATION_CENTRAL,
  LEGACY,
  LEGACY_CONSOLE_SIZED,
  pagesOf,
  WEB_SETTINGS_FORM,
} from './lib/fixtures.mjs';
import { median } from './lib/stats.mjs';
import { analyseTrace, traced } from './lib/trace.mjs';

const argv = process.argv.slice(2);
const LOADS = Number(argv[argv.indexOf('--loads') + 1]) || 9;
const FIXTURES = [LEGACY, WEB_SETTINGS_FORM, INTEGRATION_CENTRAL, LEGACY_CONSOLE_SIZED];
const dir = await buildChrome(join(ROOT, '.tmp/bench/chrome'));
const arm = await launchArm('extension', {
  root: ROOT,
  extensionDir: dir,
  emptyDir: dir,
  pages: pagesOf([...FIXTURES, AMAZON_PAY_HOME, DEVELOPER_OVERVIEW]),
});

/** Another console page of the same console: where the merchant comes from in the same tab. */
const before = (fixture) => {
  const origin = new URL(fixture.url).origin;
  return [AMAZON_PAY_HOME, DEVELOPER_OVERVIEW].find((f) => new URL(f.url).origin === origin);
};

/** One traced navigation of `page` to `url`: start → next step and the main script's parse, in ms. */
async function measure(page, cdp, url) {
  const { events } = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  });
  const trace = analyseTrace(events, new URL(url).origin);
  const start = trace?.contentScriptStart();
  const mark = trace?.marks['bench:next-step'];
  const parse = events
    .filter((e) => e.name === 'v8.compile' && String(e.args?.data?.url ?? '').endsWith('main.iife.js'))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { nextStep: start && mark ? (mark - start) / 1000 : Number.NaN, parse };
}

const rows = new Map(FIXTURES.map((f) => [f.id, { 'new tab': [], 'same tab': [] }]));
try {
  for (let load = 0; load < LOADS + 1; load++) {
    for (const fixture of FIXTURES) {
      for (const mode of load % 2 ? ['new tab', 'same tab'] : ['same tab', 'new tab']) {
        const page = await arm.context.newPage();
        const cdp = await arm.context.newCDPSession(page);
        try {
          if (mode === 'same tab') await page.goto(before(fixture).url, { waitUntil: 'load' });
          const sample = await measure(page, cdp, fixture.url);
          if (load > 0) rows.get(fixture.id)[mode].push(sample);
        } finally {
          await page.close();
        }
      }
    }
  }
} finally {
  await arm.close();
}

const ms = (list, pick) => median(list.map(pick).filter((v) => !Number.isNaN(v))).toFixed(1);
console.log(
  '| page | new tab: start → next step / top-level compile of the script | same tab: the same |\n|---|---|---|',
);
for (const [id, row] of rows) {
  const cell = (list) => `${ms(list, (s) => s.nextStep)} / ${ms(list, (s) => s.parse)} ms`;
  console.log(`| ${id} | ${cell(row['new tab'])} | ${cell(row['same tab'])} |`);
}

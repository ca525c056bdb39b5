// `npm run bench`: what the extension costs a console page, side by side with no extension and with an empty
// extension (the browser's own floor for any content script), in three interleaved arms of one run. Builds the Chrome
// extension fresh into .tmp/bench/, then writes bench/report.md and bench/report.json (every raw sample) and prints
// each target with its verdict. Options: --loads N (per arm, fixture and throttling; default 9), --quick (3 loads),
// --only TEXT (fixtures whose id contains TEXT), --no-browser (sizes and validateOrigin only).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ARMS, chromiumPath, launchArm, measureLoad, readHtml } from './lib/browser.mjs';
import { buildChrome, ROOT } from './lib/build.mjs';
import { consoleSized } from './lib/large-page.mjs';
import { evaluateTargets, renderMarkdown } from './lib/report.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { benchValidateOrigin } from './validate-origin.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const LOADS = Number(option('loads') ?? (argv.includes('--quick') ? 3 : 9));
const WARMUP = 1;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const SC_EU = 'https://sellercentral-europe.amazon.com';
const DEV = 'https://developer.amazon.com';
const FIXTURES_DIR = join(ROOT, 'test/fixtures');
// The real URLs of test/fixtures/pages.ts (which Node cannot import: TypeScript), in states that render without
// timers, so one settle time fits every arm. The churn page is test/fixtures/bench/.
const FIXTURES = [
  {
    id: 'amazon-pay-home.en',
    file: 'seller-central/amazon-pay-home.en.html',
    url: `${SC_EU}/home?cor=mmd_EU#state=sandbox`,
  },
  {
    id: 'lwa-legacy.en#app',
    file: 'seller-central/lwa-legacy.en.html',
    url: `${SC_EU}/gp/homepage.html?cor=login_NA#state=app`,
  },
  {
    // The same console inside the menu, table and footer a real console page carries (bench/lib/large-page.mjs).
    id: 'lwa-legacy.en#app, console-sized',
    file: 'seller-central/lwa-legacy.en.html',
    url: `${SC_EU}/gp/homepage.html?cor=login_NA&bench=large#state=app`,
    html: consoleSized,
  },
  {
    id: 'integration-central.en#list',
    file: 'integration-central/lwa.en.html',
    url: `${SC_EU}/external-payments/amazon-pay/integration-central/lwa#state=list`,
  },
  {
    id: 'developer-overview.en',
    file: 'developer-console/overview.en.html',
    url: `${DEV}/loginwithamazon/console/site/lwa/overview.html#state=list`,
  },
  {
    id: 'developer-web-settings-edit.en',
    file: 'developer-console/web-settings-update.en.html',
    url: `${DEV}/settings/console/securityprofile/web-settings/update.html#state=edit`,
    typing: { selector: 'input[aria-labelledby="ext-comp-1041"]', text: 'https://shop.example.com/', delayMs: 40 },
  },
  {
    id: 'amazon.fr shop (not a console)',
    file: 'unrecognised/amazon-fr-shop.fr.html',
    url: 'https://www.amazon.fr/',
    expectAssistant: false,
  },
  {
    id: 'spa-churn (legacy LwA, late form)',
    file: 'bench/lwa-legacy-churn.en.html',
    url: `${SC_EU}/gp/homepage.html?cor=login_NA&bench=churn`,
    waitForMark: 'bench:churn-end',
    settleMs: 300,
    churn: true,
  },
].map((f) => ({ settleMs: 400, expectAssistant: true, ...f }));
// 4x CPU throttling on a subset, to stay under 10 minutes: a console home-like page and the form to type into.
const THROTTLED = ['lwa-legacy.en#app', 'developer-web-settings-edit.en'];

// --only TEXT: just the fixtures whose id contains TEXT (while working on one page).
const only = option('only');
const plan = [
  ...FIXTURES.map((fixture) => ({ fixture, throttle: 1 })),
  ...FIXTURES.filter((f) => THROTTLED.includes(f.id)).map((fixture) => ({ fixture, throttle: 4 })),
].filter(({ fixture }) => !only || fixture.id.includes(only));

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  let load = '';
  try {
    load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim();
  } catch {}
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverageAtStart: load,
  };
}

console.log(`▶ building the Chrome extension into .tmp/bench/chrome (${elapsed()})`);
const extensionDir = await buildChrome(join(ROOT, '.tmp/bench/chrome'));
const emptyDir = join(ROOT, 'bench/empty-extension');
// The floor is only a floor if the empty extension injects on exactly the extension's URLs.
const matchesOf = (dir) =>
  JSON.stringify(
    [
      ...new Set(
        JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).content_scripts.flatMap((c) => c.matches),
      ),
    ].sort(),
  );
if (matchesOf(extensionDir) !== matchesOf(emptyDir)) {
  throw new Error('bench/empty-extension/manifest.json must match the same URLs as manifest.json: update its matches');
}
const sizes = measureSizes(extensionDir);
console.log(`▶ validateOrigin in Node (${elapsed()})`);
const validate = await benchValidateOrigin();

const samples = [];
const refused = {};
if (!argv.includes('--no-browser')) {
  const pages = Object.fromEntries(
    FIXTURES.map((f) => {
      const html = readHtml(join(FIXTURES_DIR, f.file));
      return [f.url.split('#')[0], f.html ? f.html(html) : html];
    }),
  );
  console.log(`▶ launching three Chromium arms (${elapsed()})`);
  const arms = [];
  for (const arm of ARMS) arms.push(await launchArm(arm, { root: ROOT, extensionDir, emptyDir, pages }));
  try {
    for (const { fixture, throttle } of plan) {
      const label = `${fixture.id} @${throttle}x`;
      for (let round = 0; round < WARMUP + LOADS; round++) {
        // Interleaved, and the order rotated each round so no arm always runs right after another.
        const order = ARMS.map((_, i) => arms[(i + round) % arms.length]);
        for (const arm of order) {
          const sample = await measureLoad(arm, fixture, { throttle });
          if (round >= WARMUP) samples.push({ ...sample, round: round - WARMUP });
        }
      }
      console.log(`  ${label}: ${LOADS} loads × ${ARMS.length} arms (${elapsed()})`);
    }
  } finally {
    for (const arm of arms) {
      refused[arm.arm] = [...new Set(arm.refused)];
      await arm.close();
    }
  }
}

const context = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  loads: LOADS,
  warmup: WARMUP,
  machine: machine(),
  fixtures: FIXTURES.map(({ id, file, url }) => ({ id, file, url })),
  refused,
};
const targets = evaluateTargets({ samples, sizes, validate, fixtures: FIXTURES });
writeFileSync(
  join(ROOT, 'bench/report.json'),
  `${JSON.stringify({ ...context, sizes, validateOrigin: validate, targets, samples }, null, 1)}\n`,
);
writeFileSync(join(ROOT, 'bench/report.md'), renderMarkdown({ context, samples, sizes, validate, targets, plan }));

console.log(`\nbench/report.md, bench/report.json written in ${elapsed()}. Targets:`);
for (const t of targets) console.log(`  ${t.verdict.padEnd(4)} ${t.measure}: ${t.value} (target ${t.target})`);
const missed = targets.filter((t) => t.verdict === 'MISS').length;
console.log(`${targets.length - missed} met, ${missed} missed`);

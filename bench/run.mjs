// `npm run bench`: what the extension costs a console page, side by side with no extension and with an empty
// extension (the browser's own floor for any content script), in three interleaved arms of one run. Builds the Chrome
// extension fresh into .tmp/bench/, then writes bench/report.md and bench/report.json (every raw sample) and prints
// each target with its verdict. Options: --loads N (per arm, fixture and throttling; default 9), --quick (3 loads),
// --only TEXT (fixtures whose id contains TEXT), --no-browser (sizes and validateOrigin only).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ARMS, chromiumPath, launchArm, measureInterleaved } from './lib/browser.mjs';
import { buildChrome, ROOT } from './lib/build.mjs';
import { CHURN, CONSOLES, pagesOf, SHOP } from './lib/fixtures.mjs';
import { evaluateTargets, renderMarkdown } from './lib/report.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { benchValidateOrigin } from './validate-origin.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const LOADS = Number(option('loads') ?? (argv.includes('--quick') ? 3 : 9));
const WARMUP = 1; // measureInterleaved's warm-up round
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const FIXTURES = [...Object.values(CONSOLES), SHOP, CHURN];
// 4x CPU throttling on a subset, to stay under 10 minutes: a console home-like page and the form to type into.
const THROTTLED = ['lwa-legacy.en#app', 'developer-web-settings-edit.en'];

// --only TEXT: just the fixtures whose id contains TEXT (while working on one page).
const only = option('only');
const plan = [
  ...FIXTURES.map((fixture) => ({ fixture, throttle: 1 })),
  ...FIXTURES.filter((f) => THROTTLED.includes(f.id)).map((fixture) => ({ fixture, throttle: 4 })),
].filter(({ fixture }) => !only || fixture.id.includes(only));

// Read before the build and the loads: machine() is called when the report is written, at the end.
let loadAverageAtStart = '';
try {
  loadAverageAtStart = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim();
} catch {}

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverageAtStart,
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
  console.log(`▶ launching three Chromium arms (${elapsed()})`);
  const pages = pagesOf(FIXTURES);
  const arms = [];
  for (const arm of ARMS)
    arms.push({ name: arm, arm: await launchArm(arm, { root: ROOT, extensionDir, emptyDir, pages }) });
  samples.push(
    ...(await measureInterleaved(arms, plan, LOADS, (fixture, throttle) =>
      console.log(`  ${fixture.id} @${throttle}x: ${LOADS} loads × ${ARMS.length} arms (${elapsed()})`),
    )),
  );
  for (const { name, arm } of arms) refused[name] = [...new Set(arm.refused)];
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
// The floors' last committed run, shown beside the verdicts (bench/floors.mjs writes it).
let floors = null;
try {
  floors = JSON.parse(readFileSync(join(ROOT, 'bench/floors-table.json'), 'utf8'));
} catch {
  // No floors measured yet: the report shows the verdicts alone.
}
writeFileSync(
  join(ROOT, 'bench/report.md'),
  renderMarkdown({ context, samples, sizes, validate, targets, plan, floors }),
);

console.log(`\nbench/report.md, bench/report.json written in ${elapsed()}. Targets:`);
for (const t of targets) console.log(`  ${t.verdict.padEnd(4)} ${t.measure}: ${t.value} (target ${t.target})`);
const count = (verdict) => targets.filter((t) => t.verdict === verdict).length;
console.log(`${count('PASS')} met, ${count('MISS')} missed, ${count('n/a')} reported only`);

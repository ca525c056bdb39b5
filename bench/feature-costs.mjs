// `node bench/feature-costs.mjs [--loads N]`: what each feature of the content script costs a console page, so that
// the team can weigh the 8 KB / 5 ms / 256 KB targets against what a merchant gets for them. Builds the content script
// in cumulative variants — the session alone (the page recognised, looked at and observed, nothing shown), then with
// the next-step highlight, the Client ID copy box, the copy guard, the URL checks and the save guard (= the shipped
// script) — each into a copy of the built extension, and measures every variant beside the empty extension,
// interleaved as in `npm run bench`: gzipped size, main-thread time per load at 1x and 4x (TaskDuration, as the
// bench judges it), JS heap, start → next step, typing.
// Writes bench/feature-costs.json, prints a table.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';
import { launchArm, measureInterleaved } from './lib/browser.mjs';
import { buildChrome, ROOT } from './lib/build.mjs';
import { LEGACY, pagesOf, WEB_SETTINGS_FORM } from './lib/fixtures.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--loads');
const LOADS = (at >= 0 && Number(argv[at + 1])) || 7;

// [name, module, export]: in the order the variants add them (the shipped entry starts the same set).
const FEATURES = [
  ['fields', 'fields', 'fields'],
  ['progress', 'progress', 'progressFeature'],
  ['next step', 'next-step', 'nextStepFeature'],
  ['client ID copy box', 'client-id', 'clientIdFeature'],
  ['copy guard', 'copy-guard', 'copyGuard'],
  ['URL checks', 'url-validation', 'urlValidation'],
  ['save guard', 'save-guard', 'saveGuard'],
];
// The shipped entry must start exactly these: a feature added there and not here would be left out of every figure.
const shipped = /startAssistant\(page, \[([^\]]*)\]/.exec(readFileSync(join(ROOT, 'src/content/main.iife.ts'), 'utf8'));
const shippedNames = (shipped?.[1] ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .sort();
if (
  shippedNames.join() !==
  FEATURES.map((f) => f[2])
    .sort()
    .join()
) {
  throw new Error(`src/content/main.iife.ts starts ${shippedNames.join(', ')}: update FEATURES`);
}
// Each variant adds features to the one before; "fields" and "progress" come with the highlight (they mark the
// fields and record the progress the next step is computed from).
const VARIANTS = [
  ['session only (recognised, looked at, observed; nothing shown)', 0],
  ['+ next-step highlight (with field marks and progress)', 3],
  ['+ Client ID copy box', 4],
  ['+ copy guard (App ID / secret copied)', 5],
  ['+ URL checks as you type', 6],
  ['+ save guard (= shipped)', 7],
];

const legacy = LEGACY;
const form = WEB_SETTINGS_FORM;
const plan = [
  { fixture: legacy, throttle: 1 },
  { fixture: form, throttle: 1 },
  { fixture: form, throttle: 4 },
];
const pages = pagesOf([legacy, form]);

// The project's own build settings for the content script: its `define`s and target, minified, ASCII only.
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'));
const toAscii = (text) => text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The content script with only the first `count` features, as one minified classic file. */
async function contentScript(count) {
  const features = FEATURES.slice(0, count);
  const entry = [
    `import { classifyConsoleUrl } from '${ROOT}src/core/consoles';`,
    `import { startAssistant } from '${ROOT}src/content/session';`,
    ...features.map(([, file, name]) => `import { ${name} } from '${ROOT}src/content/features/${file}';`),
    'const page = classifyConsoleUrl(location.href);',
    `if (page) startAssistant(page, [${features.map((f) => f[2]).join(', ')}]);`,
  ].join('\n');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    define: config.define,
    plugins: [
      {
        name: 'variant-entry',
        resolveId: (id) => (id === 'variant-entry' ? '\0variant-entry' : null),
        load: (id) => (id === '\0variant-entry' ? entry : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'chrome120',
      rollupOptions: { input: 'variant-entry', output: { format: 'iife' } },
    },
  });
  return toAscii((Array.isArray(out) ? out[0] : out).output[0].code);
}

const fullDir = await buildChrome(join(ROOT, '.tmp/bench/chrome'));
const MAIN = 'src/content/main.iife.js';
const gz = (text) => gzipSync(text, { level: 9 }).length;
const shippedGzip = gz(readFileSync(join(fullDir, MAIN)));
const variants = [];
for (const [label, count] of VARIANTS) {
  const code = await contentScript(count);
  const dir = join(ROOT, `.tmp/bench/feature-${count}`);
  cpSync(fullDir, dir, { recursive: true });
  writeFileSync(join(dir, MAIN), code);
  variants.push({ label, count, dir, gzip: gz(code) });
}
console.log(`shipped main.iife.js ${shippedGzip} B gzipped; its variant build ${variants.at(-1).gzip} B`);

const arms = [
  {
    name: 'empty',
    arm: await launchArm('empty', {
      root: ROOT,
      extensionDir: '',
      emptyDir: join(ROOT, 'bench/empty-extension'),
      pages,
    }),
  },
];
for (const v of variants) {
  arms.push({
    name: v.label,
    arm: await launchArm('extension', { root: ROOT, extensionDir: v.dir, emptyDir: '', pages }),
  });
}
const samples = await measureInterleaved(arms, plan, LOADS, (fixture, throttle) =>
  console.log(`${fixture.id} @${throttle}x: ${LOADS} loads × ${arms.length} arms`),
);

const of = (name, fixture, throttle) =>
  samples.filter((s) => s.arm === name && s.fixture === fixture.id && s.throttle === throttle);
const med = (list, pick) => {
  const values = list.map(pick).filter((v) => v !== null && v !== undefined && Number.isFinite(v));
  return values.length ? median(values) : null;
};
const over = (name, fixture, throttle, pick) => {
  const mine = med(of(name, fixture, throttle), pick);
  const base = med(of('empty', fixture, throttle), pick);
  return mine === null || base === null ? null : mine - base;
};
const task = (s) => s.taskMs;
const cpu = (s) => s.extension?.cpuMs ?? null;
const columns = [
  ['content script, KB gz (≤ 8)', (v) => v.gzip / 1024],
  ['main-thread per load, legacy, 1x, ms (≤ 5)', (v) => over(v.label, legacy, 1, task)],
  ['main-thread per load, form, 1x, ms (≤ 5)', (v) => over(v.label, form, 1, task)],
  ['main-thread per load, form, 4x, ms (≤ 20)', (v) => over(v.label, form, 4, task)],
  [
    'extension CPU per load (trace), legacy / form, 1x, ms',
    (v) => [med(of(v.label, legacy, 1), cpu), med(of(v.label, form, 1), cpu)],
  ],
  ['heap over empty, legacy, KB (≤ 256)', (v) => over(v.label, legacy, 1, (s) => s.heapUsed / 1024)],
  [
    'start → next step, legacy / form, ms (≤ 16)',
    (v) => [
      med(of(v.label, legacy, 1), (s) => s.startToHighlightMs),
      med(of(v.label, form, 1), (s) => s.startToHighlightMs),
    ],
  ],
  [
    'typing, main-thread per character, 1x, ms (≤ 0.5)',
    (v) => over(v.label, form, 1, (s) => (s.typing ? s.typing.taskMs / s.typing.chars : null)),
  ],
];
const fmt = (value) =>
  value === null ? '–' : Array.isArray(value) ? value.map(fmt).join(' / ') : value.toFixed(value >= 100 ? 0 : 1);
const table = variants.map((v) => ({ variant: v.label, ...Object.fromEntries(columns.map(([c, f]) => [c, f(v)])) }));
writeFileSync(
  join(ROOT, 'bench/feature-costs.json'),
  `${JSON.stringify({ date: new Date().toISOString(), loads: LOADS, shippedGzip, table, samples }, null, 1)}\n`,
);
console.log(`| variant | ${columns.map((c) => c[0]).join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`);
for (const row of table) console.log(`| ${row.variant} | ${columns.map(([c]) => fmt(row[c])).join(' | ')} |`);

// Micro-benchmark of validateOrigin on a mixed corpus (good origins, common mistakes, every WPT input).
// Node 20 cannot run TypeScript, so src/core is first bundled with Vite's build API into .tmp/ (git-ignored).
// Run: node bench/validate-origin.mjs   → prints the median time per call; target < 20 µs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}.tmp/bench-core`;
// ES for importing here; IIFE (fully minified, as in a content script) for the size.
for (const format of ['es', 'iife']) {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: `${root}src/core/index.ts`, formats: [format], name: 'core', fileName: 'core' },
    },
  });
}
const bundle = readFileSync(`${outDir}/core.iife.js`);
const { validateOrigin } = await import(`${outDir}/core.js`);

const wpt = JSON.parse(readFileSync(`${root}test/core/wpt-urltestdata.json`, 'utf8'))
  .filter((item) => typeof item === 'object')
  .map((item) => item.input);
const corpus = [
  'https://www.example.com',
  'https://example.com/',
  'https://shop.example.co.uk',
  'http://localhost:3000',
  'www.example.com',
  'http://www.example.com',
  'https://www.example.com:443',
  'https://www.example.com/shop?x=1#top',
  'https://Www.Example.com',
  '  https://www.example.com ',
  'https://bücher.de',
  'https://*.example.com',
  'https://192.168.0.1',
  'https://co.uk',
  ...wpt,
];

const BATCH = 20;
const ROUNDS = 60;
for (let i = 0; i < 5; i++) for (const entry of corpus) validateOrigin(entry);
const perCall = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) for (const entry of corpus) validateOrigin(entry);
  perCall.push(Number(process.hrtime.bigint() - started) / 1000 / (BATCH * corpus.length));
}
perCall.sort((a, b) => a - b);
const median = perCall[Math.floor(perCall.length / 2)];
const p95 = perCall[Math.floor(perCall.length * 0.95)];
console.log(
  `validateOrigin: ${corpus.length} entries, median ${median.toFixed(2)} µs/call, p95 ${p95.toFixed(2)} µs/call`,
);
console.log(`src/core bundle: ${bundle.length} B minified, ${gzipSync(bundle).length} B gzipped`);
if (median >= 20) {
  console.error('Slower than the 20 µs target');
  process.exitCode = 1;
}

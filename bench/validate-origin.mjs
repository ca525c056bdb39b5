// Micro-benchmark of validateOrigin on a mixed corpus (good origins, common mistakes, every WPT input); part of
// `npm run bench`, and still runnable alone: `node bench/validate-origin.mjs` prints the median time per call
// (target ≤ 20 µs). Node 20 cannot run TypeScript, so src/core is first bundled with Vite's build API into .tmp/.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { summary } from './lib/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const VALIDATE_ORIGIN_TARGET_US = 20;

/** @returns {Promise<{ corpus: number, perCallUs: number[], median: number, p95: number, coreGzip: number }>} */
export async function benchValidateOrigin({ rounds = 60, batch = 20 } = {}) {
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
  // A query string so a second run in the same process imports the fresh bundle.
  const { validateOrigin } = await import(`${pathToFileURL(`${outDir}/core.js`).href}?t=${Date.now()}`);

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

  for (let i = 0; i < 5; i++) for (const entry of corpus) validateOrigin(entry);
  const perCallUs = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) for (const entry of corpus) validateOrigin(entry);
    perCallUs.push(Number(process.hrtime.bigint() - started) / 1000 / (batch * corpus.length));
  }
  const { median, p95 } = summary(perCallUs);
  return { corpus: corpus.length, perCallUs, median, p95, coreGzip: gzipSync(bundle).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchValidateOrigin();
  console.log(
    `validateOrigin: ${result.corpus} entries, median ${result.median.toFixed(2)} µs/call, p95 ${result.p95.toFixed(2)} µs/call`,
  );
  console.log(`src/core bundle: ${result.coreGzip} B gzipped`);
  if (result.median > VALIDATE_ORIGIN_TARGET_US) {
    console.error(`Slower than the ${VALIDATE_ORIGIN_TARGET_US} µs target`);
    process.exitCode = 1;
  }
}

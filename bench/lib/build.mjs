// Builds the Chrome extension for the benchmark (and the size test) into a folder of its own, from the sources as
// they are now: never a stale dist/, and never racing a `npm run build` someone else started in the same checkout.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} outDir absolute folder, emptied first */
export async function buildChrome(outDir) {
  const before = process.env.BROWSER;
  process.env.BROWSER = 'chrome';
  try {
    await build({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'silent',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.BROWSER;
    else process.env.BROWSER = before;
  }
  return outDir;
}

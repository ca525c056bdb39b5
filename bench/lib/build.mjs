// Builds the Chrome extension for the benchmark (and the size test) into a folder of its own, from the sources as
// they are now: never a stale dist/, and never racing a `npm run build` someone else started in the same checkout.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} outDir absolute folder, emptied first */
export async function buildChrome(outDir) {
  const before = { BROWSER: process.env.BROWSER, NODE_ENV: process.env.NODE_ENV };
  process.env.BROWSER = 'chrome';
  // Inside vitest NODE_ENV is "test", and vite then compiles the popup's JSX for development (each element with its
  // file name and line): the size test measured 14.0 KB of popup where the store gets 13.0 KB.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'silent',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return outDir;
}

/**
 * Builds bench/minimal-domain (the minimal content script with this project's domain rules) into `outDir`: one
 * classic file, minified and ASCII-only as the extension's content scripts are, with the minimal script's manifest.
 * @param {string} outDir absolute folder, emptied first
 */
export const buildMinimalDomain = (outDir) => buildFloor('minimal-domain', outDir);

/**
 * Builds bench/minimal-features (every item of the page contract done the plainest way, with the domain rules) into
 * `outDir`, the same way, with this extension's _locales (its sentences come from them, as ours do) and the minimal
 * script's manifest with a default locale.
 * @param {string} outDir absolute folder, emptied first
 */
export const buildMinimalFeatures = (outDir) => buildFloor('minimal-features', outDir, { locales: true });

async function buildFloor(name, outDir, { locales = false } = {}) {
  mkdirSync(outDir, { recursive: true });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: join(ROOT, `bench/${name}/content.ts`), formats: ['iife'], name: 'floor' },
      rolldownOptions: { output: { entryFileNames: 'content.js' } },
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: true,
      target: 'chrome120',
    },
  });
  const script = join(outDir, 'content.js');
  writeFileSync(
    script,
    readFileSync(script, 'utf8').replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  const manifest = JSON.parse(readFileSync(join(ROOT, 'bench/minimal-extension/manifest.json'), 'utf8'));
  if (locales) {
    cpSync(join(ROOT, '_locales'), join(outDir, '_locales'), { recursive: true });
    manifest.default_locale = 'en';
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return outDir;
}

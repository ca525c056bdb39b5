// Where the real browsers are, and how to launch them with the built extension. Known-good launch options are from
// shared/toolchain-notes.md; nothing here downloads a browser.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
export const OUTPUT = join(ROOT, 'test-results');

function find(envName: string, candidates: string[], install: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName}=${fromEnv} does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No browser found at ${candidates.join(', ')}. Install it with \`${install}\`, or set ${envName}.`);
}

export const chromiumPath = () =>
  find(
    'CHROMIUM_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    'apt-get install -y chromium',
  );

export const firefoxPath = () =>
  find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'apt-get install -y firefox-esr');

export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  return dir;
}

/** A fresh profile folder inside the checkout (ignored), so failed launches leave nothing in the system's temp. */
export function profileDir(name: string): string {
  const base = join(ROOT, '.tmp/profiles');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

export function outputPath(file: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  return join(OUTPUT, file);
}

// Issue 8, release: the store packages themselves (not only the dist folders) load and work in both browsers, carry
// the version from package.json, and the source package holds what a reviewer needs to rebuild.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { extractZip } from '../../scripts/zip.mjs';
import { ROOT } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';

const name = `${pkg.name}-${pkg.version}`;
const artifact = (suffix: string) => join(ROOT, 'artifacts', `${name}-${suffix}.zip`);
const CONSOLE_URL = 'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA';
const CONSOLE_PAGE = '<!doctype html><html lang="en"><title>Login with Amazon</title><body><h1>Login with Amazon</h1>';

function unpack(zip: string): string {
  const dir = mkdtempSync(join(ROOT, '.tmp/package-'));
  extractZip(zip, dir);
  return dir;
}

describe('store packages', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  test.each(['chrome', 'firefox', 'source'])('the %s package exists', (suffix) => {
    expect(existsSync(artifact(suffix))).toBe(true);
  });

  test.each(['chrome', 'firefox'])('the %s package carries the version of package.json', (suffix) => {
    const manifest = JSON.parse(readFileSync(join(unpack(artifact(suffix)), 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);
  });

  test('the source package holds what a rebuild needs', () => {
    const dir = unpack(artifact('source'));
    for (const file of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(existsSync(join(dir, 'src/content/main.iife.ts'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  test('Chromium loads the Chrome Web Store package and it works on a console page', async () => {
    const browser = await launchChromium({ dist: unpack(artifact('chrome')) });
    closers.push(() => browser.close());
    await browser.serve({ [CONSOLE_URL]: CONSOLE_PAGE });
    const tab = await browser.open(CONSOLE_URL);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
  });

  test('Firefox installs the addons.mozilla.org package and it works on a console page', async () => {
    const firefox = await launchFirefox({ path: artifact('firefox') });
    closers.push(() => firefox.close());
    firefox.serve({ [CONSOLE_URL]: CONSOLE_PAGE });
    const tab = await firefox.open(CONSOLE_URL);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
  });
});

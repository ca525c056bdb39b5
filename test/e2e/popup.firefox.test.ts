// Issue: the popup in Firefox ESR renders what the content script stored, and "Copy Client ID" copies it.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputPath } from './browsers';
import { type FirefoxWithExtension, launchFirefox } from './firefox';
import { axeViolations, CLIENT_ID, consoleRoutes, consoleUrl } from './popup-helpers';

describe('popup in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let popup: Page;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve(consoleRoutes());
    const tab = await firefox.open(consoleUrl());
    await tab.waitForSelector('[data-lwa-field="client-id"]');
    popup = await firefox.popup();
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('#client-id code');
  });
  afterAll(() => firefox?.close());

  test('renders the client ID, the checklist and this page', async () => {
    expect(await popup.$eval('#client-id code', (el) => el.textContent)).toBe(CLIENT_ID);
    expect(await popup.$$eval('#checklist ul > li input[type=checkbox]', (boxes) => boxes.length)).toBe(10);
    await popup.waitForFunction(() => document.querySelector('#this-page')?.textContent?.includes('Login with Amazon'));
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await popup.screenshot({ path: outputPath('popup-firefox.png'), fullPage: true });
  });

  test('"Copy Client ID" puts exactly the client ID on the clipboard', async () => {
    await popup.click('#client-id button');
    await popup.waitForFunction(() => document.querySelector('#client-id [role=status]')?.textContent === 'Copied');
    // Read back by pasting into the checker: the extension has no clipboardRead permission, and needs none.
    await popup.click('#checker textarea');
    await popup.keyboard.down('Control');
    await popup.keyboard.press('v');
    await popup.keyboard.up('Control');
    await popup.waitForFunction(
      () => (document.querySelector('#checker textarea') as HTMLTextAreaElement).value !== '',
    );
    expect(await popup.$eval('#checker textarea', (el) => (el as HTMLTextAreaElement).value)).toBe(CLIENT_ID);
    expect(await popup.$eval('#checker [role=status]', (el) => el.textContent)).toContain('Recognised: Client ID.');
  });

  test('axe-core finds no serious or critical violation', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });

  test('with the console hosts withdrawn, the popup says so and offers to ask for them again', async () => {
    // As the merchant would in the extension's permission settings (Firefox lets them withdraw MV3 host access).
    const removed = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      return ext.permissions.remove({ origins: ext.runtime.getManifest().host_permissions ?? [] });
    });
    expect(removed).toBe(true);
    const again = await firefox.popup();
    await again.waitForFunction(() =>
      [...document.querySelectorAll('#this-page button')].some(
        (b) => b.textContent === 'Allow access to Amazon’s consoles',
      ),
    );
    expect(await again.$eval('#this-page [role=status]', (el) => el.textContent)).toContain('not allowed');
  });
});

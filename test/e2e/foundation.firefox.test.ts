// Issue 2: the built extension loads in Firefox ESR, marks a recognised console page and nothing else.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputPath } from './browsers';
import { type FirefoxWithExtension, launchFirefox } from './firefox';

const CONSOLE_URL = 'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA';
const SHOP_URL = 'https://www.amazon.fr/';
const page = (title: string) =>
  `<!doctype html><html lang="en"><title>${title}</title><body><h1>${title}</h1></body></html>`;

describe('foundation in Firefox', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve({ [CONSOLE_URL]: page('Login with Amazon'), [SHOP_URL]: page('Amazon.fr') });
  });
  afterAll(() => firefox?.close());

  test('a console page gets data-lwa-assistant="ready"', async () => {
    const tab = await firefox.open(CONSOLE_URL);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
  });

  test('a shop page gets nothing', async () => {
    const tab = await firefox.open(SHOP_URL);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-lwa-assistant'))).toBeNull();
  });

  test('the popup opens', async () => {
    const tab = await firefox.popup();
    expect(await tab.$eval('h1', (h) => h.textContent)).toContain('Setup Assistant');
    await tab.screenshot({ path: outputPath('popup-foundation-firefox.png') });
  });
});

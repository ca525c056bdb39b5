// Issue 8, release: the store screenshots (1280×800) of the extension at work on the fixture consoles, in English and
// French, written to test-results/store/ by every end-to-end run. Each shot is taken only once the UI it shows is
// there, so a screenshot of a broken extension fails the run instead of landing in a store listing.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { outputPath } from './browsers';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';

const LANGS = [
  { lang: 'en', locale: 'en' },
  { lang: 'fr', locale: 'fr' },
] as const;

describe.each(LANGS)('store screenshots, $lang', ({ lang, locale }) => {
  const legacy = findFixture(`seller-central/lwa-legacy.${lang}.html`);
  let browser: ExtensionBrowser;
  const shot = (name: string) => outputPath(`store/${lang}-${name}.png`);

  beforeAll(async () => {
    mkdirSync(outputPath('store'), { recursive: true });
    browser = await launchChromium({ locale });
    await browser.serve({ [legacy.url]: fixtureHtml(fixturePath(legacy.file)) });
  });
  afterAll(() => browser?.close());

  const open = async (state: string) => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(fixtureUrl(legacy, state));
    return tab;
  };

  test('the next step, highlighted with its caption', async () => {
    const tab = await open('app');
    await tab.waitForSelector('[data-lwa-next-step="reveal-web-settings"]');
    await tab.locator('lwa-assistant-root .tip').waitFor();
    await tab.screenshot({ path: shot('1-next-step') });
  });

  test('the Client ID with its copy button', async () => {
    const tab = await open('web-settings');
    await tab.waitForSelector('[data-lwa-field="client-id"]');
    await tab.locator('lwa-assistant-root .copy button').waitFor();
    await tab.screenshot({ path: shot('2-client-id') });
  });

  test('the wrong-credential warning', async () => {
    const tab = await open('web-settings');
    await tab.waitForSelector('[data-lwa-field="client-id"]');
    const appId = tab.locator('[data-lwa-field="app-id"]');
    await appId.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await tab.keyboard.press('Control+C');
    await tab.getByRole('alert').waitFor();
    await tab.screenshot({ path: shot('3-wrong-credential') });
  });

  test('an origin checked as it is typed, with its fix', async () => {
    const tab = await open('edit');
    const origin = tab.locator('[data-lwa-field="allowed-origin"]').first();
    await origin.fill('http://www.example.com/checkout');
    await tab.waitForSelector('[data-lwa-field="allowed-origin"][aria-invalid="true"]');
    const verdict = await origin.getAttribute('aria-describedby');
    expect(verdict).toBeTruthy();
    await tab.screenshot({ path: shot('4-origin-checked') });
  });
});

// Issue 2: the built extension loads in Chromium, marks a recognised console page and nothing else, and its popup opens.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputPath } from './browsers';
import { type ExtensionBrowser, launchChromium } from './chromium';

const CONSOLE_URL = 'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA';
const SHOP_URL = 'https://www.amazon.fr/';
const page = (title: string) =>
  `<!doctype html><html lang="en"><title>${title}</title><body><h1>${title}</h1></body></html>`;

describe('foundation in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.serve({ [CONSOLE_URL]: page('Login with Amazon'), [SHOP_URL]: page('Amazon.fr') });
  });
  afterAll(() => browser?.close());

  test('the manifest the browser loaded asks only for storage', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  test('a console page gets data-lwa-assistant="ready"', async () => {
    const tab = await browser.open(CONSOLE_URL);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
  });

  test("the session's storage read starts at document_end in the content scripts' world, where the session takes it", async () => {
    // src/content/read-ahead.ts: the two scripts share the extension's world of the page only if the browser runs
    // every content script of an extension in one isolated world; otherwise the session would read again (slower).
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    const parsed: { url: string; executionContextId: number }[] = [];
    cdp.on('Debugger.scriptParsed', (script) => {
      if (script.url.startsWith('chrome-extension://')) parsed.push(script);
    });
    // A read-ahead that threw would leave no slot either (the session then reads again): no error may be thrown.
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => thrown.push(JSON.stringify(exceptionDetails)));
    await cdp.send('Debugger.enable');
    await cdp.send('Runtime.enable');
    await tab.goto(CONSOLE_URL);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    const world = (file: string) => parsed.find((script) => script.url.endsWith(file))?.executionContextId;
    const early = world('src/content/read-ahead.iife.js');
    expect(early).toBeDefined();
    expect(world('src/content/main.iife.js')).toBe(early);
    const left = await cdp.send('Runtime.evaluate', {
      contextId: early,
      expression: "'lwaAssistantReadAhead' in globalThis",
      returnByValue: true,
    });
    expect(left.result.value).toBe(false);
    expect(thrown).toEqual([]);
    await cdp.detach();
    await tab.close();
  });

  test('a shop page gets nothing', async () => {
    const tab = await browser.open(SHOP_URL);
    await tab.waitForLoadState('load');
    // The content script would have run at document_idle; give the page one more task to be sure.
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-lwa-assistant'))).toBeNull();
  });

  test('the popup opens and names the console of the tab it was opened from', async () => {
    const console = await browser.open(CONSOLE_URL);
    await console.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    const popup = await browser.popup();
    await expect.poll(() => popup.locator('[role=status]').first().textContent()).toContain('Login with Amazon');
    await popup.screenshot({ path: outputPath('popup-foundation-chromium.png') });
  });
});

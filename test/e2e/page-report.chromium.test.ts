// The popup asks the console tab what it recognised once, as it opens (src/popup/hooks.ts). Asked between a
// re-render of the console and the content script's next look at it (the next animation frame, which never comes
// while the tab is hidden), the marks the report reads are the ones the re-render took away: the popup would say the
// page shows no field. The content script takes that look at once when asked.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/platform/messages';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { contentScriptWorld, type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { expectStep, watchErrors } from './console-steps';
import { domSettled } from './page-helpers';

const legacy = findFixture('seller-central/lwa-legacy.en.html');

describe('the page report the popup asks for, in Chromium', () => {
  let browser: ExtensionBrowser;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.serve({ [legacy.url]: fixtureHtml(fixturePath(legacy.file)) });
  });
  afterAll(() => browser?.close());

  test('asked while a re-render waits for its look, it reports the page as it is now', async () => {
    const tab = await browser.context.newPage();
    watchErrors(tab, errors);
    await tab.goto(fixtureUrl(legacy, 'web-settings'));
    await expectStep(tab, 'copy-client-id');
    await tab.evaluate(domSettled, 300);
    const ask = () =>
      browser.worker.evaluate(async (url) => {
        const [consoleTab] = await chrome.tabs.query({ url });
        return (await chrome.tabs.sendMessage(consoleTab?.id as number, { type: 'lwa:page-report' })) as PageReport;
      }, tab.url().split('#')[0]);
    const before = await ask();
    expect(before.fields).toContain('client-id');
    expect(before.nextStep).toBe('copy-client-id');

    // The content script's world keeps its animation frames from now on and sees the tab hidden, as in a hidden tab
    // (whose looks wait for a frame: a visible one's may come in the next task).
    const { cdp, contextId } = await contentScriptWorld(browser, tab);
    const held = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `window.requestAnimationFrame = () => 4242; window.cancelAnimationFrame = () => {};
        Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });`,
    });
    expect(held.exceptionDetails).toBeUndefined();
    // The console renders its Web Settings again, as its own second render does: new elements, none of our marks.
    await tab.evaluate(() => {
      const section = document.getElementById('a-expander-content-2') as HTMLElement;
      section.innerHTML = section.innerHTML.replace(/ data-lwa-[a-z-]+="[^"]*"/g, '');
    });
    // Two frames of the page later our look has still not come: the frames really are held.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await tab.evaluate(() => document.querySelectorAll('[data-lwa-field="client-id"]').length)).toBe(0);

    const after = await ask();
    expect(after.fields).toEqual(before.fields);
    expect(after.nextStep).toBe('copy-client-id');
    expect(await tab.evaluate(() => document.querySelectorAll('[data-lwa-field="client-id"]').length)).toBe(1);
    await cdp.detach();
    await tab.close();
    expect(errors).toEqual([]);
  });

  test('a popup opened while the console page is still loading says what the page is once it has loaded', async () => {
    // The console answers late (a slow server): the popup opens before the content script has started, and it asks
    // again while the tab loads (src/popup/hooks.ts) instead of calling the page no console page.
    const url = `${legacy.url}&slow=1`;
    await browser.serve({ [url]: { body: fixtureHtml(fixturePath(legacy.file)), delayMs: 1500 } });
    const tab = await browser.context.newPage();
    watchErrors(tab, errors);
    const loading = tab.goto(`${url}#state=app`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const popup = await browser.popup();
    const status = popup.locator('#this-page [role=status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Login with Amazon app console');
    await loading;
    await popup.close();
    await tab.close();
    expect(errors).toEqual([]);
  });
});

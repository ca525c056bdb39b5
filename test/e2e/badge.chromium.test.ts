// Issue 6: the toolbar badge shows how many setup steps are left for the console in the tab, or a tick when done,
// from what the content script reports; the button's title says the same in words.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../src/core/steps';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';

const legacy = findFixture('seller-central/lwa-legacy.en.html');

describe('toolbar badge', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.serve({ [legacy.url]: fixtureHtml(fixturePath(legacy.file)) });
  });
  afterAll(() => browser?.close());

  /** The badge text and title of the console tab, read by the service worker. */
  const badge = () =>
    browser.worker.evaluate(
      async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        if (tab?.id === undefined) return null;
        return {
          text: await chrome.action.getBadgeText({ tabId: tab.id }),
          title: await chrome.action.getTitle({ tabId: tab.id }),
        };
      },
      `${legacy.url.split('?')[0]}*`,
    );

  test('counts the steps left, then shows a tick when every step is done', async () => {
    const tab = await browser.open(fixtureUrl(legacy, 'web-settings'));
    await tab.waitForSelector('[data-lwa-field="client-id"]');
    // Seen on this page: the console opened, the app registered and saved, the client ID shown (4 of 10).
    await expect.poll(async () => (await badge())?.text, { timeout: 10_000 }).toBe(String(CHECKLIST.length - 4));
    expect((await badge())?.title).toContain(String(CHECKLIST.length - 4));

    // Every step ticked by hand in the popup's storage: the content script reports it, the badge turns into a tick.
    await browser.worker.evaluate(
      async (items) => {
        const key = 'progress.EU';
        const progress = (await chrome.storage.local.get(key))[key] as Record<string, unknown>;
        await chrome.storage.local.set({
          [key]: { ...progress, manual: Object.fromEntries(items.map((i) => [i, true])) },
        });
      },
      [...CHECKLIST],
    );
    await expect.poll(async () => (await badge())?.text, { timeout: 10_000 }).toBe('✓');
  });
});

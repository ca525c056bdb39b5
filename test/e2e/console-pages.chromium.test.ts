// Issue 4: Integration Central (EN, DE) and the developer console (EN, JA) in Chromium: at every step exactly one
// element carries the right `data-lwa-next-step`, the client ID is marked and its copy button copies exactly it; pages
// that are not recognised get nothing at all; no fixture page shows a page error or an extension console error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEV_CREATE_URL,
  DEV_OVERVIEW_URL,
  DEV_WEB_SETTINGS_UPDATE_URL,
  DEV_WEB_SETTINGS_VIEW_URL,
  type FixturePage,
  findFixture,
  fixturePages,
  fixturePath,
  fixtureUrl,
} from '../fixtures/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import {
  clearStorage,
  copyClientId,
  expectStep,
  expectStepOn,
  injected,
  progressOf,
  stepName,
  watchErrors,
} from './console-steps';

const ORIGIN = 'https://www.example.com';
const RETURN_URL = 'https://www.example.com/login';
const label = (page: FixturePage, key: keyof NonNullable<FixturePage['labels']>) => {
  const text = page.labels?.[key];
  if (!text) throw new Error(`${page.file} has no label ${key}`);
  return text;
};
const serveAll = (browser: ExtensionBrowser, files: string[]) =>
  browser.serve(
    Object.fromEntries(files.map((file) => [findFixture(file).url, fixtureHtml(fixturePath(findFixture(file).file))])),
  );

describe('console pages in Chromium', () => {
  let browser: ExtensionBrowser;
  const errors: string[] = [];
  const newTab = async (url: string): Promise<Page> => {
    const tab = await browser.context.newPage();
    watchErrors(tab, errors);
    await tab.goto(url);
    return tab;
  };
  beforeAll(async () => {
    browser = await launchChromium();
    for (const origin of [
      'https://sellercentral-europe.amazon.com',
      'https://sellercentral.amazon.de',
      'https://developer.amazon.com',
    ]) {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
  });
  afterAll(() => browser?.close());

  describe.each(['en', 'de'])('Integration Central, %s', (lang) => {
    const page = findFixture(`integration-central/lwa.${lang}.html`);
    beforeAll(async () => {
      await clearStorage(browser.worker);
      await serveAll(browser, [page.file]);
    });

    test('list: copy the client ID; view: Edit; origins, return URLs, Save changes', async () => {
      const tab = await newTab(fixtureUrl(page, 'list'));
      const clientId = page.ids.clientId as string;
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(clientId);
      expect(await copyClientId(tab)).toBe(clientId);
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.clientIdCopied).toBe(true);
      expect((await progressOf(browser.worker, 'EU'))?.clientId?.value).toBe(clientId);

      // Copied: the way on to the Web Settings from the list is "View client ID/store ID(s)".
      await expectStep(tab, 'edit-web-settings');
      expect(await stepName(tab)).toBe(label(page, 'viewClientIds'));
      await tab.locator('[data-lwa-next-step]').click();
      await expectStep(tab, 'edit-web-settings');
      expect(await stepName(tab)).toBe(label(page, 'edit'));
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(clientId);
      await tab.locator('[data-lwa-next-step]').click();
      await (await expectStepOn(tab, 'add-origins', '[data-lwa-field="allowed-origin"]')).fill(ORIGIN);
      await (await expectStepOn(tab, 'add-return-urls', '[data-lwa-field="allowed-return-url"]')).fill(RETURN_URL);
      await expectStep(tab, 'save-web-settings');
      expect(await stepName(tab)).toBe(label(page, 'save'));
      await tab.locator('[data-lwa-next-step]').click();
      await tab.getByText(ORIGIN, { exact: true }).waitFor();
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.webSettings?.origins).toBe(1);
      // Integration Central has no view drop-down: nothing is left to do on this page.
      await expectStep(tab, null);
      await tab.close();
    });

    test('create: the form field by field, then origins and return URLs, then the new client ID', async () => {
      const tab = await newTab(fixtureUrl(page, 'create'));
      for (const [field, value] of [
        ['app-name', 'Example Shop'],
        ['app-description', 'Checkout'],
        ['privacy-url', `${ORIGIN}/privacy`],
      ] as const) {
        await (await expectStepOn(tab, 'fill-app-details', `[data-lwa-field="${field}"]`)).fill(value);
      }
      await (await expectStepOn(tab, 'add-origins', '[data-lwa-field="allowed-origin"]')).fill(ORIGIN);
      await (await expectStepOn(tab, 'add-return-urls', '[data-lwa-field="allowed-return-url"]')).fill(RETURN_URL);
      await expectStep(tab, 'save-web-settings');
      await tab.getByRole('button', { name: label(page, 'save'), exact: true }).click();
      const created = page.ids.createdClientId as string;
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(created);
      expect(await copyClientId(tab)).toBe(created);
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.clientId?.value).toBe(created);
      await tab.close();
    });

    test('the app leaves for a page that is no console and comes back: the assistant goes, then starts again', async () => {
      const tab = await newTab(fixtureUrl(page, 'list'));
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      // A single-page app's navigation: a new address without a load, and new content.
      const navigate = (path: string) =>
        tab.evaluate((to) => {
          history.pushState(null, '', to);
          document.body.append(Object.assign(document.createElement('button'), { textContent: to }));
        }, path);
      const here = await tab.evaluate(() => location.pathname + location.search + location.hash);
      await navigate('/external-payments/somewhere-else');
      await expect
        .poll(() => tab.evaluate(() => document.documentElement.getAttribute('data-lwa-assistant')))
        .toBe(null);
      expect(await tab.locator('[data-lwa-next-step]').count()).toBe(0);
      await navigate(here);
      await expect
        .poll(() => tab.evaluate(() => document.documentElement.getAttribute('data-lwa-assistant')))
        .toBe('ready');
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      await tab.close();
    });
  });

  describe.each(['en', 'ja'])('developer console, %s', (lang) => {
    const overview = findFixture(`developer-console/overview.${lang}.html`);
    const create = findFixture(`developer-console/create-security-profile.${lang}.html`);
    const view = findFixture(`developer-console/web-settings-view.${lang}.html`);
    const update = findFixture(`developer-console/web-settings-update.${lang}.html`);
    beforeAll(async () => {
      await clearStorage(browser.worker);
      await serveAll(browser, [overview.file, create.file, view.file, update.file]);
    });

    test('create a security profile: field by field, then Save', async () => {
      const tab = await newTab(DEV_CREATE_URL);
      for (const [field, value] of [
        ['app-name', 'Example Shop'],
        ['app-description', 'Checkout'],
        ['privacy-url', `${ORIGIN}/privacy`],
      ] as const) {
        await (await expectStepOn(tab, 'fill-app-details', `[data-lwa-field="${field}"]`)).fill(value);
      }
      await expectStep(tab, 'save-app');
      expect(await stepName(tab)).toBe(label(create, 'save'));
      await Promise.all([tab.waitForURL(DEV_OVERVIEW_URL), tab.locator('[data-lwa-next-step]').click()]);
      await tab.close();
    });

    test('overview: show, copy the client ID; gear → Web Settings → Edit; origins, return URLs, Save', async () => {
      const tab = await newTab(DEV_OVERVIEW_URL);
      const clientId = overview.ids.clientId as string;
      await expectStep(tab, 'reveal-web-settings');
      expect(await stepName(tab)).toBe(label(overview, 'showCredentials'));
      await tab.locator('[data-lwa-next-step]').click();
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(clientId);
      await expect.poll(() => tab.locator('[data-lwa-field="app-id"]').textContent()).toBe(overview.ids.appId);
      expect(await copyClientId(tab)).toBe(clientId);
      // The developer console serves every region: the capture is filed under the region the merchant works in.
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.clientIdCopied).toBe(true);

      // The gear menu, then its Web Settings entry.
      await expectStep(tab, 'edit-web-settings');
      await tab.locator('[data-lwa-next-step]').click();
      await expectStepOn(
        tab,
        'edit-web-settings',
        '[role=menuitem][data-lwa-next-step],[role=menuitem] [data-lwa-next-step]',
      );
      expect(await stepName(tab)).toBe(label(overview, 'webSettings'));
      await Promise.all([tab.waitForURL(DEV_WEB_SETTINGS_VIEW_URL), tab.locator('[data-lwa-next-step]').click()]);

      await expectStep(tab, 'edit-web-settings');
      expect(await stepName(tab)).toBe(label(view, 'edit'));
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(clientId);
      await Promise.all([tab.waitForURL(DEV_WEB_SETTINGS_UPDATE_URL), tab.locator('[data-lwa-next-step]').click()]);
      await (await expectStepOn(tab, 'add-origins', '[data-lwa-field="allowed-origin"]')).fill(ORIGIN);
      await (await expectStepOn(tab, 'add-return-urls', '[data-lwa-field="allowed-return-url"]')).fill(RETURN_URL);
      await expectStep(tab, 'save-web-settings');
      expect(await stepName(tab)).toBe(label(update, 'save'));
      await Promise.all([tab.waitForURL(DEV_WEB_SETTINGS_VIEW_URL), tab.locator('[data-lwa-next-step]').click()]);
      await tab.getByText(ORIGIN, { exact: true }).waitFor();
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.webSettings?.origins).toBe(1);
      await expectStep(tab, null);
      await tab.close();
    });
  });

  describe('pages it does not recognise get nothing at all', () => {
    const shop = findFixture('unrecognised/amazon-fr-shop.fr.html');
    const error = findFixture('unrecognised/integration-central-error.en.html');
    // A console host, but a path that is no console page: served with a real console page's markup.
    const ELSEWHERE = 'https://sellercentral-europe.amazon.com/external-payments/somewhere-else';

    test.each([
      ['the amazon.fr shop', shop.url, shop.file],
      ['a console host, another page (with console markup)', ELSEWHERE, 'integration-central/lwa.en.html'],
      [
        'a console host, another page (legacy console markup)',
        `${ELSEWHERE}#state=web-settings`,
        'seller-central/lwa-legacy.en.html',
      ],
    ])('%s', async (_what, url, file) => {
      await browser.serve({ [url.split('#')[0] as string]: fixtureHtml(fixturePath(file)) });
      const tab = await newTab(url);
      await tab.waitForLoadState('load');
      // Longer than the fixtures' own renders and the content script's first look (document_idle, then a frame).
      await tab.waitForTimeout(900);
      expect(await injected(tab)).toEqual({ elements: [], attributes: [] });
      await tab.close();
    });

    test('an error page at a console URL: no field, no step, no UI', async () => {
      await serveAll(browser, [error.file]);
      const tab = await newTab(error.url);
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
      await tab.waitForTimeout(300);
      const found = await injected(tab);
      expect(found.elements).toEqual([]);
      // The URL is a console page's, so the script started (dom-contract: Page state); it found nothing to mark.
      expect(found.attributes).toEqual(['data-lwa-assistant']);
      await tab.close();
    });
  });

  // dom-contract: the highlight and the copy button never block any other part of the page.
  test.each([
    ['integration-central/lwa.en.html', 'list'],
    ['seller-central/lwa-legacy.en.html', 'web-settings'],
    ['developer-console/overview.en.html', 'revealed'],
  ])("%s %s: the copy button covers none of the console's controls", async (file, state) => {
    const page = findFixture(file);
    await clearStorage(browser.worker);
    await serveAll(browser, [file]);
    const tab = await newTab(fixtureUrl(page, state));
    await expectStep(tab, 'copy-client-id');
    await tab.getByRole('button', { name: 'Copy Client ID', exact: true }).waitFor();
    await tab.waitForTimeout(700);
    const covered = await tab.evaluate(() =>
      [...document.querySelectorAll('button,a[href],input,select,textarea,[role=button]')]
        .filter((el) => !el.closest('lwa-assistant-root') && el.getClientRects().length > 0)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 2, r.top + r.height / 2],
            [r.right - 2, r.top + r.height / 2],
          ];
          return points.some(
            ([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName === 'LWA-ASSISTANT-ROOT',
          );
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(covered).toEqual([]);
    await tab.close();
  });

  test('no page error and no extension console error on any fixture state', async () => {
    await clearStorage(browser.worker);
    let seen = 0;
    for (const page of fixturePages) {
      await serveAll(browser, [page.file]);
      // The states of one page side by side (each tab keeps its own state in its sessionStorage).
      await Promise.all(
        (page.states ?? [undefined]).map(async (state) => {
          const tab = await newTab(fixtureUrl(page, state));
          if (page.console !== 'unrecognised') {
            await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
          }
          // Through the pages' skeletons and re-renders (up to 600 ms).
          await tab.waitForTimeout(650);
          seen += 1;
          await tab.close();
        }),
      );
    }
    expect(seen).toBe(fixturePages.reduce((n, page) => n + (page.states?.length ?? 1), 0));
    expect(errors).toEqual([]);
  });
});

// Issue 5, in Chromium on the console fixtures: the wrong-credential guard (dom-contract: Wrong-credential guard).
// Copying the application ID or the client secret — by selection + Ctrl+C, or with the console's own copy button —
// warns with role="alert"; copying the client ID does not; "Copy Client ID instead" leaves exactly the client ID on
// the clipboard. Afterwards no secret is in the extension's storage and the extension made no request.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEV_WEB_SETTINGS_UPDATE_URL, type FixturePage, findFixture } from '../fixtures/pages';
import { type ExtensionBrowser, launchChromium } from './chromium';
import {
  extensionRequests,
  message,
  openFixture,
  ownTextsWithRole,
  type SeenRequest,
  selectText,
  storedAnywhere,
  watchRequests,
} from './page-helpers';

interface GuardPage {
  fixture: FixturePage;
  state: string;
  /** The console shows its own copy button beside each value. */
  copyButtons: boolean;
}

const GUARD_PAGES: GuardPage[] = [
  { fixture: findFixture('seller-central/lwa-legacy.en.html'), state: 'web-settings', copyButtons: true },
  { fixture: findFixture('seller-central/lwa-legacy.fr.html'), state: 'web-settings', copyButtons: true },
  // The developer console shows the three values only after "Show Client ID and Client Secret", without copy buttons.
  { fixture: findFixture('developer-console/overview.en.html'), state: 'revealed', copyButtons: false },
];
const DEV_UPDATE = findFixture('developer-console/web-settings-update.en.html');

const APP_ID_ALERT = message('guardCopiedAppId');
const SECRET_ALERT = message('guardCopiedSecret');
const NEEDS_CLIENT_ID = message('guardNeedsClientId');

let browser: ExtensionBrowser;
let requests: SeenRequest[];

beforeAll(async () => {
  browser = await launchChromium();
  browser.context.setDefaultTimeout(5_000);
  requests = watchRequests(browser);
  // Both together: a grant for an origin denies every permission it does not list (toolchain-notes).
  for (const origin of new Set([...GUARD_PAGES.map((p) => p.fixture.url), DEV_WEB_SETTINGS_UPDATE_URL])) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(origin).origin });
  }
});
afterAll(() => browser?.close());

const openAt = (page: FixturePage, state: string) => openFixture(browser, page, state);

const clipboard = (tab: Page) => tab.evaluate(() => navigator.clipboard.readText());
const alerts = (tab: Page) => tab.evaluate(ownTextsWithRole, 'alert');
/** The guard's alert, found the way assistive technology finds it. */
const alertOf = (tab: Page) => tab.locator('lwa-assistant-root').getByRole('alert');

/** Waits a frame so that anything the copy caused is on the page. */
const nextFrame = (tab: Page) => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

async function copyBySelection(tab: Page, value: Locator): Promise<void> {
  await value.evaluate(selectText);
  await tab.keyboard.press('Control+C');
  await nextFrame(tab);
}

/** The console's own copy button that follows a value. */
const consoleCopyButton = (value: Locator, label: string) =>
  value.locator(`xpath=following-sibling::button[normalize-space(.)="${label}"][1]`);

async function revealSecret(tab: Page, page: GuardPage): Promise<void> {
  const secret = page.fixture.ids.clientSecret as string;
  if (await tab.getByText(secret, { exact: true }).count()) return;
  await tab.getByRole('button', { name: page.fixture.labels?.showSecret, exact: true }).click();
  await tab.getByText(secret, { exact: true }).waitFor();
}

async function expectWarning(tab: Page, headline: string): Promise<void> {
  await expect.poll(() => alerts(tab)).toHaveLength(1);
  const text = (await alertOf(tab).textContent()) ?? '';
  expect(text).toContain(headline);
  expect(text).toContain(NEEDS_CLIENT_ID);
}

async function clearClipboard(tab: Page): Promise<void> {
  await tab.evaluate(() => navigator.clipboard.writeText('-'));
}

describe.each(GUARD_PAGES)('$fixture.file', (page) => {
  const { clientId, appId, clientSecret } = page.fixture.ids as Record<'clientId' | 'appId' | 'clientSecret', string>;
  const copy = page.fixture.labels?.copy ?? '';

  test('selecting the application ID and pressing Ctrl+C warns, and the ID is still copied', async () => {
    const tab = await openAt(page.fixture, page.state);
    await clearClipboard(tab);
    await copyBySelection(tab, tab.getByText(appId, { exact: true }));
    await expectWarning(tab, APP_ID_ALERT);
    expect(await clipboard(tab)).toBe(appId);
    expect(await alertOf(tab).textContent()).toContain('Application ID');
    await tab.close();
  });

  test('selecting the client secret and pressing Ctrl+C warns', async () => {
    const tab = await openAt(page.fixture, page.state);
    await revealSecret(tab, page);
    await copyBySelection(tab, tab.getByText(clientSecret, { exact: true }));
    await expectWarning(tab, SECRET_ALERT);
    expect(await alertOf(tab).textContent()).toContain('Client Secret');
    expect(await clipboard(tab)).toBe(clientSecret);
    await tab.close();
  });

  test('selecting the client ID and pressing Ctrl+C does not warn', async () => {
    const tab = await openAt(page.fixture, page.state);
    await clearClipboard(tab);
    await copyBySelection(tab, tab.getByText(clientId, { exact: true }));
    // The copy happened: anything the guard did in its copy listener is on the page by now.
    expect(await clipboard(tab)).toBe(clientId);
    await nextFrame(tab);
    expect(await alerts(tab)).toEqual([]);
    await tab.close();
  });

  test('"Copy Client ID instead" leaves exactly the client ID on the clipboard', async () => {
    const tab = await openAt(page.fixture, page.state);
    await copyBySelection(tab, tab.getByText(appId, { exact: true }));
    await expectWarning(tab, APP_ID_ALERT);
    await alertOf(tab).getByRole('button', { name: 'Copy Client ID instead', exact: true }).click();
    await expect.poll(() => alertOf(tab).getByRole('status').textContent()).toContain('Copied');
    expect(await clipboard(tab)).toBe(clientId);
    // The warning has done its job, but stays until dismissed, with its confirmation.
    await alertOf(tab).getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await alerts(tab)).toEqual([]);
    await tab.close();
  });

  test.runIf(page.copyButtons)(
    "the console's own copy buttons: app ID and secret warn, client ID does not",
    async () => {
      const tab = await openAt(page.fixture, page.state);
      await revealSecret(tab, page);

      await consoleCopyButton(tab.getByText(appId, { exact: true }), copy).click();
      await expectWarning(tab, APP_ID_ALERT);
      expect(await clipboard(tab)).toBe(appId);

      // A real click: the extension's own "Copy Client ID" steps aside from the console's copy button.
      await consoleCopyButton(tab.getByText(clientId, { exact: true }), copy).click();
      expect(await clipboard(tab)).toBe(clientId);
      await nextFrame(tab);
      // Copying the right value ends the earlier warning; none for the client ID itself.
      expect(await alerts(tab)).toEqual([]);

      await consoleCopyButton(tab.getByText(clientSecret, { exact: true }), copy).click();
      await expectWarning(tab, SECRET_ALERT);
      expect(await clipboard(tab)).toBe(clientSecret);
      await tab.close();
    },
  );

  test.runIf(page.copyButtons)('the secret copied while still masked warns too', async () => {
    const tab = await openAt(page.fixture, page.state);
    expect(await tab.getByText(clientSecret, { exact: true }).count()).toBe(0);
    const copyButtons = tab.locator('#root, #app-root').getByRole('button', { name: copy, exact: true });
    // The secret's own copy button is the last of the Web Settings values' copy buttons.
    await copyButtons.last().click();
    await expectWarning(tab, SECRET_ALERT);
    expect(await clipboard(tab)).toBe(clientSecret);
    await tab.close();
  });
});

test('developer console, "Allowed Origins" page: copying the client ID does not warn', async () => {
  const tab = await openAt(DEV_UPDATE, 'edit');
  const clientId = DEV_UPDATE.ids.clientId as string;
  await clearClipboard(tab);
  await copyBySelection(tab, tab.getByText(clientId, { exact: true }));
  expect(await clipboard(tab)).toBe(clientId);
  await nextFrame(tab);
  expect(await alerts(tab)).toEqual([]);
  await tab.close();
});

test('after all this, no client secret is stored and the extension made no request', async () => {
  const secrets = GUARD_PAGES.map((p) => p.fixture.ids.clientSecret as string);
  expect(await storedAnywhere(browser, secrets)).toEqual([]);
  expect(extensionRequests(browser, requests)).toEqual([]);
});

test('the request watch does see what the service worker sends (so the test above can fail)', async () => {
  await browser.worker.evaluate(() => fetch('https://example.org/lwa-test-probe').catch(() => null));
  await expect
    .poll(() => extensionRequests(browser, requests))
    .toContain('refused: https://example.org/lwa-test-probe');
});

// Issue 4: the merchant's guide end to end in Chromium, on the legacy console fixtures served at their real URLs, in
// English and in French (domain-facts: The setup flow the extension guides, steps 1–6). At every step exactly one
// element carries the right `data-lwa-next-step` (dom-contract: The next step); the client ID is marked, its copy
// button puts exactly it on the clipboard, and the extension's storage then knows it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixturePage, findFixture, fixturePath, HOME_URL, LEGACY_LWA_URL } from '../fixtures/pages';
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

// The entries of the view drop-down: a role=menu on the English pages, a role=listbox on the French ones.
const MENU_ENTRY = '[role=menuitem][data-lwa-next-step],[role=option][data-lwa-next-step]';
const ORIGIN = 'https://www.example.com';
const RETURN_URL = 'https://www.example.com/login';
const flows = [
  {
    lang: 'en',
    home: findFixture('seller-central/amazon-pay-home.en.html'),
    legacy: findFixture('seller-central/lwa-legacy.en.html'),
  },
  {
    lang: 'fr',
    home: findFixture('seller-central/amazon-pay-home.fr.html'),
    legacy: findFixture('seller-central/lwa-legacy.fr.html'),
  },
];

const label = (page: FixturePage, key: keyof NonNullable<FixturePage['labels']>) => {
  const text = page.labels?.[key];
  if (!text) throw new Error(`${page.file} has no label ${key}`);
  return text;
};

describe('the guide in Chromium, legacy console', () => {
  let browser: ExtensionBrowser;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(LEGACY_LWA_URL).origin,
    });
  });
  afterAll(() => browser?.close());

  test.each(flows)(
    '$lang: Amazon Pay → Login with Amazon → register → client ID → Web Settings → back',
    async ({ home, legacy }) => {
      await clearStorage(browser.worker);
      // EN and FR pages share their URLs: serve this language's.
      await browser.serve({
        [HOME_URL]: fixtureHtml(fixturePath(home.file)),
        [LEGACY_LWA_URL]: fixtureHtml(fixturePath(legacy.file)),
      });
      const tab: Page = await browser.context.newPage();
      watchErrors(tab, errors);
      await tab.goto(HOME_URL);

      // 1. The view drop-down, then its "Login with Amazon" entry.
      await expectStep(tab, 'open-lwa-console');
      expect(await stepName(tab)).toBe(label(home, 'viewSandbox'));
      await tab.locator('[data-lwa-next-step]').click();
      await expectStepOn(tab, 'open-lwa-console', MENU_ENTRY);
      expect(await stepName(tab)).toBe(label(home, 'viewLoginWithAmazon'));
      await Promise.all([tab.waitForURL(LEGACY_LWA_URL), tab.locator('[data-lwa-next-step]').click()]);

      // 2. No application yet: Register.
      await tab.getByText(label(legacy, 'noApps')).waitFor();
      await expectStep(tab, 'register-app');
      expect(await stepName(tab)).toBe(label(legacy, 'registerApp'));
      await tab.getByRole('button', { name: label(legacy, 'registerApp'), exact: true }).click();

      // 3. The form field by field: the step moves to the next empty required field, then to Save.
      const values = {
        'app-name': 'Example Shop',
        'app-description': 'Checkout for the Example Shop',
        'privacy-url': `${ORIGIN}/privacy`,
      };
      for (const [field, value] of Object.entries(values)) {
        const input = await expectStepOn(tab, 'fill-app-details', `[data-lwa-field="${field}"]`);
        await input.fill(value);
      }
      await expectStep(tab, 'save-app');
      expect(await stepName(tab)).toBe(label(legacy, 'save'));
      await tab.getByRole('button', { name: label(legacy, 'save'), exact: true }).click();

      // 4. The "+" next to Web Settings, then the client ID and its copy button.
      await expectStep(tab, 'reveal-web-settings');
      expect(await stepName(tab)).toBe('+');
      await tab.locator('[data-lwa-next-step]').click();
      const clientId = legacy.ids.clientId as string;
      await expectStepOn(tab, 'copy-client-id', '[data-lwa-field="client-id"]');
      expect(await tab.locator('[data-lwa-field="client-id"]').textContent()).toBe(clientId);
      await expect.poll(() => tab.locator('[data-lwa-field="app-id"]').textContent()).toBe(legacy.ids.appId);
      expect(await copyClientId(tab)).toBe(clientId);
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.clientId?.value).toBe(clientId);
      expect((await progressOf(browser.worker, 'EU'))?.clientIdCopied).toBe(true);
      // The console re-renders the client ID in a new element: the same button follows it, focus and "Copied" kept.
      await tab.getByRole('button', { name: 'Copy Client ID', exact: true }).focus();
      await tab.evaluate(() => {
        const field = document.querySelector('[data-lwa-field="client-id"]') as Element;
        const copy = field.cloneNode(true) as Element;
        copy.removeAttribute('data-lwa-field');
        field.replaceWith(copy);
      });
      await expect.poll(() => tab.locator('[data-lwa-field="client-id"]').count()).toBe(1);
      const focused = () =>
        tab.evaluate(() => document.querySelector('lwa-assistant-root')?.shadowRoot?.activeElement?.textContent);
      expect(await focused()).toBe('Copy Client ID');
      expect(await tab.getByRole('button', { name: 'Copy Client ID', exact: true }).count()).toBe(1);
      await expect(
        tab.locator('lwa-assistant-root').getByRole('status').filter({ hasText: 'Copied' }).count(),
      ).resolves.toBe(1);

      // 5. Edit, origins, return URLs, Save.
      await expectStep(tab, 'edit-web-settings');
      expect(await stepName(tab)).toBe(label(legacy, 'edit'));
      await tab.locator('[data-lwa-next-step]').click();
      const origin = await expectStepOn(tab, 'add-origins', '[data-lwa-field="allowed-origin"]');
      await origin.fill(ORIGIN);
      const returnUrl = await expectStepOn(tab, 'add-return-urls', '[data-lwa-field="allowed-return-url"]');
      await returnUrl.fill(RETURN_URL);
      await expectStep(tab, 'save-web-settings');
      expect(await stepName(tab)).toBe(label(legacy, 'save'));
      await tab.getByRole('button', { name: label(legacy, 'save'), exact: true }).click();

      // 6. Back to Amazon Pay through the drop-down: first the drop-down, then its sandbox entry.
      await tab.getByText(ORIGIN, { exact: true }).waitFor();
      await expectStep(tab, 'back-to-amazon-pay');
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.webSettings?.origins).toBe(1);
      await tab.locator('[data-lwa-next-step]').click();
      await expectStepOn(tab, 'back-to-amazon-pay', MENU_ENTRY);
      expect(await stepName(tab)).toBe(label(legacy, 'viewSandbox'));
      await Promise.all([tab.waitForURL(HOME_URL), tab.locator('[data-lwa-next-step]').click()]);

      // Back home with everything done: nothing left to highlight there, and the checklist knows it.
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
      await expect.poll(async () => (await progressOf(browser.worker, 'EU'))?.backOnAmazonPay).toBe(true);
      await expectStep(tab, null);
      expect((await injected(tab)).attributes.filter((a) => a !== 'data-lwa-assistant')).toEqual([]);
      await tab.close();
      expect(errors).toEqual([]);
    },
  );
});

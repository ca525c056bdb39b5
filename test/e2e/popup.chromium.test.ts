// Issue: the popup (checklist, Client ID card, "What is this?" checker, shop address, this page) in Chromium, after the
// real content-script flow on the legacy console fixture.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECKLIST, isDone, stepsLeft } from '../../src/core/steps';
import { observedOf, type SetupProgress } from '../../src/platform/storage';
import { findFixture, fixtureUrl } from '../fixtures/pages';
import { outputPath } from './browsers';
import { type ExtensionBrowser, launchChromium } from './chromium';
import { domSettled } from './page-helpers';
import { axeViolations, CLIENT_ID, consoleRoutes, consoleUrl, LEGACY, layout, until } from './popup-helpers';

const IC = findFixture('integration-central/lwa.en.html');
const POPUP_WIDTH = 380;

const storedProgress = (browser: ExtensionBrowser): Promise<SetupProgress | undefined> =>
  browser.worker.evaluate(async () => (await chrome.storage.local.get('progress.EU'))['progress.EU'] as SetupProgress);

/** Runs the content script on the console fixture until the client ID is stored, then opens the popup. */
async function popupAfterConsole(browser: ExtensionBrowser): Promise<Page> {
  await browser.serve(consoleRoutes());
  const tab = await browser.open(consoleUrl());
  await tab.waitForSelector('[data-lwa-field="client-id"]', { state: 'attached' });
  // The console paints Web Settings twice (the second render replaces the whole section 250 ms after the first), and
  // the popup asks the tab what it found once, as it opens: asked between that render and the extension's next look,
  // the tab would report no Client ID field and no next step ("this page" below).
  await tab.evaluate(domSettled, 300);
  await until(
    () => storedProgress(browser),
    (p) => p?.clientId?.value === CLIENT_ID,
    'progress.EU',
  );
  const popup = await browser.popup();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await popup.locator('#client-id code').waitFor();
  return popup;
}

async function expectCleanAndNarrow(popup: Page) {
  expect(await axeViolations(popup)).toEqual([]);
  const { scrollWidth, clientWidth, outside } = await layout(popup);
  expect(scrollWidth).toBeLessThanOrEqual(400);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(outside).toEqual([]);
}

/** The checker and the shop address filled in, so screenshots and axe see every part of the popup. */
async function fillIn(popup: Page) {
  await popup.locator('#checker textarea').fill(` Client ID: "${CLIENT_ID.toUpperCase()}" `);
  await popup.locator('#shop input').fill('shop.example.fr/checkout');
}

describe('popup in Chromium, English', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    // Granted for every origin: Chromium refuses a grant for the extension's origin ("opaque origin").
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    popup = await popupAfterConsole(browser);
  });
  afterAll(() => browser?.close());

  test('shows the captured client ID, where it was seen, and where it goes', async () => {
    const card = popup.locator('#client-id');
    expect(await card.locator('code').textContent()).toBe(CLIENT_ID);
    expect(await card.textContent()).toContain('sellercentral-europe.amazon.com');
    expect(await card.textContent()).toContain('Client ID or Store ID field');
  });

  test('this page: the console, its region, the fields found', async () => {
    const section = popup.locator('#this-page');
    await expect.poll(() => section.textContent()).toContain('Login with Amazon app console');
    expect(await section.textContent()).toContain('Region: EU / UK');
    expect(await section.textContent()).toContain('Client ID');
  });

  test('the checklist is a list of checkboxes, ticked from what the content script saw', async () => {
    const boxes = popup.locator('#checklist ul > li input[type=checkbox]');
    expect(await boxes.count()).toBe(CHECKLIST.length);
    const ticked = () => boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));
    const stored = (await storedProgress(browser)) as SetupProgress;
    expect(await ticked()).toEqual(CHECKLIST.map((item) => isDone(item, observedOf(stored), stored.manual)));
    // The client ID was seen: the guide's steps 1–4 are done.
    expect((await ticked()).slice(0, 4)).toEqual([true, true, true, true]);
    const left = stepsLeft(observedOf(stored), stored.manual);
    expect(await popup.locator('#checklist [role=status]').first().textContent()).toBe(`Steps left: ${left} of 10`);
  });

  test('saved Web Settings tick their step live, with what was saved, and the next step links to its console', async () => {
    // The console shows Web Settings saved with two origins and one return URL: the content script records them.
    const saved = await browser.context.newPage();
    await saved.goto(
      fixtureUrl(LEGACY, 'web-settings', {
        origins: ['https://shop.example.fr', 'https://www.shop.example.fr'],
        returnUrls: ['https://shop.example.fr/checkout'],
      }),
    );
    await until(
      () => storedProgress(browser),
      (p) => p?.webSettings?.origins === 2,
      'progress.EU.webSettings',
    );
    await saved.close();
    const item = popup.getByRole('checkbox', { name: 'Add allowed origins and return URLs, then save' });
    await expect.poll(() => item.isChecked()).toBe(true);
    expect(await popup.locator('#checklist').textContent()).toContain('allowed origins: 2, return URLs: 1');
    expect(await popup.locator('#checklist [role=status]').first().textContent()).toBe('Steps left: 5 of 10');
    const next = popup.locator('#checklist .next');
    expect(await next.textContent()).toContain('Next: Go back to Amazon Pay.');
    expect(await next.locator('a').getAttribute('href')).toBe('https://sellercentral-europe.amazon.com/home');
    expect(await next.locator('a').getAttribute('target')).toBe('_blank');
  });

  test('"Copy Client ID" puts exactly the client ID on the clipboard and says "Copied"', async () => {
    await popup.evaluate(() => navigator.clipboard.writeText('something else'));
    const card = popup.locator('#client-id');
    await card.getByRole('button', { name: 'Copy Client ID' }).click();
    await expect.poll(() => card.locator('[role=status]').textContent()).toBe('Copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(CLIENT_ID);
  });

  test.each([
    [LEGACY.ids.appId, 'Recognised: Application ID.', 'Not for your shop’s Client ID field'],
    [LEGACY.ids.clientSecret, 'Recognised: Client Secret.', 'Keep it secret'],
    [IC.ids.clientId, 'Recognised: Client ID.', 'It goes into your shop’s Client ID or Store ID field.'],
    [IC.ids.publicKeyId, 'Recognised: Public Key ID.', 'Sandbox key: for tests only'],
    ['hello world', 'Not one of Amazon’s IDs or keys', ''],
  ])('the checker names %s', async (pasted, kind, advice) => {
    await popup.locator('#checker textarea').fill(pasted ?? '');
    const verdict = popup.locator('#checker [role=status]').first();
    await expect.poll(() => verdict.textContent()).toContain(kind);
    expect(await verdict.textContent()).toContain(advice);
  });

  test('the checker says what it cleaned, and offers the cleaned client ID; nothing pasted is stored', async () => {
    await fillIn(popup);
    const section = popup.locator('#checker');
    expect(await section.textContent()).toContain(
      'Cleaned off: spaces around it, quotation marks, a label in front of it',
    );
    expect(await section.locator('p > code').textContent()).toBe(CLIENT_ID);
    const stored = JSON.stringify(await browser.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).not.toContain(CLIENT_ID.toUpperCase());
    expect(stored).not.toContain('shop.example.fr/checkout');
  });

  test('the shop address gives the origins (www. pair) and the return URL, each with a copy button', async () => {
    await popup.locator('#shop input').fill('shop.example.fr/checkout');
    const values = popup.locator('#shop code');
    expect(await values.allTextContents()).toEqual([
      'https://shop.example.fr',
      'https://www.shop.example.fr',
      'https://shop.example.fr/checkout',
    ]);
    await popup.getByRole('button', { name: 'Copy https://www.shop.example.fr' }).click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('https://www.shop.example.fr');
  });

  test('axe-core finds no serious or critical violation, light and dark; no horizontal scrolling', async () => {
    await fillIn(popup);
    await expectCleanAndNarrow(popup);
    await popup.screenshot({ path: outputPath('popup-en-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectCleanAndNarrow(popup);
    await popup.screenshot({ path: outputPath('popup-en-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  test('keyboard only: Tab reaches the controls in order with a visible focus; Space ticks a box', async () => {
    // A click on the (unfocusable) title puts the sequential focus starting point at the top.
    await popup.locator('h1').click();
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      order.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const outline = getComputedStyle(el).outlineStyle;
          return `${el.closest('section')?.id ?? 'header'}:${el.tagName.toLowerCase()}:${outline}`;
        }),
      );
    }
    expect(order[0]).toBe('header:select:solid');
    expect(order).toContain('client-id:button:solid');
    expect(order).toContain('checklist:input:solid');
    // The checklist's first box comes after the copy button, as on screen.
    expect(order.indexOf('checklist:input:solid')).toBeGreaterThan(order.indexOf('client-id:button:solid'));

    const back = popup.getByRole('checkbox', { name: 'Go back to Amazon Pay' });
    await back.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => back.isChecked()).toBe(true);
    await expect.poll(() => storedProgress(browser)).toMatchObject({ manual: { 'back-to-amazon-pay': true } });
    expect(await popup.locator('#checklist [role=status]').first().textContent()).toBe('Steps left: 4 of 10');
    // Unticked by hand, an observed step stays unticked.
    const shown = popup.getByRole('checkbox', { name: 'Show the Client ID (Web Settings)' });
    await shown.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => shown.isChecked()).toBe(false);
  });

  test('the region switch shows another region’s checklist, without a client ID and with its console link', async () => {
    await popup.getByLabel('Region').selectOption('NA');
    const card = popup.locator('#client-id');
    await expect.poll(() => card.textContent()).toContain('No Client ID yet for North America');
    expect(await card.locator('a').getAttribute('href')).toBe(
      'https://sellercentral.amazon.com/gp/homepage.html?cor=login_NA',
    );
    await popup.getByLabel('Region').selectOption('EU');
    await expect.poll(() => card.locator('code').textContent()).toBe(CLIENT_ID);
  });

  test('reset asks first: Cancel keeps everything, Reset clears the region', async () => {
    const section = popup.locator('#checklist');
    await section.getByRole('button', { name: 'Reset this checklist' }).click();
    // The safe answer has the focus: Enter cancels.
    const focused = () => popup.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe('Cancel');
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe('Reset this checklist');
    expect(await popup.locator('#client-id code').textContent()).toBe(CLIENT_ID);

    await popup.keyboard.press('Enter');
    await section.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => popup.locator('#client-id').textContent()).toContain('No Client ID yet for EU / UK');
    expect(await section.locator('[role=status]').last().textContent()).toBe('The checklist for EU / UK was reset.');
    expect(await popup.locator('#checklist input:checked').count()).toBe(0);
  });
});

// The browser's language decides the popup's (chrome.i18n); each needs its own browser.
describe.each([
  ['fr', 'Votre identifiant client', ['light', 'dark']],
  ['de', 'Ihre Client-ID', ['light']],
  ['ja', 'あなたのクライアントID', ['light']],
] as const)('popup in Chromium, %s', (locale, heading, schemes) => {
  let browser: ExtensionBrowser;
  let popup: Page;
  beforeAll(async () => {
    browser = await launchChromium({ locale });
    popup = await popupAfterConsole(browser);
  });
  afterAll(() => browser?.close());

  test(`speaks ${locale}, holds its layout, axe-clean; screenshots`, async () => {
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${locale}`));
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
    expect(await popup.locator('#client-id h2').textContent()).toBe(heading);
    await fillIn(popup);
    for (const scheme of schemes) {
      await popup.emulateMedia({ colorScheme: scheme });
      await expectCleanAndNarrow(popup);
      await popup.screenshot({ path: outputPath(`popup-${locale}-${scheme}.png`), fullPage: true });
    }
  });

  test(`the console page speaks ${locale} too, from the sentences the background keeps`, async () => {
    const messages = JSON.parse(readFileSync(`_locales/${locale}/messages.json`, 'utf8'));
    const kept = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('pageStrings')).pageStrings as { messages: Record<string, string> },
    );
    expect(kept.messages.copyClientId).toBe(messages.copyClientId.message);
    const tab = await browser.open(consoleUrl());
    const button = tab.locator('lwa-assistant-root').getByRole('button', { name: messages.copyClientId.message });
    await expect.poll(() => button.count()).toBe(1);
    await tab.close();
  });
});

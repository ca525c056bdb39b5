// Issue 5, in Firefox ESR on the developer console's Web Settings edit page: an entry that would not work gets an error
// verdict, and the save guard holds the save until "Save anyway" (dom-contract: Inline validation of origins and
// return URLs).
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Verdict, validateOrigin, validateReturnUrl } from '../../src/core/urls';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { findKatal } from '../fixtures/variants-katal/pages';
import { fixtureHtml } from './chromium';
import { type FirefoxWithExtension, launchFirefox } from './firefox';
import { domSettled, expectedSentence, message, ownTextsWithRole, readVerdict } from './page-helpers';

const DEV = findFixture('developer-console/web-settings-update.en.html');
const DEV_VIEW = findFixture('developer-console/web-settings-view.en.html');
const ORIGIN = '[data-lwa-field="allowed-origin"]';
const WRONG = 'http://www.example.com';

/** A button of the extension's dialog, by its text (the dialog lives in the extension's shadow root). */
async function dialogButton(tab: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const buttons = await tab.$$('lwa-assistant-root >>> [role="alertdialog"] button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === name)
      return button as ElementHandle<HTMLButtonElement>;
  }
  throw new Error(`no "${name}" button in the dialog`);
}

/** The console's own Save button, by its text. */
async function clickSave(tab: Page): Promise<void> {
  const save = await tab.evaluateHandle(
    (name) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name),
    DEV.labels?.save as string,
  );
  await (save as ElementHandle<HTMLButtonElement>).click();
}

describe('Firefox, developer console Web Settings edit', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve({
      [DEV.url]: fixtureHtml(fixturePath(DEV.file)),
      [DEV_VIEW.url]: fixtureHtml(fixturePath(DEV_VIEW.file)),
    });
  });
  afterAll(() => firefox?.close());

  async function openEdit(): Promise<Page> {
    const tab = await firefox.open(fixtureUrl(DEV, 'edit'));
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
    await tab.evaluate(domSettled, 300);
    return tab;
  }

  test('an origin with http gets an error verdict with the corrected value', async () => {
    const tab = await openEdit();
    await tab.type(ORIGIN, WRONG);
    const verdict = validateOrigin(WRONG) as Verdict;
    await expect.poll(() => tab.$eval(ORIGIN, readVerdict).then((v) => v.text)).toBe(expectedSentence(verdict));
    expect(await tab.$eval(ORIGIN, readVerdict)).toMatchObject({
      count: 1,
      severity: 'error',
      ariaInvalid: 'true',
      inOwnLightDom: true,
    });
    expect(expectedSentence(verdict)).toContain('https://www.example.com');
    await tab.close();
  });

  test('saving with that error is held; "Save anyway" lets the console save', async () => {
    const tab = await openEdit();
    await tab.type(ORIGIN, 'https://www.example.com:443');
    await expect.poll(() => tab.$eval(ORIGIN, readVerdict).then((v) => v.severity)).toBe('error');
    await clickSave(tab);
    await tab.waitForSelector('lwa-assistant-root >>> [role="alertdialog"]');
    const [text] = await tab.evaluate(ownTextsWithRole, 'alertdialog');
    expect(text).toContain(message('guardTitle'));
    expect(text).toContain(expectedSentence(validateOrigin('https://www.example.com:443') as Verdict));
    expect(tab.url()).toContain('/update.html');

    await (await dialogButton(tab, 'Fix')).click();
    expect(await tab.evaluate(ownTextsWithRole, 'alertdialog')).toEqual([]);
    expect(await tab.$eval(ORIGIN, (el) => el === document.activeElement)).toBe(true);

    await clickSave(tab);
    await tab.waitForSelector('lwa-assistant-root >>> [role="alertdialog"]');
    await Promise.all([tab.waitForNavigation(), (await dialogButton(tab, 'Save anyway')).click()]);
    expect(tab.url()).toBe(DEV_VIEW.url);
    await tab.close();
  });
});

// A console page built from web components (Katal-like kat-* elements, inputs and buttons in open shadow roots): the
// same verdict and the same guard, with Firefox's own shadow DOM.
describe('Firefox, Integration Central edit built from web components', () => {
  const KATAL = findKatal('ic-edit-web-settings.en.html');
  const ENTRY = 'pierce/[data-lwa-field="allowed-return-url"]';
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve({ [KATAL.url]: fixtureHtml(fixturePath(KATAL.file)) });
  });
  afterAll(() => firefox?.close());

  test('components defined late (a lazily loaded bundle): the empty return-URL entry becomes the next step', async () => {
    // The page's scripts (the components and the script that builds the rows) run 1.5 s after load: until then its
    // kat-* elements are undefined, with nothing to read. Firefox's observer must take the rows built then (components)
    // for a reason to look. (The timed looks for components upgraded with no change at all: the Chromium e2e.)
    const late = fixtureHtml(fixturePath(KATAL.file))
      .replaceAll('<script>', '<script>setTimeout(function () {\n')
      .replaceAll('</script>', '\n}, 1500);</script>');
    const url = `${KATAL.url}?late`;
    firefox.serve({ [url]: late });
    const tab = await firefox.open(url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
    await tab.waitForSelector('pierce/[data-lwa-next-step="add-return-urls"]', { timeout: 8_000 });
    expect(await tab.$eval(ENTRY, (el) => el.getAttribute('data-lwa-next-step'))).toBe('add-return-urls');
    await tab.close();
  });

  test("a component's inner entry gets its verdict, and its Save button is held until Save anyway", async () => {
    const tab = await firefox.open(KATAL.url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
    await tab.evaluate(domSettled, 300);
    const typed = 'http://www.example.com/return';
    await tab.type(ENTRY, typed);
    const sentence = expectedSentence(validateReturnUrl(typed) as Verdict);
    await expect.poll(() => tab.$eval(ENTRY, readVerdict).then((v) => v.text)).toBe(sentence);
    expect(await tab.$eval(ENTRY, readVerdict)).toMatchObject({ severity: 'error', ariaInvalid: 'true' });

    const save = await tab.$('kat-button#save >>> button');
    await (save as ElementHandle<HTMLButtonElement>).click();
    await tab.waitForSelector('lwa-assistant-root >>> [role="alertdialog"]');
    const notice = () => tab.$eval('#notice', (el) => [(el as HTMLElement).hidden, el.getAttribute('description')]);
    expect(await notice()).toEqual([true, null]);
    await (await dialogButton(tab, 'Save anyway')).click();
    await expect.poll(notice).toEqual([false, 'Your changes have been saved.']);
    await tab.close();
  });
});

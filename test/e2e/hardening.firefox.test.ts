// Issue 8, hardening, in Firefox ESR. An update of the extension while a console page is open (Firefox injects the
// new version into open tabs) leaves exactly one copy of everything, and the page still reacts with one verdict per
// edit (dom-contract: Page state). A page served with a strict Content-Security-Policy gets the copy button and a
// verdict with no policy violation. No request: test/e2e/setup.ts.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Verdict, validateOrigin } from '../../src/core/urls';
import { hardeningIds, hardeningRoutes, strictCspPage } from '../fixtures/hardening/pages';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { DIST_FIREFOX } from './browsers';
import { fixtureHtml } from './chromium';
import { type FirefoxWithExtension, launchFirefox } from './firefox';
import { domSettled, expectedSentence, readVerdict } from './page-helpers';

const LEGACY = findFixture('seller-central/lwa-legacy.en.html');
const ORIGIN = '[data-lwa-field="allowed-origin"]';

/** One of everything the extension adds, counted in the light DOM and in its shadow roots. */
const counts = (tab: Page) =>
  tab.evaluate(() => {
    const roots = [...document.querySelectorAll('lwa-assistant-root')];
    const buttons = roots.flatMap((root) =>
      [...(root.shadowRoot?.querySelectorAll('button') ?? [])].filter((b) => b.textContent === 'Copy Client ID'),
    );
    return {
      roots: roots.length,
      copyButtons: buttons.length,
      steps: document.querySelectorAll('[data-lwa-next-step]').length,
      clientIds: document.querySelectorAll('[data-lwa-field="client-id"]').length,
      verdicts: document.querySelectorAll('lwa-assistant-verdict').length,
      ready: document.documentElement.getAttribute('data-lwa-assistant'),
    };
  });

function watch(tab: Page, errors: string[]) {
  tab.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
}

describe('Firefox: an update of the extension with a console page open', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve({ [LEGACY.url]: fixtureHtml(fixturePath(LEGACY.file)) });
  });
  afterAll(() => firefox?.close());

  test('leaves one root, one copy button, one next step, and one verdict per edit', async () => {
    const errors: string[] = [];
    const tab = await firefox.open(fixtureUrl(LEGACY, 'edit'));
    watch(tab, errors);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
    await tab.evaluate(domSettled, 300);
    await expect
      .poll(() => counts(tab), { timeout: 10_000 })
      .toEqual({ roots: 1, copyButtons: 1, steps: 1, clientIds: 1, verdicts: 0, ready: 'ready' });
    // A verdict of the first instance, to be taken over too.
    await tab.type(ORIGIN, 'http://www.example.com');
    await expect.poll(() => tab.$eval(ORIGIN, readVerdict).then((v) => v.severity)).toBe('error');
    const firstRoot = await tab.$('lwa-assistant-root');

    // The update: the same add-on (same gecko id) installed again.
    expect(await firefox.browser.installExtension(DIST_FIREFOX)).toBe(firefox.extensionId);
    // The new instance has taken over: the first one's root is gone, and everything is there once.
    await expect.poll(() => firstRoot?.evaluate((root) => root.isConnected), { timeout: 10_000 }).toBe(false);
    await expect
      .poll(() => counts(tab), { timeout: 10_000 })
      .toEqual({ roots: 1, copyButtons: 1, steps: 1, clientIds: 1, verdicts: 1, ready: 'ready' });

    // The page still reacts, once: one verdict for the next edit, from the new instance only.
    await tab.$eval(ORIGIN, (input) => {
      (input as HTMLInputElement).value = '';
    });
    await tab.type(ORIGIN, 'https://www.example.com:443');
    const verdict = validateOrigin('https://www.example.com:443') as Verdict;
    await expect.poll(() => tab.$eval(ORIGIN, readVerdict).then((v) => v.text)).toBe(expectedSentence(verdict));
    expect(await tab.$eval(ORIGIN, readVerdict)).toMatchObject({ count: 1, severity: 'error', inOwnLightDom: true });
    expect(await counts(tab)).toMatchObject({ roots: 1, copyButtons: 1, steps: 1, verdicts: 1 });
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe(`Firefox: a page served with Content-Security-Policy: ${strictCspPage.headers['Content-Security-Policy']}`, () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
    firefox.serve(hardeningRoutes(strictCspPage));
  });
  afterAll(() => firefox?.close());

  test('gets the highlight, the copy button and a verdict, with no policy violation', async () => {
    const errors: string[] = [];
    const tab = await firefox.open(strictCspPage.url);
    watch(tab, errors);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]');
    await tab.evaluate(domSettled, 300);
    const log = () => tab.evaluate(() => (window as unknown as { pageLog: string[] }).pageLog.slice());
    await expect.poll(() => counts(tab), { timeout: 10_000 }).toMatchObject({ roots: 1, copyButtons: 1, steps: 1 });
    expect(await tab.$eval('[data-lwa-field="client-id"]', (el) => el.textContent)).toBe(hardeningIds.clientId);
    // The copy button is styled by its shadow root's sheet (a visible box), and confirms.
    const button = await tab.waitForSelector('lwa-assistant-root >>> button ::-p-text(Copy Client ID)');
    expect(await button?.evaluate((b) => b.getBoundingClientRect().width > 20 && b.checkVisibility())).toBe(true);
    await tab.locator('lwa-assistant-root >>> button ::-p-text(Copy Client ID)').click();
    await expect
      .poll(() =>
        tab.evaluate(() =>
          [...(document.querySelector('lwa-assistant-root')?.shadowRoot?.querySelectorAll('[role=status]') ?? [])]
            .map((el) => el.textContent)
            .join(' '),
        ),
      )
      .toContain('Copied');
    await tab.type(ORIGIN, 'http://www.example.com');
    const verdict = validateOrigin('http://www.example.com') as Verdict;
    await expect.poll(() => tab.$eval(ORIGIN, readVerdict).then((v) => v.text)).toBe(expectedSentence(verdict));
    expect(await log()).toEqual(expect.not.arrayContaining([expect.stringMatching(/^csp:/)]));
    expect(errors).toEqual([]);
    await tab.close();
  });
});

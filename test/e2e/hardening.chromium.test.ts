// Issue 8, hardening, in Chromium. The request watch sees every way the extension could send something (so the global
// "no request" check in test/e2e/setup.ts can fail); a flow that shows, selects and copies the client secret leaves
// it in no storage area and in no console output of the extension; on every fixture page the page's own listeners
// still fire and nobody throws; a hostile page (test/fixtures/hardening/) cannot hide or lose the injected UI; a page
// with a strict Content-Security-Policy gets the same help (dom-contract: Everything the extension injects).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Verdict, validateOrigin } from '../../src/core/urls';
import {
  CONSOLE_SCRIPT_URL,
  type HardeningPage,
  hardeningIds,
  hardeningRoutes,
  hostilePage,
  strictCspPage,
} from '../fixtures/hardening/pages';
import { findFixture, fixturePages, fixturePath, fixtureUrl } from '../fixtures/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import {
  domSettled,
  expectedSentence,
  message,
  ownTextsWithRole,
  readVerdict,
  selectText,
  storedAnywhere,
} from './page-helpers';

const LEGACY = findFixture('seller-central/lwa-legacy.en.html');
const ORIGIN = '[data-lwa-field="allowed-origin"]';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchChromium();
  browser.context.setDefaultTimeout(5_000);
  // Both together: a grant for an origin denies every permission it does not list (toolchain-notes).
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(LEGACY.url).origin,
  });
});
afterAll(() => browser?.close());

/** What the page's own world saw: listeners added before any script of the page or of the extension ran. */
interface PageSaw {
  type: string;
  target: string;
}
const describeTarget = (el: Element | null) =>
  el ? `${el.tagName.toLowerCase()}#${el.id}|${(el.textContent ?? '').trim().slice(0, 40)}` : '';

async function pageWithListeners(): Promise<{ tab: Page; saw: PageSaw[]; pageErrors: string[] }> {
  const tab = await browser.context.newPage();
  const saw: PageSaw[] = [];
  const pageErrors: string[] = [];
  await tab.exposeFunction('lwaTestPageSaw', (type: string, target: string) => saw.push({ type, target }));
  await tab.addInitScript(`(() => {
    const describe = ${describeTarget.toString()};
    for (const type of ['click', 'input', 'keydown', 'submit']) {
      window.addEventListener(type, (event) => window.lwaTestPageSaw(type, describe(event.target)));
    }
  })()`);
  tab.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  tab.on('console', (m) => {
    // The favicon is refused by the harness on purpose.
    if (m.type() === 'error' && !/favicon\.ico/.test(m.location().url)) pageErrors.push(`console: ${m.text()}`);
  });
  return { tab, saw, pageErrors };
}

const settle = (tab: Page) => tab.evaluate(domSettled, 300);
const frames = (tab: Page, n = 2) =>
  tab.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
        step(count);
      }),
    n,
  );

/** The extension's errors and console errors since `from` (indexes into the harness's lists). */
function extensionTrouble(from: { errors: number; console: number }): string[] {
  return [
    ...browser.extensionErrors.slice(from.errors),
    ...browser.extensionConsole.slice(from.console).filter((line) => /\b(error|warning|assert)\b/.test(line)),
  ];
}
const mark = () => ({ errors: browser.extensionErrors.length, console: browser.extensionConsole.length });

/** Painted and hit-testable: visible by every CSS means a page could use, with a box, on top at its centre. */
function isShown(el: Element): { shown: boolean; why: string } {
  const rect = el.getBoundingClientRect();
  const visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  if (!visible) return { shown: false, why: 'checkVisibility' };
  if (rect.width < 4 || rect.height < 4) return { shown: false, why: `size ${rect.width}x${rect.height}` };
  if (rect.right < 0 || rect.bottom < 0 || rect.left > innerWidth + scrollX + 2000)
    return { shown: false, why: `off page ${rect.left},${rect.top}` };
  return { shown: true, why: '' };
}

/** The highlight ring in our shadow root: shown, and over the element that carries the step. */
const ringState = (tab: Page) =>
  tab.evaluate((check) => {
    const shown = new Function(`return (${check})`)() as (el: Element) => { shown: boolean; why: string };
    const ring = document.querySelector('lwa-assistant-root')?.shadowRoot?.querySelector('.ring');
    const target = document.querySelector('[data-lwa-next-step]');
    if (!ring || !target) return { ok: false, why: `ring ${Boolean(ring)}, target ${Boolean(target)}` };
    const r = ring.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    const over = r.left <= t.left && r.top <= t.top && r.right >= t.right && r.bottom >= t.bottom;
    const state = shown(ring);
    return { ok: state.shown && over, why: `${state.why} over=${over}` };
  }, isShown.toString());

const verdictShown = (input: Locator) =>
  input.evaluate((el, check) => {
    const shown = new Function(`return (${check})`)() as (el: Element) => { shown: boolean; why: string };
    const id = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).find((i) => i.startsWith('lwa-'));
    const verdict = id ? document.getElementById(id) : null;
    if (!verdict) return { shown: false, why: 'no verdict' };
    const state = shown(verdict);
    // The sentence itself is painted: a range over the verdict's light-DOM text has a box.
    const range = document.createRange();
    range.selectNodeContents(verdict);
    const text = range.getBoundingClientRect();
    if (state.shown && (text.width < 4 || text.height < 4)) return { shown: false, why: 'text has no box' };
    // On top: what the merchant would click at its centre is the verdict (or inside it).
    const r = verdict.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (state.shown && top !== verdict && !verdict.contains(top))
      return { shown: false, why: `covered by ${top?.tagName}` };
    return state;
  }, isShown.toString());

const copyButton = (tab: Page) => tab.getByRole('button', { name: 'Copy Client ID', exact: true });
const clipboard = (tab: Page) => tab.evaluate(() => navigator.clipboard.readText());
const pageLog = (tab: Page) => tab.evaluate(() => (window as unknown as { pageLog: string[] }).pageLog.slice());

describe('the request watch (so the global "no request" check can fail)', () => {
  // Probes go to paths ending in /lwa-test-probe, which test/e2e/setup.ts leaves out of its count.
  const SERVED_PROBE = 'https://sellercentral-europe.amazon.com/gp/lwa-test-probe';

  test('sees a request from the service worker, from an extension page and from a content script', async () => {
    await browser.serve({ [LEGACY.url]: fixtureHtml(fixturePath(LEGACY.file)), [SERVED_PROBE]: 'probe' });
    const before = browser.extensionRequests.length;
    await browser.worker.evaluate(() => fetch('https://example.org/lwa-test-probe?from=worker').catch(() => null));
    const popup = await browser.popup();
    await popup.evaluate(() => fetch('https://example.org/lwa-test-probe?from=popup').catch(() => null));
    await popup.close();

    // A content script's fetch of a URL the test serves looks like the page's own: only its initiator tells. The
    // probe runs in the content scripts' world under the content script's own URL.
    const tab = await browser.open(fixtureUrl(LEGACY, 'web-settings'));
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    const cdp = await browser.context.newCDPSession(tab);
    const worlds: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId));
    expect(world).toBeDefined();
    const source = `chrome-extension://${browser.extensionId}/src/content/main.iife.js`;
    await cdp.send('Runtime.evaluate', {
      expression: `fetch(${JSON.stringify(SERVED_PROBE)}).catch(() => null)\n//# sourceURL=${source}`,
      contextId: world?.id,
      awaitPromise: true,
    });
    await cdp.detach();
    await expect
      .poll(() => browser.extensionRequests.slice(before))
      .toEqual(
        expect.arrayContaining([
          'service-worker: https://example.org/lwa-test-probe?from=worker',
          expect.stringMatching(/^chrome-extension:\/\/.*popup.*: https:\/\/example\.org\/lwa-test-probe\?from=popup$/),
          `content-script ${source}: ${SERVED_PROBE}`,
        ]),
      );
    // The page's own request for a served URL is not the extension's.
    const count = browser.extensionRequests.length;
    await tab.evaluate((url) => fetch(url).then((r) => r.text()), SERVED_PROBE);
    await frames(tab);
    expect(browser.extensionRequests.slice(count)).toEqual([]);
    await tab.close();
  });
});

describe('no secret kept', () => {
  test('showing, selecting and copying the client secret leaves it in no storage and no console output', async () => {
    const secret = LEGACY.ids.clientSecret as string;
    await browser.serve({ [LEGACY.url]: fixtureHtml(fixturePath(LEGACY.file)) });
    const tab = await browser.open(fixtureUrl(LEGACY, 'web-settings'));
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    await settle(tab);
    await tab.getByRole('button', { name: 'Show Secret', exact: true }).click();
    const shown = tab.getByText(secret, { exact: true });
    await shown.waitFor();

    // Selected and copied with the keyboard: the guard warns.
    await shown.evaluate(selectText);
    await tab.keyboard.press('Control+C');
    await tab.locator('lwa-assistant-root').getByRole('alert').waitFor();
    expect(await clipboard(tab)).toBe(secret);
    // Copied with the console's own button (its writeText is reported by the page-world script).
    await tab
      .locator('lwa-assistant-root')
      .getByRole('alert')
      .getByRole('button', { name: 'Dismiss', exact: true })
      .click();
    await shown.locator('xpath=following-sibling::button[normalize-space(.)="Copy"][1]').click();
    await tab.locator('lwa-assistant-root').getByRole('alert').waitFor();
    expect(await clipboard(tab)).toBe(secret);
    // "Copy Client ID instead", then the popup, which reads what the extension keeps.
    await tab
      .locator('lwa-assistant-root')
      .getByRole('button', { name: 'Copy Client ID instead', exact: true })
      .click();
    await expect.poll(() => clipboard(tab)).toBe(LEGACY.ids.clientId);
    const popup = await browser.popup();
    await popup.locator('main').waitFor();
    await frames(popup);
    // A service worker that has gone idle and come back has written nothing either.
    await browser.worker.evaluate(() => chrome.storage.local.get(null));

    expect(await storedAnywhere(browser, [secret])).toEqual([]);
    const logged = browser.extensionConsole.filter((line) => line.includes(secret) || line.includes(secret.slice(-64)));
    expect(logged).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('the console watch does read the content scripts, the service worker and the popup (so it can fail)', async () => {
    const tab = await browser.open(fixtureUrl(LEGACY, 'web-settings'));
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    const cdp = await browser.context.newCDPSession(tab);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId));
    await cdp.send('Runtime.evaluate', {
      expression: `console.log('lwa-console-probe content')`,
      contextId: world?.id,
    });
    await cdp.detach();
    await browser.worker.evaluate(() => console.log('lwa-console-probe worker'));
    const popup = await browser.popup();
    await popup.evaluate(() => console.log('lwa-console-probe popup'));
    await expect
      .poll(() => browser.extensionConsole.filter((line) => line.includes('lwa-console-probe')).length)
      .toBe(3);
    await popup.close();
    await tab.close();
  });
});

describe('the console keeps working on every fixture page', () => {
  const cases = fixturePages.flatMap((page) =>
    (page.states?.length ? page.states : [undefined]).map((state) => ({
      page,
      state,
      name: `${page.file} ${state ?? ''}`,
    })),
  );
  test.each(cases)('$name', async ({ page, state }) => {
    await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
    const since = mark();
    const { tab, saw, pageErrors } = await pageWithListeners();
    await tab.goto(fixtureUrl(page, state));
    if (page.console !== 'unrecognised') {
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    }
    await settle(tab);

    // Typing into the console's first text input: its keydowns and inputs reach the page's own listeners.
    const input = tab
      .locator('input[type=text]:visible, input[type=url]:visible, input:not([type]):visible, textarea:visible')
      .first();
    if (await input.count()) {
      const target = await input.evaluate(describeTarget);
      await input.click();
      await tab.keyboard.type('ab');
      await expect
        .poll(() => saw.filter((e) => e.target === target).map((e) => e.type))
        .toEqual(expect.arrayContaining(['click', 'keydown', 'input']));
      // The page reports through an exposed binding, which is asynchronous: wait for the second key too.
      await expect.poll(() => saw.filter((e) => e.target === target && e.type === 'keydown').length).toBe(2);
    }
    // Clicking what the extension points at (or the first button): the page's click listener sees it.
    const highlighted = tab.locator('[data-lwa-next-step]');
    const control = (await highlighted.count()) ? highlighted.first() : tab.locator('button:visible').first();
    // One element, resolved once: the highlight may move to another element while the test works.
    const element = (await control.count()) ? await control.elementHandle() : null;
    if (element) {
      // The page's own listener on the control itself (some consoles stop a click's propagation there, so the window
      // listener is not enough): it fires after every capturing listener the extension has on the way down.
      await element.evaluate((el) =>
        el.addEventListener('click', () =>
          (window as unknown as { lwaTestPageSaw(type: string, target: string): void }).lwaTestPageSaw(
            'click-at-target',
            'control',
          ),
        ),
      );
      await element.click();
      await expect.poll(() => saw.some((e) => e.type === 'click-at-target')).toBe(true);
    }
    await tab.waitForLoadState('load');
    await frames(tab).catch(() => {});
    expect(pageErrors).toEqual([]);
    expect(extensionTrouble(since)).toEqual([]);
    await tab.close();
  });

  test('a console form with nothing to hold submits through its own handler (developer console, create)', async () => {
    const page = findFixture('developer-console/create-security-profile.en.html');
    await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
    const { tab, saw, pageErrors } = await pageWithListeners();
    await tab.goto(fixtureUrl(page, 'form'));
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    await settle(tab);
    await tab.locator('[data-lwa-field="app-name"]').fill('Example Shop');
    await tab.locator('[data-lwa-field="app-description"]').fill('Sign-in for the Example Shop');
    await tab.locator('[data-lwa-field="privacy-url"]').fill('https://www.example.com/privacy');
    await tab.getByRole('button', { name: page.labels?.save as string, exact: true }).click();
    await expect.poll(() => saw.some((e) => e.type === 'submit')).toBe(true);
    expect(await tab.evaluate(ownTextsWithRole, 'alertdialog')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await tab.close();
  });
});

/** Opens a hardening page with the page's own listeners recorded. */
async function openHardening(page: HardeningPage, hash = '') {
  await browser.serve(hardeningRoutes(page));
  const opened = await pageWithListeners();
  await opened.tab.goto(`${page.url}${hash}`);
  await opened.tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
  await settle(opened.tab);
  return opened;
}

/** Everything the extension promises on the hardening pages: highlight, copy button, verdict, save guard. */
async function expectFullHelp(tab: Page, saw: PageSaw[]) {
  // The highlight: the next step is copying the client ID, and its ring is painted over it.
  await expect.poll(() => tab.locator('[data-lwa-next-step]').count()).toBe(1);
  await expect.poll(() => ringState(tab)).toEqual({ ok: true, why: ' over=true' });
  // The copy button: Playwright clicks only what is visible, stable and on top.
  await tab.evaluate(() => navigator.clipboard.writeText('—'));
  await copyButton(tab).click();
  await expect.poll(() => clipboard(tab)).toBe(hardeningIds.clientId);
  await tab.locator('lwa-assistant-root').getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  // A verdict, painted and on top.
  const origin = tab.locator(ORIGIN).first();
  await origin.click();
  await tab.keyboard.type('http://www.example.com');
  const verdict = validateOrigin('http://www.example.com') as Verdict;
  await expect.poll(async () => (await origin.evaluate(readVerdict)).text).toBe(expectedSentence(verdict));
  await expect.poll(() => verdictShown(origin)).toEqual({ shown: true, why: '' });
  expect(await origin.evaluate(readVerdict)).toMatchObject({ count: 1, severity: 'error', inOwnLightDom: true });
  // The page's own listener reports through exposeFunction, which delivers asynchronously.
  await expect
    .poll(() => saw.filter((e) => e.type === 'keydown' && e.target.startsWith('input#origin-0')).length)
    .toBe(22);
  // The save guard holds the save: the page's own submit handler does not run.
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = tab.locator('lwa-assistant-root').getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(message('guardTitle'));
  expect((await pageLog(tab)).filter((line) => line.startsWith('submit:'))).toEqual([]);
  // "Fix", correct the entry: the save goes through the page's own handler at once.
  await dialog.getByRole('button', { name: 'Fix', exact: true }).click();
  await origin.fill('https://www.example.com');
  await expect.poll(async () => (await origin.evaluate(readVerdict)).severity).toBe('ok');
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => (await pageLog(tab)).filter((line) => line.startsWith('submit:')))
    .toEqual(['submit:https://www.example.com|']);
}

describe('a hostile page (test/fixtures/hardening/lwa-legacy-hostile.en.html)', () => {
  test('its CSS, its removals and its re-renders neither hide nor lose the UI; the page keeps working', async () => {
    const since = mark();
    const { tab, saw, pageErrors } = await openHardening(hostilePage);
    // The page did remove our root at least once (on its render after the extension started).
    await tab.getByRole('button', { name: 'Refresh', exact: true }).click();
    await settle(tab);
    expect(await pageLog(tab)).toContain('purged:lwa-assistant-root');
    await expectFullHelp(tab, saw);
    // After another re-render, still exactly one of everything, and the page's own controls still work.
    await tab.getByRole('button', { name: 'Refresh', exact: true }).click();
    await settle(tab);
    await expect.poll(() => ringState(tab)).toEqual({ ok: true, why: ' over=true' });
    expect(await tab.locator('lwa-assistant-root').count()).toBe(1);
    expect(await copyButton(tab).count()).toBe(1);
    await tab.getByRole('button', { name: 'Show Secret', exact: true }).click();
    await tab.getByText(hardeningIds.clientSecret, { exact: true }).waitFor();
    expect(await pageLog(tab)).toContain('click:show-secret');
    expect(pageErrors).toEqual([]);
    expect(extensionTrouble(since)).toEqual([]);
    await tab.close();
  });

  test('a page that removes our elements the instant they appear keeps working, and nothing hangs or throws', async () => {
    const since = mark();
    const { tab, saw, pageErrors } = await openHardening(hostilePage, '#remover=instant');
    // Whatever the extension does against it, the page stays responsive and its own handlers run.
    await frames(tab, 10);
    const origin = tab.locator(ORIGIN).first();
    await origin.click();
    await tab.keyboard.type('https://www.example.com');
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await pageLog(tab)).filter((line) => line.startsWith('submit:')))
      .toEqual(['submit:https://www.example.com|']);
    await expect.poll(() => saw.filter((e) => e.type === 'keydown').length).toBe(23);
    // The fight is bounded: a second later the page is not still removing our root every frame.
    const removals = async () => (await pageLog(tab)).filter((line) => line.startsWith('purged:')).length;
    const first = await removals();
    await tab.waitForTimeout(1_000);
    expect((await removals()) - first).toBeLessThan(5);
    expect(pageErrors).toEqual([]);
    expect(extensionTrouble(since)).toEqual([]);
    await tab.close();
  });
});

describe(`a page served with Content-Security-Policy: ${strictCspPage.headers['Content-Security-Policy']}`, () => {
  test('gets the highlight, the copy button, a verdict and the save guard, with no policy violation', async () => {
    const since = mark();
    const { tab, saw, pageErrors } = await openHardening(strictCspPage);
    // The policy is in force: the page could not run an inline script of its own.
    expect(await tab.evaluate(() => document.querySelector('script')?.src)).toBe(CONSOLE_SCRIPT_URL);
    await tab.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
    });
    await expect.poll(async () => (await pageLog(tab)).filter((line) => line.startsWith('csp:'))).toHaveLength(1);
    await tab.evaluate(() => (window as unknown as { pageLog: string[] }).pageLog.splice(0));
    pageErrors.length = 0;

    await expectFullHelp(tab, saw);
    expect((await pageLog(tab)).filter((line) => line.startsWith('csp:'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(extensionTrouble(since)).toEqual([]);
    await tab.close();
  });
});

// A legacy console page of our own that never re-renders (the fixtures do, on their own schedule, and would undo what a
// test changes), whose only help is the copy box beside the client ID (no step depends on what earlier tests stored).
const STATIC_URL = 'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA';
const STATIC_HTML = `<!doctype html><html lang="en"><head><title>Login with Amazon</title></head><body>
  <h1>Login with Amazon</h1><table><tr><th>Client ID:</th><td><span id="id">${hardeningIds.clientId}</span></td></tr>
  </table></body></html>`;

describe('a client ID that changes in place (another security profile chosen)', () => {
  const url = STATIC_URL;
  const html = STATIC_HTML;

  test('gets a new copy button that copies the new ID, and only one', async () => {
    await browser.serve({ [url]: html });
    const { tab } = await pageWithListeners();
    await tab.goto(url);
    const field = tab.locator('[data-lwa-field="client-id"]');
    await expect.poll(() => field.textContent()).toBe(hardeningIds.clientId);
    await expect.poll(() => copyButton(tab).count()).toBe(1);
    const before = await copyButton(tab).elementHandle();
    const other = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
    await tab.evaluate((id) => {
      (document.getElementById('id') as HTMLElement).textContent = id;
    }, other);
    // The old button goes with the old ID; the new one copies the new ID.
    await expect.poll(() => before?.evaluate((button) => button.isConnected)).toBe(false);
    await expect.poll(() => copyButton(tab).count()).toBe(1);
    expect(await field.textContent()).toBe(other);
    await tab.evaluate(() => navigator.clipboard.writeText('—'));
    await copyButton(tab).click();
    await expect.poll(() => clipboard(tab)).toBe(other);
    await tab.close();
  });
});

describe('the page moves its content without touching anything the assistant reads', () => {
  const url = STATIC_URL;
  const html = STATIC_HTML;
  /** Whether the copy box sits right of the client ID, on its line. */
  const besideId = (tab: Page) =>
    tab.evaluate(() => {
      const id = (document.getElementById('id') as HTMLElement).getBoundingClientRect();
      const box = document.querySelector('lwa-assistant-root')?.shadowRoot?.querySelector('.copy');
      if (!box) return 'no box';
      const r = box.getBoundingClientRect();
      const middle = r.top + r.height / 2;
      return r.left >= id.right && middle >= id.top && middle <= id.bottom ? 'beside' : `box ${r.top}, id ${id.top}`;
    });

  test('a banner pushing the content down takes the copy button along', async () => {
    await browser.serve({ [url]: html });
    const { tab } = await pageWithListeners();
    await tab.goto(url);
    await expect.poll(() => besideId(tab)).toBe('beside');
    // Every placement done (the one after the first paint included): what follows can only come from the banner.
    await settle(tab);
    const top = () => tab.evaluate(() => (document.getElementById('id') as HTMLElement).getBoundingClientRect().top);
    const before = await top();
    await tab.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '150px';
      document.body.prepend(banner);
    });
    // Pushed down by the banner (less the top margin that no longer collapses through the body).
    expect(await top()).toBeGreaterThan(before + 100);
    await expect.poll(() => besideId(tab)).toBe('beside');
    await tab.close();
  });

  // A busy widget's rows (replaced every frame, nothing the assistant reads in them) are read five times a second,
  // and our elements placed again only when its box changes size (src/console/observe.ts, a ResizeObserver): this
  // one grows after it has been busy for a while, and must still take the copy button along.
  test('a busy widget above the content that grows pushes it down and takes the copy button along', async () => {
    const ticker = `<div id="ticker"></div><script>
      window.rows = 5;
      const ticker = document.getElementById('ticker');
      const frame = () => {
        const rows = document.createDocumentFragment();
        for (let i = 0; i < window.rows; i++) {
          const row = document.createElement('div');
          row.style.height = '20px';
          row.textContent = 'Order ' + Math.random();
          rows.append(row);
        }
        ticker.replaceChildren(rows);
        if (!window.stopped) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    </script>`;
    await browser.serve({ [url]: html.replace('<body>', `<body>${ticker}`) });
    const { tab } = await pageWithListeners();
    await tab.goto(url);
    await expect.poll(() => besideId(tab)).toBe('beside');
    // Busy by now (three changes in a row), and read by its timer at least once; every placement so far done (the
    // last comes 100 ms after it became busy). (Not domSettled: the page never stops changing.)
    await tab.waitForTimeout(500);
    const top = () => tab.evaluate(() => (document.getElementById('id') as HTMLElement).getBoundingClientRect().top);
    const before = await top();
    await tab.evaluate(() => {
      (window as unknown as { rows: number }).rows = 15;
    });
    await expect.poll(top).toBeGreaterThan(before + 150);
    await expect.poll(() => besideId(tab)).toBe('beside');
    await tab.evaluate(() => {
      (window as unknown as { stopped: boolean }).stopped = true;
    });
    await tab.close();
  });
});

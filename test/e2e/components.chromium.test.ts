// Console pages built from web components (test/fixtures/variants-katal: Katal-like kat-* elements whose inputs and
// buttons live in open shadow roots) in Chromium with the built extension: the features work there as on any console
// page — the copy button beside a client ID shown inside a shadow root, a verdict for an entry typed into a
// component's inner input, and the save guard on a component's Save button. Playwright's locators reach into open
// shadow roots, as the merchant's clicks and keys do.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Verdict, validateReturnUrl } from '../../src/core/urls';
import { fixturePath } from '../fixtures/pages';
import { findKatal } from '../fixtures/variants-katal/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage, copyClientId } from './console-steps';
import { coveredControls, domSettled, expectedSentence, message, readVerdict } from './page-helpers';

const VIEW = findKatal('ic-view-app-shadow.en.html');
const EDIT = findKatal('ic-edit-web-settings.en.html');

describe('console pages built from web components, in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(VIEW.url).origin,
    });
  });
  afterAll(() => browser?.close());

  async function open(page: typeof VIEW): Promise<Page> {
    await clearStorage(browser.worker);
    await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
    const tab = await browser.open(page.url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    await tab.evaluate(domSettled, 300);
    return tab;
  }
  const verdictOf = (input: Locator) => input.evaluate(readVerdict);

  test("marks an instance that ended without cleaning up left in a component's shadow root are swept", async () => {
    // As Firefox leaves them after an update: the page still says ready, and a stale step sits on Save's inner button.
    const stale = `<script>
      document.documentElement.setAttribute('data-lwa-assistant', 'ready');
      document.querySelector('#save').shadowRoot.querySelector('button').setAttribute('data-lwa-next-step', 'save-app');
    </script></body>`;
    await clearStorage(browser.worker);
    await browser.serve({ [EDIT.url]: fixtureHtml(fixturePath(EDIT.file)).replace('</body>', stale) });
    const tab = await browser.open(EDIT.url);
    await tab.waitForSelector('lwa-assistant-root', { state: 'attached' });
    await tab.evaluate(domSettled, 300);
    const steps = () =>
      tab.evaluate(() => {
        const deep = (scope: Document | ShadowRoot): Element[] => [
          ...scope.querySelectorAll('[data-lwa-next-step]'),
          ...[...scope.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : [])),
        ];
        return deep(document).map((el) => el.getAttribute('data-lwa-next-step'));
      });
    await expect.poll(steps).toEqual(['add-return-urls']);
    await tab.close();
  });

  test('a client ID shown inside a shadow root: "Copy Client ID" copies exactly it', async () => {
    const tab = await open(VIEW);
    expect(await copyClientId(tab)).toBe(VIEW.ids.clientId);
    await tab.close();
  });

  test("an entry typed into a component's input gets its verdict; Save is held, and goes through with Save anyway", async () => {
    const tab = await open(EDIT);
    const entry = tab.locator('[data-lwa-field="allowed-return-url"]');
    await expect.poll(() => entry.count()).toBe(1);
    const typed = 'http://www.example.com/return';
    await entry.click();
    await entry.pressSequentially(typed);
    const sentence = expectedSentence(validateReturnUrl(typed) as Verdict);
    await expect.poll(async () => (await verdictOf(entry)).text).toBe(sentence);
    expect(await verdictOf(entry)).toMatchObject({ severity: 'error', ariaInvalid: 'true', inOwnLightDom: true });
    // Its IDREF does not reach a screen reader across the shadow boundary: the verdict is a status of its own.
    const { id } = await verdictOf(entry);
    expect(await tab.evaluate((verdictId) => document.getElementById(verdictId ?? '')?.getAttribute('role'), id)).toBe(
      'status',
    );

    const notice = tab.locator('kat-alert#notice');
    await tab.getByRole('button', { name: 'Save changes', exact: true }).click();
    const dialog = tab.locator('lwa-assistant-root').getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${message('field_allowed_return_url')}: ${sentence}`);
    // The console's own save did not run.
    expect(await notice.evaluate((el) => (el as HTMLElement).hidden)).toBe(true);

    await dialog.getByRole('button', { name: 'Save anyway', exact: true }).click();
    await expect.poll(() => notice.getAttribute('description')).toBe('Your changes have been saved.');
    await tab.close();
  });

  test("wrong origins typed into two components' entries, the lower first: their verdicts apart, in the entries' order", async () => {
    // Each entry's <input> in a shadow root of its own: in no document order to each other, so the verdicts are placed
    // by where their entries are shown (ui/host.ts).
    const tab = await open(EDIT);
    const entries = tab.locator('[data-lwa-field="allowed-origin"]');
    await expect.poll(() => entries.count()).toBe(2);
    const typed = ['http://www.example-shop-with-a-long-name.com/checkout/return', 'example-shop-with-a-long-name.com'];
    for (const i of [1, 0]) await entries.nth(i).fill('');
    for (const i of [1, 0]) await entries.nth(i).fill(typed[i] as string);
    await expect
      .poll(async () => [(await verdictOf(entries.nth(0))).severity, (await verdictOf(entries.nth(1))).severity])
      .toEqual(['error', 'error']);
    await tab.evaluate(domSettled, 300);
    const boxes = await Promise.all(
      [0, 1].map(async (i) => {
        const { id } = await verdictOf(entries.nth(i));
        return tab.evaluate((verdictId) => {
          const { top, bottom, left, right } = (
            document.getElementById(verdictId ?? '') as HTMLElement
          ).getBoundingClientRect();
          return { top, bottom, left, right };
        }, id);
      }),
    );
    const [upper, lower] = boxes as [DOMRectReadOnly, DOMRectReadOnly];
    const apart =
      upper.bottom <= lower.top || lower.bottom <= upper.top || upper.right <= lower.left || lower.right <= upper.left;
    expect(apart, JSON.stringify(boxes)).toBe(true);
    expect(upper.top, JSON.stringify(boxes)).toBeLessThan(lower.top);
    await tab.close();
  });

  test("a verdict covers none of the console's controls, those inside components included", async () => {
    // Katal's entries are as wide as the form: no room to their right, the next entry or "Add another" under them.
    const tab = await open(EDIT);
    const entry = tab.locator('[data-lwa-field="allowed-origin"]').first();
    await entry.fill('');
    await entry.focus();
    await entry.evaluate((el) => el.setAttribute('data-test-typed', ''));
    await tab.keyboard.type('https://shop.example-with-a-rather-long-name.com.', { delay: 5 });
    await expect.poll(async () => (await verdictOf(entry)).severity).toBe('warning');
    await tab.waitForTimeout(300);
    const seen = {
      covered: await tab.evaluate(coveredControls),
      verdicts: await tab.evaluate(() => document.querySelectorAll('[data-lwa-severity]').length),
    };
    expect(seen.verdicts).toBeGreaterThan(0);
    // The typed entry itself: only its empty right end may carry the verdict (what is typed stays in view).
    const typedCovered = await entry.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
      return hit?.localName.startsWith('lwa-assistant-') ?? false;
    });
    expect({
      covered: seen.covered.filter((html) => !html.includes('data-test-typed')),
      typedCovered,
    }).toEqual({ covered: [], typedCovered: false });
    await tab.close();
  });
});

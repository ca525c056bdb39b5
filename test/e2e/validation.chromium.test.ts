// Issue 5, in Chromium on the console fixtures: inline validation of allowed origins and return URLs, the whole-list
// findings, the pasted-list split, and the save guard of Web Settings and of the registration form
// (dom-contract: Inline validation of origins and return URLs; Registration form). The table has an entry for every
// message code the domain core exports, so a new code without an entry here fails.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FINDING_CODES,
  type FindingCode,
  ORIGIN_CODES,
  RETURN_URL_CODES,
  type Verdict,
  type VerdictCode,
  validateOrigin,
  validateReturnUrl,
} from '../../src/core/urls';
import { type FixturePage, findFixture, fixturePath } from '../fixtures/pages';
import { findSweep2 } from '../fixtures/variants-sweep2/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import {
  coveredControls,
  domSettled,
  expectedFindings,
  expectedSentence,
  extensionRequests,
  hiddenUnderOurs,
  message,
  openFixture,
  ownTextsWithRole,
  readVerdict,
  recordPageEvents,
  type SeenRequest,
  storedAnywhere,
  takePageEvents,
  watchRequests,
} from './page-helpers';

const DEV = findFixture('developer-console/web-settings-update.en.html');
const DEV_VIEW = findFixture('developer-console/web-settings-view.en.html');
const DEV_OVERVIEW = findFixture('developer-console/overview.en.html');
const DEV_CREATE = findFixture('developer-console/create-security-profile.en.html');
const EN = findFixture('seller-central/lwa-legacy.en.html');
const FR = findFixture('seller-central/lwa-legacy.fr.html');
const WEB_SETTINGS_PAGES = [DEV, EN, FR];

// One entry per message code (shared/domain-facts.md: Rules for origins and return URLs), most taken from
// test/core/urls.test.ts. The space inside the host must not read as a pasted list of two entries.
const ORIGIN_ENTRIES: Partial<Record<VerdictCode, string>> = {
  ok: 'https://www.example.com',
  whitespace: 'https://www.exa mple.com',
  wildcard: 'https://*.example.com',
  'missing-scheme': 'www.example.com',
  'bad-scheme': 'ftp://example.com',
  'invalid-url': 'https:www.example.com',
  userinfo: 'https://user:pass@www.example.com',
  http: 'http://www.example.com',
  'default-port': 'https://www.example.com:443',
  'origin-path': 'https://www.example.com/shop',
  'origin-query': 'https://www.example.com?lang=fr',
  fragment: 'https://www.example.com/#top',
  'localhost-http': 'http://localhost:3000',
  'no-registrable-domain': 'https://co.uk',
  'ip-address': 'https://192.168.1.20',
  'custom-port': 'https://www.example.com:8443',
  idn: 'https://bücher.de',
  'host-case': 'https://www.Example.com',
  'not-canonical': 'HTTPS://www.example.com',
  spaces: '  https://www.example.com ',
};
const RETURN_URL_ENTRIES: Partial<Record<VerdictCode, string>> = {
  ok: 'https://www.example.com/login.php',
  whitespace: 'https://www.example.com/my page',
  wildcard: 'https://*.example.com/login.php',
  'missing-scheme': 'www.example.com/login.php',
  'bad-scheme': 'ftp://www.example.com/login.php',
  'invalid-url': 'https:www.example.com/login.php',
  userinfo: 'https://me@www.example.com/login.php',
  http: 'http://www.example.com/login.php',
  'default-port': 'https://www.example.com:443/login.php',
  fragment: 'https://www.example.com/login.php#done',
  'localhost-http': 'http://localhost:3000/callback',
  'no-registrable-domain': 'https://co.jp/login',
  'ip-address': 'https://10.0.0.5/login',
  'custom-port': 'https://www.example.com:8443/login',
  'return-query': 'https://www.example.com/login.php?close',
  'return-no-path': 'https://www.example.com/',
  idn: 'https://bücher.de/login',
  'host-case': 'https://www.EXAMPLE.com/login.php',
  'not-canonical': 'https://www.example.com/a/../login.php',
  spaces: ' https://www.example.com/login.php',
};

const LISTS = [
  {
    name: 'allowed origins',
    field: 'allowed-origin',
    codes: ORIGIN_CODES,
    entries: ORIGIN_ENTRIES,
    validate: validateOrigin,
  },
  {
    name: 'allowed return URLs',
    field: 'allowed-return-url',
    codes: RETURN_URL_CODES,
    entries: RETURN_URL_ENTRIES,
    validate: validateReturnUrl,
  },
] as const;

// The whole-list findings, one case each (the lists as saved, pre-filled through the fixture's hash).
const FINDING_CASES: Record<FindingCode, { origins: string[]; returnUrls: string[] }> = {
  'duplicate-origin': { origins: ['https://www.example.com', 'https://www.example.com/'], returnUrls: [] },
  'duplicate-return-url': {
    origins: [],
    returnUrls: ['https://www.example.com/login.php', 'https://www.example.com/login.php'],
  },
  'return-url-origin-missing': {
    origins: ['https://shop.example.com'],
    returnUrls: ['https://pay.example.org/return'],
  },
  'www-pair-missing': { origins: ['https://www.example.com'], returnUrls: [] },
  'localhost-entries': { origins: ['http://localhost:3000'], returnUrls: [] },
};

let browser: ExtensionBrowser;
let requests: SeenRequest[];

beforeAll(async () => {
  browser = await launchChromium();
  browser.context.setDefaultTimeout(5_000);
  requests = watchRequests(browser);
  // Where the developer console goes after its own successful saves.
  for (const page of [DEV_VIEW, DEV_OVERVIEW]) await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
});
afterAll(() => browser?.close());

const entriesOf = (tab: Page, field: string) => tab.locator(`[data-lwa-field="${field}"]`);
const verdictOf = (input: Locator) => input.evaluate(readVerdict);
const dialogOf = (tab: Page) => tab.locator('lwa-assistant-root').getByRole('alertdialog');
const dialogs = (tab: Page) => tab.evaluate(ownTextsWithRole, 'alertdialog');
const saveButton = (tab: Page, page: FixturePage) =>
  tab.getByRole('button', { name: page.labels?.save as string, exact: true });

const LONG_WRONG = 'http://www.example-shop-with-a-long-name.com/checkout/return';
// Each Web Settings page at a wide window and at a narrow one, where no verdict has room beside the entries.
const AT_TWO_WIDTHS = WEB_SETTINGS_PAGES.flatMap((page) =>
  [1280, 800].map((width) => [page.file, width, page] as const),
);

/** Each entry's verdict as the contract names it (aria-describedby), with its box, in the entries' order. */
function verdictBoxes() {
  return [...document.querySelectorAll('[data-lwa-field^="allowed-"]')].flatMap((input) =>
    (input.getAttribute('aria-describedby') ?? '').split(/\s+/).flatMap((id) => {
      const el = id ? document.getElementById(id) : null;
      if (!el?.hasAttribute('data-lwa-severity')) return [];
      const { left, top, right, bottom } = el.getBoundingClientRect();
      return [{ id, left, top, right, bottom }];
    }),
  );
}

/** The pairs of boxes that overlap, as text. */
const overlapsOf = (boxes: ReturnType<typeof verdictBoxes>) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${JSON.stringify(a)} / ${JSON.stringify(b)}`),
  );

/** Checks the verdict shown for an entry against the core's verdict, the way the contract says it must be shown. */
async function expectShown(input: Locator, verdict: Verdict): Promise<void> {
  const sentence = expectedSentence(verdict);
  await expect.poll(async () => (await verdictOf(input)).text).toBe(sentence);
  const shown = await verdictOf(input);
  expect(shown).toMatchObject({
    count: 1,
    severity: verdict.severity,
    ariaInvalid: verdict.severity === 'error' ? 'true' : null,
    inOwnLightDom: true,
  });
  if (verdict.suggestion) expect(shown.text).toContain(verdict.suggestion);
}

async function expectNoVerdict(input: Locator): Promise<void> {
  await expect.poll(async () => (await verdictOf(input)).count).toBe(0);
  expect((await verdictOf(input)).ariaInvalid).toBeNull();
}

describe.each(WEB_SETTINGS_PAGES)('$file: a verdict for every message code', (page) => {
  let tab: Page;
  beforeAll(async () => {
    tab = await openFixture(browser, page, 'edit');
    await tab.evaluate(recordPageEvents);
  });
  afterAll(() => tab?.close());

  describe.each(LISTS)('$name', (list) => {
    test.each(list.codes.map((code) => [code]))('%s', async (code) => {
      const entry = list.entries[code];
      expect(entry, `no entry for the code "${code}" in this test's table`).toBeDefined();
      const verdict = list.validate(entry as string) as Verdict;
      expect(verdict.code).toBe(code);

      const input = entriesOf(tab, list.field).first();
      await input.fill('');
      await expectNoVerdict(input);
      await input.fill(entry as string);
      await expectShown(input, verdict);

      if (!verdict.suggestion) {
        expect((await verdictOf(input)).text).not.toContain('Use ');
        return;
      }
      const { id } = await verdictOf(input);
      // Leaving the input fires the browser's own change for what was typed: not what is checked below.
      await input.blur();
      await tab.evaluate(takePageEvents);
      await tab
        .locator(`#${id}`)
        .getByRole('button', { name: `Use ${verdict.suggestion}`, exact: true })
        .click();
      await expect.poll(() => input.inputValue()).toBe(verdict.suggestion);
      await expectShown(input, list.validate(verdict.suggestion) as Verdict);
      expect((await verdictOf(input)).severity).toBe('ok');
      // The console's own listeners saw the change, as if the merchant had typed it.
      expect(await tab.evaluate(takePageEvents)).toEqual([
        `input:${verdict.suggestion}`,
        `change:${verdict.suggestion}`,
      ]);
    });
  });

  test('a verdict that grows as the merchant types covers none of the console controls around it', async () => {
    const input = entriesOf(tab, 'allowed-origin').first();
    await input.fill('');
    await input.focus();
    // Key by key: the verdict quotes the host as it grows, then offers a long corrected value (a wider box, wrapping).
    await tab.keyboard.type('https://shop.example-with-a-rather-long-name.com.', { delay: 5 });
    await expect.poll(async () => (await verdictOf(input)).severity).toBe('warning');
    await tab.waitForTimeout(300);
    const covered = await tab.evaluate(coveredControls);
    expect(covered).toEqual([]);
    await input.fill('');
    await expectNoVerdict(input);
  });

  test('an emptied input has no verdict', async () => {
    const input = entriesOf(tab, 'allowed-origin').first();
    await input.fill('http://www.example.com');
    await expect.poll(async () => (await verdictOf(input)).severity).toBe('error');
    await input.fill('');
    await expectNoVerdict(input);
  });
});

describe('whole-list findings', () => {
  test.each(FINDING_CODES.map((code) => [code]))('%s', async (code) => {
    const scenario = FINDING_CASES[code];
    expect(scenario, `no case for the finding "${code}" in this test's table`).toBeDefined();
    const tab = await openFixture(browser, DEV, 'edit', scenario);
    const sentences = expectedFindings(scenario.origins, scenario.returnUrls);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      await expect.poll(() => tab.locator('lwa-assistant-root').getByText(sentence, { exact: true }).count()).toBe(1);
    }
    await tab.close();
  });

  test.each(WEB_SETTINGS_PAGES.map((page) => [page.file, page]))(
    '%s: the findings, the verdicts and the caption hide none of the console’s controls, nor each other',
    async (_file, page) => {
      // Findings beside the last entry, its verdict, an error on the origin, and the caption of the next step.
      const tab = await openFixture(browser, page, 'edit', {
        origins: ['http://www.shop.example.fr/checkout'],
        returnUrls: ['https://shop.example.fr/return'],
      });
      await tab.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(() => tab.locator('lwa-assistant-root .findings').count()).toBe(1);
      await tab.evaluate(domSettled, 300);
      expect(await tab.evaluate(hiddenUnderOurs)).toEqual({ controls: [], ours: [] });
      await tab.close();
    },
  );

  test.each(WEB_SETTINGS_PAGES.map((page) => [page.file, page]))(
    '%s: with five wrong origins, every entry and button in view can still be clicked (review 19)',
    async (_file, page) => {
      const tab = await openFixture(browser, page, 'edit', {
        origins: [
          'http://www.a-rather-long-shop-domain-name.example.fr/checkout/amazon-pay',
          'https://shop.example.fr/some/path',
          'http://staging.another-long-subdomain.shop.example.fr',
          'https://*.example.fr',
          'https://www.shop.example.fr:443/',
        ],
        returnUrls: ['http://shop.example.fr/return?close', 'https://shop.example.fr/return'],
      });
      await tab.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(() => tab.locator('lwa-assistant-root [data-lwa-severity]').count()).toBeGreaterThan(4);
      await tab.evaluate(domSettled, 300);
      // Where a merchant clicks an entry or a button: near its left end, in its middle.
      const blocked = await tab.evaluate(() =>
        [...document.querySelectorAll('[data-lwa-field^="allowed-"], button, a[href]')]
          .filter((el) => !el.closest('lwa-assistant-root'))
          .flatMap((el) => {
            const box = el.getBoundingClientRect();
            const [x, y] = [box.left + Math.min(8, box.width / 2), box.top + box.height / 2];
            // (Only what is wholly in view: a point on the window's last row of pixels hits nothing.)
            if (box.width === 0 || box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth)
              return [];
            const hit = document.elementFromPoint(x, y);
            return hit && (hit === el || el.contains(hit))
              ? []
              : [`${el.outerHTML.slice(0, 80)} under ${hit?.localName}`];
          }),
      );
      expect(blocked).toEqual([]);
      await tab.close();
    },
  );

  // Adjacent entries, each typed wrong after its neighbours' verdicts were placed (a short verdict that grows into a
  // long one, three lines high, taller than the row): each verdict must stay readable, at a wide and a narrow window.
  test.each(AT_TWO_WIDTHS)(
    '%s at %i px: wrong addresses typed into adjacent entries get verdicts that do not overlap each other',
    async (_file, width, page) => {
      const typed = {
        'allowed-origin': [LONG_WRONG, 'www.example-shop-with-a-long-name.com', 'https://*.example.com', LONG_WRONG],
        'allowed-return-url': [LONG_WRONG, 'example.com/login'],
      };
      // Saved as good entries first: the console renders one row per entry, and each starts with a short verdict.
      const tab = await openFixture(browser, page, 'edit', {
        origins: typed['allowed-origin'].map(() => 'https://www.example.com'),
        returnUrls: typed['allowed-return-url'].map(() => 'https://www.example.com/login'),
      });
      await tab.setViewportSize({ width, height: 800 });
      for (const [field, values] of Object.entries(typed)) {
        for (const [i, value] of values.entries()) await entriesOf(tab, field).nth(i).fill(value);
      }
      await expect.poll(() => tab.locator('lwa-assistant-root [data-lwa-severity=error]').count()).toBe(6);
      await tab.evaluate(domSettled, 300);
      const boxes = await tab.evaluate(verdictBoxes);
      expect(boxes).toHaveLength(6);
      expect(overlapsOf(boxes)).toEqual([]);
      await tab.close();
    },
  );

  test.each(AT_TWO_WIDTHS)(
    '%s at %i px: typed from the last entry up, the verdicts still stack in the entries’ order, apart',
    async (_file, width, page) => {
      const typed = [LONG_WRONG, 'www.example-shop-with-a-long-name.com', 'https://*.example.com', LONG_WRONG];
      const tab = await openFixture(browser, page, 'edit', { origins: typed.map(() => 'https://www.example.com') });
      await tab.setViewportSize({ width, height: 800 });
      const entries = entriesOf(tab, 'allowed-origin');
      // Emptied (no verdict), then typed bottom up: each entry's verdict comes after those of the entries below it.
      for (let i = typed.length - 1; i >= 0; i--) await entries.nth(i).fill('');
      for (let i = typed.length - 1; i >= 0; i--) await entries.nth(i).fill(typed[i] as string);
      await expect.poll(() => tab.locator('lwa-assistant-root [data-lwa-severity=error]').count()).toBe(4);
      await tab.evaluate(domSettled, 300);
      const boxes = await tab.evaluate(verdictBoxes);
      expect(boxes).toHaveLength(4);
      expect(overlapsOf(boxes)).toEqual([]);
      const tops = boxes.map((box) => Math.round(box.top));
      expect(tops, JSON.stringify(boxes)).toEqual(tops.toSorted((a, b) => a - b));
      await tab.close();
    },
  );

  test('they follow the edits (legacy console, English)', async () => {
    const tab = await openFixture(browser, EN, 'edit');
    const origin = entriesOf(tab, 'allowed-origin').first();
    const returnUrl = entriesOf(tab, 'allowed-return-url').first();
    await origin.fill('https://www.example.com');
    await returnUrl.fill('https://pay.example.org/return');
    for (const sentence of expectedFindings(['https://www.example.com'], ['https://pay.example.org/return'])) {
      await expect.poll(() => tab.locator('lwa-assistant-root').getByText(sentence, { exact: true }).count()).toBe(1);
    }
    await origin.fill('');
    await returnUrl.fill('');
    await expect
      .poll(() =>
        tab
          .locator('lwa-assistant-root')
          .getByText(/Also add:|Add:/)
          .count(),
      )
      .toBe(0);
    await tab.close();
  });
});

describe.each(WEB_SETTINGS_PAGES)('$file: a pasted list', (page) => {
  test.each(LISTS)('in $name is recognised and split into entries', async (list) => {
    const tab = await openFixture(browser, page, 'edit');
    const pasted =
      list.field === 'allowed-origin'
        ? ['https://a.example.com', 'https://b.example.com']
        : ['https://www.example.com/a', 'https://www.example.com/b'];
    const input = entriesOf(tab, list.field).first();
    expect(await entriesOf(tab, list.field).count()).toBe(1);
    await input.fill(pasted.join(', '));
    await expect.poll(async () => (await verdictOf(input)).text).toBe(message('pastedList', ['2']));
    expect(await verdictOf(input)).toMatchObject({ severity: 'error', ariaInvalid: 'true', inOwnLightDom: true });
    const { id } = await verdictOf(input);
    await tab.locator(`#${id}`).getByRole('button', { name: 'Split into 2 entries', exact: true }).click();
    // The console had one empty entry: the second came from its own "Add another".
    await expect
      .poll(() => entriesOf(tab, list.field).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)))
      .toEqual(pasted);
    for (const [index, value] of pasted.entries()) {
      await expectShown(entriesOf(tab, list.field).nth(index), list.validate(value) as Verdict);
    }
    await tab.close();
  });
});

describe('save guard, developer console ("Allowed Origins")', () => {
  const DATA_KEY = 'fixture:developer:lwa-profile:en';
  const savedData = (tab: Page) =>
    tab.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), DATA_KEY) as Promise<{
      origins: string[];
      returns: string[];
    } | null>;

  test('an error holds the save; "Fix" focuses the first bad entry; "Save anyway" saves as the console would', async () => {
    const origins = ['https://www.example.com', 'https://www.example.com:443'];
    const returnUrls = ['https://www.example.com/login.php#done'];
    const tab = await openFixture(browser, DEV, 'edit', { origins, returnUrls });
    await saveButton(tab, DEV).click();
    await dialogOf(tab).waitFor();
    const text = (await dialogOf(tab).textContent()) ?? '';
    expect(text).toContain(message('guardTitle'));
    expect(text).toContain(
      `${message('field_allowed_origin')}: ${expectedSentence(validateOrigin(origins[1] as string) as Verdict)}`,
    );
    expect(text).toContain(
      `${message('field_allowed_return_url')}: ${expectedSentence(validateReturnUrl(returnUrls[0] as string) as Verdict)}`,
    );
    // The console's own save did not run.
    expect(tab.url()).toContain('/update.html');

    await dialogOf(tab).getByRole('button', { name: 'Fix', exact: true }).click();
    expect(await dialogs(tab)).toEqual([]);
    expect(
      await entriesOf(tab, 'allowed-origin')
        .nth(1)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(tab.url()).toContain('/update.html');

    await saveButton(tab, DEV).click();
    await dialogOf(tab).getByRole('button', { name: 'Save anyway', exact: true }).click();
    await tab.waitForURL(DEV_VIEW.url);
    expect(await savedData(tab)).toMatchObject({ origins, returns: returnUrls });
    await tab.close();
  });

  test('"Save anyway" lets the console run its own check, which may refuse', async () => {
    const tab = await openFixture(browser, DEV, 'edit', { origins: ['https://www.example.com/shop'] });
    await saveButton(tab, DEV).click();
    await dialogOf(tab).getByRole('button', { name: 'Save anyway', exact: true }).click();
    await tab.getByText(DEV.labels?.invalidOrigin as string, { exact: true }).waitFor();
    expect(tab.url()).toContain('/update.html');
    await tab.close();
  });

  test('with warnings only there is no dialog and the save goes through at once', async () => {
    const origins = ['https://www.example.com:8443'];
    const tab = await openFixture(browser, DEV, 'edit', { origins });
    const input = entriesOf(tab, 'allowed-origin').first();
    await expect.poll(async () => (await verdictOf(input)).severity).toBe('warning');
    await saveButton(tab, DEV).click();
    await tab.waitForURL(DEV_VIEW.url);
    expect(await savedData(tab)).toMatchObject({ origins });
    await tab.close();
  });
});

describe.each([EN, FR])('save guard, $file', (page) => {
  const KEY = `fixture:sellercentral:lwa-legacy:${page.lang}`;
  const saved = (tab: Page) =>
    tab.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), KEY) as Promise<{
      state: string;
      origins: string[];
      returns: string[];
    }>;

  test('an error holds the save, and "Save anyway" saves as the console would', async () => {
    const tab = await openFixture(browser, page, 'edit');
    const origin = entriesOf(tab, 'allowed-origin').first();
    await origin.fill('http://www.example.com');
    await expect.poll(async () => (await verdictOf(origin)).severity).toBe('error');
    await saveButton(tab, page).click();
    await dialogOf(tab).waitFor();
    expect(await dialogOf(tab).textContent()).toContain(
      expectedSentence(validateOrigin('http://www.example.com') as Verdict),
    );
    expect((await saved(tab)).state).toBe('edit');
    await dialogOf(tab).getByRole('button', { name: 'Fix', exact: true }).click();
    expect(await origin.evaluate((el) => el === document.activeElement)).toBe(true);
    await saveButton(tab, page).click();
    await dialogOf(tab).getByRole('button', { name: 'Save anyway', exact: true }).click();
    await expect.poll(async () => (await saved(tab)).state).toBe('web-settings');
    expect((await saved(tab)).origins).toEqual(['http://www.example.com']);
    await tab.close();
  });

  test('with warnings only the save goes through at once', async () => {
    const tab = await openFixture(browser, page, 'edit');
    const origin = entriesOf(tab, 'allowed-origin').first();
    await origin.fill('https://www.example.com:8443');
    await expect.poll(async () => (await verdictOf(origin)).severity).toBe('warning');
    await saveButton(tab, page).click();
    await expect.poll(async () => (await saved(tab)).state).toBe('web-settings');
    expect(await dialogs(tab)).toEqual([]);
    expect((await saved(tab)).origins).toEqual(['https://www.example.com:8443']);
    await tab.close();
  });
});

describe.each([
  { page: EN, state: 'register' },
  { page: FR, state: 'register' },
  { page: DEV_CREATE, state: 'form' },
])('registration form, $page.file', ({ page, state }) => {
  const field = (tab: Page, name: string) => tab.locator(`[data-lwa-field="${name}"]`);
  const required = (label: string) => message('guardFieldEmpty', [label]);
  // The console's own check adds its error messages to the page: while a save is held, its tree does not change.
  const consoleElements = (tab: Page) =>
    tab.evaluate(
      () => [...document.body.querySelectorAll('*')].filter((el) => !el.closest('lwa-assistant-root')).length,
    );

  test('Save with required fields empty is held; the dialog names them; the first empty one is the next step', async () => {
    const tab = await openFixture(browser, page, state);
    await field(tab, 'app-name').fill('Example Shop');
    const before = await consoleElements(tab);
    await saveButton(tab, page).click();
    await dialogOf(tab).waitFor();
    const text = (await dialogOf(tab).textContent()) ?? '';
    expect(text).toContain(required(message('field_app_description')));
    expect(text).toContain(required(message('field_privacy_url')));
    expect(text).not.toContain(required(message('field_app_name')));
    expect(await consoleElements(tab)).toBe(before);
    const description = field(tab, 'app-description');
    await expect.poll(() => description.getAttribute('data-lwa-next-step')).not.toBeNull();
    expect(await tab.locator('[data-lwa-next-step]').count()).toBe(1);
    await tab.close();
  });

  test('a privacy notice URL that is not https is held too; "Save anyway" lets the console save', async () => {
    const tab = await openFixture(browser, page, state);
    await field(tab, 'app-name').fill('Example Shop');
    await field(tab, 'app-description').fill('Sign-in for the Example Shop');
    await field(tab, 'privacy-url').fill('http://www.example.com/privacy');
    const before = await consoleElements(tab);
    await saveButton(tab, page).click();
    await dialogOf(tab).waitFor();
    const text = (await dialogOf(tab).textContent()) ?? '';
    expect(text).toContain(message('guardPrivacyUrl', [message('field_privacy_url')]));
    expect(text).not.toContain(required(message('field_app_description')));
    expect(await consoleElements(tab)).toBe(before);
    // Every console modelled here accepts an http address itself: its save goes through.
    const url = tab.url();
    await dialogOf(tab).getByRole('button', { name: 'Save anyway', exact: true }).click();
    await expect
      .poll(() =>
        field(tab, 'privacy-url')
          .count()
          .then((n) => (n === 0 ? 'saved' : tab.url())),
      )
      .not.toBe(url);
    await tab.close();
  });
});

describe('a console that takes each list in one box (one entry per line)', () => {
  const openBoxes = async () => {
    const page = findSweep2('dev-web-settings-update-textarea.es.html');
    await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
    const tab = await browser.open(page.url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    return tab;
  };

  test("each edit gets the verdict of the box's worst line, with its number; an empty box has none", async () => {
    const tab = await openBoxes();
    const origins = tab.locator('#ws-origins');
    await expect.poll(async () => (await verdictOf(origins)).severity).toBe('ok');
    await origins.focus();
    await tab.keyboard.press('Control+End');
    await tab.keyboard.type('\nhttp://tienda.ejemplo.es');
    const bad = validateOrigin('http://tienda.ejemplo.es') as Verdict;
    expect(bad.severity).toBe('error');
    await expect.poll(async () => (await verdictOf(origins)).text).toContain(message('lineVerdict', ['3', '']).trim());
    expect(await verdictOf(origins)).toMatchObject({ severity: 'error', ariaInvalid: 'true', inOwnLightDom: true });
    // The corrected value is in the sentence; no button that would replace every line with it.
    const { id } = await verdictOf(origins);
    expect(await tab.locator(`#${id}`).getByRole('button').count()).toBe(0);
    await origins.fill('https://www.ejemplo.es\nhttps://ejemplo.es');
    await expect.poll(async () => (await verdictOf(origins)).severity).toBe('ok');
    expect((await verdictOf(origins)).ariaInvalid).toBeNull();
    await origins.fill('');
    await expectNoVerdict(origins);
    await tab.close();
  });

  test('good lines save at once; a bad line holds the save', async () => {
    const tab = await openBoxes();
    // The console's own submit, counted (and kept on the page).
    await tab.evaluate(() => {
      const seen = window as unknown as { submitted: number };
      seen.submitted = 0;
      document.getElementById('ws-form')?.addEventListener('submit', (event) => {
        seen.submitted += 1;
        event.preventDefault();
      });
    });
    const submitted = () => tab.evaluate(() => (window as unknown as { submitted: number }).submitted);
    // The page already holds two good origins, one per line: not a "space inside the address".
    await tab.locator('#ws-returns').fill('https://www.ejemplo.es/checkout\nhttps://ejemplo.es/checkout');
    await tab.locator('#ws-save').click();
    await expect.poll(submitted).toBe(1);
    expect(await tab.getByRole('alertdialog').count()).toBe(0);
    await tab.locator('#ws-origins').fill('https://www.ejemplo.es\nhttp://ejemplo.es');
    await tab.locator('#ws-save').click();
    await expect.poll(() => tab.getByRole('alertdialog').count()).toBe(1);
    expect(await submitted()).toBe(1);
    await tab.close();
  });
});

test('after all this, no client secret is stored and the extension made no request', async () => {
  const secrets = [EN, FR, DEV_VIEW].map((p) => p.ids.clientSecret as string);
  expect(await storedAnywhere(browser, secrets)).toEqual([]);
  expect(extensionRequests(browser, requests)).toEqual([]);
});

// The sweeps' console page variants (test/fixtures/variants-sweep*, variants-katal, checked in happy-dom by
// test/console/variants-*.test.ts) in Chromium with the built extension: the browser's own CSS, visibility, layout and
// shadow DOM must give the same marks and the same next step (nothing known yet) as the unit tests expect — the
// dom-contract as a real page carries it. Marks are counted in the page and in its open shadow roots (the Katal pages
// keep their fields there).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePath } from '../fixtures/pages';
import { SWEEP_PAGES as PAGES } from '../fixtures/sweeps';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';
import { domSettled } from './page-helpers';

describe('console page variants in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  test.each(PAGES.map(([page, expected]) => ({ file: page.file, page, expected })))(
    '$file: the marks and the next step',
    async ({ page, expected }) => {
      expect(expected, `no expectation for ${page.file}`).toBeDefined();
      await clearStorage(browser.worker);
      await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
      const tab = await browser.open(page.url);
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
      await tab.evaluate(domSettled, 300);
      const seen = await tab.evaluate(() => {
        /** Every element matching, in the page and in its open shadow roots. */
        const deep = (scope: Document | ShadowRoot, selector: string): Element[] => [
          ...scope.querySelectorAll(selector),
          ...[...scope.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot, selector) : [])),
        ];
        const marks: Record<string, number> = {};
        for (const el of deep(document, '[data-lwa-field]')) {
          const name = el.getAttribute('data-lwa-field') as string;
          marks[name] = (marks[name] ?? 0) + 1;
        }
        const steps = deep(document, '[data-lwa-next-step]').map((el) => el.getAttribute('data-lwa-next-step'));
        return { marks, steps };
      });
      expect(seen.marks).toEqual(expected?.marks);
      expect(seen.steps).toEqual(expected?.steps[0] ? [expected.steps[0]] : []);
      await tab.close();
    },
  );
});

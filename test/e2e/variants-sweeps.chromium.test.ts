// The sweeps' console page variants (test/fixtures/variants-sweep*, checked in happy-dom by test/console/variants-
// sweep*.test.ts) in Chromium with the built extension: the browser's own CSS, visibility and layout must give the
// same marks and the same next step (nothing known yet) as the unit tests expect — the dom-contract as a real page
// carries it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED as FIRST } from '../console/variants-sweep.expected';
import { EXPECTED as SECOND } from '../console/variants-sweep2.expected';
import type { FixturePage } from '../fixtures/pages';
import { fixturePath } from '../fixtures/pages';
import { sweepPages } from '../fixtures/variants-sweep/pages';
import { sweep2Pages } from '../fixtures/variants-sweep2/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';
import { domSettled } from './page-helpers';

const PAGES: [FixturePage, (typeof FIRST)[string]][] = [
  ...sweepPages.map((page) => [page, FIRST[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep2Pages.map((page) => [page, SECOND[page.file]] as [FixturePage, (typeof FIRST)[string]]),
];

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
        const marks: Record<string, number> = {};
        for (const el of document.querySelectorAll('[data-lwa-field]')) {
          const name = el.getAttribute('data-lwa-field') as string;
          marks[name] = (marks[name] ?? 0) + 1;
        }
        const steps = [...document.querySelectorAll('[data-lwa-next-step]')].map((el) =>
          el.getAttribute('data-lwa-next-step'),
        );
        return { marks, steps };
      });
      expect(seen.marks).toEqual(expected?.marks);
      expect(seen.steps).toEqual(expected?.steps[0] ? [expected.steps[0]] : []);
      await tab.close();
    },
  );
});

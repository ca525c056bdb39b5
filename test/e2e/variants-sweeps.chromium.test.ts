// The sweeps' console page variants (test/fixtures/variants-sweep*, variants-katal, checked in happy-dom by
// test/console/variants-*.test.ts) in Chromium with the built extension: the browser's own CSS, visibility, layout and
// shadow DOM must give the same marks and the same next step (nothing known yet) as the unit tests expect — the
// dom-contract as a real page carries it. Marks are counted in the page and in its open shadow roots (the Katal pages
// keep their fields there).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED as KATAL } from '../console/variants-katal.expected';
import { EXPECTED as FIRST } from '../console/variants-sweep.expected';
import { EXPECTED as SECOND } from '../console/variants-sweep2.expected';
import { EXPECTED as THIRD } from '../console/variants-sweep3.expected';
import { EXPECTED as FOURTH } from '../console/variants-sweep4.expected';
import { EXPECTED as FIFTH } from '../console/variants-sweep5.expected';
import { EXPECTED as SIXTH } from '../console/variants-sweep6.expected';
import { EXPECTED as SEVENTH } from '../console/variants-sweep7.expected';
import { EXPECTED as EIGHTH } from '../console/variants-sweep8.expected';
import { EXPECTED as NINTH } from '../console/variants-sweep9.expected';
import { EXPECTED as TENTH } from '../console/variants-sweep10.expected';
import { EXPECTED as ELEVENTH } from '../console/variants-sweep11.expected';
import { EXPECTED as TWELFTH } from '../console/variants-sweep12.expected';
import { EXPECTED as THIRTEENTH } from '../console/variants-sweep13.expected';
import { EXPECTED as FOURTEENTH } from '../console/variants-sweep14.expected';
import { EXPECTED as FIFTEENTH } from '../console/variants-sweep15.expected';
import { EXPECTED as SIXTEENTH } from '../console/variants-sweep16.expected';
import type { FixturePage } from '../fixtures/pages';
import { fixturePath } from '../fixtures/pages';
import { katalPages } from '../fixtures/variants-katal/pages';
import { sweepPages } from '../fixtures/variants-sweep/pages';
import { sweep2Pages } from '../fixtures/variants-sweep2/pages';
import { sweep3Pages } from '../fixtures/variants-sweep3/pages';
import { sweep4Pages } from '../fixtures/variants-sweep4/pages';
import { sweep5Pages } from '../fixtures/variants-sweep5/pages';
import { sweep6Pages } from '../fixtures/variants-sweep6/pages';
import { sweep7Pages } from '../fixtures/variants-sweep7/pages';
import { sweep8Pages } from '../fixtures/variants-sweep8/pages';
import { sweep9Pages } from '../fixtures/variants-sweep9/pages';
import { sweep10Pages } from '../fixtures/variants-sweep10/pages';
import { sweep11Pages } from '../fixtures/variants-sweep11/pages';
import { sweep12Pages } from '../fixtures/variants-sweep12/pages';
import { sweep13Pages } from '../fixtures/variants-sweep13/pages';
import { sweep14Pages } from '../fixtures/variants-sweep14/pages';
import { sweep15Pages } from '../fixtures/variants-sweep15/pages';
import { sweep16Pages } from '../fixtures/variants-sweep16/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';
import { domSettled } from './page-helpers';

const PAGES: [FixturePage, (typeof FIRST)[string]][] = [
  ...sweepPages.map((page) => [page, FIRST[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep2Pages.map((page) => [page, SECOND[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep3Pages.map((page) => [page, THIRD[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep4Pages.map((page) => [page, FOURTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep5Pages.map((page) => [page, FIFTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep6Pages.map((page) => [page, SIXTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep7Pages.map((page) => [page, SEVENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep8Pages.map((page) => [page, EIGHTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep9Pages.map((page) => [page, NINTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep10Pages.map((page) => [page, TENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep11Pages.map((page) => [page, ELEVENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep12Pages.map((page) => [page, TWELFTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep13Pages.map((page) => [page, THIRTEENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep14Pages.map((page) => [page, FOURTEENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep15Pages.map((page) => [page, FIFTEENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...sweep16Pages.map((page) => [page, SIXTEENTH[page.file]] as [FixturePage, (typeof FIRST)[string]]),
  ...katalPages.map((page) => [page, KATAL[page.file]] as [FixturePage, (typeof FIRST)[string]]),
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

// How often the popup asks the merchant's tab for its report (src/popup/ask-page.ts): once where no content script
// can answer, again while a page loads and once after it on the console hosts, never forever.
import { expect, test } from 'vitest';
import type { PageReport } from '../../src/platform/messages';
import { ASKS, askPage, type TabNow } from '../../src/popup/ask-page';

const REPORT = { console: 'seller-central-lwa' } as PageReport;
const CONSOLE_HOST = 'https://sellercentral-europe.amazon.com/orders';

/** The tab as the popup sees it at each ask, and the answers of its content script (undefined: none). */
async function asks(tabs: (TabNow | Error)[], answers: (PageReport | undefined | Error)[] = []) {
  let asked = 0;
  let looked = 0;
  let waited = 0;
  const report = await askPage(
    async () => {
      const answer = answers[asked++];
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async () => {
      const now = tabs[Math.min(looked++, tabs.length - 1)] as TabNow | Error;
      if (now instanceof Error) throw now;
      return now;
    },
    async () => {
      waited++;
    },
  );
  return { report, asked, waited };
}
const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');

test('a loaded page the popup may not read (no address): one ask, no wait', async () => {
  expect(await asks([{ status: 'complete' }], [noReceiver])).toEqual({ report: null, asked: 1, waited: 0 });
});

test('a loaded page on a console host that is no console page: asked once more, then nothing', async () => {
  expect(await asks([{ status: 'complete', url: CONSOLE_HOST }], [noReceiver, noReceiver])).toEqual({
    report: null,
    asked: 2,
    waited: 1,
  });
});

test('a console page still loading is asked until its content script answers', async () => {
  const loading = { status: 'loading' };
  const result = await asks(
    [loading, loading, { status: 'complete', url: CONSOLE_HOST }],
    [noReceiver, noReceiver, noReceiver, REPORT],
  );
  expect(result).toEqual({ report: REPORT, asked: 4, waited: 3 });
});

test('an empty answer (Firefox, a session not started yet) counts as none', async () => {
  const result = await asks([{ status: 'complete', url: CONSOLE_HOST }], [undefined, REPORT]);
  expect(result).toEqual({ report: REPORT, asked: 2, waited: 1 });
});

test('a tab that never stops loading is given up after a bounded number of asks', async () => {
  const result = await asks([{ status: 'loading' }], []);
  expect(result).toEqual({ report: null, asked: ASKS, waited: ASKS - 1 });
});

test('a tab closed while asking ends the asking', async () => {
  expect(await asks([new Error('No tab with id')], [noReceiver])).toEqual({ report: null, asked: 1, waited: 0 });
});

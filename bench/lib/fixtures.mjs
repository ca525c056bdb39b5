// The console pages the benchmarks load: the real URLs of test/fixtures/pages.ts (which Node cannot import:
// TypeScript), in states that render without timers, so one settle time fits every arm. The churn page is
// test/fixtures/bench/; the console-sized one is bench/lib/large-page.mjs around the legacy console.
import { join } from 'node:path';
import { readHtml } from './browser.mjs';
import { ROOT } from './build.mjs';
import { consoleSized } from './large-page.mjs';

const SC_EU = 'https://sellercentral-europe.amazon.com';
const DEV = 'https://developer.amazon.com';
// How long a load is left after its load event before it is read (twice that at 4x). The extension's last work on a
// console load ended 48–110 ms after its main script started at 1x and 115–236 ms at 4x (session 12's run, on a
// machine 3x slower than session 10's; from each load's trace): 250 ms keeps twice that margin, and the whole
// benchmark within its 10 minutes on such a machine (400 ms took it to 8 min 38 s there).
const page = (fixture) => ({ settleMs: 250, expectAssistant: true, ...fixture });

export const AMAZON_PAY_HOME = page({
  id: 'amazon-pay-home.en',
  file: 'seller-central/amazon-pay-home.en.html',
  url: `${SC_EU}/home?cor=mmd_EU#state=sandbox`,
});
export const LEGACY = page({
  id: 'lwa-legacy.en#app',
  file: 'seller-central/lwa-legacy.en.html',
  url: `${SC_EU}/gp/homepage.html?cor=login_NA#state=app`,
});
// The same console inside the menu, table and footer a real console page carries.
export const LEGACY_CONSOLE_SIZED = page({
  id: 'lwa-legacy.en#app, console-sized',
  file: 'seller-central/lwa-legacy.en.html',
  url: `${SC_EU}/gp/homepage.html?cor=login_NA&bench=large#state=app`,
  html: consoleSized,
});
export const INTEGRATION_CENTRAL = page({
  id: 'integration-central.en#list',
  file: 'integration-central/lwa.en.html',
  url: `${SC_EU}/external-payments/amazon-pay/integration-central/lwa#state=list`,
});
export const DEVELOPER_OVERVIEW = page({
  id: 'developer-overview.en',
  file: 'developer-console/overview.en.html',
  url: `${DEV}/loginwithamazon/console/site/lwa/overview.html#state=list`,
});
export const WEB_SETTINGS_FORM = page({
  id: 'developer-web-settings-edit.en',
  file: 'developer-console/web-settings-update.en.html',
  url: `${DEV}/settings/console/securityprofile/web-settings/update.html#state=edit`,
  typing: { selector: 'input[aria-labelledby="ext-comp-1041"]', text: 'https://shop.example.com/', delayMs: 40 },
});
export const SHOP = page({
  id: 'amazon.fr shop (not a console)',
  file: 'unrecognised/amazon-fr-shop.fr.html',
  url: 'https://www.amazon.fr/',
  expectAssistant: false,
});
// Renders its form late, then churns hundreds of nodes per frame.
export const CHURN = page({
  id: 'spa-churn (legacy LwA, late form)',
  file: 'bench/lwa-legacy-churn.en.html',
  url: `${SC_EU}/gp/homepage.html?cor=login_NA&bench=churn`,
  waitForMark: 'bench:churn-end',
  settleMs: 300,
  churn: true,
});

/** What the arms' routes serve: each fixture's real URL (without its hash) → its HTML. */
export const pagesOf = (fixtures) =>
  Object.fromEntries(
    fixtures.map((f) => {
      const html = readHtml(join(ROOT, 'test/fixtures', f.file));
      return [f.url.split('#')[0], f.html ? f.html(html) : html];
    }),
  );

/** The console fixtures by the names a script takes on its command line (`node bench/ab.mjs --fixtures LEGACY,…`). */
export const CONSOLES = {
  AMAZON_PAY_HOME,
  LEGACY,
  LEGACY_CONSOLE_SIZED,
  INTEGRATION_CENTRAL,
  DEVELOPER_OVERVIEW,
  WEB_SETTINGS_FORM,
};

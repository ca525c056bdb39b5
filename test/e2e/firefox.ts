// Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi (Playwright cannot drive stock
// Firefox). Console pages are answered from fixtures by request interception; everything else is refused and counted.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DIST_FIREFOX, firefoxPath, profileDir, requireBuild } from './browsers';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  refused: string[];
  serve(routes: Record<string, string>): void;
  open(url: string): Promise<Page>;
  /** The popup's page in a tab of its own. */
  popup(): Promise<Page>;
  close(): Promise<void>;
}

// A fixed moz-extension UUID, so the popup's URL is known in advance.
export const FIREFOX_UUID = '6f1f7c43-9a53-4c7e-9f0b-3c1d2a7e5b10';

export async function launchFirefox(options: { dist?: string; path?: string } = {}): Promise<FirefoxWithExtension> {
  const dist = options.path ?? requireBuild(options.dist ?? DIST_FIREFOX);
  const { GECKO_ID } = await import('../../vite.config');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir('firefox'),
    // Firefox 153 lets WebDriver open moz-extension:// pages (the popup) only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // MV3 host permissions are optional in Firefox; grant them as an install from the store would.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(dist);
  const routes = new Map<string, string>();
  const refused: string[] = [];
  return {
    browser,
    extensionId,
    refused,
    serve(more) {
      for (const [url, html] of Object.entries(more)) routes.set(url, html);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const key = request.url().split('#')[0] ?? '';
        const html = routes.get(key);
        if (html !== undefined) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else {
          refused.push(request.url());
          void request.abort();
        }
      });
      await page.goto(url);
      return page;
    },
    async popup() {
      const page = await browser.newPage();
      // Firefox never reports the load of an extension page as finished to WebDriver BiDi, so the navigation's own
      // promise is not awaited: the popup's first rendered element is.
      page.goto(`moz-extension://${FIREFOX_UUID}/src/popup/index.html`).catch(() => {});
      await page.waitForSelector('main', { timeout: 20_000 });
      return page;
    },
    close: () => browser.close(),
  };
}

// Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi (Playwright cannot drive stock
// Firefox). Console pages are answered from fixtures by request interception; everything else is refused and counted.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DIST_FIREFOX, firefoxPath, profileDir, requireBuild } from './browsers';
import { type Served, toResponse, trackBrowser } from './chromium';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  refused: string[];
  /**
   * Requests no fixture was served for, other than navigations and the favicon: the fixtures load nothing they are not
   * served, so these are the extension's content scripts'. Background-script requests are not seen (WebDriver BiDi
   * intercepts per tab here); test/e2e/setup.ts checks this list after every file.
   */
  extensionRequests: string[];
  /** Real URL (without hash) → HTML served there, or a response of any type with its own headers. */
  serve(routes: Record<string, string | Served>): void;
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
  const routes = new Map<string, string | Served>();
  const refused: string[] = [];
  const extensionRequests: string[] = [];
  trackBrowser({ name: 'firefox', extensionRequests, extensionErrors: [] });
  return {
    browser,
    extensionId,
    refused,
    extensionRequests,
    serve(more) {
      for (const [url, served] of Object.entries(more)) routes.set(url, served);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const key = request.url().split('#')[0] ?? '';
        const served = routes.get(key);
        if (served !== undefined) {
          const { status, contentType, headers, body } = toResponse(served);
          void request.respond({ status, contentType, headers, body });
        } else {
          refused.push(request.url());
          // data: and blob: URLs (a fixture's inline font) never reach the network.
          const network = /^(https?|wss?):/.test(request.url());
          if (network && !request.isNavigationRequest() && !/\/favicon\.ico$/.test(request.url()))
            extensionRequests.push(`unserved: ${request.url()}`);
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
      // While the document is replaced, a query can fail inside BiDi ("right-hand side of 'in' should be an object");
      // ask again until the popup has rendered.
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          if (await page.$('main')) return page;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
        if (Date.now() > deadline) throw new Error('The Firefox popup did not render within 20 s.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}

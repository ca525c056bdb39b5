// Chromium with the built extension, through playwright-core. Console pages are served at their real URLs by request
// routing, so the manifest's matches decide injection exactly as in production; every other request is refused and
// counted, so nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumPath, DIST_CHROME, profileDir, requireBuild } from './browsers';

export interface Routes {
  /** Real URL (without hash) → HTML served there. */
  [url: string]: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the browser tried to send anywhere but to a routed fixture. */
  refused: string[];
  serve(routes: Routes): Promise<void>;
  open(url: string): Promise<Page>;
  popup(): Promise<Page>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

export async function launchChromium(
  options: { dist?: string; extension?: boolean; colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const dist = requireBuild(options.dist ?? DIST_CHROME);
  const args = [...CHROMIUM_ARGS];
  if (options.locale) args[args.length - 1] = `--lang=${options.locale}`;
  // Without --disable-extensions-except, Playwright's own --disable-extensions wins and nothing loads.
  if (options.extension !== false) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profileDir('chromium'), {
    executablePath: chromiumPath(),
    headless: true,
    args,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  const refused: string[] = [];
  const routes = new Map<string, string>();
  // Extension pages (chrome-extension://) load as usual; only the web is routed.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = route.request().url();
      const key = url.split('#')[0] ?? url;
      const html = routes.get(key);
      if (html !== undefined)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      refused.push(url);
      return route.abort('blockedbyclient');
    },
  );
  let worker: Worker | undefined;
  let extensionId = '';
  if (options.extension !== false) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker as Worker,
    refused,
    async serve(more) {
      for (const [url, html] of Object.entries(more)) routes.set(url, html);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async popup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      return page;
    },
    close: () => context.close(),
  };
}

export const fixtureHtml = (path: string) => readFileSync(path, 'utf8');

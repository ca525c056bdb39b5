// Chromium with the built extension, through playwright-core. Console pages are served at their real URLs by request
// routing, so the manifest's matches decide injection exactly as in production; every other request is refused and
// counted, so nothing leaves the machine. What the extension itself sends, logs and throws is recorded apart from what
// the page does (see `extensionRequests`): test/e2e/setup.ts checks after every file that it sent nothing.
import { type BrowserContext, type CDPSession, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../bench/lib/browser.mjs';
import { fixtureSource } from '../fixtures/pages';
import { chromiumPath, DIST_CHROME, profileDir, requireBuild } from './browsers';

/** A response other than plain HTML, or HTML with headers of its own (a strict Content-Security-Policy, say). */
export interface Served {
  body: string | Buffer;
  /** Default: text/html; charset=utf-8. */
  contentType?: string;
  headers?: Record<string, string>;
  status?: number;
  /** Answered this much later (a page that takes its time to load). */
  delayMs?: number;
}

/** What a route answers: a plain string is an HTML page, as before `Served` existed. */
export function toResponse(served: string | Served) {
  const {
    body,
    contentType = 'text/html; charset=utf-8',
    headers = {},
    status = 200,
  } = typeof served === 'string' ? { body: served } : served;
  return { status, contentType, headers: { ...headers, 'content-type': contentType }, body };
}

/** What every browser launched in this test file recorded of the extension, for test/e2e/setup.ts. */
export interface Recorded {
  name: string;
  extensionRequests: string[];
  extensionErrors: string[];
}
const REGISTRY = Symbol.for('lwa-assistant:e2e-browsers');
export function launchedBrowsers(): Recorded[] {
  const global = globalThis as { [REGISTRY]?: Recorded[] };
  global[REGISTRY] ??= [];
  return global[REGISTRY];
}
export const trackBrowser = (recorded: Recorded) => launchedBrowsers().push(recorded);

export interface Routes {
  /** Real URL (without hash) → HTML served there, or a response of any type with its own headers. */
  [url: string]: string | Served;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the browser tried to send anywhere but to a routed fixture. */
  refused: string[];
  /**
   * Requests the extension made, as `who: url`: its service worker and its pages (any non-extension URL), its content
   * scripts (a script of the extension on the request's initiator stack), and any other request nobody served that
   * is not a navigation or the browser's favicon look-up (the fixtures load nothing they are not served).
   */
  extensionRequests: string[];
  /** What the extension wrote to a console (service worker, its pages, its content scripts' worlds), as `who type: text`. */
  extensionConsole: string[];
  /** Uncaught errors thrown in the extension's content-script worlds and pages. */
  extensionErrors: string[];
  serve(routes: Routes): Promise<void>;
  open(url: string): Promise<Page>;
  popup(): Promise<Page>;
  close(): Promise<void>;
}

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
  const extensionRequests: string[] = [];
  const extensionConsole: string[] = [];
  const extensionErrors: string[] = [];
  const routes = new Map<string, string | Served>();
  // Extension pages (chrome-extension://) load as usual; only the web is routed.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const request = route.request();
      const url = request.url();
      const key = url.split('#')[0] ?? url;
      const served = routes.get(key);
      if (served !== undefined) {
        const delayMs = typeof served === 'string' ? 0 : (served.delayMs ?? 0);
        if (!delayMs) return route.fulfill(toResponse(served));
        return new Promise((resolve) => setTimeout(resolve, delayMs)).then(() =>
          route.fulfill(toResponse(served)).catch(() => {}),
        );
      }
      refused.push(url);
      // Nobody was served this, so no fixture page asks for it: the extension did, unless it is a navigation (a link
      // the merchant follows, a tab opened on a click) or the browser's own favicon look-up.
      if (!request.isNavigationRequest() && !/\/favicon\.ico$/.test(url)) extensionRequests.push(`unserved: ${url}`);
      return route.abort('blockedbyclient');
    },
  );
  let worker: Worker | undefined;
  let extensionId = '';
  if (options.extension !== false) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const isOwnFile = (url: string) => extensionId !== '' && url.startsWith(extensionOrigin);

  // The service worker and the extension's pages: every request to anything but their own files.
  context.on('request', (request: Request) => {
    const url = request.url();
    if (isOwnFile(url) || url.startsWith('data:') || url.startsWith('blob:')) return;
    const from = request.serviceWorker() ? 'service-worker' : frameUrl(request);
    if (from === 'service-worker' || isOwnFile(from)) extensionRequests.push(`${from}: ${url}`);
  });
  // The service worker's console and the extension pages' consoles (the content scripts' are read over CDP below).
  context.on('console', (message) => {
    const source = message.worker()?.url() ?? message.page()?.url() ?? '';
    if (isOwnFile(source)) extensionConsole.push(`${source} ${message.type()}: ${message.text()}`);
  });

  // Content scripts run in the page's tab and their requests carry the page's origin: only the initiator's stack
  // tells them apart. Their console output and uncaught errors are told apart by their execution context (the
  // extension's isolated world). One CDP session per tab, ready before the tab loads anything.
  const attached = new WeakMap<Page, Promise<void>>();
  const attach = (page: Page) => {
    let ready = attached.get(page);
    if (!ready) {
      ready = watchTab(context, page, {
        extensionId,
        isOwnFile,
        request: (entry) => extensionRequests.push(entry),
        console: (entry) => extensionConsole.push(entry),
        error: (entry) => extensionErrors.push(entry),
      }).catch(() => {});
      attached.set(page, ready);
    }
    return ready;
  };
  if (extensionId) {
    context.on('page', (page) => void attach(page));
    for (const page of context.pages()) void attach(page);
  }
  const newPage = async () => {
    const page = await context.newPage();
    if (extensionId) await attach(page);
    return page;
  };

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    worker: worker as Worker,
    refused,
    extensionRequests,
    extensionConsole,
    extensionErrors,
    async serve(more) {
      for (const [url, served] of Object.entries(more)) routes.set(url, served);
    },
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      return page;
    },
    async popup() {
      const page = await newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      return page;
    },
    close: () => context.close(),
  };
  trackBrowser({ name: 'chromium', extensionRequests, extensionErrors });
  return browser;
}

function frameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}
interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string };
}
interface RemoteObject {
  value?: unknown;
  description?: string;
  type: string;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const frame of s.callFrames) urls.push(frame.url);
  return urls;
}

/** Records, for one tab, the requests its extension scripts start and what the extension's worlds log and throw. */
async function watchTab(
  context: BrowserContext,
  page: Page,
  sink: {
    extensionId: string;
    isOwnFile: (url: string) => boolean;
    request: (entry: string) => void;
    console: (entry: string) => void;
    error: (entry: string) => void;
  },
): Promise<void> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const ownWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context: world }: { context: ExecutionContext }) => {
    // The content scripts' isolated world is named after the extension and has its origin.
    if (
      world.auxData?.type === 'isolated' &&
      (world.origin.includes(sink.extensionId) || world.name.includes('Amazon Pay'))
    )
      ownWorlds.add(world.id);
  });
  cdp.on(
    'Network.requestWillBeSent',
    ({
      request,
      initiator,
      type,
    }: {
      request: { url: string };
      initiator: { stack?: StackTrace; url?: string };
      type?: string;
    }) => {
      // A navigation is the console's own doing even when a content script started it: "Save anyway" clicks the
      // console's Save, whose form then loads the next page.
      if (sink.isOwnFile(request.url) || type === 'Document') return;
      const script = [...stackUrls(initiator.stack), initiator.url ?? ''].find(sink.isOwnFile);
      if (script) sink.request(`content-script ${script}: ${request.url}`);
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    ({ type, args, executionContextId }: { type: string; args: RemoteObject[]; executionContextId: number }) => {
      // Extension pages' consoles come through the context's 'console' event.
      if (!ownWorlds.has(executionContextId)) return;
      const text = args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? ''))).join(' ');
      sink.console(`content-script ${type}: ${text}`);
    },
  );
  cdp.on(
    'Runtime.exceptionThrown',
    ({
      exceptionDetails,
    }: {
      exceptionDetails: { executionContextId?: number; text: string; exception?: RemoteObject; url?: string };
    }) => {
      const own =
        (exceptionDetails.executionContextId !== undefined && ownWorlds.has(exceptionDetails.executionContextId)) ||
        sink.isOwnFile(exceptionDetails.url ?? '') ||
        sink.isOwnFile(page.url());
      if (own) sink.error(`${page.url()}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    },
  );
  await Promise.all([cdp.send('Runtime.enable'), cdp.send('Network.enable')]);
}

export const fixtureHtml = (path: string) => fixtureSource(path);

/**
 * A CDP session on the tab and the id of our content script's isolated world in it, to run code there as a second
 * instance of the script, or to change what that world sees (its animation frames, say).
 */
export async function contentScriptWorld(
  browser: ExtensionBrowser,
  tab: Page,
): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await browser.context.newCDPSession(tab);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling the domain reports every existing context, the content script's isolated world among them.
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && (c.origin.includes(browser.extensionId) || c.name.includes('Amazon Pay')),
  );
  if (!world) throw new Error(`no isolated world of the extension in ${JSON.stringify(contexts)}`);
  return { cdp, contextId: world.id };
}

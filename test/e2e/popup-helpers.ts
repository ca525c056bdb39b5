// Shared steps of the popup's end-to-end tests: the real content-script flow on the legacy console fixture (so the
// client ID and the saved Web Settings reach storage as in production), axe-core, and the layout checks.
import axe from 'axe-core';
import { findFixture, fixturePath, fixtureUrl } from '../fixtures/pages';
import { fixtureHtml } from './chromium';

export const LEGACY = findFixture('seller-central/lwa-legacy.en.html');
export const CLIENT_ID = LEGACY.ids.clientId as string;
export const SHOP_ORIGINS = ['https://shop.example.fr', 'https://www.shop.example.fr'];
export const SHOP_RETURN_URL = 'https://shop.example.fr/checkout';

/** The legacy console with the Client ID shown and Web Settings saved with two origins and one return URL. */
export const consoleRoutes = () => ({ [LEGACY.url]: fixtureHtml(fixturePath(LEGACY.file)) });
export const consoleUrl = () =>
  fixtureUrl(LEGACY, 'web-settings', { origins: SHOP_ORIGINS, returnUrls: [SHOP_RETURN_URL] });

/** Minimal page shape shared by Playwright's and Puppeteer's pages. */
interface Evaluates {
  // biome-ignore lint/suspicious/noExplicitAny: both libraries type evaluate differently
  evaluate(fn: any, arg?: any): Promise<any>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Serious and critical axe-core violations on the page (axe injected by evaluate: the extension's CSP blocks tags). */
export async function axeViolations(page: Evaluates): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (
      globalThis as unknown as { axe: { run(): Promise<{ violations: import('axe-core').Result[] }> } }
    ).axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Width facts: the page's scroll width, and every element that sticks out of the body on the right. */
export function layout(page: Evaluates): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const right = document.body.getBoundingClientRect().right;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 0.5 && el.getClientRects().length > 0)
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.textContent?.slice(0, 40)}`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      outside,
    };
  });
}

/** Calls `read` until `done` holds for its value (hooks cannot use expect.poll); throws with the last value after 10 s. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 10_000;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

// What the end-to-end tests of the copy guard, the inline validation and the save guard share: reading the
// extension's page contract (shared/dom-contract.md) off a real page, the expected English sentences from
// _locales/en/messages.json, and a few ways of acting on a page the way a merchant does. Works on any page object
// with `evaluate` (playwright-core's Page and Locator, puppeteer-core's Page and ElementHandle).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWebSettings, type Finding, type Verdict } from '../../src/core/urls';
import { type FixturePage, fixturePath, fixtureUrl } from '../fixtures/pages';
import { ROOT } from './browsers';
import { type ExtensionBrowser, fixtureHtml } from './chromium';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const MESSAGES: Record<string, Message> = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8'));

/** An English message with its substitutions filled the way `i18n.getMessage` fills them. */
export function message(key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`_locales/en/messages.json has no "${key}"`);
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : '';
    })
    .replaceAll('$$', '$');
}

/** The sentence the merchant must read for a verdict: its code's message, then "Use … instead." where one exists. */
export function expectedSentence(verdict: Verdict): string {
  // The substitutions $1…$5 in the order the core promises (src/core/urls.ts, VerdictParams).
  const p = verdict.params ?? {};
  const subs = [p.value ?? '', p.suggestion ?? '', p.host ?? '', p.port ?? '', p.scheme ?? ''];
  const sentence = message(`verdict_${verdict.code.replaceAll('-', '_')}`, subs);
  return verdict.suggestion ? `${sentence} ${message('verdict_suggestion', subs)}` : sentence;
}

export function findingSentence(finding: Finding): string {
  return message(`finding_${finding.code.replaceAll('-', '_')}`, [finding.values.join(', ')]);
}

/** The findings the core gives for these lists, as the sentences the page must show. */
export function expectedFindings(origins: string[], returnUrls: string[]): string[] {
  return checkWebSettings({ origins, returnUrls }).findings.map(findingSentence);
}

export interface ShownVerdict {
  value: string;
  ariaInvalid: string | null;
  /** Elements named by aria-describedby that carry data-lwa-severity. */
  count: number;
  id: string | null;
  severity: string | null;
  text: string | null;
  /** The verdict is in the light DOM, and every ancestor up to <body> is one of the extension's own elements. */
  inOwnLightDom: boolean | null;
}

/** Reads an input's verdict the way a screen reader reaches it: through its aria-describedby. */
export function readVerdict(element: Element): ShownVerdict {
  const input = element as HTMLInputElement;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const shown = ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el?.hasAttribute('data-lwa-severity') ?? false);
  const verdict = shown[0];
  let inOwnLightDom: boolean | null = null;
  if (verdict) {
    inOwnLightDom = verdict.getRootNode() === document;
    let el: Element | null = verdict;
    while (el && el !== document.body) {
      if (!el.tagName.toLowerCase().startsWith('lwa-assistant-')) inOwnLightDom = false;
      el = el.parentElement;
    }
    if (el !== document.body) inOwnLightDom = false;
  }
  return {
    value: input.value,
    ariaInvalid: input.getAttribute('aria-invalid'),
    count: shown.length,
    id: verdict?.id ?? null,
    severity: verdict?.getAttribute('data-lwa-severity') ?? null,
    text: verdict?.textContent?.trim() ?? null,
    inOwnLightDom,
  };
}

/**
 * Resolves once the page's own tree (not the extension's) has had no element added or removed for `quietMs`: the
 * consoles render in steps (skeleton, content, a framework's re-render), and a test must act on the final nodes.
 */
export function domSettled(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const giveUp = setTimeout(done, 10_000);
    const observer = new MutationObserver((mutations) => {
      const own = (node: Node) =>
        (node instanceof Element && node.tagName.toLowerCase().startsWith('lwa-assistant-')) ||
        (node instanceof Element ? node : node.parentElement)?.closest('lwa-assistant-root') != null;
      if (mutations.every((m) => own(m.target) || [...m.addedNodes, ...m.removedNodes].every(own))) return;
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve();
    }
  });
}

/**
 * The console's controls (in the page and in its web components' open shadow roots) that our UI covers at their middle
 * or near a corner, as their opening tags. Runs in the page (`tab.evaluate(coveredControls)`).
 */
export function coveredControls(): string[] {
  const CONTROLS = 'button,a[href],input,select,textarea,[role=button]';
  // Ours: under an lwa-assistant-* element, through shadow roots too.
  const ours = (el: Element | null): boolean => {
    for (let node: Node | null = el; node; ) {
      if (node instanceof Element && node.localName.startsWith('lwa-assistant-')) return true;
      const parent: Node | null = node.parentNode;
      node = parent instanceof ShadowRoot ? parent.host : parent;
    }
    return false;
  };
  const deep = (scope: Document | ShadowRoot): Element[] => [
    ...scope.querySelectorAll(CONTROLS),
    ...[...scope.querySelectorAll('*')].flatMap((el) => (el.shadowRoot && !ours(el) ? deep(el.shadowRoot) : [])),
  ];
  return deep(document)
    .filter((el) => !ours(el) && el.getClientRects().length > 0)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.bottom - 2],
      ].some(([x, y]) => ours(document.elementFromPoint(x as number, y as number)));
    })
    .map((el) => el.outerHTML.slice(0, 120));
}

/**
 * What our shown elements (the captions, the copy boxes, the verdicts, the findings, the panels; not the rings, drawn
 * over their targets on purpose) cover, by their boxes rather than by hit tests: a caption lets clicks through
 * (pointer-events: none), so a hit test never finds it, yet it hides what is under it. Lists the console's controls
 * under any of them (but an entry under its own verdict, placed over the entry's empty right end by design), and each
 * pair of ours that overlap, as short descriptions. Runs in the page (`tab.evaluate(hiddenUnderOurs)`).
 */
export function hiddenUnderOurs(): { controls: string[]; ours: string[] } {
  const CONTROLS = 'button,a[href],input,select,textarea,[role=button]';
  const host = document.querySelector('lwa-assistant-root');
  const name = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}>${(el.textContent ?? '').trim().slice(0, 40)}`;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' ? r : null;
  };
  const ours = [
    ...(host?.shadowRoot?.querySelectorAll('.layer > :not(.ring):not(slot)') ?? []),
    ...(host?.children ?? []),
  ].flatMap((el) => {
    const box = shown(el);
    return box ? [{ el, box }] : [];
  });
  const meet = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const controls = [...document.querySelectorAll(CONTROLS)].filter((el) => {
    const box = shown(el);
    if (!box) return false;
    const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/);
    return ours.some((o) => meet(o.box, box) && !(o.el.id && described.includes(o.el.id)));
  });
  const pairs: string[] = [];
  ours.forEach((a, i) => {
    for (const b of ours.slice(i + 1)) if (meet(a.box, b.box)) pairs.push(`${name(a.el)} / ${name(b.el)}`);
  });
  return { controls: controls.map(name), ours: pairs };
}

/** Selects the whole text of an element with a Range, as a merchant's drag or double-click does. */
export function selectText(el: Element): void {
  (document.activeElement as HTMLElement | null)?.blur?.();
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Records, in the page's own world, every input and change event that reaches the document: what a console's own
 * listeners (or a framework's root listener) would see.
 */
export function recordPageEvents(): void {
  const w = window as unknown as { lwaTestEvents?: string[] };
  if (w.lwaTestEvents) return;
  const events: string[] = [];
  w.lwaTestEvents = events;
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => {
      const target = event.target as HTMLInputElement;
      events.push(`${type}:${target.value}`);
    });
  }
}

export function takePageEvents(): string[] {
  const w = window as unknown as { lwaTestEvents?: string[] };
  return (w.lwaTestEvents ?? []).splice(0);
}

/** The texts of the extension's elements with a given role, inside its shadow roots too. */
export function ownTextsWithRole(role: string): string[] {
  const out: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('role') === role) out.push(el.textContent ?? '');
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const host of document.querySelectorAll('body > *')) {
    if (host.tagName.toLowerCase().startsWith('lwa-assistant-')) visit(host.shadowRoot ?? host);
  }
  return out;
}

/** Where in the extension's storage (local, session, sync; read by its service worker) any of `secrets` appears. */
export async function storedAnywhere(browser: ExtensionBrowser, secrets: string[]): Promise<string[]> {
  const areas = await browser.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  const found: string[] = [];
  for (const [area, items] of Object.entries(areas)) {
    const text = JSON.stringify(items);
    for (const secret of secrets) {
      // The secret itself, or its 64 hex digits without the v1 prefix.
      if (text.includes(secret) || text.includes(secret.slice(-64))) found.push(`${area}: ${secret}`);
    }
  }
  return found;
}

export interface SeenRequest {
  url: string;
  /** Who asked: the extension's service worker, an extension page, or the page (its frame's URL). */
  from: 'service-worker' | 'extension-page' | string;
}

/** Records every request the browser makes, and who made it, from now on. */
export function watchRequests(browser: ExtensionBrowser): SeenRequest[] {
  const seen: SeenRequest[] = [];
  browser.context.on('request', (request) => {
    let from: string;
    if (request.serviceWorker()) from = 'service-worker';
    else {
      try {
        from = request.frame().url();
      } catch {
        from = 'unknown';
      }
    }
    if (from.startsWith('chrome-extension://')) from = 'extension-page';
    seen.push({ url: request.url(), from });
  });
  return seen;
}

/**
 * The extension's share of the requests: any its service worker or its pages send out, and any request the harness
 * refused (it refuses everything not routed to a fixture) other than what a page asks for by itself, its favicon.
 */
export function extensionRequests(browser: ExtensionBrowser, seen: SeenRequest[]): string[] {
  const own = seen
    .filter((r) => (r.from === 'service-worker' || r.from === 'extension-page') && /^https?:/.test(r.url))
    .map((r) => `${r.from}: ${r.url}`);
  const refused = browser.refused.filter((url) => !/\/favicon\.ico$/.test(url)).map((url) => `refused: ${url}`);
  return [...new Set([...own, ...refused])];
}

/**
 * Opens a fixture page in a fresh tab of Chromium, in a given state (and with saved entries), once the extension has
 * started and the console has finished rendering. Serves the page first: some fixtures share their URL.
 */
export async function openFixture(
  browser: ExtensionBrowser,
  page: FixturePage,
  state: string,
  saved: { origins?: string[]; returnUrls?: string[] } = {},
): Promise<Page> {
  await browser.serve({ [page.url]: fixtureHtml(fixturePath(page.file)) });
  const tab = await browser.open(fixtureUrl(page, state, saved));
  await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
  await tab.evaluate(domSettled, 300);
  return tab;
}

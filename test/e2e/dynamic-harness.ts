// The harness of the sweeps of console pages that CHANGE after load (test/e2e/variants-dynamic.chromium.test.ts and
// test/e2e/variants-dynamic2.chromium.test.ts), in Chromium with the built extension. Each page's script says when it
// has reached a phase (window.fixturePhase); once each change has settled, the marks (shared/dom-contract.md, "Fields it
// recognised": exactly one element per value, on the input or the innermost element showing it, never on a label or an
// action), the one next step ("The next step") and its highlight (drawn over that element) are read by element id and
// compared with what the merchant sees on the page then — computed from the page, not from what the extension does
// today.
//
// Each page also has a control: its DOM as it stands after each change (scripts and our own marks taken out, the
// inputs' values written into their value attributes) served as a static page at the same URL must give the same.
// A page whose dynamic test fails while its control passes shows a change the extension did not follow; a failing
// control shows a page the extension does not read even when it is static.
//
// The first sweep reads the page's own tree only (`LIGHT_DOM`). The second (`DEEP`) reads its open shadow roots too
// and our own elements: our role=alert elements, our verdicts left without an entry or named twice, our Copy Client ID
// buttons. Any stage may also ask for the verdicts of given entries, the entries' values, the absence of any verdict of
// ours, or the step's element in the viewport (`Expected`).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ExtensionBrowser, launchChromium } from './chromium';
import { clearStorage } from './console-steps';

// A change is followed within a frame, or within 200 ms on a busy part of the page (src/console/observe.ts); a value
// written through the value property alone, within 2 s (src/content/session.ts): a state not reached in 3 s is not.
export const POLL = { timeout: 3_000 };

/** Each mark's value → the elements carrying it (their ids; "tag in #id" for an element without one), sorted. */
export type Marks = Record<string, string[]>;

export type Severity = 'error' | 'warning' | 'ok';

/** What the contract says of one entry's verdict. */
export interface VerdictSpec {
  severity: Severity;
  /** A corrected value the sentence must write out in full. */
  says?: string;
  /** The console's own descriptions the entry's aria-describedby must still name (ids). Default: none. */
  console?: string[];
}

export interface SeenVerdict {
  /** The data-lwa-severity of each of our elements its aria-describedby names (one expected). */
  severity: string[];
  /** aria-invalid="true" on the entry. */
  invalid: boolean;
  /** Each of ours a light-DOM child of our lwa-assistant-* host under <body>. */
  inLightDom: boolean;
  /** The sentence writes out `says` (null when not asked). */
  says: boolean | null;
  /** The other ids its aria-describedby names that exist in the page. */
  console: string[];
}

export interface Seen {
  /** `<html data-lwa-assistant="ready">`. */
  ready: boolean;
  marks: Marks;
  steps: { step: string | null; on: string }[];
  /** The element the highlight ring is drawn over (the step's element when the ring covers its middle), or null. */
  ring: string | null;
  /** More than one host of ours in the page ("never two copies of anything"). */
  twoHosts: boolean;
  // Read with `Reading.ours` only:
  /** Elements of ours with role=alert (only the wrong-credential guard may have one; no test here copies one). */
  ourAlerts?: number;
  /** Verdicts of ours that no entry in the page names in its aria-describedby (left behind). */
  strayVerdicts?: number;
  /** Entries that name more than one verdict of ours. */
  doubled?: string[];
  /** Our "Copy Client ID" buttons (checked where exactly one client ID is marked). */
  copyButtons?: number;
  // Read where a stage asks for them:
  verdicts?: Record<string, SeenVerdict | null>;
  values?: Record<string, string | null>;
  /** Every element of ours with a data-lwa-severity (verdicts, notes about the lists), asked for where none may be. */
  ourNotes?: number;
  /** The step's element is in the viewport (the console scrolled it there). */
  stepInView?: boolean;
}

export interface Expected {
  marks: Marks;
  step: { step: string; on: string } | null;
  /** False on a page that is no console page (after a route away): nothing of ours at all. Default true. */
  console?: boolean;
  verdicts?: Record<string, VerdictSpec>;
  values?: Record<string, string>;
  /** No verdict or list note of ours anywhere. */
  noVerdicts?: boolean;
  /** The step's element is in the viewport. */
  inView?: boolean;
}

export interface Stage {
  /** What has happened by then, for the test's messages. */
  what: string;
  /** What the merchant does, or what the page does by itself, until this stage has settled. */
  act: (tab: Page) => Promise<void>;
  expected: Expected;
  /**
   * For the control: what the merchant did that the page does not show but the extension remembers (a copy), done
   * again on the static copy before it is looked at.
   */
  replay?: (tab: Page) => Promise<void>;
}

export interface Case {
  /** The page's file in the sweep's fixture folder. */
  file: string;
  /** A hash choosing the page's mode. */
  hash?: string;
  title: string;
  stages: Stage[];
}

/** A settled state of a page as a static document, served at the URL it was reached at. */
export interface Copy {
  stage: Stage;
  url: string;
  html: string;
}

/** What a sweep reads of every page besides the marks, the steps, the ring and our hosts. */
export interface Reading {
  /** The console's open shadow roots are read too, and kept (as declarative shadow DOM) in the static copies. */
  shadowRoots: boolean;
  /** Our own elements are checked on every stage: role=alert, stray or doubled verdicts, Copy Client ID buttons. */
  ours: boolean;
}

export const LIGHT_DOM: Reading = { shadowRoots: false, ours: false };
export const DEEP: Reading = { shadowRoots: true, ours: true };

/** What `seenOn` is asked to read: the sweep's `Reading` and what one stage's `Expected` asks for. */
interface Probe extends Reading {
  verdicts: string[];
  values: string[];
  says: Record<string, string>;
  notes: boolean;
  inView: boolean;
}

const probeOf = (reading: Reading, expected: Expected): Probe => ({
  ...reading,
  verdicts: Object.keys(expected.verdicts ?? {}),
  values: Object.keys(expected.values ?? {}),
  says: Object.fromEntries(
    Object.entries(expected.verdicts ?? {}).flatMap(([id, spec]) => (spec.says ? [[id, spec.says]] : [])),
  ),
  notes: expected.noVerdicts === true,
  inView: expected.inView === true,
});

/**
 * What the page reads now: our marks, our steps, where our ring is drawn, how many hosts of ours there are — in its own
 * tree, and with `shadowRoots` in its open shadow roots (ours excepted) — and what the probe asks for besides.
 */
function seenOn(tab: Page, probe: Probe): Promise<Seen> {
  // Runs in the page: everything it uses is inside it.
  return tab.evaluate((probe) => {
    function isOwn(el: Element): boolean {
      for (let node: Node | null = el; node; ) {
        if (node instanceof Element && node.localName.startsWith('lwa-assistant-')) return true;
        const parent: Node | null = node.parentNode;
        node = parent instanceof ShadowRoot ? parent.host : parent;
      }
      return false;
    }
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; probe.shadowRoots && i < roots.length; i++) {
      for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
        if (el.shadowRoot && !el.localName.startsWith('lwa-assistant-')) roots.push(el.shadowRoot);
      }
    }
    const deepAll = (selector: string) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
    const byId = (id: string) => roots.map((root) => root.getElementById(id)).find((el) => el) ?? null;
    const where = (el: Element) => {
      if (el.id) return el.id;
      const up = el.parentElement?.closest('[id]');
      return `${el.localName} in #${up?.id ?? ''}`;
    };
    const marks: Record<string, string[]> = {};
    for (const el of deepAll('[data-lwa-field]')) {
      const name = el.getAttribute('data-lwa-field') as string;
      marks[name] ??= [];
      marks[name].push(where(el));
    }
    for (const list of Object.values(marks)) list.sort();
    const stepped = deepAll('[data-lwa-next-step]');
    const steps = stepped.map((el) => ({ step: el.getAttribute('data-lwa-next-step'), on: where(el) }));
    const hosts = [...document.querySelectorAll('lwa-assistant-root')];
    const host = hosts.find((el) => el.parentElement === document.body);
    let ring: string | null = null;
    const drawn = host?.shadowRoot?.querySelector('.ring');
    const target = stepped[0];
    if (
      host &&
      drawn &&
      target &&
      getComputedStyle(host).display !== 'none' &&
      getComputedStyle(drawn).display !== 'none'
    ) {
      const r = drawn.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      const x = t.left + t.width / 2;
      const y = t.top + t.height / 2;
      if (r.width > 0 && r.height > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
        ring = where(target);
    }
    const seen: Seen = {
      ready: document.documentElement.getAttribute('data-lwa-assistant') === 'ready',
      marks,
      steps,
      ring,
      twoHosts: hosts.length > 1,
    };
    // Our elements: the hosts, their light-DOM children (the verdicts), their shadow roots.
    const ourScopes: ParentNode[] = hosts.flatMap((h) => (h.shadowRoot ? [h, h.shadowRoot] : [h]));
    const ourAll = (selector: string) => [...new Set(ourScopes.flatMap((s) => [...s.querySelectorAll(selector)]))];
    const ourVerdicts = hosts.flatMap((h) => [...h.children].filter((c) => c.hasAttribute('data-lwa-severity')));
    // Who names whom: every entry in the page (and its shadow roots) with an aria-describedby.
    const named = new Map<Element, Element[]>();
    const doubled: string[] = [];
    for (const input of deepAll('input,textarea')) {
      if (isOwn(input)) continue;
      const scope = input.getRootNode() as Document | ShadowRoot;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const mine = ids
        .map((id) => scope.getElementById(id) ?? document.getElementById(id))
        .filter((el): el is HTMLElement => el !== null && isOwn(el));
      named.set(input, mine);
      if (mine.length > 1) doubled.push(where(input));
    }
    const linked = new Set([...named.values()].flat());
    if (probe.ours) {
      seen.ourAlerts = ourAll('[role=alert]').length;
      seen.strayVerdicts = ourVerdicts.filter((v) => !linked.has(v)).length;
      seen.doubled = doubled;
    }
    if (probe.verdicts.length) {
      seen.verdicts = {};
      for (const id of probe.verdicts) {
        const input = byId(id);
        if (!input) {
          seen.verdicts[id] = null;
          continue;
        }
        const scope = input.getRootNode() as Document | ShadowRoot;
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const mine = named.get(input) ?? [];
        const says = probe.says[id];
        const escaped = says?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        seen.verdicts[id] = {
          severity: mine.map((el) => el.getAttribute('data-lwa-severity') ?? ''),
          invalid: input.getAttribute('aria-invalid') === 'true',
          inLightDom: mine.every(
            (el) =>
              el.parentElement?.localName.startsWith('lwa-assistant-') &&
              el.parentElement.parentElement === document.body,
          ),
          says: escaped ? mine.some((el) => new RegExp(`${escaped}(?![\\w/:-])`).test(el.textContent ?? '')) : null,
          console: ids.filter((ref) => {
            const el = scope.getElementById(ref) ?? document.getElementById(ref);
            return el !== null && !isOwn(el);
          }),
        };
      }
    }
    if (probe.values.length) {
      seen.values = {};
      for (const id of probe.values) seen.values[id] = (byId(id) as HTMLInputElement | null)?.value ?? null;
    }
    if (probe.notes) seen.ourNotes = ourAll('[data-lwa-severity]').length;
    if (probe.inView && target) {
      const t = target.getBoundingClientRect();
      seen.stepInView = t.bottom > 0 && t.top < innerHeight && t.right > 0 && t.left < innerWidth;
    } else if (probe.inView) seen.stepInView = false;
    if (probe.ours) {
      const copies = ourAll('button').filter((b) => b.textContent?.trim() === 'Copy Client ID').length;
      if ((marks['client-id'] ?? []).length === 1) seen.copyButtons = copies;
    }
    return seen;
  }, probe);
}

/** What `seenOn` must read on a page in the state `expected` describes. */
function seenFor(reading: Reading, expected: Expected): Seen {
  const seen: Seen = {
    ready: expected.console !== false,
    marks: expected.marks,
    steps: expected.step ? [expected.step] : [],
    ring: expected.step?.on ?? null,
    twoHosts: false,
  };
  if (reading.ours) {
    seen.ourAlerts = 0;
    seen.strayVerdicts = 0;
    seen.doubled = [];
  }
  if (expected.verdicts) {
    seen.verdicts = Object.fromEntries(
      Object.entries(expected.verdicts).map(([id, spec]) => [
        id,
        {
          severity: [spec.severity],
          invalid: spec.severity === 'error',
          inLightDom: true,
          says: spec.says ? true : null,
          console: spec.console ?? [],
        },
      ]),
    );
  }
  if (expected.values) seen.values = expected.values;
  if (expected.noVerdicts) seen.ourNotes = 0;
  if (expected.inView) seen.stepInView = true;
  // dom-contract, "Copy button": next to the client ID, a button named "Copy Client ID".
  if (reading.ours && (expected.marks['client-id'] ?? []).length === 1) seen.copyButtons = 1;
  return seen;
}

/** Waits until the page's script says it has reached a phase (window.fixturePhase). */
export async function phase(tab: Page, name: string): Promise<void> {
  await tab.waitForFunction((value) => (window as { fixturePhase?: string }).fixturePhase === value, name, {
    timeout: 5_000,
  });
}

/** Waits for a phase the page reaches by itself (an `act`). */
export const reached = (name: string) => (tab: Page) => phase(tab, name);

/** Clicks an element of the page, then waits for the phase its handler reaches. */
export const click = (selector: string, name: string) => async (tab: Page) => {
  await tab.locator(selector).click();
  await phase(tab, name);
};

/** Chooses an option of a <select>, then waits for the phase its handler reaches. */
export const select = (selector: string, value: string, name: string) => async (tab: Page) => {
  await tab.locator(selector).selectOption(value);
  await phase(tab, name);
};

/** Types a value into an entry (no phase: what follows is the extension's alone). */
export const fill = (selector: string, value: string) => (tab: Page) => tab.locator(selector).fill(value);

/** Does nothing: the stage is the page as it loaded. */
export const idle = async () => {};

/**
 * The page as it stands, as a static document: scripts and our own UI out, our attributes off, each input's current
 * value written into its markup (a value set through the .value property is no attribute), and with `shadowRoots`
 * every open shadow root of the console kept as a declarative one (<template shadowrootmode="open">). An aria-invalid
 * is taken off with our aria-describedby ids only where no description of the console's own is left (an aria-invalid
 * beside the console's own message is the console's).
 */
function staticCopy(shadowRoots: boolean): string {
  // Runs in the page: everything it uses is inside it.
  const clean = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('script,lwa-assistant-root')) el.remove();
    for (const el of scope.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) if (name.startsWith('data-lwa-')) el.removeAttribute(name);
      if (!el.hasAttribute('aria-describedby')) continue;
      const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const kept = described.filter((id) => !id.startsWith('lwa-'));
      if (kept.length === described.length) continue;
      if (kept.length) el.setAttribute('aria-describedby', kept.join(' '));
      else {
        el.removeAttribute('aria-describedby');
        el.removeAttribute('aria-invalid');
      }
    }
  };
  const copyInto = (live: ParentNode, copy: ParentNode) => {
    const liveEls = [...live.querySelectorAll('*')];
    const copyEls = [...copy.querySelectorAll('*')];
    liveEls.forEach((el, i) => {
      const twin = copyEls[i] as Element;
      if (el instanceof HTMLTextAreaElement) twin.textContent = el.value;
      else if (el instanceof HTMLInputElement && el.type !== 'file') twin.setAttribute('value', el.value);
      if (shadowRoots && el.shadowRoot && !el.localName.startsWith('lwa-assistant-')) {
        const template = document.createElement('template');
        template.setAttribute('shadowrootmode', 'open');
        for (const child of el.shadowRoot.childNodes) template.content.append(child.cloneNode(true));
        copyInto(el.shadowRoot, template.content);
        twin.prepend(template);
      }
    });
    clean(copy);
  };
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copyInto(document.documentElement, copy);
  copy.removeAttribute('data-lwa-assistant');
  for (const name of copy.getAttributeNames()) if (name.startsWith('data-lwa-')) copy.removeAttribute(name);
  return `<!doctype html>\n${copy.outerHTML}`;
}

/** A sweep's browser and its steps; made inside the sweep's `describe`, which it gives its beforeAll and afterAll. */
export interface Sweep {
  /** Opens a page with nothing known (at `url#hash` with a hash), once the extension has started on it. */
  open(url: string, html: string, hash?: string): Promise<Page>;
  /** Polls until the page reads as the stage expects; `name` heads the failure message. */
  expectSettled(tab: Page, name: string, stage: Stage): Promise<void>;
  /** The page's settled state now, as a static copy. */
  copyOf(tab: Page, stage: Stage): Promise<Copy>;
  /** Acts every stage in turn and takes a static copy after each. */
  copiesOf(tab: Page, stages: Stage[]): Promise<Copy[]>;
  /** Serves each copy at its URL in `tab` and checks it as the stage says (no scroll position: not `inView`). */
  checkCopies(tab: Page, name: string, copies: Copy[]): Promise<void>;
}

export function sweep(reading: Reading): Sweep {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const look = (tab: Page, expected: Expected) => seenOn(tab, probeOf(reading, expected));
  const settled = (tab: Page, message: string, expected: Expected) =>
    expect.poll(() => look(tab, expected), { ...POLL, message }).toEqual(seenFor(reading, expected));
  const copyOf = async (tab: Page, stage: Stage): Promise<Copy> => ({
    stage,
    url: tab.url().split('#')[0] as string,
    html: await tab.evaluate(staticCopy, reading.shadowRoots),
  });

  return {
    async open(url, html, hash = '') {
      await clearStorage(browser.worker);
      await browser.serve({ [url]: html });
      const tab = await browser.open(hash ? `${url}#${hash}` : url);
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
      return tab;
    },
    expectSettled: (tab, name, stage) => settled(tab, `${name}, ${stage.what}`, stage.expected),
    copyOf,
    async copiesOf(tab, stages) {
      const copies: Copy[] = [];
      for (const stage of stages) {
        await stage.act(tab);
        copies.push(await copyOf(tab, stage));
      }
      return copies;
    },
    async checkCopies(tab, name, copies) {
      // One tab for every copy (a navigation each): a tab of its own for each would cost more than the look.
      for (const { stage, url, html } of copies) {
        await clearStorage(browser.worker);
        await browser.serve({ [url]: html });
        await tab.goto(url);
        // A page that is no console page never says it is ready.
        if (stage.expected.console !== false) {
          await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
        }
        await stage.replay?.(tab);
        await settled(tab, `${name}, static copy ${stage.what}`, { ...stage.expected, inView: false });
      }
    },
  };
}

// Marks and steps both sweeps expect.
export const IDS: Marks = { 'app-id': ['app-id'], 'client-id': ['client-id'] };
export const ENTRIES: Marks = { 'allowed-origin': ['origin-0'], 'allowed-return-url': ['return-0'] };
export const COPY = { step: 'copy-client-id', on: 'client-id' };
export const ADD_ORIGINS = { step: 'add-origins', on: 'origin-0' };
export const ADD_RETURN_URLS = { step: 'add-return-urls', on: 'return-0' };
export const SAVE = { step: 'save-web-settings', on: 'save' };
export const EDIT = { step: 'edit-web-settings', on: 'ws-edit' };

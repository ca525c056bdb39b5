// A second sweep of console pages that CHANGE after load (test/fixtures/variants-dynamic2/, each page saying what it
// models), in Chromium with the built extension: a save that shows a toast and the read-only view, the console's own
// inline error, an input replaced on every key, a virtualised list, a late open shadow root, a modal registration
// dialog, a console scrolling its form into view, a view switch, a polling dashboard, a row added late, an entry
// pre-filled with a wrong origin, and history.back() after an edit. Once each change has settled, the marks
// (shared/dom-contract.md, "Fields it recognised"), the one next step ("The next step") and its highlight, and where
// a stage says so the verdicts ("Inline validation of origins and return URLs") must be what the merchant sees on the
// page then — computed from the page and the contract, not from what the extension does today.
//
// The harness is the first sweep's (test/e2e/variants-dynamic.chromium.test.ts), copied, since that file exports
// nothing (and is not to be edited): window.fixturePhase, the marks by element id, the one step, the ring over it,
// and a control per case (each settled state served as a static page). It is extended here: elements inside open
// shadow roots are read too (and the static copies keep those roots, as declarative shadow DOM); the verdicts of
// given entries, the entries' values, our Copy Client ID buttons, our role=alert elements and our verdicts left
// without an entry are read as well.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePath } from '../fixtures/pages';
import { findDynamic2 } from '../fixtures/variants-dynamic2/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';

// A change is followed within a frame, or within 200 ms on a busy part of the page (src/console/observe.ts); a value
// written through the value property alone, within 2 s (src/content/session.ts): a state not reached in 3 s is not.
const POLL = { timeout: 3_000 };

/** Each mark's value → the elements carrying it (their ids; "tag in #id" for an element without one), sorted. */
type Marks = Record<string, string[]>;

type Severity = 'error' | 'warning' | 'ok';

/** What the contract says of one entry's verdict. */
interface VerdictSpec {
  severity: Severity;
  /** A corrected value the sentence must write out in full. */
  says?: string;
  /** The console's own descriptions the entry's aria-describedby must still name (ids). Default: none. */
  console?: string[];
}

interface SeenVerdict {
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

interface Seen {
  ready: boolean;
  marks: Marks;
  steps: { step: string | null; on: string }[];
  /** The element the highlight ring is drawn over (the step's element when the ring covers its middle), or null. */
  ring: string | null;
  twoHosts: boolean;
  /** Elements of ours with role=alert (only the wrong-credential guard may have one; no test here copies one). */
  ourAlerts: number;
  /** Verdicts of ours that no entry in the page names in its aria-describedby (left behind). */
  strayVerdicts: number;
  /** Entries that name more than one verdict of ours. */
  doubled: string[];
  verdicts?: Record<string, SeenVerdict | null>;
  values?: Record<string, string | null>;
  /** Every element of ours with a data-lwa-severity (verdicts, notes about the lists), asked for where none may be. */
  ourNotes?: number;
  /** The step's element is in the viewport (the console scrolled it there). */
  stepInView?: boolean;
  /** Our "Copy Client ID" buttons (checked where exactly one client ID is marked). */
  copyButtons?: number;
}

interface Expected {
  marks: Marks;
  step: { step: string; on: string } | null;
  verdicts?: Record<string, VerdictSpec>;
  values?: Record<string, string>;
  /** No verdict or list note of ours anywhere. */
  noVerdicts?: boolean;
  /** The step's element is in the viewport. */
  inView?: boolean;
}

interface Stage {
  what: string;
  act: (tab: Page) => Promise<void>;
  expected: Expected;
  /**
   * For the control: what the merchant did that the page does not show but the extension remembers (a copy), done
   * again on the static copy before it is looked at.
   */
  replay?: (tab: Page) => Promise<void>;
}

/** A settled state of a page as a static document, served at the URL it was reached at. */
interface Copy {
  stage: Stage;
  url: string;
  html: string;
}

interface Case {
  file: string;
  title: string;
  stages: Stage[];
}

interface Probe {
  verdicts: string[];
  values: string[];
  says: Record<string, string>;
  notes: boolean;
  inView: boolean;
}

const probeOf = (expected: Expected): Probe => ({
  verdicts: Object.keys(expected.verdicts ?? {}),
  values: Object.keys(expected.values ?? {}),
  says: Object.fromEntries(
    Object.entries(expected.verdicts ?? {}).flatMap(([id, spec]) => (spec.says ? [[id, spec.says]] : [])),
  ),
  notes: expected.noVerdicts === true,
  inView: expected.inView === true,
});

/** What the page reads now, in its own tree and its open shadow roots (ours excepted). */
function seenOn(tab: Page, probe: Probe): Promise<Seen> {
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
    for (let i = 0; i < roots.length; i++) {
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
    const seen: Seen = {
      ready: document.documentElement.getAttribute('data-lwa-assistant') === 'ready',
      marks,
      steps,
      ring,
      twoHosts: hosts.length > 1,
      ourAlerts: ourAll('[role=alert]').length,
      strayVerdicts: ourVerdicts.filter((v) => !linked.has(v)).length,
      doubled,
    };
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
    const copies = ourAll('button').filter((b) => b.textContent?.trim() === 'Copy Client ID').length;
    if ((marks['client-id'] ?? []).length === 1) seen.copyButtons = copies;
    return seen;
  }, probe);
}

const seenFor = (expected: Expected): Seen => {
  const seen: Seen = {
    ready: true,
    marks: expected.marks,
    steps: expected.step ? [expected.step] : [],
    ring: expected.step?.on ?? null,
    twoHosts: false,
    ourAlerts: 0,
    strayVerdicts: 0,
    doubled: [],
  };
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
  if ((expected.marks['client-id'] ?? []).length === 1) seen.copyButtons = 1;
  return seen;
};

/** Waits until the page's script says it has reached a phase (window.fixturePhase). */
async function phase(tab: Page, name: string): Promise<void> {
  await tab.waitForFunction((value) => (window as { fixturePhase?: string }).fixturePhase === value, name, {
    timeout: 5_000,
  });
}

/** Clicks an element of the page, then waits for the phase its handler reaches. */
const click = (selector: string, reached: string) => async (tab: Page) => {
  await tab.locator(selector).click();
  await phase(tab, reached);
};

const idle = async () => {};

/** The merchant clicks our "Copy Client ID" and waits for its confirmation (dom-contract, "Copy button"). */
async function copyWithOurButton(tab: Page): Promise<void> {
  const button = tab.getByRole('button', { name: 'Copy Client ID', exact: true });
  await expect.poll(() => button.count(), POLL).toBe(1);
  await button.click();
  await tab.locator('lwa-assistant-root').getByRole('status').filter({ hasText: 'Copied' }).first().waitFor({
    timeout: 5_000,
  });
}

/**
 * The page as it stands, as a static document: scripts and our own UI out, our attributes off, each input's current
 * value written into its markup, and every open shadow root of the console kept as a declarative one
 * (<template shadowrootmode="open">). An aria-invalid is taken off with our aria-describedby ids only where no
 * description of the console's own is left (an aria-invalid beside the console's own message is the console's).
 */
function staticCopy(): string {
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
      if (el.shadowRoot && !el.localName.startsWith('lwa-assistant-')) {
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

const IDS: Marks = { 'app-id': ['app-id'], 'client-id': ['client-id'] };
const ENTRIES: Marks = { 'allowed-origin': ['origin-0'], 'allowed-return-url': ['return-0'] };
const IC_EDIT: Marks = {
  ...ENTRIES,
  'app-description': ['app-description'],
  'app-name': ['app-name'],
  'client-id': ['client-id'],
  'privacy-url': ['privacy-url'],
};
const COPY = { step: 'copy-client-id', on: 'client-id' };
const ADD_ORIGINS = { step: 'add-origins', on: 'origin-0' };
const ADD_RETURN_URLS = { step: 'add-return-urls', on: 'return-0' };
const cids = (...slots: number[]): Marks => ({ 'client-id': slots.map((n) => `cid-${n}`).sort() });

const CASES: Case[] = [
  {
    file: 'lwa-legacy-save-toast.de.html',
    title: 'Save shows a toast (role=alert) and the read-only view of the saved origins',
    stages: [
      {
        what: 'editing, both entries filled',
        act: (tab) => phase(tab, 'editing'),
        expected: { marks: { ...IDS, ...ENTRIES }, step: { step: 'save-web-settings', on: 'ws-save' } },
      },
      {
        what: 'after "Speichern": toast and read-only view',
        act: click('#ws-save', 'saved'),
        expected: { marks: IDS, step: COPY },
      },
      {
        what: 'after copying the client ID with our button',
        act: copyWithOurButton,
        replay: copyWithOurButton,
        expected: { marks: IDS, step: { step: 'back-to-amazon-pay', on: 'view-menu-button' } },
      },
    ],
  },
  {
    file: 'dev-web-settings-console-error.en.html',
    title: "the console's own inline error on blur (role=alert, aria-invalid, aria-describedby replaced)",
    stages: [
      { what: 'the empty form', act: idle, expected: { marks: ENTRIES, step: ADD_ORIGINS } },
      {
        what: 'after typing an http origin and leaving the entry',
        act: async (tab) => {
          await tab.locator('#origin-0').fill('http://www.example-shop.com');
          await tab.locator('#origin-0').blur();
          await phase(tab, 'invalid');
        },
        expected: {
          marks: ENTRIES,
          step: ADD_RETURN_URLS,
          verdicts: { 'origin-0': { severity: 'error', console: ['origin-0-error'] } },
        },
      },
      {
        what: 'after typing the https origin and leaving the entry',
        act: async (tab) => {
          await tab.locator('#origin-0').fill('https://www.example-shop.com');
          await tab.locator('#origin-0').blur();
          await phase(tab, 'valid');
        },
        expected: { marks: ENTRIES, step: ADD_RETURN_URLS, verdicts: { 'origin-0': { severity: 'ok' } } },
      },
    ],
  },
  {
    file: 'ic-edit-input-replaced.es.html',
    title: 'a controlled origin <input> replaced by a new element on every keystroke',
    stages: [
      { what: 'before typing', act: (tab) => phase(tab, 'ready'), expected: { marks: IC_EDIT, step: ADD_ORIGINS } },
      {
        what: 'after typing an origin key by key',
        act: async (tab) => {
          await tab.locator('#origin-0').click();
          await tab.keyboard.type('https://www.tienda-ejemplo.es', { delay: 15 });
        },
        expected: {
          marks: IC_EDIT,
          step: { step: 'save-web-settings', on: 'save' },
          values: { 'origin-0': 'https://www.tienda-ejemplo.es' },
          verdicts: { 'origin-0': { severity: 'ok' } },
        },
      },
    ],
  },
  {
    file: 'ic-list-virtualised.it.html',
    title: 'a virtualised list of client IDs (recycled rows), scrolled to the merchant’s app, which is opened',
    stages: [
      {
        what: 'at the top of the list',
        act: (tab) => phase(tab, 'rows-0'),
        expected: { marks: cids(0, 1, 2, 3, 4, 5, 6, 7), step: null },
      },
      {
        what: 'scrolled to row 235',
        act: async (tab) => {
          await tab.locator('#viewport').evaluate((el) => {
            el.scrollTop = 235 * 40;
          });
          await phase(tab, 'rows-235');
        },
        expected: { marks: cids(1, 2, 3, 4, 5, 6, 7, 8), step: null },
      },
      {
        what: 'after opening "Negozio Esempio"',
        act: async (tab) => {
          await tab.locator('a.app-link', { hasText: 'Negozio Esempio' }).click();
          await phase(tab, 'app-237');
        },
        expected: { marks: { 'client-id': ['client-id'] }, step: COPY },
      },
    ],
  },
  {
    file: 'lwa-legacy-shadow-late.fr.html',
    title: 'the Web Settings form rendered late in a plain custom element’s open shadow root',
    stages: [
      {
        what: 'once the shadow root holds the form',
        act: (tab) => phase(tab, 'rendered'),
        expected: { marks: { ...IDS, ...ENTRIES }, step: ADD_ORIGINS },
      },
      {
        what: 'after typing an origin inside the shadow root',
        act: (tab) => tab.locator('#origin-0').fill('https://www.boutique-exemple.fr'),
        expected: {
          marks: { ...IDS, ...ENTRIES },
          step: ADD_RETURN_URLS,
          verdicts: { 'origin-0': { severity: 'ok' } },
        },
      },
    ],
  },
  {
    file: 'dev-create-profile-modal.ja.html',
    title: 'the registration form in a modal dialog over the list; after 保存 the new profile',
    stages: [
      { what: 'no profile yet', act: idle, expected: { marks: {}, step: { step: 'register-app', on: 'create' } } },
      {
        what: 'with the dialog open',
        act: click('#create', 'open'),
        expected: {
          marks: {
            'app-description': ['sp-description'],
            'app-name': ['sp-name'],
            logo: ['sp-logo'],
            'privacy-url': ['sp-privacy'],
          },
          step: { step: 'fill-app-details', on: 'sp-name' },
        },
      },
      {
        what: 'with the three required fields filled',
        act: async (tab) => {
          await tab.locator('#sp-name').fill('サンプルショップ');
          await tab.locator('#sp-description').fill('サンプルショップのログイン');
          await tab.locator('#sp-privacy').fill('https://www.example.co.jp/privacy');
        },
        expected: {
          marks: {
            'app-description': ['sp-description'],
            'app-name': ['sp-name'],
            logo: ['sp-logo'],
            'privacy-url': ['sp-privacy'],
          },
          step: { step: 'save-app', on: 'sp-save' },
        },
      },
      {
        what: 'after 保存 (dialog closed, the new profile listed)',
        act: click('#sp-save', 'saved'),
        expected: { marks: { 'app-id': ['app-id'] }, step: { step: 'reveal-web-settings', on: 'show' } },
      },
    ],
  },
  {
    file: 'lwa-legacy-scroll-into-view.it.html',
    title: 'the console scrolls its own scroller to the form (scrollIntoView, smooth) after render',
    stages: [
      {
        what: 'after the console scrolled the form into view',
        act: (tab) => phase(tab, 'origin-in-view'),
        expected: { marks: { ...IDS, ...ENTRIES }, step: ADD_ORIGINS, inView: true },
      },
      {
        what: 'after typing an origin and the console scrolling the return-URL entry into view',
        act: async (tab) => {
          await tab.locator('#origin-0').fill('https://www.negozio-esempio.it');
          await phase(tab, 'return-in-view');
        },
        expected: { marks: { ...IDS, ...ENTRIES }, step: ADD_RETURN_URLS, inView: true },
      },
    ],
  },
  {
    file: 'home-view-switch.fr.html',
    title: 'the test / production view switch re-rendering the whole app shell',
    stages: [
      {
        what: 'in the test view',
        act: (tab) => phase(tab, 'test'),
        expected: { marks: {}, step: { step: 'open-lwa-console', on: 'view-switch' } },
      },
      {
        what: 'after switching to production',
        act: async (tab) => {
          await tab.locator('#view-switch').selectOption('live');
          await phase(tab, 'live');
        },
        expected: { marks: {}, step: { step: 'open-lwa-console', on: 'view-switch' } },
      },
      {
        what: 'after switching back to the test view',
        act: async (tab) => {
          await tab.locator('#view-switch').selectOption('test');
          await phase(tab, 'test');
        },
        expected: { marks: {}, step: { step: 'open-lwa-console', on: 'view-switch' } },
      },
    ],
  },
  {
    file: 'ic-edit-polling.de.html',
    title: 'a polling dashboard re-creating labels and inputs every 100 ms for 2 s, then stopping',
    stages: [
      {
        what: 'once the polling stopped',
        act: (tab) => phase(tab, 'done'),
        expected: { marks: IC_EDIT, step: ADD_RETURN_URLS },
      },
    ],
  },
  {
    file: 'ic-list-late-row.en.html',
    title: 'the client ID in a table row added after an XHR-like delay of 1 s',
    stages: [
      {
        what: 'once the row arrived',
        act: (tab) => phase(tab, 'loaded'),
        expected: { marks: { 'client-id': ['client-id'] }, step: COPY },
      },
    ],
  },
  {
    file: 'lwa-legacy-prefill-invalid.es.html',
    title: 'the app writes "http://shop.de/path" into the origin entry after load (no typing)',
    stages: [
      {
        what: 'once the draft was restored',
        act: (tab) => phase(tab, 'filled'),
        expected: {
          marks: { ...IDS, ...ENTRIES },
          step: ADD_RETURN_URLS,
          values: { 'origin-0': 'http://shop.de/path' },
          verdicts: { 'origin-0': { severity: 'error', says: 'https://shop.de' } },
        },
      },
    ],
  },
  {
    file: 'dev-web-settings-history-back.ja.html',
    title: 'history.back() after an edit returns to the read-only view',
    stages: [
      {
        what: 'on the view',
        act: (tab) => phase(tab, 'view'),
        expected: { marks: {}, step: { step: 'edit-web-settings', on: 'ws-edit' } },
      },
      {
        what: 'in the edit form',
        act: click('#ws-edit', 'edit'),
        expected: { marks: ENTRIES, step: ADD_ORIGINS },
      },
      {
        what: 'after typing an http origin',
        act: (tab) => tab.locator('#origin-0').fill('http://example.jp'),
        expected: { marks: ENTRIES, step: ADD_RETURN_URLS, verdicts: { 'origin-0': { severity: 'error' } } },
      },
      {
        what: 'after history.back()',
        act: async (tab) => {
          await tab.evaluate(() => history.back());
          await phase(tab, 'view');
        },
        expected: { marks: {}, step: { step: 'edit-web-settings', on: 'ws-edit' }, noVerdicts: true },
      },
    ],
  },
];

describe('dynamic console pages, second sweep, in Chromium: marks, the one next step and verdicts once each change settles', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Opens a page with nothing known, once the extension has started on it. */
  async function open(url: string, html: string): Promise<Page> {
    await clearStorage(browser.worker);
    await browser.serve({ [url]: html });
    const tab = await browser.open(url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    return tab;
  }

  const look = (tab: Page, expected: Expected) => seenOn(tab, probeOf(expected));

  // The static copies each dynamic test took of its page after each act, for its control (acting again would cost the
  // pages' delays twice); a control whose dynamic test stopped early takes the rest itself.
  const captured = new Map<string, Copy[]>();

  /** Serves each copy at its URL in `tab` and checks it as the stage says (no scroll position: not `inView`). */
  async function checkCopies(tab: Page, name: string, copies: Copy[]) {
    for (const { stage, url, html } of copies) {
      await clearStorage(browser.worker);
      await browser.serve({ [url]: html });
      await tab.goto(url);
      await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
      await stage.replay?.(tab);
      const expected = { ...stage.expected, inView: false };
      await expect
        .poll(() => look(tab, expected), { ...POLL, message: `${name}, static copy ${stage.what}` })
        .toEqual(seenFor(expected));
    }
  }

  const copyOf = async (tab: Page, stage: Stage): Promise<Copy> => ({
    stage,
    url: tab.url().split('#')[0] as string,
    html: await tab.evaluate(staticCopy),
  });

  for (const item of CASES) {
    const page = findDynamic2(item.file);

    test(`${item.file}: ${item.title}`, async () => {
      const tab = await open(page.url, fixtureHtml(fixturePath(page.file)));
      const copies: Copy[] = [];
      captured.set(item.file, copies);
      for (const stage of item.stages) {
        await stage.act(tab);
        copies.push(await copyOf(tab, stage));
        await expect
          .poll(() => look(tab, stage.expected), { ...POLL, message: `${item.file}, ${stage.what}` })
          .toEqual(seenFor(stage.expected));
      }
      await tab.close();
    });

    test(`${item.file}: control — each settled state served as a static page gives the same`, async () => {
      const copies = [...(captured.get(item.file) ?? [])];
      const tab = await open(page.url, fixtureHtml(fixturePath(page.file)));
      if (copies.length < item.stages.length) {
        // The dynamic test stopped early (or did not run): the remaining states are reached here.
        copies.length = 0;
        for (const stage of item.stages) {
          await stage.act(tab);
          copies.push(await copyOf(tab, stage));
        }
      }
      await checkCopies(tab, item.file, copies);
      await tab.close();
    });
  }
});

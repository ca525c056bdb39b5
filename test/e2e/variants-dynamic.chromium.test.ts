// Console pages built of plain DOM elements that CHANGE after load, as a React or Angular console does (the pages of
// test/fixtures/variants-dynamic/, each saying what it models), in Chromium with the built extension. After each change
// has settled, the marks (shared/dom-contract.md, "Fields it recognised": exactly one element per value, on the input or
// the innermost element showing it, never on a label or an action), the one next step ("The next step") and its
// highlight (drawn over that element) must be what the merchant sees on the page then — computed from the page, not
// from what the extension does today.
//
// Each page also has a control: its DOM as it stands after each change (scripts and our own marks taken out, the
// inputs' values written into their value attributes) served as a static page at the same URL must give the same.
// A page whose dynamic test fails while its control passes shows a change the extension did not follow; a failing
// control shows a page the extension does not read even when it is static.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePath } from '../fixtures/pages';
import { findDynamic } from '../fixtures/variants-dynamic/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';

// A change is followed within a frame, or within 200 ms on a busy part of the page (src/console/observe.ts): a state
// not reached in 3 s is not reached.
const POLL = { timeout: 3_000 };

/** Each mark's value → the elements carrying it (their ids; "tag in #id" for an element without one), sorted. */
type Marks = Record<string, string[]>;

interface Seen {
  /** `<html data-lwa-assistant="ready">`. */
  ready: boolean;
  marks: Marks;
  steps: { step: string | null; on: string }[];
  /** The element the highlight ring is drawn over (the step's element when the ring covers its middle), or null. */
  ring: string | null;
  /** More than one host of ours in the page ("never two copies of anything"). */
  twoHosts: boolean;
}

interface Expected {
  marks: Marks;
  step: { step: string; on: string } | null;
  /** False on a page that is no console page (after a route away): nothing of ours at all. Default true. */
  console?: boolean;
}

interface Stage {
  /** What has happened by then, for the test's messages. */
  what: string;
  /** What the merchant does, or what the page does by itself, until this stage has settled. */
  act: (tab: Page) => Promise<void>;
  expected: Expected;
}

interface Case {
  /** The page's file in test/fixtures/variants-dynamic/. */
  file: string;
  /** A hash choosing the page's mode. */
  hash?: string;
  title: string;
  stages: Stage[];
}

/** What the page reads now: our marks, our steps, where our ring is drawn, how many hosts of ours there are. */
function seenOn(tab: Page): Promise<Seen> {
  return tab.evaluate(() => {
    const where = (el: Element) => {
      if (el.id) return el.id;
      const up = el.parentElement?.closest('[id]');
      return `${el.localName} in #${up?.id ?? ''}`;
    };
    const marks: Record<string, string[]> = {};
    for (const el of document.querySelectorAll('[data-lwa-field]')) {
      const name = el.getAttribute('data-lwa-field') as string;
      marks[name] ??= [];
      marks[name].push(where(el));
    }
    for (const list of Object.values(marks)) list.sort();
    const stepped = [...document.querySelectorAll('[data-lwa-next-step]')];
    const steps = stepped.map((el) => ({ step: el.getAttribute('data-lwa-next-step'), on: where(el) }));
    const hosts = [...document.querySelectorAll('lwa-assistant-root')];
    let ring: string | null = null;
    const host = hosts.find((el) => el.parentElement === document.body);
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
    return {
      ready: document.documentElement.getAttribute('data-lwa-assistant') === 'ready',
      marks,
      steps,
      ring,
      twoHosts: hosts.length > 1,
    };
  });
}

const seenFor = (expected: Expected): Seen => {
  const recognised = expected.console !== false;
  return {
    ready: recognised,
    marks: expected.marks,
    steps: expected.step ? [expected.step] : [],
    ring: expected.step?.on ?? null,
    twoHosts: false,
  };
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

/**
 * The page as it stands, as a static document: scripts and our own UI out, our attributes off, each input's and text
 * area's current value written into its markup (a value set through the .value property is no attribute).
 */
function staticCopy(): string {
  const live = [...document.querySelectorAll('input,textarea')] as (HTMLInputElement | HTMLTextAreaElement)[];
  const values = live.map((el) => el.value);
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const copies = [...copy.querySelectorAll('input,textarea')];
  copies.forEach((el, i) => {
    if (el.localName === 'textarea') el.textContent = values[i] ?? '';
    else el.setAttribute('value', values[i] ?? '');
  });
  for (const el of copy.querySelectorAll('script,lwa-assistant-root')) el.remove();
  copy.removeAttribute('data-lwa-assistant');
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) if (name.startsWith('data-lwa-')) el.removeAttribute(name);
    const described = (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id && !id.startsWith('lwa-'));
    if (el.hasAttribute('aria-describedby')) {
      if (described.length) el.setAttribute('aria-describedby', described.join(' '));
      else el.removeAttribute('aria-describedby');
      el.removeAttribute('aria-invalid');
    }
  }
  return `<!doctype html>\n${copy.outerHTML}`;
}

// The marks of the Integration Central edit forms: the client ID shown as text, the three details, two origins, one
// return URL.
const IC_EDIT: Marks = {
  'allowed-origin': ['origin-0', 'origin-1'],
  'allowed-return-url': ['return-0'],
  'app-description': ['app-description'],
  'app-name': ['app-name'],
  'client-id': ['client-id'],
  'privacy-url': ['privacy-url'],
};
const { 'allowed-return-url': _, ...IC_EDIT_NO_RETURN_URL } = IC_EDIT;
const IDS: Marks = { 'app-id': ['app-id'], 'client-id': ['client-id'] };
const COPY = { step: 'copy-client-id', on: 'client-id' };

const CASES: Case[] = [
  {
    file: 'ic-edit-rerender.en.html',
    title: 'form rendered late into an empty root, then re-rendered wholesale twice',
    stages: [
      {
        what: 'after the third render',
        act: (tab) => phase(tab, 'done'),
        expected: { marks: IC_EDIT, step: { step: 'add-return-urls', on: 'return-0' } },
      },
    ],
  },
  {
    file: 'lwa-legacy-label-late.de.html',
    title: 'list names arriving as text-node changes with digits ("(max. 10)")',
    stages: [
      {
        what: 'after both list names arrived',
        act: (tab) => phase(tab, 'done'),
        expected: {
          marks: { ...IDS, 'allowed-origin': ['origin-0'], 'allowed-return-url': ['return-0'] },
          step: { step: 'add-return-urls', on: 'return-0' },
        },
      },
    ],
  },
  {
    file: 'dev-web-settings-aria-label.ja.html',
    title: 'entry inputs named by an aria-label set (or changed from "URL") after render',
    stages: [
      {
        what: 'after the aria-labels were set',
        act: (tab) => phase(tab, 'done'),
        expected: {
          marks: { 'allowed-origin': ['origin-0'], 'allowed-return-url': ['return-0'] },
          step: { step: 'add-return-urls', on: 'return-0' },
        },
      },
    ],
  },
  {
    file: 'ic-edit-value-property.fr.html',
    title: 'saved values written through the .value property after render',
    stages: [
      {
        what: 'after the values were set',
        act: (tab) => phase(tab, 'done'),
        expected: { marks: IC_EDIT, step: { step: 'save-web-settings', on: 'save' } },
      },
    ],
  },
  {
    file: 'dev-profile-tabs.es.html',
    title: 'tabs swapping the tab panel content on click',
    stages: [
      { what: 'on "General"', act: (tab) => phase(tab, 'tab-general'), expected: { marks: IDS, step: COPY } },
      {
        what: 'after clicking "Configuración web"',
        act: click('#tab-web', 'tab-web'),
        expected: { marks: {}, step: { step: 'edit-web-settings', on: 'ws-edit' } },
      },
      { what: 'back on "General"', act: click('#tab-general', 'tab-general'), expected: { marks: IDS, step: COPY } },
    ],
  },
  {
    file: 'lwa-legacy-edit-dialog.it.html',
    title: 'edit form in a modal dialog appended on "Modifica", removed on "Annulla"',
    stages: [
      { what: 'the card', act: async () => {}, expected: { marks: IDS, step: COPY } },
      {
        what: 'with the dialog open',
        act: click('#ws-edit', 'open'),
        expected: {
          marks: { ...IDS, 'allowed-origin': ['origin-0'], 'allowed-return-url': ['return-0'] },
          step: { step: 'add-origins', on: 'origin-0' },
        },
      },
      { what: 'with the dialog closed', act: click('#dialog-cancel', 'closed'), expected: { marks: IDS, step: COPY } },
    ],
  },
  {
    file: 'dev-overview-show-created.en.html',
    title: 'client ID created on "Show Client ID and Client Secret"',
    stages: [
      {
        what: 'before "Show"',
        act: async () => {},
        expected: { marks: {}, step: { step: 'reveal-web-settings', on: 'show' } },
      },
      {
        what: 'after "Show"',
        act: click('#show', 'shown'),
        expected: { marks: { ...IDS, 'client-secret': ['client-secret'] }, step: COPY },
      },
    ],
  },
  {
    file: 'lwa-legacy-route-away-back.ja.html',
    title: 'route away (pushState to a help page) and back, <main> re-rendered',
    stages: [
      { what: 'on the console route', act: (tab) => phase(tab, 'console'), expected: { marks: IDS, step: COPY } },
      {
        what: 'on the help route',
        act: click('#nav-help', 'help'),
        expected: { marks: {}, step: null, console: false },
      },
      { what: 'back on the console route', act: click('#nav-lwa', 'console'), expected: { marks: IDS, step: COPY } },
    ],
  },
  {
    file: 'ic-edit-add-another.de.html',
    title: '"Weitere hinzufügen" appending unlabelled entry rows',
    stages: [
      {
        what: 'with no return-URL entry',
        act: async () => {},
        expected: {
          marks: { ...IC_EDIT_NO_RETURN_URL, 'allowed-origin': ['origin-0'] },
          step: { step: 'add-return-urls', on: 'return-add' },
        },
      },
      {
        what: 'after adding a return-URL entry',
        act: click('#return-add', 'return-0'),
        expected: {
          marks: { ...IC_EDIT, 'allowed-origin': ['origin-0'] },
          step: { step: 'add-return-urls', on: 'return-0' },
        },
      },
      {
        what: 'after adding an origin entry',
        act: click('#origin-add', 'origin-1'),
        expected: { marks: IC_EDIT, step: { step: 'add-return-urls', on: 'return-0' } },
      },
      {
        what: 'after typing a return URL',
        act: (tab) => tab.locator('#return-0').fill('https://www.testshop-beispiel.de/checkout/rueckkehr'),
        expected: { marks: IC_EDIT, step: { step: 'save-web-settings', on: 'save' } },
      },
    ],
  },
  {
    file: 'ic-view-skeleton.es.html',
    title: 'a script-pulsed skeleton loader replaced by the content',
    stages: [
      {
        what: 'after the content replaced the skeleton',
        act: (tab) => phase(tab, 'done'),
        expected: { marks: { 'client-id': ['client-id'] }, step: COPY },
      },
    ],
  },
  {
    file: 'lwa-legacy-body-reset.en.html',
    hash: 'strip',
    title: 'the framework removes every child of <body> but its root (our host with them)',
    stages: [{ what: 'after the clearing', act: (tab) => phase(tab, 'cleared'), expected: { marks: IDS, step: COPY } }],
  },
  {
    file: 'lwa-legacy-body-reset.en.html',
    hash: 'innerhtml',
    title: 'the framework resets <body> with innerHTML (every node new, our host gone)',
    stages: [{ what: 'after the reset', act: (tab) => phase(tab, 'cleared'), expected: { marks: IDS, step: COPY } }],
  },
  {
    file: 'ic-edit-language-switch.en.html',
    title: 'a language switch remounting the form in German',
    stages: [
      {
        what: 'in English',
        act: (tab) => phase(tab, 'en'),
        expected: { marks: IC_EDIT, step: { step: 'add-return-urls', on: 'return-0' } },
      },
      {
        what: 'after typing a return URL',
        act: (tab) => tab.locator('#return-0').fill('https://www.example.com/checkout/return'),
        expected: { marks: IC_EDIT, step: { step: 'save-web-settings', on: 'save' } },
      },
      {
        what: 'after switching to Deutsch',
        act: async (tab) => {
          await tab.locator('#language').selectOption('de');
          await phase(tab, 'de');
        },
        expected: { marks: IC_EDIT, step: { step: 'save-web-settings', on: 'save' } },
      },
    ],
  },
];

describe('dynamic console pages (plain DOM) in Chromium: the marks and the one next step once each change settles', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Opens a page with nothing known, once the extension has started on it. */
  async function open(url: string, html: string, hash = ''): Promise<Page> {
    await clearStorage(browser.worker);
    await browser.serve({ [url]: html });
    const tab = await browser.open(hash ? `${url}#${hash}` : url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    return tab;
  }

  for (const item of CASES) {
    const page = findDynamic(item.file);
    const name = `${item.file}${item.hash ? `#${item.hash}` : ''}`;

    test(`${name}: ${item.title}`, async () => {
      const tab = await open(page.url, fixtureHtml(fixturePath(page.file)), item.hash);
      for (const stage of item.stages) {
        await stage.act(tab);
        await expect
          .poll(() => seenOn(tab), { ...POLL, message: `${name}, ${stage.what}` })
          .toEqual(seenFor(stage.expected));
      }
      await tab.close();
    });

    test(`${name}: control — each settled state served as a static page gives the same`, async () => {
      const tab = await open(page.url, fixtureHtml(fixturePath(page.file)), item.hash);
      const copies: { stage: Stage; url: string; html: string }[] = [];
      for (const stage of item.stages) {
        await stage.act(tab);
        copies.push({ stage, url: tab.url().split('#')[0] as string, html: await tab.evaluate(staticCopy) });
      }
      // One tab for every copy (a navigation each): a tab of its own for each would cost more than the look.
      for (const { stage, url, html } of copies) {
        await clearStorage(browser.worker);
        await browser.serve({ [url]: html });
        await tab.goto(url);
        if (stage.expected.console !== false) {
          await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
        }
        await expect
          .poll(() => seenOn(tab), { ...POLL, message: `${name}, static copy ${stage.what}` })
          .toEqual(seenFor(stage.expected));
      }
      await tab.close();
    });
  }
});

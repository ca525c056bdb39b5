// A second sweep of console pages that CHANGE after load (test/fixtures/variants-dynamic2/, each page saying what it
// models), in Chromium with the built extension: a save that shows a toast and the read-only view, the console's own
// inline error, an input replaced on every key, a virtualised list, a late open shadow root, a modal registration
// dialog, a console scrolling its form into view, a view switch, a polling dashboard, a row added late, an entry
// pre-filled with a wrong origin, and history.back() after an edit. Once each change has settled, the marks
// (shared/dom-contract.md, "Fields it recognised"), the one next step ("The next step") and its highlight, and where
// a stage says so the verdicts ("Inline validation of origins and return URLs") must be what the merchant sees on the
// page then — computed from the page and the contract, not from what the extension does today.
////
// The harness is the first sweep's (test/e2e/dynamic-harness.ts), extended for this one (DEEP): elements inside open
// shadow roots are read too (and the static copies keep those roots, as declarative shadow DOM); our role=alert
// elements, our verdicts left without an entry or named twice and our Copy Client ID buttons are checked on every
// stage; the verdicts of given entries, the entries' values and the step's element in view where a stage asks.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fixturePath } from '../fixtures/pages';
import { findDynamic2 } from '../fixtures/variants-dynamic2/pages';
import { fixtureHtml } from './chromium';
import {
  ADD_ORIGINS,
  ADD_RETURN_URLS,
  type Case,
  COPY,
  type Copy,
  click,
  DEEP,
  EDIT,
  ENTRIES,
  fill,
  IDS,
  idle,
  type Marks,
  POLL,
  phase,
  reached,
  SAVE,
  select,
  sweep,
} from './dynamic-harness';

/** The merchant clicks our "Copy Client ID" and waits for its confirmation (dom-contract, "Copy button"). */
async function copyWithOurButton(tab: Page): Promise<void> {
  const button = tab.getByRole('button', { name: 'Copy Client ID', exact: true });
  await expect.poll(() => button.count(), POLL).toBe(1);
  await button.click();
  await tab.locator('lwa-assistant-root').getByRole('status').filter({ hasText: 'Copied' }).first().waitFor({
    timeout: 5_000,
  });
}

/** Types an origin into the first entry and leaves it (the console checks on blur), then waits for its verdict. */
const leaveOrigin = (value: string, name: string) => async (tab: Page) => {
  await tab.locator('#origin-0').fill(value);
  await tab.locator('#origin-0').blur();
  await phase(tab, name);
};

const IC_EDIT: Marks = {
  ...ENTRIES,
  'app-description': ['app-description'],
  'app-name': ['app-name'],
  'client-id': ['client-id'],
  'privacy-url': ['privacy-url'],
};
const OPEN_CONSOLE = { step: 'open-lwa-console', on: 'view-switch' };
// The registration form of dev-create-profile-modal.ja.html, as marked while it is open.
const PROFILE_FORM: Marks = {
  'app-description': ['sp-description'],
  'app-name': ['sp-name'],
  logo: ['sp-logo'],
  'privacy-url': ['sp-privacy'],
};
const cids = (...slots: number[]): Marks => ({ 'client-id': slots.map((n) => `cid-${n}`).sort() });

const CASES: Case[] = [
  {
    file: 'lwa-legacy-save-toast.de.html',
    title: 'Save shows a toast (role=alert) and the read-only view of the saved origins',
    stages: [
      {
        what: 'editing, both entries filled',
        act: reached('editing'),
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
        act: leaveOrigin('http://www.example-shop.com', 'invalid'),
        expected: {
          marks: ENTRIES,
          step: ADD_RETURN_URLS,
          verdicts: { 'origin-0': { severity: 'error', console: ['origin-0-error'] } },
        },
      },
      {
        what: 'after typing the https origin and leaving the entry',
        act: leaveOrigin('https://www.example-shop.com', 'valid'),
        expected: { marks: ENTRIES, step: ADD_RETURN_URLS, verdicts: { 'origin-0': { severity: 'ok' } } },
      },
    ],
  },
  {
    file: 'ic-edit-input-replaced.es.html',
    title: 'a controlled origin <input> replaced by a new element on every keystroke',
    stages: [
      { what: 'before typing', act: reached('ready'), expected: { marks: IC_EDIT, step: ADD_ORIGINS } },
      {
        what: 'after typing an origin key by key',
        act: async (tab) => {
          await tab.locator('#origin-0').click();
          await tab.keyboard.type('https://www.tienda-ejemplo.es', { delay: 15 });
        },
        expected: {
          marks: IC_EDIT,
          step: SAVE,
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
        act: reached('rows-0'),
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
        act: reached('rendered'),
        expected: { marks: { ...IDS, ...ENTRIES }, step: ADD_ORIGINS },
      },
      {
        what: 'after typing an origin inside the shadow root',
        act: fill('#origin-0', 'https://www.boutique-exemple.fr'),
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
          marks: PROFILE_FORM,
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
          marks: PROFILE_FORM,
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
        act: reached('origin-in-view'),
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
        act: reached('test'),
        expected: { marks: {}, step: OPEN_CONSOLE },
      },
      {
        what: 'after switching to production',
        act: select('#view-switch', 'live', 'live'),
        expected: { marks: {}, step: OPEN_CONSOLE },
      },
      {
        what: 'after switching back to the test view',
        act: select('#view-switch', 'test', 'test'),
        expected: { marks: {}, step: OPEN_CONSOLE },
      },
    ],
  },
  {
    file: 'ic-edit-polling.de.html',
    title: 'a polling dashboard re-creating labels and inputs every 100 ms for 2 s, then stopping',
    stages: [
      {
        what: 'once the polling stopped',
        act: reached('done'),
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
        act: reached('loaded'),
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
        act: reached('filled'),
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
        act: reached('view'),
        expected: { marks: {}, step: EDIT },
      },
      {
        what: 'in the edit form',
        act: click('#ws-edit', 'edit'),
        expected: { marks: ENTRIES, step: ADD_ORIGINS },
      },
      {
        what: 'after typing an http origin',
        act: fill('#origin-0', 'http://example.jp'),
        expected: { marks: ENTRIES, step: ADD_RETURN_URLS, verdicts: { 'origin-0': { severity: 'error' } } },
      },
      {
        what: 'after history.back()',
        act: async (tab) => {
          await tab.evaluate(() => history.back());
          await phase(tab, 'view');
        },
        expected: { marks: {}, step: EDIT, noVerdicts: true },
      },
    ],
  },
];

describe('dynamic console pages, second sweep, in Chromium: marks, the one next step and verdicts once each change settles', () => {
  const run = sweep(DEEP);

  // The static copies each dynamic test took of its page after each act, for its control (acting again would cost the
  // pages' delays twice); a control whose dynamic test stopped early takes the rest itself.
  const captured = new Map<string, Copy[]>();

  for (const item of CASES) {
    const page = findDynamic2(item.file);

    test(`${item.file}: ${item.title}`, async () => {
      const tab = await run.open(page.url, fixtureHtml(fixturePath(page.file)));
      const copies: Copy[] = [];
      captured.set(item.file, copies);
      for (const stage of item.stages) {
        await stage.act(tab);
        copies.push(await run.copyOf(tab, stage));
        await run.expectSettled(tab, item.file, stage);
      }
      await tab.close();
    });

    test(`${item.file}: control — each settled state served as a static page gives the same`, async () => {
      const copies = captured.get(item.file) ?? [];
      const tab = await run.open(page.url, fixtureHtml(fixturePath(page.file)));
      // The dynamic test stopped early (or did not run): the states are reached here.
      const all = copies.length < item.stages.length ? await run.copiesOf(tab, item.stages) : copies;
      await run.checkCopies(tab, item.file, all);
      await tab.close();
    });
  }
});

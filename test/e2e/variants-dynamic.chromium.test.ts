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
//
// The harness (what is read, the static copies, the control) is test/e2e/dynamic-harness.ts; this sweep reads the
// page's own tree only (LIGHT_DOM).
import { describe, test } from 'vitest';
import { fixturePath } from '../fixtures/pages';
import { findDynamic } from '../fixtures/variants-dynamic/pages';
import { fixtureHtml } from './chromium';
import {
  ADD_ORIGINS,
  ADD_RETURN_URLS,
  type Case,
  COPY,
  click,
  EDIT,
  ENTRIES,
  fill,
  IDS,
  idle,
  LIGHT_DOM,
  type Marks,
  reached,
  SAVE,
  select,
  sweep,
} from './dynamic-harness';

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

const CASES: Case[] = [
  {
    file: 'ic-edit-rerender.en.html',
    title: 'form rendered late into an empty root, then re-rendered wholesale twice',
    stages: [
      {
        what: 'after the third render',
        act: reached('done'),
        expected: { marks: IC_EDIT, step: ADD_RETURN_URLS },
      },
    ],
  },
  {
    file: 'lwa-legacy-label-late.de.html',
    title: 'list names arriving as text-node changes with digits ("(max. 10)")',
    stages: [
      {
        what: 'after both list names arrived',
        act: reached('done'),
        expected: {
          marks: { ...IDS, ...ENTRIES },
          step: ADD_RETURN_URLS,
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
        act: reached('done'),
        expected: {
          marks: ENTRIES,
          step: ADD_RETURN_URLS,
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
        act: reached('done'),
        expected: { marks: IC_EDIT, step: SAVE },
      },
    ],
  },
  {
    file: 'dev-profile-tabs.es.html',
    title: 'tabs swapping the tab panel content on click',
    stages: [
      { what: 'on "General"', act: reached('tab-general'), expected: { marks: IDS, step: COPY } },
      {
        what: 'after clicking "Configuración web"',
        act: click('#tab-web', 'tab-web'),
        expected: { marks: {}, step: EDIT },
      },
      { what: 'back on "General"', act: click('#tab-general', 'tab-general'), expected: { marks: IDS, step: COPY } },
    ],
  },
  {
    file: 'lwa-legacy-edit-dialog.it.html',
    title: 'edit form in a modal dialog appended on "Modifica", removed on "Annulla"',
    stages: [
      { what: 'the card', act: idle, expected: { marks: IDS, step: COPY } },
      {
        what: 'with the dialog open',
        act: click('#ws-edit', 'open'),
        expected: {
          marks: { ...IDS, ...ENTRIES },
          step: ADD_ORIGINS,
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
        act: idle,
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
      { what: 'on the console route', act: reached('console'), expected: { marks: IDS, step: COPY } },
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
        act: idle,
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
          step: ADD_RETURN_URLS,
        },
      },
      {
        what: 'after adding an origin entry',
        act: click('#origin-add', 'origin-1'),
        expected: { marks: IC_EDIT, step: ADD_RETURN_URLS },
      },
      {
        what: 'after typing a return URL',
        act: fill('#return-0', 'https://www.testshop-beispiel.de/checkout/rueckkehr'),
        expected: { marks: IC_EDIT, step: SAVE },
      },
    ],
  },
  {
    file: 'ic-view-skeleton.es.html',
    title: 'a script-pulsed skeleton loader replaced by the content',
    stages: [
      {
        what: 'after the content replaced the skeleton',
        act: reached('done'),
        expected: { marks: { 'client-id': ['client-id'] }, step: COPY },
      },
    ],
  },
  {
    file: 'lwa-legacy-body-reset.en.html',
    hash: 'strip',
    title: 'the framework removes every child of <body> but its root (our host with them)',
    stages: [{ what: 'after the clearing', act: reached('cleared'), expected: { marks: IDS, step: COPY } }],
  },
  {
    file: 'lwa-legacy-body-reset.en.html',
    hash: 'innerhtml',
    title: 'the framework resets <body> with innerHTML (every node new, our host gone)',
    stages: [{ what: 'after the reset', act: reached('cleared'), expected: { marks: IDS, step: COPY } }],
  },
  {
    file: 'ic-edit-language-switch.en.html',
    title: 'a language switch remounting the form in German',
    stages: [
      {
        what: 'in English',
        act: reached('en'),
        expected: { marks: IC_EDIT, step: ADD_RETURN_URLS },
      },
      {
        what: 'after typing a return URL',
        act: fill('#return-0', 'https://www.example.com/checkout/return'),
        expected: { marks: IC_EDIT, step: SAVE },
      },
      {
        what: 'after switching to Deutsch',
        act: select('#language', 'de', 'de'),
        expected: { marks: IC_EDIT, step: SAVE },
      },
    ],
  },
];

describe('dynamic console pages (plain DOM) in Chromium: the marks and the one next step once each change settles', () => {
  const run = sweep(LIGHT_DOM);

  for (const item of CASES) {
    const page = findDynamic(item.file);
    const name = `${item.file}${item.hash ? `#${item.hash}` : ''}`;

    test(`${name}: ${item.title}`, async () => {
      const tab = await run.open(page.url, fixtureHtml(fixturePath(page.file)), item.hash);
      for (const stage of item.stages) {
        await stage.act(tab);
        await run.expectSettled(tab, name, stage);
      }
      await tab.close();
    });

    test(`${name}: control — each settled state served as a static page gives the same`, async () => {
      const tab = await run.open(page.url, fixtureHtml(fixturePath(page.file)), item.hash);
      await run.checkCopies(tab, name, await run.copiesOf(tab, item.stages));
      await tab.close();
    });
  }
});

// Console pages built from web components (Katal-like kat-* elements, open shadow roots) that CHANGE after load, in
// Chromium with the built extension: the marks (dom-contract: Fields it recognised) and the one next step (The next
// step) must follow what the merchant sees, as they do on a page built of plain elements — once components render
// late, once a collapsed section renders its content, once "Add another" adds an entry, after a single-page navigation,
// and after an entry is emptied or filled by typing.
//
// The pages: the Katal edit fixture (test/fixtures/variants-katal/ic-edit-web-settings.en.html) changed by string
// replacement, and a small single-page app written here, built with the same component library (test/fixtures/variants-katal/
// components.js). Each test says what it models.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED } from '../console/variants-katal.expected';
import { fixturePath } from '../fixtures/pages';
import { findKatal } from '../fixtures/variants-katal/pages';
import { type ExtensionBrowser, fixtureHtml, launchChromium } from './chromium';
import { clearStorage } from './console-steps';
import { domSettled } from './page-helpers';

const EDIT = findKatal('ic-edit-web-settings.en.html');
const EDIT_HTML = fixtureHtml(fixturePath(EDIT.file));
// The Katal-like component library (test/fixtures/variants-katal/components.js: kat-input, kat-button, kat-label,
// kat-expander, kat-box, kat-alert…), as the served edit fixture holds it: its first inline script.
const LIBRARY = EDIT_HTML.slice(EDIT_HTML.indexOf('<script>'), EDIT_HTML.indexOf('</script>') + '</script>'.length);
const STYLE = EDIT_HTML.slice(EDIT_HTML.indexOf('<style>'), EDIT_HTML.indexOf('</style>') + '</style>'.length);
// The view of Integration Central and the edit form a single-page app shows under it (same console page to the
// extension: everything under /integration-central/lwa).
const VIEW_URL = EDIT.url;
const EDIT_URL = `${EDIT.url}/edit`;
const CLIENT_ID = 'amzn1.application-oa2-client.666635a6a2cf1fabad343fd81639b865';
// What the edit form gives once all of it is rendered.
const EDIT_MARKS = EXPECTED['variants-katal/ic-edit-web-settings.en.html']!.marks;
const { 'allowed-return-url': _, ...EDIT_MARKS_NO_RETURN_URL } = EDIT_MARKS;
const POLL = { timeout: 5_000 };

interface AppOptions {
  /** The route the app starts on. */
  start: 'view' | 'edit';
  /** The return URLs already entered in the edit form ('' is an empty entry). */
  returns?: string[];
  /** The edit form's Web Settings start collapsed; their content is rendered only once expanded. */
  collapsed?: boolean;
  /**
   * Milliseconds between expanding the Web Settings and their content rendering (loaded when first opened); 0: in
   * the click's own task, as Lit renders (a microtask later).
   */
  loadDelay?: number;
  /**
   * How a route is shown: 'outlet' swaps a page component (<ic-lwa-view> → <ic-lwa-edit>, each with its own shadow
   * root) inside the app's outlet, as Lit / Vaadin routers do; 'same-root' re-renders the app's own shadow root.
   */
  router?: 'outlet' | 'same-root';
}

/**
 * A single-page Integration Central built like a Lit app: <ic-lwa-app> in the light DOM, everything else in open shadow
 * roots. The view shows the client ID in a <kat-box heading>, the Web Settings read-only in a <kat-expander>, and an
 * "Edit" kat-button that pushes /lwa/edit and shows the edit form without a load. The edit form is the edit fixture's,
 * in a shadow root: the client ID in a read-only kat-input, the details, the Web Settings lists built from data as rows
 * of <kat-input a11y-label> + a "Remove" kat-button, each list's "+ Add another" adding a row INSIDE that shadow root
 * (Lit's repeat appends one row; it does not render the list again). Guessed: all of it (no Katal markup of these pages
 * is known; see the fixture's header).
 */
function appHtml(options: AppOptions): string {
  const config = JSON.stringify({
    returns: [''],
    collapsed: false,
    loadDelay: 0,
    router: 'outlet',
    ...options,
    clientId: CLIENT_ID,
    viewUrl: new URL(VIEW_URL).pathname,
    editUrl: new URL(EDIT_URL).pathname,
  });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Integration Central - Amazon Pay</title>${STYLE}
<style>ic-lwa-app { display: block; max-width: 960px; margin: 0 auto; padding: 20px; }</style>
</head>
<body>
<header class="nav">amazon seller central</header>
<ic-lwa-app></ic-lwa-app>
${LIBRARY}
<script>
(function () {
  var IC = ${config};
  var ORIGINS = ['https://www.example.com', 'https://example.com'];
  var CSS = '<style>:host { display: block; } h1 { font-size: 24px; font-weight: 400; } .value { margin: 2px 0 10px; }' +
    ' kat-input, kat-textarea { margin-bottom: 12px; } .row { display: flex; gap: 6px; } .row kat-input { flex: 1; margin-bottom: 6px; }' +
    ' .actions { display: flex; gap: 8px; justify-content: flex-end; }</style>';
  function values(list) { return list.map(function (v) { return '<div class="value">' + v + '</div>'; }).join(''); }
  function viewMarkup() {
    return CSS + '<h1>Example Shop</h1>' +
      '<kat-box heading="Client ID/Store ID"><span class="value" id="client-id">' + IC.clientId + '</span></kat-box>' +
      '<kat-box><kat-expander id="ws" title="Web Settings" expanded>' +
      '<kat-label text="Allowed JavaScript origins"></kat-label>' + values(ORIGINS) +
      '<kat-label text="Allowed return URLs"></kat-label>' + values(['https://www.example.com/checkout/review']) +
      '</kat-expander><kat-button id="edit" label="Edit"></kat-button></kat-box>';
  }
  function wireView(root) {
    root.getElementById('edit').addEventListener('click', function () {
      history.pushState({}, '', IC.editUrl);
      show('edit');
    });
  }
  var LISTS_MARKUP = '<kat-label text="Allowed JavaScript origins"></kat-label><div class="rows" id="origins"></div>' +
    '<kat-button id="add-origin" variant="link">+ Add another</kat-button>' +
    '<kat-label text="Allowed return URLs"></kat-label><div class="rows" id="returns"></div>' +
    '<kat-button id="add-return" variant="link">+ Add another</kat-button>';
  function editMarkup() {
    return CSS + '<h1>Edit Example Shop</h1><kat-alert id="notice" hidden></kat-alert><kat-box>' +
      '<kat-label text="Store ID"></kat-label><kat-input id="client-id" readonly></kat-input>' +
      '<kat-input id="app-name" label="Application or store name" required value="Example Shop"></kat-input>' +
      '<kat-textarea id="app-desc" label="Description" required value="Sign-in for Example Shop"></kat-textarea>' +
      '<kat-label text="Privacy Notice URL" required></kat-label>' +
      '<kat-input id="app-privacy" value="https://www.example.com/privacy" placeholder="https://"></kat-input></kat-box>' +
      '<kat-box><kat-expander id="ws" title="Web Settings"' + (IC.collapsed ? '' : ' expanded') + '>' +
      (IC.collapsed ? '' : LISTS_MARKUP) + '</kat-expander></kat-box>' +
      '<div class="actions"><kat-button id="cancel" label="Cancel"></kat-button>' +
      '<kat-button id="save" label="Save changes" variant="primary"></kat-button></div>';
  }
  function wireLists(root) {
    var seq = { origins: 0, returns: 0 };
    function addRow(key, value) {
      var row = document.createElement('div');
      row.className = 'row';
      var input = document.createElement('kat-input');
      input.id = (key === 'origins' ? 'origin-' : 'return-') + seq[key]++;
      input.setAttribute('a11y-label', key === 'origins' ? 'Allowed JavaScript origins' : 'Allowed return URLs');
      input.setAttribute('placeholder', 'https://');
      input.value = value;
      var remove = document.createElement('kat-button');
      remove.setAttribute('variant', 'link');
      remove.setAttribute('a11y-label', 'Remove');
      remove.textContent = '×';
      row.appendChild(input);
      row.appendChild(remove);
      root.getElementById(key).appendChild(row);
    }
    ORIGINS.forEach(function (v) { addRow('origins', v); });
    IC.returns.forEach(function (v) { addRow('returns', v); });
    root.getElementById('add-origin').addEventListener('click', function () { addRow('origins', ''); });
    root.getElementById('add-return').addEventListener('click', function () { addRow('returns', ''); });
  }
  function wireEdit(root) {
    root.getElementById('client-id').value = IC.clientId;
    var ws = root.getElementById('ws');
    if (!IC.collapsed) wireLists(root);
    else ws.addEventListener('click', function () {
      // The expander's own button has toggled it: the app renders the section's content the first time it opens.
      if (!ws.hasAttribute('expanded') || ws.childElementCount) return;
      var render = function () {
        ws.innerHTML = LISTS_MARKUP;
        wireLists(root);
      };
      if (IC.loadDelay) setTimeout(render, IC.loadDelay);
      else render();
    });
  }
  var PAGES = { view: [viewMarkup, wireView], edit: [editMarkup, wireEdit] };
  ['view', 'edit'].forEach(function (name) {
    customElements.define('ic-lwa-' + name, class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }); }
      connectedCallback() { this.shadowRoot.innerHTML = PAGES[name][0](); PAGES[name][1](this.shadowRoot); }
    });
  });
  var app = document.querySelector('ic-lwa-app');
  var root = app.attachShadow({ mode: 'open' });
  function show(name) {
    if (IC.router === 'outlet') {
      root.getElementById('outlet').replaceChildren(document.createElement('ic-lwa-' + name));
    } else {
      root.innerHTML = '<nav><kat-link label="View client ID/store ID(s)" href="' + IC.viewUrl + '"></kat-link></nav>' +
        '<div id="outlet">' + PAGES[name][0]() + '</div>';
      PAGES[name][1](root);
    }
  }
  root.innerHTML = '<nav><kat-link label="View client ID/store ID(s)" href="' + IC.viewUrl + '"></kat-link></nav><div id="outlet"></div>';
  show(IC.start);
})();
</script>
</body>
</html>`;
}

interface Seen {
  marks: Record<string, number>;
  /** Each next-step mark, with the id of the element it is on or of the nearest component around it that has one. */
  steps: { step: string | null; on: string }[];
}

/** The marks and the next steps, in the page and in its open shadow roots. */
function seenOn(tab: Page): Promise<Seen> {
  return tab.evaluate(() => {
    const deep = (scope: Document | ShadowRoot, selector: string): Element[] => [
      ...scope.querySelectorAll(selector),
      ...[...scope.querySelectorAll('*')].flatMap((el) =>
        el.shadowRoot && !el.localName.startsWith('lwa-assistant-') ? deep(el.shadowRoot, selector) : [],
      ),
    ];
    // The components' own inner ids (katal-input-3) say nothing: the page's id of the element or of its host.
    const where = (el: Element) => {
      for (let node: Node | null = el; node; ) {
        if (node instanceof Element && node.id && !node.id.startsWith('katal-')) return node.id;
        const parent: Node | null = node.parentNode;
        node = parent instanceof ShadowRoot ? parent.host : parent;
      }
      return '';
    };
    const marks: Record<string, number> = {};
    for (const el of deep(document, '[data-lwa-field]')) {
      const name = el.getAttribute('data-lwa-field') as string;
      marks[name] = (marks[name] ?? 0) + 1;
    }
    const steps = deep(document, '[data-lwa-next-step]').map((el) => ({
      step: el.getAttribute('data-lwa-next-step'),
      on: where(el),
    }));
    return { marks, steps };
  });
}

/** Waits until the page carries these marks and its one next step is STEP on the element whose id is ON. */
const expectSeen = (tab: Page, marks: Seen['marks'], step: string, on: string) =>
  expect.poll(() => seenOn(tab), POLL).toEqual({ marks, steps: [{ step, on }] });

/** The edit form with no return URL: "+ Add another" is the step; once clicked, the entry it added is. */
async function addAnotherThenFill(tab: Page): Promise<void> {
  await expectSeen(tab, EDIT_MARKS_NO_RETURN_URL, 'add-return-urls', 'add-return');
  await tab.locator('#add-return button').click();
  await expect.poll(() => tab.locator('#return-0 input').count()).toBe(1);
  await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
}

describe('console pages built from web components that change after load, in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function open(url: string, html: string, routes: Record<string, string> = {}): Promise<Page> {
    await clearStorage(browser.worker);
    await browser.serve({ [url]: html, ...routes });
    const tab = await browser.open(url);
    await tab.waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached' });
    await tab.evaluate(domSettled, 300);
    return tab;
  }

  test('components defined late (a lazily loaded bundle): the marks and the next step appear once they render', async () => {
    // The edit fixture whose scripts (the component library and the page's script that builds the rows) run 1.5 s
    // after load, as when the app's bundle is fetched lazily: until then the kat-* elements are in the HTML,
    // undefined, with no shadow root and nothing to read.
    const late = EDIT_HTML.replaceAll('<script>', '<script>setTimeout(function () {\n').replaceAll(
      '</script>',
      '\n}, 1500);</script>',
    );
    const tab = await open(EDIT.url, late);
    await tab.waitForFunction(() => customElements.get('kat-input') !== undefined, null, { timeout: 5_000 });
    await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
    await tab.close();
  });

  test('components defined late, the rows already in the page: the marks and the next step appear once they render', async () => {
    // The edit fixture whose component library alone runs 1.5 s after load (a lazily loaded bundle of components);
    // the page's own script has already built the rows, undefined kat-inputs whose values it set as properties (kept
    // until the upgrade, as Lit keeps them). All the page's elements are there from the start: the definition only
    // gives them shadow roots and renders into those.
    const lazyLibrary = LIBRARY.replace('<script>', '<script>setTimeout(function () {\n')
      .replace(/<\/script>$/, '\n}, 1500);</script>')
      .replace(
        'class KatInput extends KatElement {',
        "class KatInput extends KatElement {\n    constructor() { super(); if (Object.prototype.hasOwnProperty.call(this, 'value')) { var v = this.value; delete this.value; this._pending = v; } }",
      );
    const html = EDIT_HTML.replace(LIBRARY, lazyLibrary);
    expect(html).toContain('}, 1500);</script>');
    const tab = await open(EDIT.url, html);
    await tab.waitForFunction(() => customElements.get('kat-input') !== undefined, null, { timeout: 5_000 });
    await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
    await tab.close();
  });

  test('collapsed Web Settings rendered into a shadow root when expanded: the step moves to the empty entry', async () => {
    // The app's edit form with its "Web Settings" kat-expander collapsed and empty: the app renders the lists into it
    // (in the form's shadow root) when the merchant opens it.
    const tab = await open(EDIT_URL, appHtml({ start: 'edit', collapsed: true }));
    await expect.poll(async () => (await seenOn(tab)).marks['client-id'], POLL).toBe(1);
    // Collapsed, with no origin saved: opening the section is the step (not the form's Save).
    await expect.poll(async () => (await seenOn(tab)).steps, POLL).toEqual([{ step: 'edit-web-settings', on: 'ws' }]);
    await tab.locator('#ws button.toggle').click();
    await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
    await tab.close();
  });

  test('collapsed Web Settings whose content is loaded when expanded (after 400 ms): the step moves to the empty entry', async () => {
    // As above, but the app fetches the Web Settings when the section is first opened: they render a moment after
    // the click, in a frame of their own.
    const tab = await open(EDIT_URL, appHtml({ start: 'edit', collapsed: true, loadDelay: 400 }));
    await expect.poll(async () => (await seenOn(tab)).marks['client-id'], POLL).toBe(1);
    await tab.locator('#ws button.toggle').click();
    await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
    await tab.close();
  });

  test('"Add another" adding a row inside the form\'s shadow root: the new empty entry is marked and is the next step', async () => {
    // The app's edit form with no return URL yet: the step is the return URLs' "+ Add another"; once clicked, the
    // entry it added (inside the form's shadow root) is what to fill in.
    const tab = await open(EDIT_URL, appHtml({ start: 'edit', returns: [] }));
    await addAnotherThenFill(tab);
    await tab.close();
  });

  test('"Add another" adding a kat-input row in the light DOM: the new empty entry is marked and is the next step', async () => {
    // The edit fixture as it is, but with no return-URL row yet (its page script builds none): "+ Add another" appends
    // a <div> holding a kat-input to the light DOM, whose inner <input> is in the kat-input's new shadow root.
    const html = EDIT_HTML.replace("returns: { values: [''],", 'returns: { values: [],');
    expect(html).not.toBe(EDIT_HTML);
    const tab = await open(EDIT.url, html);
    await addAnotherThenFill(tab);
    await tab.close();
  });

  for (const router of ['outlet', 'same-root'] as const) {
    test(`single-page navigation from the view to the edit form (${router}): the marks and the step follow`, async () => {
      // "Edit" pushes /lwa/edit (history.pushState, no load) and the app shows the edit form: 'outlet' swaps the
      // <ic-lwa-view> page component for an <ic-lwa-edit> one, 'same-root' renders the form into the app's own root.
      const tab = await open(VIEW_URL, appHtml({ start: 'view', router }), {
        [EDIT_URL]: appHtml({ start: 'edit', router }),
      });
      await expect
        .poll(() => seenOn(tab), POLL)
        .toEqual({
          marks: { 'client-id': 1 },
          steps: [{ step: 'copy-client-id', on: 'client-id' }],
        });
      await tab.locator('#edit button').click();
      await expect.poll(() => tab.url()).toBe(EDIT_URL);
      await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
      await tab.close();
    });
  }

  test("typing into a component's inner input fills or empties an entry: the next step moves", async () => {
    // The edit fixture as it is: two origins, the return-URL entry empty (the step).
    const tab = await open(EDIT.url, EDIT_HTML);
    await expectSeen(tab, EDIT_MARKS, 'add-return-urls', 'return-0');
    const entry = tab.locator('#return-0 input');
    await entry.click();
    await entry.pressSequentially('https://www.example.com/checkout');
    // Filled: nothing but saving is left.
    await expect.poll(async () => (await seenOn(tab)).steps, POLL).toEqual([{ step: 'save-web-settings', on: 'save' }]);
    // Emptied again with the keyboard: the entry is the step again.
    await entry.press('Control+A');
    await entry.press('Backspace');
    await expect
      .poll(async () => (await seenOn(tab)).steps, POLL)
      .toEqual([{ step: 'add-return-urls', on: 'return-0' }]);
    // Both origins emptied: the first origin entry is the step.
    for (const id of ['origin-0', 'origin-1']) {
      const origin = tab.locator(`#${id} input`);
      await origin.click();
      await origin.press('Control+A');
      await origin.press('Backspace');
    }
    await expect.poll(async () => (await seenOn(tab)).steps, POLL).toEqual([{ step: 'add-origins', on: 'origin-0' }]);
    await tab.close();
  });
});

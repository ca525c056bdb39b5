// @vitest-environment happy-dom
// Shapes a review of session 6 (shadow roots; the third sweep's shapes) found read wrong by the new rules, each fixed:
// a flat form's next label, a section heading in aria-labelledby, example addresses beside a list, colspans, slotted
// labels and button texts, slots in page order, help components beside labels (no second read of the page), the save
// guard and the corner placement with components. Components are built by hand (attachShadow), as a component's
// script would.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { addAnotherFor } from '../../src/console/forms';
import { nextStep } from '../../src/core/steps';

afterEach(() => {
  document.body.innerHTML = '';
});

const CLIENT_ID = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';

/** Gives every element with data-shadow a shadow root holding that HTML (one level is enough here). */
function render(html: string): void {
  document.body.innerHTML = html;
  for (const host of [...document.querySelectorAll('[data-shadow]')]) {
    const inner = host.getAttribute('data-shadow') ?? '';
    host.removeAttribute('data-shadow');
    host.attachShadow({ mode: 'open' }).innerHTML = inner;
  }
}
const attr = (html: string) => html.replaceAll('"', '&quot;');

function look(html: string): PageModel {
  render(html);
  return classify(collect(document));
}
const fieldsOf = (model: PageModel, name: string) => model.fields.filter((f) => f.name === name && f.visible);
const idsOf = (model: PageModel, name: string) => fieldsOf(model, name).map((f) => f.element.id);
const step = (model: PageModel, clientIdCopied = true) =>
  nextStep({ clientIdCopied, webSettingsSaved: false }, { ...model.state, amazonPayHome: false });

// --- 1. The floating-label rule (ownLabel: "a LABEL right after the input") takes the NEXT field's label ----------

test('a flat form of <label> then <input> pairs (no for=): each input keeps the label before it, not the next one', () => {
  // Label/input pairs as siblings in one container, tied by nothing but order: the label before each input is its
  // own; the <label> after an input is the next field's. The floating-label rule names each input after the next
  // field (Name → Description, Description → Privacy Notice URL).
  const model = look(`<h2>Register your application</h2><form class="a-form">
    <label>Name</label><input id="name">
    <label>Description</label><textarea id="desc"></textarea>
    <label>Privacy Notice URL</label><input id="privacy">
    <label>Logo Image</label><input id="logo" type="file">
    <button type="submit">Save</button></form>`);
  expect(idsOf(model, 'app-name')).toEqual(['name']);
  expect(idsOf(model, 'app-description')).toEqual(['desc']);
  expect(idsOf(model, 'privacy-url')).toEqual(['privacy']);
});

test('the same flat shape in Web Settings: the origin input is an origin, not a return URL', () => {
  const model = look(`<h2>Web Settings</h2><form>
    <label>Allowed JavaScript Origins</label><input id="o" value="">
    <label>Allowed Return URLs</label><input id="r" value="">
    <button type="submit">Save</button></form>`);
  expect(idsOf(model, 'allowed-origin')).toEqual(['o']);
  expect(idsOf(model, 'allowed-return-url')).toEqual(['r']);
  expect(step(model)).toBe('add-origins');
});

// --- 2. aria-labelledby: "the part that names a field" picks the section heading --------------------------------

test('aria-labelledby="section field" (a common ARIA pattern): the field label wins over the section heading', () => {
  // Both parts name a concept; find() takes the first, "Web Settings", and the input is no origin at all.
  const model = look(`<section aria-labelledby="ws"><h2 id="ws">Web Settings</h2>
    <div><span id="ol">Allowed JavaScript Origins</span><input id="o" aria-labelledby="ws ol"></div>
    <div><span id="rl">Allowed Return URLs</span><input id="r" aria-labelledby="ws rl"></div>
    <button type="submit">Save</button></section>`);
  expect(idsOf(model, 'allowed-origin')).toEqual(['o']);
  expect(idsOf(model, 'allowed-return-url')).toEqual(['r']);
});

// --- 3. entriesAfter counts help text as entries -------------------------------------------------------------------

test('read-only Web Settings with no origin: an example address in the hint after the value is no saved origin', () => {
  // Before the session the count was 0 (valueText "Not set"); entriesAfter now adds the hint's example URL, the
  // settings read as saved and the merchant is sent back to Amazon Pay without ever adding an origin.
  const model = look(`<h2>Web Settings</h2>
    <div class="kv"><span class="k">Client ID</span><span class="v">${CLIENT_ID}</span></div>
    <div class="kv"><span class="k">Allowed JavaScript Origins</span><span class="v">Not set</span>
      <span class="hint">For example https://www.example.com</span></div>
    <div class="kv"><span class="k">Allowed Return URLs</span><span class="v">Not set</span>
      <span class="hint">For example https://www.example.com/checkout/return</span></div>
    <button>Edit</button>`);
  expect(model.state.savedWebSettings).toEqual({ origins: 0, returnUrls: 0 });
  expect(step(model)).toBe('edit-web-settings');
});

test('edit form: a <ul> of rules under the entry field (quoting an example) is no list of chips', () => {
  const model = look(`<h2>Web Settings</h2><form>
    <label for="o">Allowed JavaScript Origins</label><input id="o" value="">
    <ul class="help"><li>Use https</li><li>Example: https://www.example.com</li></ul>
    <label for="r">Allowed Return URLs</label><input id="r" value="">
    <button type="submit">Save</button></form>`);
  expect(model.state.editing).toEqual({ origins: 0, returnUrls: 0 });
  expect(step(model)).toBe('add-origins');
});

// --- 4. The column rule ---------------------------------------------------------------------------------------------

test('a header row with a colspan: the origins column is read under its own header, not one cell to the left', () => {
  const model = look(`<h2>Web Settings</h2><table>
    <tr><th colspan="2">Application</th><th>Allowed JavaScript Origins</th></tr>
    <tr><td>My shop</td><td>${CLIENT_ID}</td><td>https://www.example.com</td></tr></table>`);
  expect(model.state.savedWebSettings?.origins).toBe(1);
});

// --- 5. Slots: a label or a button text slotted from the page into a component ---------------------------------

test('a component whose label is slotted from the page (<span slot="label">) names its input', () => {
  const input = (id: string, label: string) =>
    `<kat-input><span slot="label">${label}</span><template></template></kat-input>`.replace(
      '<kat-input>',
      `<kat-input id="${id}" data-shadow="${attr('<label for="i"><slot name="label"></slot></label><input id="i">')}">`,
    );
  const model = look(`<h2>Web Settings</h2><form>
    ${input('o', 'Allowed JavaScript Origins')}
    ${input('r', 'Allowed Return URLs')}</form>`);
  expect(fieldsOf(model, 'allowed-origin').length).toBe(1);
  expect(fieldsOf(model, 'allowed-return-url').length).toBe(1);
});

test('a button component whose text is slotted (<kat-button>Save</kat-button>) is the Save action', () => {
  const model = look(`<h2>Web Settings</h2><form>
    <kat-input data-shadow="${attr('<label for="i">Allowed JavaScript Origins</label><input id="i" value="https://www.example.com">')}"></kat-input>
    <kat-input data-shadow="${attr('<label for="i">Allowed Return URLs</label><input id="i" value="https://www.example.com/r">')}"></kat-input>
    <kat-button id="save" data-shadow="${attr('<button type="submit"><slot></slot></button>')}">Save</kat-button></form>`);
  expect(step(model)).toBe('save-web-settings');
  expect(model.targets['save-web-settings']).toBeDefined();
});

test('"Add another" after a component whose label is slotted: it is found for the component\'s input', () => {
  // precedes() puts all of a host's shadow content before all of its light children, whatever the slots show: the
  // slotted label reads as coming AFTER its own input, and becomes the "next list label" that cuts the search short.
  render(`<form><kat-input id="o" data-shadow="${attr('<label for="i"><slot name="label"></slot></label><input id="i">')}"><span slot="label">Allowed JavaScript Origins</span></kat-input>
    <button type="button" id="add">Add another</button>
    <kat-input id="r" data-shadow="${attr('<label for="i"><slot name="label"></slot></label><input id="i">')}"><span slot="label">Allowed Return URLs</span></kat-input></form>`);
  const records = collect(document);
  const input = document.getElementById('o')?.shadowRoot?.querySelector('input') as Element;
  expect(addAnotherFor(records, input)).toBe(document.getElementById('add'));
});

// --- 6. Performance: components that are not the page's fields make every look read the page twice --------------

test('a light-DOM form whose "?" help icons are components is read once, without its shadow roots', () => {
  // besideComponent() is true for any label followed by a component: a help popover (domain-facts: "A '?' next to
  // each field explains it") makes every look walk the page for roots and read it all a second time, sorted by
  // precedes().
  const help = `<kat-popover data-shadow="${attr('<button aria-label="Help">?</button><div hidden><slot></slot></div>')}">Help</kat-popover>`;
  render(`<h2>Web Settings</h2><form>
    <div><label for="o">Allowed JavaScript Origins</label>${help}<input id="o" value="https://www.example.com"></div>
    <div><label for="r">Allowed Return URLs</label>${help}<input id="r" value=""></div>
    <button type="submit">Save</button></form>`);
  const records = collect(document);
  expect(records.controls.length).toBe(2);
  expect(records.shadowRoots).toBeUndefined();
});

// --- 7. Features still reading the light DOM only ----------------------------------------------------------------

import { saveGuard } from '../../src/content/features/save-guard';
import type { FeatureContext } from '../../src/content/session';
import { placeInCorner } from '../../src/ui/host';

/** Starts the save guard on the page as it is; returns whether a click on `save` was held. */
function clickHeld(save: Element): boolean {
  const records = collect(document);
  const scan = { page: {} as never, records, model: classify(records) };
  const signal = new AbortController();
  saveGuard.init(signal.signal, { scan: () => scan } as unknown as FeatureContext);
  const form = save.closest('form');
  form?.addEventListener('submit', (e) => e.preventDefault());
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  save.dispatchEvent(click);
  signal.abort();
  return click.defaultPrevented;
}

const BAD_ORIGIN = 'http://www.example.com';

test('save guard (control): a light <form> with a bad origin in a light input holds its Save', () => {
  render(`<h2>Web Settings</h2><form>
    <label for="o">Allowed JavaScript Origins</label><input id="o" value="${BAD_ORIGIN}">
    <label for="r">Allowed Return URLs</label><input id="r" value="">
    <button type="submit" id="save">Save</button></form>`);
  expect(clickHeld(document.getElementById('save') as Element)).toBe(true);
});

test('save guard: a light <form> whose entries are components (kat-input) holds its light Save on a bad origin', () => {
  // save-guard.ts:34 scopes the problems to save.closest('form') with scope.contains(field.element): an input in a
  // shadow root is never "contained", so the form reads as clean and the save goes through.
  const input = (label: string, value: string) =>
    `<kat-input data-shadow="${attr(`<label for="i">${label}</label><input id="i" value="${value}">`)}"></kat-input>`;
  render(`<h2>Web Settings</h2><form>
    ${input('Allowed JavaScript Origins', BAD_ORIGIN)}
    ${input('Allowed Return URLs', '')}
    <button type="submit" id="save">Save</button></form>`);
  const model = classify(collect(document));
  expect(fieldsOf(model, 'allowed-origin').length).toBe(1);
  expect(clickHeld(document.getElementById('save') as Element)).toBe(true);
});

test('a corner panel is not placed over a component button (elementsFromPoint gives the host, not its <button>)', () => {
  // host.ts:143 — document.elementsFromPoint() retargets to the outermost host; hit.closest(INTERACTIVE) on a
  // <kat-button> host finds nothing, so a Save rendered by a component in the bottom-right corner is covered.
  render(`<kat-button id="kb" data-shadow="${attr('<button>Save changes</button>')}"></kat-button>`);
  const host = document.getElementById('kb') as Element;
  const button = host.shadowRoot?.querySelector('button') as Element;
  // happy-dom has no ShadowRoot.elementsFromPoint: the root answers with its button over the same quarter.
  (host.shadowRoot as unknown as { elementsFromPoint: (x: number, y: number) => Element[] }).elementsFromPoint = (
    x: number,
    y: number,
  ) => (x > innerWidth / 2 && y > innerHeight / 2 ? [button, host, document.body] : [document.body]);
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1000 });
  const original = { all: document.elementsFromPoint, first: document.elementFromPoint };
  // The component's button sits in the bottom-right quarter of the window; the rest is page background. The topmost
  // element (what host.ts asks first) is the stack's first.
  document.elementsFromPoint = (x: number, y: number) =>
    x > innerWidth / 2 && y > innerHeight / 2 ? [host, document.body] : [document.body];
  document.elementFromPoint = (x: number, y: number) => document.elementsFromPoint(x, y)[0] ?? null;
  try {
    const panel = document.createElement('div');
    document.body.append(panel);
    placeInCorner(panel);
    const bottomRight = [`${1000 - 16}px`, `${innerHeight - 16}px`];
    expect([panel.style.left, panel.style.top]).not.toEqual(bottomRight);
  } finally {
    document.elementsFromPoint = original.all;
    document.elementFromPoint = original.first;
  }
});

test("where our own UI is on top, the console's button under it still keeps a corner panel away", () => {
  // host.ts controlUnder asks for the topmost element first and for the whole stack only where that is ours.
  render('<button id="save">Save changes</button>');
  const button = document.getElementById('save') as Element;
  const ours = document.createElement('lwa-assistant-root');
  document.body.append(ours);
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1000 });
  const inCorner = (x: number, y: number) => x > innerWidth / 2 && y > innerHeight / 2;
  const original = { all: document.elementsFromPoint, first: document.elementFromPoint };
  document.elementsFromPoint = (x: number, y: number) =>
    inCorner(x, y) ? [ours, button, document.body] : [document.body];
  document.elementFromPoint = (x: number, y: number) => (inCorner(x, y) ? ours : document.body);
  try {
    const panel = document.createElement('div');
    document.body.append(panel);
    placeInCorner(panel);
    expect([panel.style.left, panel.style.top]).not.toEqual([`${1000 - 16}px`, `${innerHeight - 16}px`]);
  } finally {
    document.elementsFromPoint = original.all;
    document.elementFromPoint = original.first;
    ours.remove();
  }
});

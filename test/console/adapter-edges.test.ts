// @vitest-environment happy-dom
// Shapes that the adapter's session-5 rules (test/fixtures/variants-sweep) must not over-reach to, found by a review:
// a control after a list block is no entry of the list; a label holding hidden help still names its input; an empty
// value cell does not borrow the next row's value; a sentence that names a field is no field; a secret loaded hidden
// beside its mask is not what is marked.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { nextStep } from '../../src/core/steps';

afterEach(() => {
  document.body.innerHTML = '';
});

function look(html: string): PageModel {
  document.body.innerHTML = html;
  return classify(collect(document));
}
const fieldsOf = (model: PageModel, name: string) => model.fields.filter((f) => f.name === name && f.visible);
const byId = (id: string) => document.getElementById(id);

const LIST_ROWS = `
  <div class="row"><span>Allowed JavaScript origins</span><input id="o1" value="https://www.example.com"></div>
  <div class="row"><input id="o2" value=""><button type="button">×</button></div>`;

test('rows added by "Add another" join the list above them; a search box or a drop-down further down does not', () => {
  const model = look(`<form>${LIST_ROWS}
    <div class="filter"><input id="search" placeholder="Search"></div>
    <div><select id="lang"><option>English</option></select></div></form>`);
  expect(fieldsOf(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['o1', 'o2']);
  expect(model.fields.filter((f) => f.element.id === 'search' || f.element.id === 'lang')).toEqual([]);
});

test('a row with a label the tables do not know stays unrecognised rather than joining the list above', () => {
  const model = look(
    `<form>${LIST_ROWS}<div class="row"><span>Allowed Redirect URLs</span><input id="r"></div></form>`,
  );
  expect(model.fields.filter((f) => f.element.id === 'r')).toEqual([]);
});

test('a <label for> holding its hidden popover help still names its input; nothing reads as saved', () => {
  const help = '<span style="display:none">Every domain on which the Amazon Pay button appears, with https://.</span>';
  const model = look(`<form>
    <label for="o">Allowed Origins ${help}</label><input id="o" value="https://shop.example">
    <label for="r">Allowed Return URLs ${help}</label><input id="r" value="https://shop.example/return"></form>`);
  expect(fieldsOf(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['o']);
  expect(fieldsOf(model, 'allowed-return-url').map((f) => f.element.id)).toEqual(['r']);
  expect(model.state.savedWebSettings).toBeNull();
});

test('an empty value cell under deep wrappers does not take the next row as its value', () => {
  const model = look(`
    <div class="r"><div><div><div><div><span>Client Secret</span></div></div></div></div><div class="v"></div></div>
    <div class="r2"><span>Allowed Origins</span> <span>https://a.example</span></div>`);
  expect(fieldsOf(model, 'client-secret')).toEqual([]);
});

test('a sentence that names the secret is not the secret', () => {
  const model = look(`
    <p id="help">Never share your <b>Client Secret</b> with anyone.</p>
    <dl style="display:none"><dt>Client Secret</dt><dd>••••••••</dd></dl>`);
  expect(fieldsOf(model, 'client-secret')).toEqual([]);
  expect(byId('help')?.hasAttribute('data-lwa-field')).toBe(false);
});

test('a secret loaded hidden beside its mask: the mask is what is marked', () => {
  const model = look(`<table><tr><th>Client Secret</th><td id="cell"><span id="mask">••••••••</span>
    <span style="display:none">amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef</span> <a href="#">Show Secret</a></td></tr></table>`);
  expect(fieldsOf(model, 'client-secret').map((f) => f.element.id)).toEqual(['mask']);
});

// The second sweep's rules, and what a review found them over- or under-reaching.
const CLIENT = 'amzn1.application-oa2-client.833d75562a5e2624b5c0d49e3f0e98ca';
const VIEWS = '<option>Amazon Pay (Sandbox View) - EUR</option><option>Login with Amazon</option>';

test('an ID broken by <wbr> is read whole, and not run into the text of the button after it', () => {
  const model = look(
    `<dl><dt>Client ID</dt><dd id="v">${CLIENT.slice(0, 41)}<wbr>${CLIENT.slice(41)}<button>Copy</button></dd></dl>`,
  );
  expect(model.clientId).toBe(CLIENT);
  expect(fieldsOf(model, 'client-id').map((f) => f.element.id)).toEqual(['v']);
});

test('short account IDs, one per line in one element, are neither read as one long ID nor each as the whole', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `amzn1.account.AH${String(i).padStart(8, '0')}`);
  document.body.innerHTML = `<div>${ids.join('<br>')}</div>`;
  expect(collect(document).ids).toEqual([]);
});

test('a hidden drop-down is reached through the visible control that shows its choice, never an icon button', () => {
  const stand = look(`<div><span class="a-button" role="button" id="proxy">View: Login with Amazon</span>
    <select style="display:none">${VIEWS.replace('<option>Login', '<option selected>Login')}</select></div>`);
  expect(stand.targets['back-to-amazon-pay']?.id).toBe('proxy');
  const empty = look(`<div><button id="gear" aria-label="Settings"><svg></svg></button>
    <select style="display:none"><option selected></option>${VIEWS}</select></div>`);
  expect(Object.values(empty.targets).map((el) => el?.id)).not.toContain('gear');
  const controlled = look(`<button id="opener" aria-controls="dd" aria-expanded="false">View</button>
    <div id="dd"><select style="display:none">${VIEWS.replace('<option>Login', '<option selected>Login')}</select></div>`);
  expect(controlled.targets['back-to-amazon-pay']?.id).toBe('opener');
});

test('a look records the buttons and links that name an action, the Web Settings or a drop-down of views, no others', () => {
  const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="#m${i}">Orders report ${i}</a></li>`).join('');
  const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>Order ${i}</td><td><button>View</button></td></tr>`);
  document.body.innerHTML = `<nav><ul>${menu}</ul></nav><table>${rows.join('')}</table>
    <a href="#ws" id="ws">Web Settings</a><button id="edit" aria-label="Edit"><svg></svg></button>
    <input type="submit" id="save" value="Enregistrer"><button id="help">?</button>
    <select id="views"><option selected>Orders</option>${VIEWS}</select><select id="lang"><option>English</option></select>`;
  expect(collect(document).actions.map((a) => a.element.id)).toEqual(['ws', 'edit', 'save', 'views']);
});

// An application's details, filled in; the step of a page once the client ID is copied.
const APP_DETAILS = `<label for="n">Application name</label><input id="n" value="My shop">
    <label for="d">Description</label><input id="d" value="Checkout">
    <label for="p">Privacy notice URL</label><input id="p" value="https://shop.example/privacy">`;
const stepOf = (model: PageModel, webSettingsSaved = false) =>
  nextStep({ clientIdCopied: true, webSettingsSaved }, { ...model.state, amazonPayHome: false });

test("an application's edit form with its Web Settings collapsed: opening them is the step, not Save", () => {
  const form = (expanded: string) => `<form>${APP_DETAILS}
    <dl><dt>Client ID</dt><dd>${CLIENT}</dd></dl>
    <h3>Web Settings <button type="button" id="open" aria-expanded="${expanded}">+</button></h3>
    <button type="submit" id="save">Save</button></form>`;
  const collapsed = look(form('false'));
  expect(collapsed.targets['edit-web-settings']?.id).toBe('open');
  expect(stepOf(collapsed)).toBe('edit-web-settings');
  expect(stepOf(collapsed, true)).toBe('save-app');
  expect(collapsed.targets['save-app']?.id).toBe('save');
  // Open but showing no entry (a section still loading): the toggle is no way to the Web Settings any more.
  expect(look(form('true')).targets['edit-web-settings']).toBeUndefined();
});

test('the way to the Web Settings from a form is only its own collapsed section; never a "−", a link or a tab', () => {
  const view =
    '<a href="/external-payments/amazon-pay/integration-central/lwa" id="list">View client ID/store ID(s)</a>';
  // A create form (no client ID yet) with its Web Settings collapsed and a link to the list: Save creates the app.
  const create = look(`${view}<form>${APP_DETAILS}
    <h3>Web Settings <button type="button" aria-expanded="false">+</button></h3><button id="save">Save</button></form>`);
  expect(create.state.hasApp).toBe(false);
  expect(stepOf(create)).toBe('save-app');
  // An application's details edited in place, its Web Settings open beside them with an Edit of their own.
  const inPlace = look(`<form>${APP_DETAILS}<button id="save">Save</button></form>
    <dl><dt>Client ID</dt><dd>${CLIENT}</dd></dl>
    <section><h3>Web Settings</h3><dl><dt>Allowed JavaScript Origins</dt><dd>—</dd></dl><button>Edit</button></section>`);
  expect(stepOf(inPlace)).toBe('save-app');
  // Not a form: an open section's "−" (no aria-expanded) is no way to the Web Settings; a collapsed one's "+" is, ahead
  // of a link away from the page.
  const shown = (toggle: string) =>
    look(
      `${view}<dl><dt>Client ID</dt><dd>${CLIENT}</dd></dl><div><h3>Web Settings</h3><button id="t">${toggle}</button></div>`,
    );
  expect(shown('−').targets['edit-web-settings']?.id).toBe('list');
  expect(shown('+').targets['edit-web-settings']?.id).toBe('t');
  expect(stepOf(shown('+'))).toBe('edit-web-settings');
  // A create form below another application's card whose Web Settings are collapsed: that card's "+" is not the form's.
  const card = `<dl><dt>Client ID</dt><dd>${CLIENT}</dd></dl><h3>Web Settings <button aria-expanded="false">+</button></h3>`;
  const beside = look(`${card}<form>${APP_DETAILS}<button id="save">Save</button></form>`);
  expect(beside.targets['edit-web-settings']).toBeUndefined();
  expect(stepOf(beside)).toBe('save-app');
});

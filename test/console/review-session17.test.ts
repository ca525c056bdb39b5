// @vitest-environment happy-dom
// Shapes the rules of session 17's tenth sweep (test/fixtures/variants-sweep10: ARIA tables, disabled entries, a
// numbered entry's own name, the singular list names, "Show Client ID") must not over-reach to, found by review 20,
// which ran probe pages on the code before and after them. Each expectation is what the code before the sweep's
// rules gave (the right answer there), or better (a <table> of applications by name was misread before too).
import { afterEach, expect, test } from 'vitest';
import { classify } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { nextStep } from '../../src/core/steps';

const CID = 'amzn1.application-oa2-client.0af9daa6512289442714389343ac5da2';
const AID = 'amzn1.application.852b33806fab4305bc15419a32759928';
const ids = `<dl><dt>Security Profile ID</dt><dd id="app-id">${AID}</dd><dt>Client ID</dt><dd id="client-id">${CID}</dd>
  <dt>Client Secret</dt><dd><span id="secret">••••••••••••</span> <button type="button" id="show">Show Secret</button></dd></dl>`;

afterEach(() => document.body.replaceChildren());

const id = (el: Element | undefined) => (el ? el.id || `<${el.tagName.toLowerCase()}>` : null);

/** The shown fields, the page state and the step with nothing known, the client ID copied, both known. */
function look(html: string) {
  // (happy-dom has no user-agent sheet: [hidden] is hidden by this one, as in a browser.)
  document.body.innerHTML = `<style>[hidden] { display: none }</style>${html}`;
  const model = classify(collect(document));
  const steps = [
    { clientIdCopied: false, webSettingsSaved: false },
    { clientIdCopied: true, webSettingsSaved: false },
    { clientIdCopied: true, webSettingsSaved: true },
  ].map((known) => {
    const step = nextStep(known, { ...model.state, amazonPayHome: false });
    return step ? `${step}→${id(model.targets[step])}` : null;
  });
  const fields: Record<string, string[]> = {};
  for (const f of model.fields) if (f.visible) fields[f.name] = [...(fields[f.name] ?? []), id(f.element) as string];
  const { available: _, ...state } = model.state;
  return { fields, state, steps };
}

// ---- rule 1: ARIA tables
// IC-like: a grid of the merchant's applications (names + their origins, no client IDs in the grid); the selected
// one's client ID in a panel below, its Web Settings not shown. Others' origins are not this app's.
test('A1-aria-apps-grid-no-cids', () => {
  expect(
    look(`<h1>Applications</h1>
    <div role="grid" id="apps"><div role="row"><div role="columnheader">Application name</div><div role="columnheader">Allowed Origins</div><div role="columnheader">Actions</div></div>
    <div role="row"><div role="gridcell">Shop A</div><div role="gridcell">https://a.example</div><div role="gridcell"><a href="#a" id="ea">Edit</a></div></div>
    <div role="row"><div role="gridcell">Shop B</div><div role="gridcell">https://b.example https://www.b.example</div><div role="gridcell"><a href="#b" id="eb">Edit</a></div></div></div>
    <h2>New shop</h2><p><span>Client ID</span>: <span id="client-id">${CID}</span></p>`),
  ).toEqual({
    fields: { 'client-id': ['client-id'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['copy-client-id→client-id', 'edit-web-settings→ea', null],
  });
});

// The same with a <table> (what the <table> rule did before the commit: a reference, not a regression by itself).
test('A1t-table-apps-no-cids', () => {
  expect(
    look(`<h1>Applications</h1>
    <table id="apps"><tr><th>Application name</th><th>Allowed Origins</th><th>Actions</th></tr>
    <tr><td>Shop A</td><td>https://a.example</td><td><a href="#a" id="ea">Edit</a></td></tr>
    <tr><td>Shop B</td><td>https://b.example https://www.b.example</td><td><a href="#b" id="eb">Edit</a></td></tr></table>
    <h2>New shop</h2><p><span>Client ID</span>: <span id="client-id">${CID}</span></p>`),
  ).toEqual({
    fields: { 'client-id': ['client-id'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['copy-client-id→client-id', 'edit-web-settings→ea', null],
  });
});

// role=columnheader misused as a label in a label/value row layout (no table; the value div has no role).
test('A4-columnheader-row-no-table', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2>
    <div role="row"><div role="columnheader">Allowed Origins</div><div>https://shop.example https://www.shop.example</div></div>
    <div role="row"><div role="columnheader">Allowed Return URLs</div><div>https://shop.example/return</div></div>
    <button type="button" id="edit">Edit</button>`),
  ).toEqual({
    fields: { 'app-id': ['app-id'], 'client-id': ['client-id'], 'client-secret': ['secret'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 2, returnUrls: 1 },
    },
    steps: ['copy-client-id→client-id', null, null],
  });
});

// Same layout for the secret: "Client Secret" as a columnheader in a role=row whose value has no role.
test('A5-columnheader-row-secret', () => {
  expect(
    look(`<dl><dt>Client ID</dt><dd id="client-id">${CID}</dd></dl>
    <div role="row"><span role="columnheader">Client Secret</span><span id="secret">••••••••••••</span></div>
    <h2>Web Settings</h2><p><span>Allowed Origins</span>: <span>https://shop.example</span></p><button type="button" id="edit">Edit</button>`),
  ).toEqual({
    fields: { 'client-id': ['client-id'], 'client-secret': ['secret'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 1, returnUrls: 0 },
    },
    steps: ['copy-client-id→client-id', null, null],
  });
});

// Outer ARIA table with an expandable row whose detail holds another app's origins grid (nested rows are read).
test('A7-aria-nested-detail-grid', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2>
    <div role="table" id="outer"><div role="row"><div role="columnheader">Allowed Origins</div><div role="columnheader">Details</div></div>
    <div role="row"><div role="cell">https://shop.example</div><div role="cell"><div role="table"><div role="row"><div role="columnheader">Checks</div><div role="columnheader">Result</div></div>
      <div role="row"><div role="cell">https://cdn.shop.example</div><div role="cell">OK</div></div></div></div></div></div>
    <button type="button" id="edit">Edit</button>`),
  ).toEqual({
    fields: { 'app-id': ['app-id'], 'client-id': ['client-id'], 'client-secret': ['secret'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 1, returnUrls: 0 },
    },
    steps: ['copy-client-id→client-id', null, null],
  });
});

// ---- rule 2: disabled = read-only
// Edit form just after Save: the app disables every input (and its button) while the request runs.
test('B1-edit-saving-all-disabled', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2><form>
    <div><label for="o0">Allowed Origins</label><input id="o0" disabled value="https://shop.example"></div>
    <div><label for="r0">Allowed Return URLs</label><input id="r0" disabled value="https://shop.example/return"></div>
    <button type="submit" id="save" disabled>Save</button> <button type="button" id="cancel" disabled>Cancel</button></form>`),
  ).toEqual({
    fields: {
      'app-id': ['app-id'],
      'client-id': ['client-id'],
      'allowed-origin': ['o0'],
      'allowed-return-url': ['r0'],
      'client-secret': ['secret'],
    },
    state: {
      registration: null,
      editing: { origins: 1, returnUrls: 1 },
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: null,
    },
    steps: ['save-web-settings→save', 'save-web-settings→save', 'save-web-settings→save'],
  });
});

// The same through <fieldset disabled> (Formik/React-hook-form pattern while submitting).
test('B1f-edit-saving-fieldset-disabled', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2><form><fieldset disabled>
    <div><label for="o0">Allowed Origins</label><input id="o0" value="https://shop.example"></div>
    <div><label for="r0">Allowed Return URLs</label><input id="r0" value="https://shop.example/return"></div>
    <button type="submit" id="save">Save</button> <button type="button" id="cancel">Cancel</button></fieldset></form>`),
  ).toEqual({
    fields: {
      'app-id': ['app-id'],
      'client-id': ['client-id'],
      'allowed-origin': ['o0'],
      'allowed-return-url': ['r0'],
      'client-secret': ['secret'],
    },
    state: {
      registration: null,
      editing: { origins: 1, returnUrls: 1 },
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: null,
    },
    steps: ['save-web-settings→save', 'save-web-settings→save', 'save-web-settings→save'],
  });
});

// fieldset named "Description" (a known non-list concept) with numbered lines, after the origins row.
test('C3-description-group-lines', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2><form>
    <div class="row"><label for="o0">Allowed Origins</label><input id="o0" value="https://shop.example"></div>
    <div class="row" role="group" aria-label="Description"><input id="d1" aria-label="Line 1"><input id="d2" aria-label="Line 2"></div>
    <div class="row"><label for="r0">Allowed Return URLs</label><input id="r0" value="https://shop.example/ret"></div>
    <button type="submit" id="save">Save</button></form>`),
  ).toEqual({
    fields: {
      'app-id': ['app-id'],
      'client-id': ['client-id'],
      'allowed-origin': ['o0'],
      'allowed-return-url': ['r0'],
      'client-secret': ['secret'],
    },
    state: {
      registration: null,
      editing: { origins: 1, returnUrls: 1 },
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: null,
    },
    steps: ['save-web-settings→save', 'save-web-settings→save', 'save-web-settings→save'],
  });
});

// ---- rule 4: labels
// Saved view (2 origins, 1 return URL) with a "Remove" confirmation dialog naming the one being removed.
test('D1-remove-dialog-singular', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2>
    <dl><dt>Allowed Origins</dt><dd><div>https://shop.example</div><div>https://www.shop.example</div></dd>
    <dt>Allowed Return URLs</dt><dd>https://shop.example/ret</dd></dl><button type="button" id="edit">Edit</button>
    <div role="dialog" aria-label="Remove"><p>Remove this entry?</p><dl><dt>Allowed origin</dt><dd>https://www.shop.example</dd></dl>
    <button type="button" id="rm">Remove</button> <button type="button" id="cancel">Cancel</button></div>`),
  ).toEqual({
    fields: { 'app-id': ['app-id'], 'client-id': ['client-id'], 'client-secret': ['secret'] },
    state: {
      registration: null,
      editing: null,
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 2, returnUrls: 1 },
    },
    steps: ['copy-client-id→client-id', null, null],
  });
});

// A list of applications with no client ID shown, each with a "Show client ID" link to its own page.
test('D4-apps-list-show-client-id-links', () => {
  expect(
    look(`<h1>Login with Amazon</h1><table><tr><th>Application</th><th></th></tr>
    <tr><td>Shop A</td><td><a href="/app/a" id="sa">Show client ID</a></td></tr>
    <tr><td>Shop B</td><td><a href="/app/b" id="sb">Show client ID</a></td></tr></table>
    <button type="button" id="reg">Register new application</button>`),
  ).toEqual({
    fields: {},
    state: { registration: null, editing: null, hasApp: false, clientIdShown: false, savedWebSettings: null },
    steps: ['register-app→reg', 'register-app→reg', 'register-app→reg'],
  });
});

// One application, its client ID shown, and a "Show client ID" link of another application on the page.
test('D5-show-client-id-other-app', () => {
  expect(
    look(`<h1>Login with Amazon</h1><p>Create a new security profile</p>
    <p>Your other shop: <a href="/app/b" id="sb">Show client ID</a></p>
    <button type="button" id="reg">Create a New Security Profile</button>`),
  ).toEqual({
    fields: {},
    state: { registration: null, editing: null, hasApp: false, clientIdShown: false, savedWebSettings: null },
    steps: ['register-app→reg', 'register-app→reg', 'register-app→reg'],
  });
});

// The saved origins of an ARIA table whose first column's cells are row headers (as some design systems render
// them): the addresses are counted (review 20 found them missed).
test('A6-aria-origins-rowheader-cells', () => {
  expect(
    look(`${ids}<h2>Web Settings</h2>
    <div role="table"><div role="row"><div role="columnheader">Allowed Origins</div><div role="columnheader">Actions</div></div>
    <div role="row"><div role="rowheader">https://shop.example</div><div role="cell"><button type="button">Delete</button></div></div></div>
    <button type="button" id="edit">Edit</button>`).state.savedWebSettings,
  ).toEqual({ origins: 1, returnUrls: 0 });
});

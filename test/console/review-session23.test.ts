// @vitest-environment happy-dom
// What a review (helper-67) of session 23's answers to sweeps 13 and 14 found them doing wrong on pages the earlier
// code read right, each page the smallest that shows it: the limits of those answers. Each test failed before the
// review's fixes.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { actionConcept } from '../../src/console/labels';
import { observePage } from '../../src/console/observe';
import { linesOf } from '../../src/content/entries';
import { nextStep } from '../../src/core/steps';
import { COPIED, DONE, NOTHING } from './variant-harness';

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});
const CID = 'amzn1.application-oa2-client.8b5e45312b5248b69eeaadd64fdeb0d2';
const OFFSCREEN = 'style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"';
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Starts the page observer and lets its first frame pass: the looks it asks for after that (true: a whole one). */
async function looksFromNow(): Promise<boolean[]> {
  stop = new AbortController();
  const calls: boolean[] = [];
  observePage(
    (whole) => calls.push(whole),
    stop.signal,
    () => false,
    () => false,
    () => {},
  );
  await frame();
  calls.length = 0;
  return calls;
}

function look(html: string): { model: PageModel; steps: (string | null)[] } {
  document.body.innerHTML = html;
  const model = classify(collect(document));
  const steps = [NOTHING, COPIED, DONE].map((known) => {
    const step = nextStep(known, { ...model.state, amazonPayHome: false });
    return step && `${step}→${model.targets[step]?.id || '?'}`;
  });
  return { model, steps };
}

test('"Add" names one more entry only with the entry it adds: not a security profile, a parameter, an image', () => {
  for (const text of ['Add return URL', 'Añadir URL de retorno', 'Ajouter une origine', 'Ursprung hinzufügen'])
    expect.soft(actionConcept(text), text).toBe('addAnother');
  for (const text of [
    'Add a new security profile',
    'Ajouter un profil de sécurité',
    'Añadir perfil de seguridad',
    'Neues Security Profile hinzufügen',
    'Add URL parameter',
    'Add privacy notice URL',
    'Add original image',
  ])
    expect.soft(actionConcept(text), text).toBeUndefined();
});

test('an Edit in a "⋮" menu: only that of the client ID’s own row, and a Web Settings link first', () => {
  const tabs = look(`<nav role="tablist"><a role="tab" aria-selected="true" href="#g">General</a>
      <a href="/settings/console/securityprofile/web-settings/view.html" id="ws">Web Settings</a></nav>
    <section><h2>My shop</h2>
      <button id="kebab" aria-haspopup="menu" aria-controls="m" aria-expanded="false">⋮</button>
      <ul id="m" role="menu" style="display: none"><li><a role="menuitem" href="/general/edit">Edit</a></li></ul>
      <dl><dt>Security Profile Name</dt><dd>My shop</dd><dt>Client ID</dt><dd id="cid">${CID}</dd></dl></section>`);
  expect.soft(tabs.steps[1]).toBe('edit-web-settings→ws');
  const account = look(`<header><button id="acct" aria-haspopup="menu" aria-controls="am">⋮</button>
      <ul id="am" role="menu" style="display: none"><li><a role="menuitem" href="/customize">Edit</a></li></ul></header>
    <main><h1>My shop</h1><dl><dt>Client ID</dt><dd id="cid">${CID}</dd></dl></main>`);
  expect(account.steps[1]).toBeNull();
});

test('a word before offscreen words counts only when those name a field: a help’s "Afficher la réponse" does not', () => {
  const { model, steps } = look(`<main><h1>Connectez-vous avec Amazon</h1><p>Aucune application enregistrée.</p>
    <button type="button" id="register">Enregistrer une nouvelle application</button>
    <section><h2>Questions fréquentes</h2><p>Comment obtenir mon identifiant client ?</p>
      <button type="button" id="faq">Afficher<span ${OFFSCREEN}> la réponse</span></button></section></main>`);
  expect.soft(model.state.hasApp).toBe(false);
  expect(steps).toEqual(['register-app→register', 'register-app→register', 'register-app→register']);
});

test('a filter box’s own aria-label stands over its <label for> "Name": no registration form', () => {
  const { model, steps } = look(`<main><h1>Manage client ID/store ID(s)</h1>
    <div role="search"><label for="fn">Name</label><input id="fn" aria-label="Filter applications by name">
      <label for="fd">Description</label><input id="fd" aria-label="Filter applications by description"></div>
    <table><tr><th>Name</th><th>Client ID</th></tr><tr><td>Shop A</td><td>${CID}</td></tr>
      <tr><td>Shop B</td><td>amzn1.application-oa2-client.1111222233334444555566667777aaaa</td></tr></table></main>`);
  expect.soft(model.state.registration).toBeNull();
  expect(steps).toEqual([null, null, null]);
});

test('the ID labelled in a passing message does not take the mark from its copy on the page', () => {
  const { model } = look(`<div role="status"><span>Client ID:</span> <span id="tid">${CID}</span></div>
    <main><nav aria-label="Breadcrumb"><a href="/">Integration Central</a> › <span id="crumb">${CID}</span></nav>
    <h2>Web Settings</h2><dl><dt>Allowed JavaScript origins</dt><dd>https://a.example</dd></dl></main>`);
  expect(model.fields.filter((f) => f.name === 'client-id' && f.visible).map((f) => f.element.id)).toEqual(['crumb']);
});

test('a help menu’s link to the article "Show Client ID and Client Secret" tells of no security profile', () => {
  const { model, steps } = look(`<header><button id="help" aria-haspopup="menu" aria-controls="hm">Help</button>
    <ul id="hm" role="menu" style="display: none"><li><a role="menuitem" href="/docs/lwa/show-client-id">Show Client ID
      and Client Secret</a></li></ul></header>
    <main><h1>Login with Amazon</h1><p>You have no security profiles.</p>
    <button id="create">Create a New Security Profile</button></main>`);
  expect.soft(model.state.hasApp).toBe(false);
  expect(steps[0]).toBe('register-app→create');
});

test('an action freed from inert is seen: the observer watches the attribute', async () => {
  document.body.innerHTML = `<h2>Web Settings</h2><div id="w" inert><button id="e" type="button">Edit</button></div>`;
  expect.soft(collect(document).actions.find((a) => a.element.id === 'e')?.visible).toBe(false);
  const calls = await looksFromNow();
  document.getElementById('w')?.removeAttribute('inert');
  await frame();
  expect(calls).toEqual([true]);
});

// A second review (helper-70), of the answers to sweeps 15 and 16.

const marksOf = (model: PageModel) =>
  model.fields.filter((f) => f.visible).map((f) => `${f.name}@${f.element.id || f.element.localName}`);

test('a list’s heading named by its "Add another" (aria-describedby, for context) is still the list’s label', () => {
  const { model } = look(`<main><h1>Web Settings</h1><form>
    <div><h3 id="oh">Allowed JavaScript Origins</h3><div class="row"><input id="o0" value="https://a.example.com"></div>
      <div class="row"><input id="o1" value=""></div><button type="button" aria-describedby="oh">Add another</button></div>
    <div><h3 id="rh">Allowed Return URLs</h3><div class="row"><input id="r0" value="https://a.example.com/x"></div>
      <button type="button" aria-describedby="rh">Add another</button></div>
    <button id="save">Save</button></form></main>`);
  expect(marksOf(model)).toEqual(['allowed-origin@o0', 'allowed-origin@o1', 'allowed-return-url@r0']);
});

test('a hint or a hidden "Entry 1" in a <label> that labels nothing does not end the look for the list’s name', () => {
  for (const html of [
    `<div><h3>Allowed JavaScript Origins</h3><label class="hint">One address per row</label>
       <div class="row"><input id="o0" value="https://a.example.com"></div></div>`,
    `<div><h3>Allowed JavaScript Origins</h3>
       <div class="row"><label class="sr-only">Entry 1</label><input id="o0" value="https://a.example.com"></div></div>`,
  ]) {
    const { model } = look(`<main><h1>Web Settings</h1><form>${html}<button id="save">Save</button></form></main>`);
    expect.soft(marksOf(model)).toEqual(['allowed-origin@o0']);
  }
});

test('a Save disabled after a refused save (an alert, an entry marked invalid) is no sign of saved settings', () => {
  const { model, steps } = look(`<main><h1>Login with Amazon</h1><table><tr><th>Client ID:</th><td id="cid">${CID}</td>
    </tr></table><h3>Web Settings</h3><form><div role="alert"><p>Allowed JavaScript Origins: enter a valid URL.</p></div>
    <div><label for="o">Allowed JavaScript Origins:</label><input id="o" value="www.shop.example" aria-invalid="true"></div>
    <div><label for="r">Allowed Return URLs:</label><input id="r" value="https://www.shop.example/checkout"></div>
    <button type="submit" id="save" disabled>Save</button></form></main>`);
  expect.soft(model.state.savedWebSettings).toBeNull();
  expect(steps[1]).toBe('save-web-settings→save');
});

test('a Save disabled until the form is valid, an entry changed by the merchant: not saved', () => {
  document.body.innerHTML = `<main><h1>Web Settings</h1><form>
    <div><label for="o0">Allowed JavaScript Origins</label><input id="o0" value="https://www.shop.example">
      <input id="o1" value=""></div>
    <div><label for="r0">Allowed Return URLs</label><input id="r0" value="https://www.shop.example/checkout"></div>
    <button type="submit" id="save" disabled>Save</button></form></main>`;
  (document.getElementById('o1') as HTMLInputElement).value = 'shop.example/checkout';
  const model = classify(collect(document));
  expect.soft(model.state.savedWebSettings).toBeNull();
  expect(model.state.editing).toEqual({ origins: 2, returnUrls: 1 });
});

test('a modal asking to delete one of several client IDs chooses none of them', () => {
  const { model, steps } = look(`<main><h1>Client ID/Store ID(s)</h1><table>
    <tr><td>Shop A</td><td id="c1">${CID}</td><td><button>Delete</button></td></tr>
    <tr><td>Shop B</td><td id="c2">amzn1.application-oa2-client.1111222233334444555566667777aaaa</td></tr></table></main>
    <div role="alertdialog" aria-modal="true"><h2>Delete this client ID?</h2>
    <p>Client ID: <span id="c3">amzn1.application-oa2-client.1111222233334444555566667777aaaa</span></p>
    <button>Cancel</button><button>Delete</button></div>`);
  expect.soft(model.clientId).toBeNull();
  expect(steps[0]).toBeNull();
});

test('secrets in a table, the expired one first: the mark on the current one, which can be shown', () => {
  const expired = '<tr><td><span id="old">••••••••••••</span></td><td>Expired</td><td>2024/09/02</td></tr>';
  const current = '<tr><td><span id="cur">••••••••••••</span></td><td>Active</td><td><button>Show</button></td></tr>';
  const { model } = look(`<main><h1>Security Profile</h1><dl><dt>Client ID</dt><dd id="cid">${CID}</dd></dl>
    <h3>Client Secret</h3><table><thead><tr><th>Secret</th><th>Status</th><th></th></tr></thead>
    <tbody>${expired}${current}</tbody></table></main>`);
  expect(marksOf(model)).toContain('client-secret@cur');
});

test('an input holding "https://" alone is nothing typed on the content side too; a line of a list box is typed', () => {
  document.body.innerHTML = '<input id="i" value="https://"><textarea id="t">https://a.example\nhttps://</textarea>';
  expect.soft(linesOf(document.getElementById('i') as HTMLInputElement)).toEqual(['']);
  // No console writes the scheme into a list box: a line holding it alone was typed, and gets its verdict (review 73).
  expect(linesOf(document.getElementById('t') as HTMLTextAreaElement)).toEqual(['https://a.example', 'https://']);
});

// A third review (helper-73), of the answers to sweeps 17 and 18 and to review 70.

test('a busy bell in the header does not withhold "Register" on the empty console; a busy list does', () => {
  const empty = (busy: string) =>
    look(`<header><button aria-busy="true" aria-label="Notifications">🔔</button></header><main>
      <h1>Login with Amazon</h1><p>No applications.</p><button id="register">Register new application</button>
      ${busy}</main>`).steps[0];
  expect.soft(empty('')).toBe('register-app→register');
  expect(empty('<section aria-busy="true"><h2>Applications</h2><p>Loading…</p></section>')).toBeNull();
});

test('an Edit enabled once the page has loaded (aria-disabled taken off) is seen: the observer watches it', async () => {
  document.body.innerHTML = `<h2>Web Settings</h2><button id="e" type="button" aria-disabled="true">Edit</button>`;
  const calls = await looksFromNow();
  document.getElementById('e')?.removeAttribute('aria-disabled');
  await frame();
  expect(calls).toEqual([true]);
});

test('a saved form whose values a framework set by script (no value attribute) reads as saved, its Save disabled', () => {
  document.body.innerHTML = `<main><h1>Login with Amazon</h1><dl><dt>Client ID</dt><dd id="cid">${CID}</dd></dl>
    <h3>Web Settings</h3><form><div role="alert" aria-live="assertive"></div>
    <div><label for="o">Allowed JavaScript Origins</label><input id="o"></div>
    <div><label for="r">Allowed Return URLs</label><input id="r"></div>
    <button type="submit" id="save" disabled>Save</button></form></main>`;
  (document.getElementById('o') as HTMLInputElement).value = 'https://www.shop.example';
  (document.getElementById('r') as HTMLInputElement).value = 'https://www.shop.example/checkout';
  const model = classify(collect(document));
  expect(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 1 });
});

test('an application named "Sample" keeps its client ID', () => {
  const { steps } = look(`<main><h1>Client ID/Store ID(s)</h1><table>
    <tr><td>Sample</td><td id="c1">${CID}</td></tr></table></main>`);
  expect(steps[0]).toBe('copy-client-id→c1');
});

test('a status line naming the other list between a list’s name and its rows is no label of them', () => {
  const { model } = look(`<main><h1>Web Settings</h1><form><div><h3>Allowed JavaScript Origins</h3>
    <p role="status">Paths go under <b>Allowed Return URLs</b>.</p><div class="row"><input id="o0"
    value="https://a.example.com"></div></div><button id="save">Save</button></form></main>`);
  expect(marksOf(model)).toEqual(['allowed-origin@o0']);
});

test('a "client ID created" modal without the secret in sight is still the one chosen', () => {
  const { steps } = look(`<main><table><tr><td>Shop A</td><td id="c1">${CID}</td></tr></table></main>
    <div role="dialog" aria-modal="true"><h2>Client ID created</h2>
    <p>Client ID: <span id="c3">amzn1.application-oa2-client.1111222233334444555566667777aaaa</span></p>
    <button>Download credentials</button></div>`);
  expect(steps[0]).toBe('copy-client-id→c3');
});

// @vitest-environment happy-dom
// What a review (helper-67) of session 23's answers to sweeps 13 and 14 found them doing wrong on pages the earlier
// code read right, each page the smallest that shows it: the limits of those answers. Each test failed before the
// review's fixes.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { actionConcept } from '../../src/console/labels';
import { observePage } from '../../src/console/observe';
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
  document.getElementById('w')?.removeAttribute('inert');
  await frame();
  expect(calls).toEqual([true]);
});

// @vitest-environment happy-dom
// Shapes the rules of session 16's eighth sweep (test/fixtures/variants-sweep8) must not over-reach to, found by a
// review that ran probe pages on the code before and after them: an example or a suggestion with its "Copy" or "Use"
// beside an empty entry is no saved entry; a hidden element beside a label that holds a secret or saved addresses is
// still its value (a secret behind "Show", a folded list). The Save and bracket rules' cases are in labels.test.
import { afterEach, expect, test } from 'vitest';
import { classify } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { nextStep } from '../../src/core/steps';

const CID = 'amzn1.application-oa2-client.0af9daa6512289442714389343ac5da2';
const SECRET = `aaaaaaaa${'0123456789abcdef'.repeat(3)}deadbeef`;

afterEach(() => document.body.replaceChildren());

function look(html: string) {
  // (happy-dom has no user-agent sheet: [hidden] is hidden by this one, as in a browser.)
  document.body.innerHTML = `<style>[hidden] { display: none }</style>${html}`;
  const model = classify(collect(document));
  const steps = [
    { clientIdCopied: false, webSettingsSaved: false },
    { clientIdCopied: true, webSettingsSaved: false },
  ].map((known) => {
    const step = nextStep(known, { ...model.state, amazonPayHome: false });
    return step ? `${step}→#${model.targets[step]?.id ?? '?'}` : null;
  });
  return { model, steps };
}

const editForm = (
  origins: string,
  returnUrls: string,
) => `<p><span>Client ID</span> <span id="client-id">${CID}</span></p>
  <h3>Web Settings</h3><form>${origins}${returnUrls}
  <p><button type="button" id="ws-cancel">Cancel</button> <button type="submit" id="ws-save">Save</button></p></form>`;

test('an example with its "Copy" under each empty entry is no saved entry: the origins are still to add', () => {
  const { model, steps } = look(
    editForm(
      `<div><label for="o0">Allowed JavaScript Origins</label><input id="o0" type="url">
        <div class="example">https://www.example.com <button type="button">Copy</button></div></div>`,
      `<div><label for="r0">Allowed Return URLs</label><input id="r0" type="url">
        <div class="example">https://www.example.com/return <button type="button">Copy</button></div></div>`,
    ),
  );
  expect(model.state.editing).toEqual({ origins: 0, returnUrls: 0 });
  expect(steps).toEqual(['add-origins→#o0', 'add-origins→#o0']);
});

test('a suggestion with "Utiliser", or a link to the docs, beside an empty entry is no saved entry', () => {
  const { model } = look(
    editForm(
      `<div><label for="o0">Origines JavaScript autorisées</label><input id="o0" type="url">
        <div class="suggestion"><span>https://www.boutique.fr</span> <button type="button">Utiliser</button></div></div>`,
      `<div><label for="r0">URL de renvoi autorisées</label><input id="r0" type="url">
        <div>https://developer.amazon.com/docs <a href="/docs">Détails</a></div></div>`,
    ),
  );
  expect(model.state.editing).toEqual({ origins: 0, returnUrls: 0 });
});

test('tokens with a button that removes them are saved entries (sweep 8), by a cross or by their name', () => {
  const { model } = look(
    editForm(
      `<div><label for="o0">Allowed JavaScript Origins</label><div class="box">
        <span>https://www.shop.example <button type="button" aria-label="Remove https://www.shop.example">x</button></span>
        <span>https://shop.example <button type="button">×</button></span><input id="o0" type="url"></div></div>`,
      `<div><label for="r0">Allowed Return URLs</label><input id="r0" type="url"></div>`,
    ),
  );
  expect(model.state.editing).toEqual({ origins: 2, returnUrls: 0 });
});

test('a secret hidden beside its "Show secret" is still the secret’s value, not the button', () => {
  document.body.innerHTML = `<p><span>Client ID</span> <span id="client-id">${CID}</span></p>
    <p><span>Client Secret</span> <span id="secret" hidden>${SECRET}</span> <button id="show">Show secret</button></p>`;
  const records = collect(document);
  expect(records.labels.find((l) => l.label === 'Client Secret')?.valueElement?.id).toBe('secret');
});

test('saved addresses folded in a hidden panel beside their label still count as saved', () => {
  const { model } = look(`<p><span>Identifiant client</span> <span id="client-id">${CID}</span></p>
    <h3>Paramètres Web</h3><button id="edit">Modifier</button>
    <div><span>Origines JavaScript autorisées</span><div hidden>https://www.shop.fr https://shop.fr</div></div>
    <div><span>URL de renvoi autorisées</span><div hidden>https://www.shop.fr/retour</div></div>`);
  expect(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
});

test('a folded help section holding a "Show" tells of no application; a folded application does (sweep 9)', () => {
  const faq = look(`<h1>Login with Amazon</h1><button id="register">Register new application</button>
    <section><button id="faq" aria-expanded="false" aria-controls="a1">+</button> How do I see my secret?
    <div id="a1" hidden><p>Open your application and click <a href="#s">Show</a>.</p></div></section>`);
  expect(faq.model.state.hasApp).toBe(false);
  expect(faq.steps[0]).toBe('register-app→#register');
  const folded = look(`<h1>Login with Amazon</h1><button id="register">Register new application</button>
    <section><button id="toggle" aria-expanded="false" aria-controls="app">+</button><h2>Shop</h2>
    <div id="app" hidden><dl><dt>Client ID</dt><dd>${CID}</dd><dt>Client Secret</dt><dd>•••••••• <a href="#s">Show</a></dd></dl></div></section>`);
  expect(folded.model.state.hasApp).toBe(true);
  expect(folded.steps[0]).toBe('reveal-web-settings→#toggle');
});

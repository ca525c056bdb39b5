// @vitest-environment happy-dom
// Shapes that the adapter's session-13 rules (test/fixtures/variants-sweep4) must not over-reach to, most found by a
// review: a section title over a field label, labels with text between them, labels of different kinds are no column
// of labels, and a column never pairs a label with an action; a value after a column is no start of a list; only an
// entry named by a number takes its list's name, never a filter, a drop-down or a port; a longer name over a "+" or a
// "Save" stands; an aria-hidden part that is all of a button's text leaves it as it was.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';

afterEach(() => {
  document.body.innerHTML = '';
});

function look(html: string): PageModel {
  document.body.innerHTML = html;
  return classify(collect(document));
}
const idsOf = (model: PageModel, name: string) =>
  model.fields.filter((f) => f.name === name && f.visible).map((f) => f.element.id);

test('a column of labels pairs with the values after it in order, and the last label does not read the first value', () => {
  document.body.innerHTML = `<div class="kv">
    <div class="k">Client ID</div><div class="k">Client Secret</div><div class="k">Allowed JavaScript Origins</div>
    <div id="v1">amzn1.application-oa2-client.1f2e3d4c5b6a79880716253443526170</div><div id="v2">••••••••</div>
    <div id="v3"><div>https://www.example.com</div></div></div>
    <div class="kv"><div id="next">https://other.example.com</div></div>`;
  const records = collect(document);
  const valueFor = (label: string) => records.labels.find((l) => l.label === label)?.valueElement?.id;
  expect(valueFor('Client Secret')).toBe('v2');
  expect(records.labels.find((l) => l.label === 'Allowed JavaScript Origins')?.listText).toBe('');
  expect(idsOf(classify(records), 'client-secret')).toEqual(['v2']);
});

test('a "Web Settings" title over a field label of its kind is no column: the label keeps the value after it', () => {
  document.body.innerHTML = `<div><h4>Web Settings</h4><h4>Allowed JavaScript Origins</h4><div id="o">https://a.example</div>
    <h4>Allowed Return URLs</h4><div>None</div></div>`;
  const records = collect(document);
  expect(records.labels.find((l) => l.label === 'Allowed JavaScript Origins')?.valueElement?.id).toBe('o');
});

test('labels with text between them are no column, and a column never pairs a label with an action', () => {
  const inline = look(`<div class="a-row"><span class="a-text-bold">Client ID:</span>
    amzn1.application-oa2-client.1f2e3d4c5b6a79880716253443526170 <span class="a-text-bold">Client Secret:</span>
    <span id="sec">••••••••</span> <a href="#">Show Secret</a></div>`);
  expect(idsOf(inline, 'client-secret')).toEqual(['sec']);
  const beforeButton = look(`<div><span class="k">Client Secret</span><span class="k">Allowed Origins</span>
    <button type="button" id="show">Show</button><span id="origins">https://a.example</span></div>`);
  expect(beforeButton.fields.filter((f) => f.element.id === 'show')).toEqual([]);
});

test('labels of different kinds side by side (a section heading, then a field label) are no column', () => {
  document.body.innerHTML = `<div><h3>Web Settings</h3><span>Client Secret</span><span id="mask">••••••••</span></div>`;
  const records = collect(document);
  expect(records.labels.find((l) => l.label === 'Client Secret')?.valueElement?.id).toBe('mask');
});

test('an entry named "Entry 1" takes the list name of its fieldset; a filter, a drop-down, a port there do not', () => {
  const model = look(`<form><fieldset><legend>Allowed JavaScript Origins</legend>
    <input id="o1" aria-label="Entry 1"><input id="f" type="search" aria-label="Filter 1">
    <select id="p" aria-label="Protocol 1"><option>https</option></select><input id="port" aria-label="Port"></fieldset></form>`);
  expect(idsOf(model, 'allowed-origin')).toEqual(['o1']);
  expect(model.state.editing).toEqual({ origins: 0, returnUrls: 0 });
});

test('a button named "Expand" over a "+" is read by its text; a longer name, or one that says nothing known, stands', () => {
  document.body.innerHTML = `<button id="plus" type="button" aria-expanded="false" aria-label="Expand">+</button>
    <button id="details" type="button" aria-expanded="false" aria-label="Expand application details">+</button>
    <button id="draft" type="button" aria-label="Save as draft">Save</button>
    <button id="more" type="button" aria-label="More">…</button>`;
  const { actions } = collect(document);
  expect(actions.map((a) => [a.element.id, a.concept])).toEqual([['plus', 'toggle']]);
});

test('an aria-hidden icon before a button text is skipped; a button whose only text is aria-hidden keeps it', () => {
  document.body.innerHTML = `<button id="save" type="button"><span aria-hidden="true">✓</span>Save changes</button>
    <button id="edit" type="button"><span aria-hidden="true">Edit</span></button>`;
  const { actions } = collect(document);
  expect(actions.map((a) => [a.element.id, a.concept])).toEqual([
    ['save', 'save'],
    ['edit', 'edit'],
  ]);
});

test('names without spaces (Japanese) that say more than "expand" stand over a shown "Save" or "Show"; so does a named icon link', () => {
  document.body.innerHTML = `<button id="draft" type="button" aria-label="下書きとして保存">保存</button>
    <button id="help" type="button" aria-label="このページのヘルプを表示">表示</button>
    <a id="picture" href="#" aria-label="Edit profile picture"><span aria-hidden="true">✎</span>Edit</a>`;
  expect(collect(document).actions).toEqual([]);
});

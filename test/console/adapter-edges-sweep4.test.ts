// @vitest-environment happy-dom
// Shapes that the adapter's session-13 rules (test/fixtures/variants-sweep4) must not over-reach to: a row of column
// headers with a trailing cell is no column of labels; labels of different kinds side by side are no column; a value
// after a column of labels is no start of a list; an entry named by its position outside a list's group keeps its own
// name; a button whose name and text both say nothing stays unrecorded; an aria-hidden part that is all of a button's
// text leaves it as it was.
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

test('a row of column headers with a trailing "Actions" cell pairs nothing: the header is no value of another', () => {
  const model = look(`<table><tr><th>Client ID</th><th>Allowed JavaScript Origins</th><th id="actions">Actions</th>
    <th></th></tr><tr><td id="c">amzn1.application-oa2-client.1f2e3d4c5b6a79880716253443526170</td>
    <td>https://www.example.com</td><td><button type="button">Edit</button></td><td></td></tr></table>`);
  expect(model.fields.filter((f) => f.element.id === 'actions')).toEqual([]);
  expect(idsOf(model, 'client-id')).toEqual(['c']);
});

test('labels of different kinds side by side (a section heading, then a field label) are no column', () => {
  document.body.innerHTML = `<div><h3>Web Settings</h3><span>Client Secret</span><span id="mask">••••••••</span></div>`;
  const records = collect(document);
  expect(records.labels.find((l) => l.label === 'Client Secret')?.valueElement?.id).toBe('mask');
});

test('an entry named "Entry 1" takes the list name of its fieldset; a search box in a section fieldset keeps its own', () => {
  const model = look(`<form>
    <fieldset><legend>Allowed JavaScript Origins</legend><input id="o1" aria-label="Entry 1"></fieldset>
    <fieldset><legend>Web Settings</legend><input id="s" aria-label="Search"></fieldset></form>`);
  expect(idsOf(model, 'allowed-origin')).toEqual(['o1']);
  expect(model.fields.filter((f) => f.element.id === 's')).toEqual([]);
});

test('a button named "Expand" over a "+" is read by its text; one named and showing nothing known is not recorded', () => {
  document.body.innerHTML = `<button id="plus" type="button" aria-expanded="false" aria-label="Expand">+</button>
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

// @vitest-environment happy-dom
// Fourth sweep of console page variants (test/fixtures/variants-sweep4/, catalogue in pages.ts there):
// a column-flow key/value grid, a <dl> with one <dd> per entry, <fieldset>/<legend> lists with "Entrada N" entry names,
// <pre> values with icon-only copy buttons, read-only inputs in table cells with <div role=button>s, full-width
// Japanese labels, an <abbr> required mark, a closed <details>, aria-label-only inputs with an <input type=submit>
// Save, and an empty state. Each expectation is what the merchant and shared/dom-contract.md require (which element
// gets which data-lwa-field, the page state, the next step and its element), not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep4, sweep4Pages } from '../fixtures/variants-sweep4/pages';
import { COPIED, DONE, describeEveryPage, fixtureLoader, look, NOTHING, stepOn, visible } from './variant-harness';
import { EXPECTED } from './variants-sweep4.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-4 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep4Pages,
  EXPECTED,
  load,
);

/** The element of each step with nothing known, the client ID copied, the Web Settings saved: by id. */
async function targetIds(file: string): Promise<(string | null)[]> {
  const page = findSweep4(file);
  const model = look(await load(page));
  return [NOTHING, COPIED, DONE].map((known) => {
    const step = stepOn(page, model, known);
    return step ? (model.targets[step]?.id ?? '?') : null;
  });
}

describe('the elements the steps point at', () => {
  test('column-flow grid: the client ID span, then the view <select>; the secret on its mask', async () => {
    const page = findSweep4('lwa-legacy-web-settings-grid.en.html');
    const model = look(await load(page));
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(await targetIds('lwa-legacy-web-settings-grid.en.html')).toEqual([
      'client-id',
      'view-select',
      'view-select',
    ]);
  });

  test('German <dl>: the secret on its mask, the view <select> after the copy', async () => {
    const page = findSweep4('lwa-legacy-web-settings-dl.de.html');
    const model = look(await load(page));
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(await targetIds('lwa-legacy-web-settings-dl.de.html')).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('fieldset lists with "Entrada N" entries: each input in its legend’s list; the empty return URL next', async () => {
    const page = findSweep4('lwa-legacy-edit-fieldset-entries.es.html');
    const model = look(await load(page));
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['origin-0', 'origin-1']);
    expect.soft(visible(model, 'allowed-return-url').map((f) => f.element.id)).toEqual(['return-0']);
    expect(await targetIds('lwa-legacy-edit-fieldset-entries.es.html')).toEqual(['return-0', 'return-0', 'return-0']);
  });

  test('<pre> values: the marks on the <pre>s; copy, then the Web Settings link', async () => {
    const page = findSweep4('dev-overview-pre-copyicon.en.html');
    const model = look(await load(page));
    const ids = (name: 'app-id' | 'client-id' | 'client-secret') => visible(model, name).map((f) => f.element.id);
    expect
      .soft([ids('app-id'), ids('client-id'), ids('client-secret')])
      .toEqual([['app-id'], ['client-id'], ['secret']]);
    expect(await targetIds('dev-overview-pre-copyicon.en.html')).toEqual(['client-id', 'ws-link', null]);
  });

  test('read-only inputs in table cells: both credentials on their inputs; the div Edit after the copy', async () => {
    const page = findSweep4('ic-view-table-readonly.en.html');
    const model = look(await load(page));
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(await targetIds('ic-view-table-readonly.en.html')).toEqual(['client-id', 'ws-edit', null]);
  });

  test('full-width Japanese labels: the secret on its mask, the view <select> after the copy', async () => {
    const page = findSweep4('lwa-legacy-web-settings-fullwidth.ja.html');
    const model = look(await load(page));
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(await targetIds('lwa-legacy-web-settings-fullwidth.ja.html')).toEqual([
      'client-id',
      'view-select',
      'view-select',
    ]);
  });

  test('<abbr> required marks: each input its field; the empty description is next, Salva the form’s Save', async () => {
    const page = findSweep4('lwa-legacy-register-abbr.it.html');
    const model = look(await load(page));
    const byId = (id: string) => model.fields.find((f) => f.element.id === id)?.name;
    expect
      .soft(['app-name', 'app-desc', 'app-priv', 'app-logo'].map(byId))
      .toEqual(['app-name', 'app-description', 'privacy-url', 'logo']);
    expect.soft(model.targets['save-app']?.id).toBe('save');
    expect(await targetIds('lwa-legacy-register-abbr.it.html')).toEqual(['app-desc', 'app-desc', 'app-desc']);
  });

  test('closed <details>: copy, then its <summary>', async () => {
    expect(await targetIds('ic-view-details.fr.html')).toEqual(['client-id', 'ws-summary', null]);
  });

  test('aria-label-only inputs: the <input type=submit> Enregistrer is the Save, not the Register link', async () => {
    expect(await targetIds('lwa-legacy-edit-arialabel-submit.fr.html')).toEqual(['ws-save', 'ws-save', 'ws-save']);
  });

  test('"+" named "Expand": the "+" is the way to the client ID', async () => {
    expect(await targetIds('lwa-legacy-app-plus-arialabel.en.html')).toEqual(['ws-toggle', 'ws-toggle', 'view-select']);
  });

  test('icon glyphs in buttons: "✓ Save changes" is the Save', async () => {
    expect(await targetIds('ic-edit-icon-buttons.en.html')).toEqual(['save', 'save', 'save']);
  });

  test('empty state: the <div role=button> create action', async () => {
    expect(await targetIds('ic-list-empty.de.html')).toEqual(['create', 'create', 'create']);
  });
});

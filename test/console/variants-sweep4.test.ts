// @vitest-environment happy-dom
// Fourth sweep of console page variants (test/fixtures/variants-sweep4/, catalogue in pages.ts there):
// a column-flow key/value grid, a <dl> with one <dd> per entry, <fieldset>/<legend> lists with "Entrada N" entry names,
// <pre> values with icon-only copy buttons, read-only inputs in table cells with <div role=button>s, full-width
// Japanese labels, an <abbr> required mark, a closed <details>, aria-label-only inputs with an <input type=submit>
// Save, and an empty state. Each expectation is what the merchant and shared/dom-contract.md require (which element
// gets which data-lwa-field, the page state, the next step and its element), not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep4, sweep4Pages } from '../fixtures/variants-sweep4/pages';
import { describeEveryPage, fixtureLoader, lookAt as lookAtPage, visible } from './variant-harness';
import { EXPECTED } from './variants-sweep4.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-4 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep4Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep4(file), load);

describe('the elements the steps point at', () => {
  test('column-flow grid: the client ID span, then the view <select>; the secret on its mask', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-web-settings-grid.en.html');
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('German <dl>: the secret on its mask, the view <select> after the copy', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-web-settings-dl.de.html');
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('fieldset lists with "Entrada N" entries: each input in its legend’s list; the empty return URL next', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-edit-fieldset-entries.es.html');
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['origin-0', 'origin-1']);
    expect.soft(visible(model, 'allowed-return-url').map((f) => f.element.id)).toEqual(['return-0']);
    expect(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
  });

  test('<pre> values: the marks on the <pre>s; copy, then the Web Settings link', async () => {
    const { model, targetIds } = await lookAt('dev-overview-pre-copyicon.en.html');
    const ids = (name: 'app-id' | 'client-id' | 'client-secret') => visible(model, name).map((f) => f.element.id);
    expect
      .soft([ids('app-id'), ids('client-id'), ids('client-secret')])
      .toEqual([['app-id'], ['client-id'], ['secret']]);
    expect(targetIds).toEqual(['client-id', 'ws-link', null]);
  });

  test('read-only inputs in table cells: both credentials on their inputs; the div Edit after the copy', async () => {
    const { model, targetIds } = await lookAt('ic-view-table-readonly.en.html');
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });

  test('full-width Japanese labels: the secret on its mask, the view <select> after the copy', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-web-settings-fullwidth.ja.html');
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('<abbr> required marks: each input its field; the empty description is next, Salva the form’s Save', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-register-abbr.it.html');
    const byId = (id: string) => model.fields.find((f) => f.element.id === id)?.name;
    expect
      .soft(['app-name', 'app-desc', 'app-priv', 'app-logo'].map(byId))
      .toEqual(['app-name', 'app-description', 'privacy-url', 'logo']);
    expect.soft(model.targets['save-app']?.id).toBe('save');
    expect(targetIds).toEqual(['app-desc', 'app-desc', 'app-desc']);
  });

  test('closed <details>: copy, then its <summary>', async () => {
    expect((await lookAt('ic-view-details.fr.html')).targetIds).toEqual(['client-id', 'ws-summary', null]);
  });

  test('aria-label-only inputs: the <input type=submit> Enregistrer is the Save, not the Register link', async () => {
    expect((await lookAt('lwa-legacy-edit-arialabel-submit.fr.html')).targetIds).toEqual([
      'ws-save',
      'ws-save',
      'ws-save',
    ]);
  });

  test('"+" named "Expand": the "+" is the way to the client ID', async () => {
    expect((await lookAt('lwa-legacy-app-plus-arialabel.en.html')).targetIds).toEqual([
      'ws-toggle',
      'ws-toggle',
      'view-select',
    ]);
  });

  test('icon glyphs in buttons: "✓ Save changes" is the Save', async () => {
    expect((await lookAt('ic-edit-icon-buttons.en.html')).targetIds).toEqual(['save', 'save', 'save']);
  });

  test('empty state: the <div role=button> create action', async () => {
    expect((await lookAt('ic-list-empty.de.html')).targetIds).toEqual(['create', 'create', 'create']);
  });
});

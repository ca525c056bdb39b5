// @vitest-environment happy-dom
// Thirteenth sweep of console page variants (test/fixtures/variants-sweep13/, catalogue in pages.ts there): forms —
// Integration Central's edit form in a side drawer placed before the aria-hidden app root; a registration form whose
// labels hold an aria-hidden "*" and an offscreen "champ obligatoire"; list fields with a description line between
// the list's name and its place-named entries; a generic aria-label on each entry over its list's <label for>; an
// icon-only "+" named "Añadir URL de retorno" over a list with no row; Japanese 必須 / 任意 badges before the names.
// Each expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep13, sweep13Pages } from '../fixtures/variants-sweep13/pages';
import { type } from './load-fixture';
import {
  describeEveryPage,
  fillDetails,
  fixtureLoader,
  ids,
  look,
  lookAt as lookAtPage,
  stepOn,
} from './variant-harness';
import { EXPECTED } from './variants-sweep13.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-13 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep13Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep13(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('side drawer before the aria-hidden app root: the drawer’s inputs; its return URL, then its "Save changes"', async () => {
    const page = findSweep13('ic-edit-side-drawer.en.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-side-drawer.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.example-outfitters.com/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('drawer-save');
  });

  test('aria-hidden "*" and offscreen "champ obligatoire" in the labels: each input; the privacy URL, then Enregistrer', async () => {
    const page = findSweep13('lwa-legacy-register-sr-required.fr.html');
    const { model, doc } = await lookAt('lwa-legacy-register-sr-required.fr.html');
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'logo')).toEqual(['logo']);
    expect(fillDetails(page, doc, ['https://www.boutique-exemple.fr/confidentialite'])).toEqual(['privacy-url']);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('a description line between the list’s name and its place-named entries: each entry; the return URL, then Save', async () => {
    const page = findSweep13('ic-edit-list-description.de.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-list-description.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.beispiel-gartenwelt.de/kasse/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('a generic aria-label over the list’s <label for>: each entry; the return URL, then "Salva"', async () => {
    const page = findSweep13('lwa-legacy-ws-generic-aria-label.it.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-ws-generic-aria-label.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.negozio-esempio.it/cassa/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('icon-only "+" named "Añadir URL de retorno" over a list with no row: that "+", also once an origin is typed', async () => {
    const page = findSweep13('dev-ws-icon-add-empty-list.es.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-icon-add-empty-list.es.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual([]);
    expect.soft(targetIds).toEqual(['add-return', 'add-return', 'add-return']);
    type(doc.getElementById('origin-1') as Element, 'https://tienda-ejemplo.es');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 2, returnUrls: 0 });
    expect(stepOn(page, after)).toBe('add-return-urls');
    expect(after.targets['add-return-urls']?.id).toBe('add-return');
  });

  test('必須 / 任意 badges before the names: each input; the description, then the privacy URL, then 保存', async () => {
    const page = findSweep13('dev-create-badge-first.ja.html');
    const { model, doc } = await lookAt('dev-create-badge-first.ja.html');
    expect.soft(ids(model, 'app-name')).toEqual(['sp-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['sp-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['sp-privacy']);
    expect.soft(ids(model, 'logo')).toEqual(['sp-logo']);
    expect(fillDetails(page, doc, ['文房具と事務用品の通販サイト', 'https://www.sample-bungu.jp/privacy'])).toEqual([
      'app-description',
      'privacy-url',
    ]);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });
});

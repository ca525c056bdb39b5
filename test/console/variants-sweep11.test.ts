// @vitest-environment happy-dom
// Eleventh sweep of console page variants (test/fixtures/variants-sweep11/, catalogue in pages.ts there): edit forms —
// a " - optional" suffix inside the <label>; a Japanese <table> form whose names are broken into phrases by <wbr>;
// <label>s wrapping a "?" button, its hidden tooltip text and the input; Web Settings edited in place with a "Salva"
// per row; the edit form in a native <dialog open> over the read-only page; a Save button holding its hidden busy
// text. Each expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { noteTyped } from '../../src/console/collect';
import { findSweep11, sweep11Pages } from '../fixtures/variants-sweep11/pages';
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
import { EXPECTED } from './variants-sweep11.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-11 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep11Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep11(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('" - optional" inside the label: each input; the return URL, then Save', async () => {
    const page = findSweep11('dev-ws-edit-optional-suffix.en.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-edit-optional-suffix.en.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.example-outfitters.com/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('names broken into phrases by <wbr>: each input; the description, then the privacy URL, then 保存', async () => {
    const page = findSweep11('dev-create-budoux-wbr.ja.html');
    const { model, doc } = await lookAt('dev-create-budoux-wbr.ja.html');
    expect.soft(ids(model, 'app-name')).toEqual(['sp-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['sp-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['sp-privacy']);
    expect.soft(ids(model, 'logo')).toEqual(['sp-logo']);
    expect(fillDetails(page, doc, ['雑貨と日用品の通販サイト', 'https://www.sample-zakka.jp/privacy'])).toEqual([
      'app-description',
      'privacy-url',
    ]);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('label wrapping a "?" and its hidden tooltip: each input; "Änderungen speichern"', async () => {
    const { model, targetIds } = await lookAt('ic-edit-label-wraps-help.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['save', 'save', 'save']);
  });

  test('a "Salva" per row: the empty return-URL row, then the "Salva" of that row, never the origin row’s', async () => {
    const page = findSweep11('ic-ws-row-save.it.html');
    const { model, targetIds, doc } = await lookAt('ic-ws-row-save.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.negozio-esempio.it/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save-return-0');
  });

  test('a "Salva" per row on a React console (each value attribute kept equal to its value): the typed row’s', async () => {
    const page = findSweep11('ic-ws-row-save.it.html');
    const { doc } = await lookAt('ic-ws-row-save.it.html');
    const entry = doc.getElementById('return-0') as HTMLInputElement;
    type(entry, 'https://www.negozio-esempio.it/checkout/amazon');
    // React writes the value attribute of a controlled input on each change: the element no longer tells what changed.
    entry.setAttribute('value', entry.value);
    noteTyped(entry); // what observe.ts does on the input event
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save-return-0');
  });

  test('native <dialog open> over the read-only page: the dialog’s inputs; its return URL, then its Enregistrer', async () => {
    const page = findSweep11('lwa-legacy-dialog-element.fr.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-dialog-element.fr.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.boutique-exemple.fr/commande/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('dlg-save');
  });

  test('Save holding its hidden busy text: "Guardar" is the step', async () => {
    const { model, targetIds } = await lookAt('dev-ws-save-busy-text.es.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['save', 'save', 'save']);
  });
});

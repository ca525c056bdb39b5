// @vitest-environment happy-dom
// Fifteenth sweep of console page variants (test/fixtures/variants-sweep15/, catalogue in pages.ts there): the Web
// Settings form around a save — after a rejected save, an error summary linking to the wrong entry and an inline error
// after its row naming the other list; a form left open after a save that went through, a success banner above it
// and its Save disabled until a change; a flat two-column grid form with a third, unrelated list (webhook URLs); a
// "Salva" named "Salva impostazioni Web" for its section; return URLs before the origins, rows prefilled "https://";
// an unsaved-changes notice beside a Save written "変更を保存する". Each expectation is what the merchant and
// shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep15, sweep15Pages } from '../fixtures/variants-sweep15/pages';
import { type } from './load-fixture';
import { describeEveryPage, fixtureLoader, ids, look, lookAt as lookAtPage, stepOn } from './variant-harness';
import { EXPECTED } from './variants-sweep15.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-15 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep15Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep15(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('error summary and an inline error naming the other list: both origin rows; the return URL, then "Save"', async () => {
    const page = findSweep15('dev-ws-failed-save-summary.en.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-failed-save-summary.en.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.example-outfitters.com/checkout');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('saved, the form left open with its Save disabled: copy, then the drop-down; once changed and enabled, Save', async () => {
    const page = findSweep15('lwa-legacy-ws-saved-form-open.fr.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-ws-saved-form-open.fr.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
    // The merchant changes an entry; the console's script enables "Enregistrer" on the first change (as modelled in
    // the page's header): the Save to press is that button.
    type(doc.getElementById('origin-0') as Element, 'https://boutique-exemple.fr');
    doc.getElementById('save')?.removeAttribute('disabled');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('a third list in a flat grid form: no webhook entry marked; the return URL, then "Änderungen speichern"', async () => {
    const page = findSweep15('ic-edit-grid-webhook-list.de.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-grid-webhook-list.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.beispiel-gartenwelt.de/kasse/amazon');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('"Salva" named "Salva impostazioni Web": that button, also once the added origin row is typed in', async () => {
    const page = findSweep15('lwa-legacy-ws-save-named-section.it.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-ws-save-named-section.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['save', 'save', 'save']);
    type(doc.getElementById('origin-1') as Element, 'https://negozio-esempio.it');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('return URLs first, the origin row only "https://": that row; once the host is typed, "Guardar cambios"', async () => {
    const page = findSweep15('ic-edit-returns-first-scheme-prefill.es.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-returns-first-scheme-prefill.es.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['origin-0', 'origin-0', 'origin-0']);
    type(doc.getElementById('origin-0') as Element, 'https://www.tienda-ejemplo.es');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('unsaved-changes notice, Save an <input> "変更を保存する": that input, also once the added origin row is typed in', async () => {
    const page = findSweep15('dev-ws-unsaved-notice.ja.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-unsaved-notice.ja.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['save', 'save', 'save']);
    type(doc.getElementById('origin-1') as Element, 'https://sample-bungu.jp');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });
});

// @vitest-environment happy-dom
// Tenth sweep of console page variants (test/fixtures/variants-sweep10/, catalogue in pages.ts there): saved lists in
// <div> ARIA data tables, read-only and under an "Add origin" dialog of one input; the Amazon Pay home with a sandbox
// role=switch apart from its view drop-down, and with a view <select> in <optgroup>s; <dl>s of <div> pairs with the
// client ID in a read-only input; field names as <span role=heading>; buttons outside their form (form=) with Discard
// before Save; German labels with soft hyphens; the secret in clear while the client ID is masked; "URL de retour
// autorisées"; a responsive page with a CSS-hidden duplicate; IDs again in hidden inputs with saved entries as links;
// a read-only <fieldset disabled>. Each expectation is what the merchant and
// shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep10, sweep10Pages } from '../fixtures/variants-sweep10/pages';
import { type } from './load-fixture';
import { describeEveryPage, fixtureLoader, ids, look, lookAt as lookAtPage, stepOn } from './variant-harness';
import { EXPECTED } from './variants-sweep10.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-10 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep10Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep10(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('"Add origin" dialog over an ARIA table: the dialog’s input marked, its Save the step, typed or not', async () => {
    const page = findSweep10('dev-ws-table-add-dialog.en.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-table-add-dialog.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['new-origin']);
    expect.soft(targetIds).toEqual(['dlg-save', 'dlg-save', 'dlg-save']);
    type(doc.getElementById('new-origin') as Element, 'https://shop.example-outfitters.com');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('dlg-save');
  });

  test('saved lists as <div> ARIA tables: 2 + 1 saved under the column headers; copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('dev-ws-aria-table.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('sandbox as a role=switch: the view <select>, never the switch', async () => {
    const { targetIds } = await lookAt('home-sandbox-switch.it.html');
    expect(targetIds).toEqual(['view-select', 'view-select', null]);
  });

  test('<dl> of <div> pairs: the client ID’s readonly input (not the title-only copy button); copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('ic-dl-div-pairs.fr.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 0 });
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('role=heading field names: each input; the return URL, then Salva modifiche', async () => {
    const page = findSweep10('ic-edit-role-heading.it.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-role-heading.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.negozio-esempio.it/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('buttons outside the form (form=): "Guardar cambios", never "Descartar cambios"', async () => {
    const { model, targetIds } = await lookAt('dev-ws-edit-form-attr.es.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['save', 'save', 'save']);
  });

  test('soft hyphens in the labels: each input; "Änderungen speichern", never "Änderungen verwerfen"', async () => {
    const { model, targetIds } = await lookAt('ic-edit-shy-discard.de.html');
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['save', 'save', 'save']);
  });

  test('secret in clear, client ID masked: the secret’s <span>, no client ID; the client ID’s "Show", then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-client-masked-secret-clear.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual([]);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.clientId).toBeNull();
    expect(targetIds).toEqual(['show-client', 'show-client', 'view-select']);
  });

  test('"URL de retour autorisées": its input is the return-URL entry; then Enregistrer', async () => {
    const page = findSweep10('lwa-legacy-retour-wording.fr.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-retour-wording.fr.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.boutique-exemple.fr/commande/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('CSS-hidden wide table, shown cards: the cards’ values only; copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('ic-narrow-stacked-cards.ja.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('IDs again in hidden inputs, saved entries as links: the shown <dd>s; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-hidden-inputs-links.es.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('read-only <fieldset disabled>: no entry marks, 2 + 1 saved; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-fieldset-disabled.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'allowed-origin')).toEqual([]);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('view <select> in <optgroup>s: that <select>, never the marketplace <select>', async () => {
    const { targetIds } = await lookAt('home-view-optgroups.ja.html');
    expect(targetIds).toEqual(['view-select', 'view-select', null]);
  });
});

// @vitest-environment happy-dom
// Seventh sweep of console page variants (test/fixtures/variants-sweep7/, catalogue in pages.ts there): whole pages in
// a realistic console frame (sidebar, breadcrumbs, toasts, help panels quoting field names and example addresses,
// footers, cookie banners) around the states merchants meet — two applications with one open, a wrong origin with its
// error, a partly filled registration, origins filled with the return URLs empty, the home in production and sandbox
// view, a list of client IDs with one selected, full-/half-width Japanese, list names inside accordion buttons, a
// secret shown in full. Each expectation is what the merchant and shared/dom-contract.md require, not what the adapter
// does today.
import { describe, expect, test } from 'vitest';
import { findSweep7, sweep7Pages } from '../fixtures/variants-sweep7/pages';
import { type } from './load-fixture';
import { describeEveryPage, fixtureLoader, ids, look, lookAt as lookAtPage, stepOn, visible } from './variant-harness';
import { EXPECTED } from './variants-sweep7.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-7 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep7Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep7(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('a full frame with a help panel: the card’s values only; copy, the Web Settings’ Edit, the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-full-chrome-help.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 0, returnUrls: 0 });
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-select']);
  });

  test('two application cards, the second open: its values; copy its client ID, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-two-apps-second-open.de.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id-2']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id-2']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret-2']);
    expect.soft(model.clientId).toBe(findSweep7('lwa-legacy-two-apps-second-open.de.html').ids.clientId);
    expect(targetIds).toEqual(['client-id-2', 'view-select', 'view-select']);
  });

  test('a wrong origin with its error: the origin input marked (not the error); the empty return-URL input', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-edit-wrong-origin.fr.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
  });

  test('a partly filled registration: each input marked; the privacy URL, then Salva once it is typed', async () => {
    const { model, targetIds, doc } = await lookAt('lwa-legacy-register-partial-help.it.html');
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'logo')).toEqual(['logo']);
    expect.soft(targetIds).toEqual(['privacy-url', 'privacy-url', 'privacy-url']);
    type(doc.getElementById('privacy-url') as Element, 'https://www.negozio-esempio.it/privacy');
    const after = look(doc);
    const page = findSweep7('lwa-legacy-register-partial-help.it.html');
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('origins filled, return URL empty (developer console): the return-URL input, then Guardar', async () => {
    const { model, targetIds, doc } = await lookAt('dev-web-settings-origins-filled.es.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.tienda-ejemplo.es/checkout/volver');
    const after = look(doc);
    expect(after.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(after.targets['save-web-settings']?.id).toBe('ws-save');
  });

  test('the home in production view: the view button', async () => {
    const { targetIds } = await lookAt('home-production-menu.it.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });

  test('the home with full-width view names: the view <select>', async () => {
    const { targetIds } = await lookAt('home-sandbox-fullwidth.ja.html');
    expect(targetIds).toEqual(['view-select', 'view-select', null]);
  });

  test('a list of three client IDs, the first selected: each marked once; the selected one is the page’s', async () => {
    const page = findSweep7('ic-list-selected-details.en.html');
    const { model, targetIds } = await lookAt('ic-list-selected-details.en.html');
    const selected = 'amzn1.application-oa2-client.fa723a32dff215d3df686f0f99dca637';
    expect.soft(visible(model, 'client-id').map((f) => f.value)).toHaveLength(3);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.clientId).toBe(selected);
    // The selected client ID's mark may be on its table cell or on its value in the details (both show it alone).
    expect.soft(['row-0-id', 'detail-client-id']).toContain(targetIds[0]);
    expect(targetIds.slice(1)).toEqual([null, null]);
    expect(stepOn(page, model)).toBe('copy-client-id');
  });

  test('list names inside accordion buttons: 1 origin saved (not the badge); copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-accordion-span-buttons.es.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 0 });
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('the secret shown in full: the mark on its <code>, never on the warning or a button', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-secret-shown.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('an edit form with a cookie bar’s "Speichern": the return-URL input, then the form’s own Save', async () => {
    const { model, targetIds, doc } = await lookAt('ic-edit-origins-filled-help.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.testshop-beispiel.de/checkout/amazon');
    const after = look(doc);
    const page = findSweep7('ic-edit-origins-filled-help.de.html');
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('ws-save');
  });

  test('Web Settings collapsed beside a help panel with examples: the "+", then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-collapsed-toast-help.fr.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual([]);
    expect(targetIds).toEqual(['ws-toggle', 'ws-toggle', 'view-select']);
  });
});

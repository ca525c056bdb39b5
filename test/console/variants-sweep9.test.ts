// @vitest-environment happy-dom
// Ninth sweep of console page variants (test/fixtures/variants-sweep9/, catalogue in pages.ts there): the registration
// form after a failed save with inline errors; Integration Central right after a client ID was created (its new IDs
// in a success banner, the client ID in a <code> split by <wbr>s); the Web Settings right after a save (a toast); a
// client secret just regenerated; six security profiles and none selected; four client IDs with their stores; three
// legacy cards all folded; the Amazon Pay home in production view under a region banner, on the Japan host with
// menuitemradio views, with Login with Amazon as a side-menu link; <th> labels with values deep in <div>s beside icon
// copy buttons; list names with trailing counts and <abbr>s; labels drawn by CSS ::before; both IDs in one line. Each
// expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep9, sweep9Pages } from '../fixtures/variants-sweep9/pages';
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
import { EXPECTED } from './variants-sweep9.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-9 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep9Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep9(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('a failed registration: the details’ inputs; the empty description, then the privacy URL, then Salva', async () => {
    const page = findSweep9('lwa-legacy-register-errors.it.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-register-errors.it.html');
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'logo')).toEqual(['logo']);
    expect.soft(targetIds).toEqual(['app-description', 'app-description', 'app-description']);
    const order = fillDetails(page, doc, ['Abbigliamento e accessori.', 'https://www.negozio-esempio.it/privacy']);
    expect.soft(order).toEqual(['app-description', 'privacy-url']);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('just created: the new client ID’s <code> (across its <wbr>s) and the mask; copy, then Bearbeiten', async () => {
    const { model, targetIds } = await lookAt('ic-registered-banner.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });

  test('just saved, under an "Enregistré" toast: the card’s values; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ws-saved-toast.fr.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('a regenerated secret in clear: its <code>, not the client ID; copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('ic-secret-regenerated.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('six profiles, none shown: the first row’s "Mostrar" (judgement), then nothing', async () => {
    const { targetIds } = await lookAt('dev-overview-six-profiles.es.html');
    expect(targetIds).toEqual(['show-1', 'show-1', null]);
  });

  test('four client IDs and their stores: each <span> once, none the page’s, nothing highlighted', async () => {
    const { model, targetIds } = await lookAt('ic-manage-client-stores.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-1', 'client-2', 'client-3', 'client-4']);
    expect.soft(model.clientId).toBeNull();
    expect(targetIds).toEqual([null, null, null]);
  });

  test('three folded cards: the first card’s "+" (judgement), then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-three-collapsed.de.html');
    expect.soft(model.clientId).toBeNull();
    expect(targetIds).toEqual(['toggle-1', 'toggle-1', 'view-select']);
  });

  test('production view under a region banner: the view <select>, never the region <select>', async () => {
    const { targetIds } = await lookAt('home-production-region-banner.en.html');
    expect(targetIds).toEqual(['view-select', 'view-select', null]);
  });

  test('Japan host, menuitemradio views: the button that opens the menu', async () => {
    const { targetIds } = await lookAt('home-jp-menuitemradio.ja.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });

  test('Login with Amazon in the side menu: that link', async () => {
    const { targetIds } = await lookAt('home-sidenav-lwa-link.es.html');
    expect(targetIds).toEqual(['lwa-link', 'lwa-link', null]);
  });

  test('<th> labels, values two <div>s deep beside icon copy buttons: the inner <div>s; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-th-nested-copy.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('counts, <abbr>s and icons in the terms: the <dd> values, 2 + 1 saved; copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('dev-web-settings-counts-abbr.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('labels drawn by CSS, inputs named by aria-label: each input; the return URL, then Guardar cambios', async () => {
    const page = findSweep9('ic-edit-css-labels.es.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-css-labels.es.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.tienda-ejemplo.es/pago/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('"App ID: … | Client ID: …" in one line: each its own <span>; copy, then Edit', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ids-one-row.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });
});

// @vitest-environment happy-dom
// Sixth sweep of console page variants (test/fixtures/variants-sweep6/, catalogue in pages.ts there): values on top
// with their label as a caption below, an unselected "Web Settings" tab, a secret cell holding only its "Show" button,
// a <details>/<summary> view menu, a Web Settings modal over an inert page with an invalid entry and icon-only "Add"
// buttons, a profile chooser above readonly inputs named by aria-labelledby to header cells, labels split by script
// with svg-titled buttons, a length limit inside a label, entries named "Origine 1"/"URL 1", saved entries in readonly
// inputs, a "●" mask with "Non configuré", and a Spanish empty state. Each expectation is what the merchant and
// shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep6, sweep6Pages } from '../fixtures/variants-sweep6/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep6.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-6 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep6Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep6(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('captions below their values: each value is the one above its caption; copy, then the view <select>', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-caption-below.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('an unselected "Webeinstellungen" tab: that tab, then the view <select>', async () => {
    const { targetIds } = await lookAt('lwa-legacy-tab-unselected.de.html');
    expect(targetIds).toEqual(['tab-ws', 'tab-ws', 'view-select']);
  });

  test('a secret cell with only its button: no secret mark; copy, the Web Settings’ Editar, the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-secret-button-only.es.html');
    expect.soft(ids(model, 'client-secret')).toEqual([]);
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-select']);
  });

  test('a <details> view menu: its <summary>', async () => {
    const { targetIds } = await lookAt('home-details-menu.ja.html');
    expect(targetIds).toEqual(['view-summary', 'view-summary', null]);
  });

  test('an edit modal over an inert page: the dialog’s origin inputs; the return URLs’ icon-only "Ajouter"', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-dialog-rows-error.fr.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['return-add', 'return-add', 'return-add']);
  });

  test('readonly inputs named by header cells: each ID on its input; copy, then the Web Settings link', async () => {
    const { model, targetIds } = await lookAt('dev-profile-select-th-inputs.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-link', null]);
  });

  test('labels split by script: the empty return-URL input', async () => {
    const { model, targetIds } = await lookAt('dev-web-settings-split-labels.ja.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
  });

  test('a length limit inside the label: the description is marked and is the first empty detail', async () => {
    const { model, targetIds } = await lookAt('ic-create-maxchars.de.html');
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect(targetIds).toEqual(['app-description', 'app-description', 'app-description']);
  });

  test('entries named "Origine N" / "URL N": the list’s inputs; the empty return-URL input', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-edit-numbered-rows.it.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
  });

  test('saved entries in readonly inputs: read-only, 2 + 1 saved; copy the client ID', async () => {
    const { model, targetIds } = await lookAt('ic-view-readonly-origin-inputs.en.html');
    expect.soft(model.state.editing).toBeNull();
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('"●" mask, "Non configuré": copy the <code>, Modifier, the view <select>', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ws-not-configured.fr.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-select']);
  });

  test('Spanish empty state: the register button', async () => {
    const { targetIds } = await lookAt('lwa-legacy-empty-register.es.html');
    expect(targetIds).toEqual(['register', 'register', 'register']);
  });
});

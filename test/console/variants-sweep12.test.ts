// @vitest-environment happy-dom
// Twelfth sweep of console page variants (test/fixtures/variants-sweep12/, catalogue in pages.ts there): view pages,
// the IDs and the Amazon Pay home — the client ID as two <span> chunks in a <code> beside the console's "Copy"; a
// "client ID copied" toast repeating the ID above the application's card; the Amazon Pay home with two-line view menu
// entries, and with a view menu not rendered until opened; the developer console's reveal named in full French words;
// labels repeated a-offscreen at the start of each value cell. Each expectation is what the merchant and
// shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep12, sweep12Pages } from '../fixtures/variants-sweep12/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep12.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-12 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep12Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep12(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('client ID in <span> chunks: the <code> holding the whole ID (not a chunk, not "Copy"); copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('ic-view-id-chunks.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('"copied" toast repeating the ID: the card’s value, never the toast; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-copied-toast.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('two-line view menu entries: the view button that opens the menu holding "Login mit Amazon"', async () => {
    const { targetIds } = await lookAt('home-menu-descriptions.de.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });

  test('view menu not rendered yet: the view button itself', async () => {
    const { targetIds } = await lookAt('home-view-menu-unrendered.es.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });

  test('reveal named in full French words: that link, never the gear', async () => {
    const { model, targetIds } = await lookAt('dev-overview-reveal-full-name.fr.html');
    expect.soft(model.fields.filter((f) => f.visible)).toEqual([]);
    expect(targetIds).toEqual(['reveal', 'reveal', null]);
  });

  test('labels repeated a-offscreen in the cells: one mark per value, each address counted once', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-offscreen-labels.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });
});

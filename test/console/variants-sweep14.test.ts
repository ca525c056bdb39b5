// @vitest-environment happy-dom
// Fourteenth sweep of console page variants (test/fixtures/variants-sweep14/, catalogue in pages.ts there): view, list
// and navigation pages — Integration Central's list with row actions in a per-row "⋮" menu; the legacy console's
// summary list whose "Modifier" links carry a visually hidden field name; a client ID truncated in the middle (two
// <span>s); a view page whose breadcrumbs name it by its client ID, its details an ARIA grid; the developer console's
// reveal moved into a per-row "⋮" menu; the Amazon Pay home with a carousel whose off-screen slide links Login with
// Amazon. Each expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep14, sweep14Pages } from '../fixtures/variants-sweep14/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep14.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-14 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep14Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep14(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('row actions in a "⋮" menu: the <code>; copy it, then the "⋮" that opens the menu holding "Edit"', async () => {
    const { model, targetIds } = await lookAt('ic-list-row-kebab.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect(targetIds).toEqual(['client-id', 'row-menu-button', null]);
  });

  test('"Modifier" + a hidden field name: copy, then the origins row’s "Modifier", then the view drop-down', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-summary-row-actions.fr.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'edit-origins', 'view-select']);
  });

  test('client ID truncated in the middle: the span holding both parts (neither part, not the copy icon)', async () => {
    const { model, targetIds } = await lookAt('ic-view-middle-truncated-id.es.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('client ID as the last breadcrumb: the grid’s value under its label, never the crumb', async () => {
    const { model, targetIds } = await lookAt('ic-view-aria-grid-crumb-id.ja.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('reveal in a per-row "⋮" menu: that "⋮", never "Neues Sicherheitsprofil erstellen"', async () => {
    const { model, targetIds } = await lookAt('dev-overview-kebab-reveal.de.html');
    expect.soft(model.fields.filter((f) => f.visible)).toEqual([]);
    expect(targetIds).toEqual(['kebab-0', 'kebab-0', null]);
  });

  test('"Accedi con Amazon" in an off-screen carousel slide: the view button, never the hidden card', async () => {
    const { targetIds } = await lookAt('home-tools-carousel.it.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });
});

// @vitest-environment happy-dom
// Seventeenth sweep of console page variants (test/fixtures/variants-sweep17/, catalogue in pages.ts there): pages
// that must not fool the assistant — an Integration Central guide quoting the labels and sample IDs; the developer
// console's Web Settings refused to a team member's role; a deleted application listed beside the live one; the
// legacy console's empty state with a sample application card; the legacy console while its applications load; two
// security profiles, the first one's client ID revealed and the second one's Web Settings in a side panel. Each
// expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep17, sweep17Pages } from '../fixtures/variants-sweep17/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep17.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-17 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep17Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep17(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('a deleted application beside the live one: the live client ID only; copy it, then its "Bearbeiten"', async () => {
    const file = 'ic-list-deleted-app.de.html';
    const { model, targetIds } = await lookAt(file);
    expect.soft(ids(model, 'client-id')).toEqual(['cid-active']);
    expect.soft(model.clientId).toBe(findSweep17(file).ids.clientId);
    expect(targetIds).toEqual(['cid-active', 'edit-active', null]);
  });

  test('applications still loading (aria-busy): no step on "Registrar nueva aplicación"', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-list-loading.es.html');
    expect.soft(model.state.hasApp).toBe(false);
    expect(targetIds).toEqual([null, null, null]);
  });
});

// @vitest-environment happy-dom
// Fifth sweep of console page variants (test/fixtures/variants-sweep5/, catalogue in pages.ts there): a column of
// labels with "?" links and <br>s beside a column of values, a column-flow grid with a value left out, two "+" toggles
// named alike, accordion headings that are their own toggles, <th scope=row> values in <kbd>/<output>/<code>, App ID
// and Client ID in one row with a revealed secret beside its hidden mask, origin chips above their entry input and
// return URLs in a <textarea>, Unicode in labels with the " :" in an element of its own, a radio-group view switch, a
// nakaguro in Japanese labels, a tablist view switch, and an empty return-URL list with only "Add another". Each
// expectation is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep5, sweep5Pages } from '../fixtures/variants-sweep5/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep5.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-5 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep5Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep5(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('columns with "?" links and <br>s: the secret on its mask; copy, then the view <select>', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ws-columns-help.en.html');
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('grid with a value left out: the secret on its mask; copy, then the view <select>', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ws-grid-missing.de.html');
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('two "+" named "Développer": the Web Settings’ one, not the details’', async () => {
    const { targetIds } = await lookAt('lwa-legacy-two-sections-plus.fr.html');
    expect(targetIds).toEqual(['ws-toggle', 'ws-toggle', 'view-select']);
  });

  test('heading toggles: the closed "Configuración web" button', async () => {
    const { targetIds } = await lookAt('lwa-legacy-heading-toggle.es.html');
    expect(targetIds).toEqual(['ws-toggle', 'ws-toggle', 'view-select']);
  });

  test('<kbd>, <output>, <code>: each value on its own element; copy, then the Web Settings link', async () => {
    const { model, targetIds } = await lookAt('dev-profile-th-code-output.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-link', null]);
  });

  test('two pairs in one row: the revealed secret, not its hidden mask; copy, Edit, view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-same-row-revealed.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-select']);
  });

  test('chips above the entry input, return URLs in a <textarea>: Save', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-edit-chips-textarea.it.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-new']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-urls']);
    expect(targetIds).toEqual(['ws-save', 'ws-save', 'ws-save']);
  });

  test('the " :" in its own <span>: the secret on its mask; copy, then the view <select>', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-ws-colon-spans.fr.html');
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('radio-group view switch: copy, then the sandbox radio (or its label)', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-radio-view-th.de.html');
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(targetIds[0]).toBe('client-id');
    for (const id of targetIds.slice(1)) expect.soft(['view-sandbox', 'view-sandbox-label']).toContain(id);
  });

  test('nakaguro labels: the empty description first', async () => {
    const { targetIds } = await lookAt('dev-create-nakaguro.ja.html');
    expect(targetIds).toEqual(['sp-description', 'sp-description', 'sp-description']);
  });

  test('tablist view switch: the Login with Amazon tab', async () => {
    const { targetIds } = await lookAt('home-view-tabs.es.html');
    expect(targetIds).toEqual(['tab-lwa', 'tab-lwa', null]);
  });

  test('an empty return-URL list: its own "+ Add another", not the origins’', async () => {
    const { model, targetIds } = await lookAt('ic-edit-heading-addlink.en.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect(targetIds).toEqual(['return-add', 'return-add', 'return-add']);
  });
});

// @vitest-environment happy-dom
// Sixteenth sweep of console page variants (test/fixtures/variants-sweep16/, catalogue in pages.ts there): the
// credentials — a new client ID and its secret shown once in a modal dialog over an inert list holding an older client
// ID; property-sheet tables whose header row is "Name | Wert"; a next-steps panel quoting the client ID in a sentence
// above its field; the Amazon Pay home's credentials card beside the MWS keys; the current client secret listed with
// the expired one it replaced; IDs broken over two lines by a <br> in a narrow column. Each expectation is what the
// merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep16, sweep16Pages } from '../fixtures/variants-sweep16/pages';
import { describeEveryPage, fixtureLoader, ids, lookAt as lookAtPage } from './variant-harness';
import { EXPECTED } from './variants-sweep16.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-16 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep16Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep16(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('secret shown once in a modal: the dialog’s <code> and input; copy that client ID, then nothing', async () => {
    const file = 'ic-created-secret-once-dialog.en.html';
    const { model, targetIds } = await lookAt(file);
    expect.soft([...ids(model, 'client-id')].sort()).toEqual(['new-client-id', 'old-client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['new-secret']);
    expect.soft(model.clientId).toBe(findSweep16(file).ids.createdClientId);
    expect(targetIds).toEqual(['new-client-id', null, null]);
  });

  test('"Name | Wert" header row: each value’s <span>; copy, then the view button', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-name-value-table.de.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', 'view-button', 'view-button']);
  });

  test('client ID quoted in a guide’s sentence: the field’s <span>, never the sentence’s <code>', async () => {
    const { model, targetIds } = await lookAt('ic-view-next-steps-sentence.fr.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });

  test('credentials card beside the MWS keys: the client secret’s mask, never the MWS secret key’s', async () => {
    const { model, targetIds } = await lookAt('home-credentials-card-mws.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['client-secret-mask']);
    expect(targetIds).toEqual(['view-select', 'view-select', null]);
  });

  test('current and expired secrets: the current one’s mask; copy, then the "ウェブ設定" link', async () => {
    const { model, targetIds } = await lookAt('dev-profile-rotated-secret.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['profile-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret-current']);
    expect(targetIds).toEqual(['client-id', 'nav-web-settings', null]);
  });

  test('IDs broken by a <br>: the <span> holding both lines; copy, "Editar", then the view button', async () => {
    const file = 'lwa-legacy-narrow-ids-br.es.html';
    const { model, targetIds } = await lookAt(file);
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.clientId).toBe(findSweep16(file).ids.clientId);
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-button']);
  });
});

// @vitest-environment happy-dom
// Eighteenth sweep of console page variants (test/fixtures/variants-sweep18/, catalogue in pages.ts there): the wording
// — lists named with Integration Central's "(s)" in English inside German chrome; French typography (a narrow no-break
// space before the colon) and the article in "URL de la politique de confidentialité"; German hyphenated compounds
// ("Web-Einstellungen", "Client-Secret") and counts after the lists' names; Italian with its articles ("Chiave segreta
// del cliente", "Salva le modifiche"); the Spanish developer console's "Orígenes permitidos", "URL de retorno
// permitidas", "Añadir otra"; the Japanese reveal in the plain verb form ("…を表示する") and "Web設定". Each expectation is
// what the merchant and shared/dom-contract.md require, not what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep18, sweep18Pages } from '../fixtures/variants-sweep18/pages';
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
import { EXPECTED } from './variants-sweep18.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-18 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep18Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep18(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('lists named "…origin(s)", "…URL(s)": each entry; the return URL, then "Save changes"', async () => {
    const page = findSweep18('ic-edit-plural-s-lists.en.html');
    const { model, targetIds, doc } = await lookAt('ic-edit-plural-s-lists.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.example-outfitters.de/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('U+202F before ":" and "URL de la politique de confidentialité": each input; the privacy URL, then Enregistrer', async () => {
    const page = findSweep18('lwa-legacy-register-la-politique.fr.html');
    const { model, doc } = await lookAt('lwa-legacy-register-la-politique.fr.html');
    expect.soft(ids(model, 'app-name')).toEqual(['app-name']);
    expect.soft(ids(model, 'app-description')).toEqual(['app-description']);
    expect.soft(ids(model, 'privacy-url')).toEqual(['privacy-url']);
    expect.soft(ids(model, 'logo')).toEqual(['logo']);
    expect(fillDetails(page, doc, ['https://www.boutique-exemple.fr/confidentialite'])).toEqual(['privacy-url']);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('"Web-Einstellungen", "Client-Secret": the store ID’s <span>, the mask; copy, then the "Bearbeiten" after the title', async () => {
    const { model, targetIds } = await lookAt('ic-view-hyphenated-compounds.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 0, returnUrls: 0 });
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });

  test('Italian with articles: the IDs, the mask, each entry; the return URL, then "Salva le modifiche"', async () => {
    const page = findSweep18('lwa-legacy-ws-edit-articles.it.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-ws-edit-articles.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(targetIds).toEqual(['return-0', 'return-0', 'return-0']);
    type(doc.getElementById('return-0') as Element, 'https://www.negozio-esempio.it/cassa/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('save');
  });

  test('"Orígenes permitidos", then "URL de retorno permitidas" with no row: the origin, then "Añadir otra"', async () => {
    const page = findSweep18('dev-ws-update-console-wording.es.html');
    const { model, targetIds, doc } = await lookAt('dev-ws-update-console-wording.es.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual([]);
    expect.soft(targetIds).toEqual(['origin-0', 'origin-0', 'origin-0']);
    type(doc.getElementById('origin-0') as Element, 'https://www.tienda-ejemplo.es');
    const after = look(doc);
    expect.soft(after.state.editing).toEqual({ origins: 1, returnUrls: 0 });
    expect(stepOn(page, after)).toBe('add-return-urls');
    expect(after.targets['add-return-urls']?.id).toBe('add-return');
  });

  test('the reveal "…を表示する": that button, never "セキュリティプロファイルを新規作成"', async () => {
    const { model, targetIds } = await lookAt('dev-overview-reveal-suru.ja.html');
    expect.soft(model.fields.filter((f) => f.visible)).toEqual([]);
    expect(targetIds).toEqual(['show-ids', 'show-ids', null]);
  });
});

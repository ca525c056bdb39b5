// @vitest-environment happy-dom
// Second sweep of console page variants (test/fixtures/variants-sweep2/, catalogue in pages.ts there): the developer
// console in French, German, Spanish and Italian, Amazon Pay home drop-downs (AUI proxy, native <select>), the
// Integration Central create form, registration forms in Spanish and Japanese, IDs split by <wbr> or held in <pre>,
// <code> or <textarea readonly>, labels carrying "(?)", an svg info icon, "(obligatorio)"
// or a 必須 badge, <a role=button> / <input type=submit> / aria-label-only buttons, disabled Save buttons, and one
// <textarea> per list. Each expectation is what the merchant and shared/dom-contract.md require (which element gets
// which data-lwa-field, the page state, the next step and its element), not what the adapter happens to do today.
import { describe, expect, test } from 'vitest';
import { findSweep2, sweep2Pages } from '../fixtures/variants-sweep2/pages';
import { nameOf, type } from './load-fixture';

import {
  COPIED,
  DONE,
  describeEveryPage,
  fillDetails,
  fixtureLoader,
  look,
  NOTHING,
  sameLabel,
  stepOn,
  visible,
} from './variant-harness';
import { EXPECTED } from './variants-sweep2.expected';

const load = fixtureLoader();
const step = stepOn;
const byId = (doc: Document, id: string) => doc.getElementById(id) as Element;

describeEveryPage(
  'every sweep-2 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep2Pages,
  EXPECTED,
  load,
);

describe('Amazon Pay home: the view drop-down, whatever its make', () => {
  test('AUI drop-down (German): the visible proxy button, since the native <select> is hidden', async () => {
    const page = findSweep2('home-aui-dropdown.de.html');
    const document = await load(page);
    const model = look(document);
    expect(step(page, model)).toBe('open-lwa-console');
    expect(model.targets['open-lwa-console']?.id).toBe('view-button');
  });

  test('native <select> (Spanish, production view): the <select> itself', async () => {
    const page = findSweep2('home-select.es.html');
    const document = await load(page);
    const model = look(document);
    expect(model.targets['open-lwa-console']?.id).toBe('view-select');
  });
});

describe('developer console in French, German, Spanish, Italian', () => {
  test('French list, the second profile open: its <code> values; its own gear for the Web Settings', async () => {
    const page = findSweep2('dev-overview.fr.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.targets['copy-client-id']?.id).toBe('client-id');
    expect.soft(visible(model, 'client-secret')[0]?.element.id).toBe('secret');
    expect.soft(visible(model, 'app-id')[0]?.element.id).toBe('app-id');
    // The Web Settings to edit are those of the profile whose client ID the merchant copies, not the first row's.
    const edit = model.targets['edit-web-settings'] as Element;
    expect(edit).toBeDefined();
    expect(byId(document, 'profile-2').contains(edit), `edit-web-settings on ${edit.outerHTML.slice(0, 80)}`).toBe(
      true,
    );
  });

  test('German Web Settings view with svg info icons in the labels: the mask, both saved lists', async () => {
    const page = findSweep2('dev-web-settings-view.de.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    // The current tab ("Webeinstellungen", aria-current=page) is never a step to take.
    for (const known of [NOTHING, COPIED, DONE]) {
      const next = step(page, model, known);
      expect.soft(next && model.targets[next]?.getAttribute('aria-current')).not.toBe('page');
    }
  });

  test('Spanish edit with one <textarea> per list: the empty return-URL box, then Guardar once enabled', async () => {
    const page = findSweep2('dev-web-settings-update-textarea.es.html');
    const document = await load(page);
    let model = look(document);
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['ws-origins']);
    expect.soft(visible(model, 'allowed-return-url').map((f) => f.element.id)).toEqual(['ws-returns']);
    expect.soft(visible(model, 'client-id')[0]?.element.id).toBe('client-id');
    expect.soft(model.state.editing?.origins ?? 0, 'origins already entered').toBeGreaterThan(0);
    expect(model.targets['add-return-urls']?.id).toBe('ws-returns');
    type(model.targets['add-return-urls'] as Element, 'https://www.ejemplo.es/checkout');
    model = look(document);
    expect(step(page, model)).toBe('save-web-settings');
    const save = model.targets['save-web-settings'] as HTMLInputElement;
    expect(save?.id).toBe('ws-save');
    expect(save.disabled).toBe(false);
    expect(sameLabel(nameOf(save), page.labels?.save)).toBe(true);
  });

  test('Italian create form, label cells "Nome* (?)": name, description, privacy URL in order, then Salva', async () => {
    const page = findSweep2('dev-create-security-profile-help.it.html');
    const document = await load(page);
    const order = fillDetails(page, document, [
      'Negozio Esempio',
      'Accesso al negozio',
      'https://www.esempio.it/privacy',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    const model = look(document);
    expect(step(page, model)).toBe('save-app');
    const save = model.targets['save-app'] as HTMLButtonElement;
    expect(save?.id).toBe('sp-save');
    expect(save.disabled).toBe(false);
  });
});

describe('legacy console registration in Spanish and Japanese', () => {
  test('Spanish labels "… (obligatorio)": the three required fields in order, then the AUI Guardar', async () => {
    const page = findSweep2('lwa-legacy-register.es.html');
    const document = await load(page);
    const order = fillDetails(page, document, [
      'Tienda Ejemplo',
      'Acceso a la tienda',
      'https://www.ejemplo.es/privacidad',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    const model = look(document);
    expect(step(page, model)).toBe('save-app');
    expect(model.targets['save-app']?.id).toBe('save');
    expect(sameLabel(nameOf(model.targets['save-app'] as Element), page.labels?.save)).toBe(true);
  });

  test('Japanese labels with a 必須 badge: the three required fields in order, then 保存', async () => {
    const page = findSweep2('lwa-legacy-register.ja.html');
    const document = await load(page);
    const order = fillDetails(page, document, [
      'サンプルショップ',
      'サンプルショップへのログイン',
      'https://www.example.jp/privacy',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    const model = look(document);
    expect(step(page, model)).toBe('save-app');
    expect(model.targets['save-app']?.id).toBe('save');
  });
});

describe('Integration Central: create form', () => {
  test('French create form in capitals: details, then the origin, the return URL, then Enregistrer', async () => {
    const page = findSweep2('ic-create-caps.fr.html');
    const document = await load(page);
    const order = fillDetails(page, document, [
      'Boutique Exemple',
      'Connexion',
      'https://www.exemple.fr/confidentialite',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    let model = look(document);
    expect(step(page, model)).toBe('add-origins');
    expect(model.targets['add-origins']?.id).toBe('origin-0');
    type(model.targets['add-origins'] as Element, 'https://www.exemple.fr');
    model = look(document);
    expect(step(page, model)).toBe('add-return-urls');
    expect(model.targets['add-return-urls']?.id).toBe('return-0');
    type(model.targets['add-return-urls'] as Element, 'https://www.exemple.fr/connexion');
    model = look(document);
    expect(step(page, model)).toBe('save-web-settings');
    expect(model.targets['save-web-settings']?.id).toBe('save');
  });
});

describe('legacy console read-only shapes', () => {
  test('client ID split by <wbr>: marked on its <span> with the whole ID; the <pre> origins counted', async () => {
    const page = findSweep2('lwa-legacy-web-settings-wbr.en.html');
    const document = await load(page);
    const model = look(document);
    expect
      .soft(visible(model, 'client-id').map((f) => [f.element.id, f.value]))
      .toEqual([['client-id', page.ids.clientId]]);
    expect.soft(model.targets['copy-client-id']?.id).toBe('client-id');
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 0 });
    expect.soft(model.targets['back-to-amazon-pay']?.id).toBe('view-select');
  });

  test('Japanese view switch "Amazon Pay（SANDBOX）- JPY": back to Amazon Pay on the <select>; textarea client ID', async () => {
    const page = findSweep2('lwa-legacy-web-settings-select.ja.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'client-id')[0]?.element.id).toBe('client-id');
    expect.soft(visible(model, 'client-secret')[0]?.element.id).toBe('secret');
    expect.soft(model.targets['back-to-amazon-pay']?.id).toBe('view-select');
  });
});

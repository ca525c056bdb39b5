// @vitest-environment happy-dom
// Third sweep of console page variants (test/fixtures/variants-sweep3/, catalogue in pages.ts there): floating labels
// after their input, inputs named only by a multi-id aria-labelledby, visually hidden labels, origins as chips, saved
// entries as table rows with Edit/Delete, the Web Settings in a modal dialog or in one tab panel of several, a French
// console in an English frame, capitals without accents under an error banner, a <dl> behind "Show Client ID and
// Client Secret" in an accordion, an Italian list of two applications, the legacy console on the .com.au and Japan
// hosts. Each expectation is what the merchant and shared/dom-contract.md require (which element gets which
// data-lwa-field, the page state, the next step and its element), not what the adapter happens to do today.
import { afterEach, describe, expect, test } from 'vitest';
import type { FixturePage } from '../fixtures/pages';
import { findSweep3, sweep3Pages } from '../fixtures/variants-sweep3/pages';
import { type LoadedFixture, loadFixture, type } from './load-fixture';
import { COPIED, DONE, describeEveryPage, fixtureLoader, look, NOTHING, stepOn, visible } from './variant-harness';
import { EXPECTED } from './variants-sweep3.expected';

const load = fixtureLoader();
const step = stepOn;

describeEveryPage(
  'every sweep-3 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep3Pages,
  EXPECTED,
  load,
);

/** Types into the element of each entry step in turn, then expects the Save of the form. */
function enterLists(page: FixturePage, document: Document, entries: [string, string][], saveId: string): void {
  for (const [expectedId, value] of entries) {
    const model = look(document);
    const next = step(page, model);
    expect(next === 'add-origins' || next === 'add-return-urls', `entry step, got ${next}`).toBe(true);
    const target = model.targets[next as 'add-origins'] as Element;
    expect(target?.id).toBe(expectedId);
    type(target, value);
  }
  const model = look(document);
  expect(step(page, model)).toBe('save-web-settings');
  expect(model.targets['save-web-settings']?.id).toBe(saveId);
}

describe('where a label stands apart from its input', () => {
  test('floating labels after their input (.com.au): the origin, the return URL, then Save', async () => {
    const page = findSweep3('lwa-legacy-edit-floating.en.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['origin-0']);
    expect.soft(visible(model, 'allowed-return-url').map((f) => f.element.id)).toEqual(['return-0']);
    enterLists(
      page,
      document,
      [
        ['origin-0', 'https://www.example.com.au'],
        ['return-0', 'https://www.example.com.au/login'],
      ],
      'save',
    );
  });

  test('aria-labelledby of several ids: every input takes its field from the label among them', async () => {
    const page = findSweep3('ic-edit-labelledby.en.html');
    const document = await load(page);
    const model = look(document);
    const byName = (id: string) => model.fields.find((f) => f.element.id === id)?.name;
    expect
      .soft(['f-name', 'f-desc', 'f-priv', 'origin-1', 'return-1'].map(byName))
      .toEqual(['app-name', 'app-description', 'privacy-url', 'allowed-origin', 'allowed-return-url']);
    expect(model.targets['add-return-urls']?.id).toBe('return-1');
  });

  test('visually hidden labels (Spanish create form): details in order, then the lists, then Guardar cambios', async () => {
    const page = findSweep3('ic-create-srlabels.es.html');
    const document = await load(page);
    const order: string[] = [];
    for (const value of ['Tienda Ejemplo', 'Acceso a Tienda Ejemplo', 'https://www.ejemplo.es/privacidad']) {
      const model = look(document);
      expect(step(page, model)).toBe('fill-app-details');
      const target = model.targets['fill-app-details'] as Element;
      order.push(target.id);
      type(target, value);
    }
    expect.soft(order).toEqual(['f-name', 'f-desc', 'f-priv']);
    enterLists(
      page,
      document,
      [
        ['origin-0', 'https://www.ejemplo.es'],
        ['return-0', 'https://www.ejemplo.es/volver'],
      ],
      'save',
    );
  });
});

describe('list entries that are not one input each', () => {
  test('chips (French): two origins entered, so the return-URL input; the client ID on its read-only input', async () => {
    const page = findSweep3('ic-edit-chips.fr.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.targets['copy-client-id']?.id).toBe('client-id');
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['origin-input']);
    expect(model.targets['add-return-urls']?.id).toBe('return-input');
  });

  test('table rows with Edit/Delete: both lists counted under their column headers', async () => {
    const page = findSweep3('ic-view-table-rows.en.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['secret']);
  });

  test('capitals without accents under an error banner: both origin rows, nothing from the banner', async () => {
    const page = findSweep3('lwa-legacy-edit-caps-error.fr.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'allowed-origin').map((f) => f.element.id)).toEqual(['origin-0', 'origin-1']);
    const banner = document.querySelector('[role=alert]') as Element;
    expect.soft(model.fields.filter((f) => banner.contains(f.element))).toEqual([]);
    enterLists(page, document, [['return-0', 'https://www.exemple.fr/connexion']], 'save');
  });
});

describe('forms in a dialog or a tab panel', () => {
  test('modal dialog (Japan host, English): the dialog’s return URL, then the dialog’s Save', async () => {
    const page = findSweep3('lwa-legacy-edit-dialog.en.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'client-id')[0]?.element.id).toBe('client-id');
    enterLists(page, document, [['return-0', 'https://www.example.jp/login']], 'ws-save');
  });

  test('tab panel: the visible panel’s inputs and Save, never the hidden General tab’s', async () => {
    const page = findSweep3('dev-web-settings-tabpanel.en.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.fields.filter((f) => f.visible).map((f) => f.element.id)).toEqual(['origin-0', 'return-0']);
    enterLists(
      page,
      document,
      [
        ['origin-0', 'https://www.example.com'],
        ['return-0', 'https://www.example.com/signin'],
      ],
      'ws-save',
    );
  });
});

describe('several applications, mixed languages', () => {
  let open: LoadedFixture[] = [];
  afterEach(async () => {
    await Promise.all(open.map((loaded) => loaded.close()));
    open = [];
  });

  test('developer console accordion, hidden state: reveal on the open profile’s button, then copy, then its link', async () => {
    const page = findSweep3('dev-overview-dl.en.html');
    const loaded = await loadFixture(page, 'hidden');
    open.push(loaded);
    const { document } = loaded;
    let model = look(document);
    expect.soft(visible(model, 'client-id')).toEqual([]);
    expect(step(page, model)).toBe('reveal-web-settings');
    const show = model.targets['reveal-web-settings'] as HTMLElement;
    expect(show?.id).toBe('show-2');
    show.click();
    model = look(document);
    expect(step(page, model)).toBe('copy-client-id');
    expect(model.targets['copy-client-id']?.id).toBe('client-id');
    expect(step(page, model, COPIED)).toBe('edit-web-settings');
    expect(model.targets['edit-web-settings']?.id).toBe('ws-link-2');
  });

  test('French content in an English frame: Modifier, then the view <select> (not the language one)', async () => {
    const page = findSweep3('lwa-legacy-web-settings-mixed.fr.html');
    const document = await load(page);
    const model = look(document);
    expect
      .soft(step(page, model, COPIED) && model.targets[step(page, model, COPIED) as 'edit-web-settings']?.id)
      .toBe('ws-edit');
    expect.soft(model.targets['back-to-amazon-pay']?.id).toBe('view-select');
    expect.soft(step(page, model, DONE)).toBe('back-to-amazon-pay');
  });

  test('Italian list, the second application collapsed: only the first one’s client ID, none of the second’s', async () => {
    const page = findSweep3('ic-list-two-apps.it.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.clientId).toBe(page.ids.clientId);
    expect.soft(model.targets['copy-client-id']?.id).toBe('client-id');
    expect.soft(step(page, model, NOTHING)).toBe('copy-client-id');
  });
});

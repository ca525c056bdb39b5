// @vitest-environment happy-dom
// Sweep of further console page variants (test/fixtures/variants-sweep/, catalogue in pages.ts there): German legacy
// pages (key/value tables, a table form with added rows, a registration form), "<b>Label</b><br>value" rows, labels
// that hold their popover's hidden help text, several applications with one expanded, React-style nesting, a client
// ID shown twice, role=group lists, French and Japanese Integration Central. Each expectation is what the merchant and
// shared/dom-contract.md require (which element gets which data-lwa-field, the page state, the next step), not what
// the adapter happens to do today.
import { describe, expect, test } from 'vitest';
import { findSweep, sweepPages } from '../fixtures/variants-sweep/pages';
import { nameOf, type } from './load-fixture';

import { COPIED, describeEveryPage, fixtureLoader, look, sameLabel, stepOffHome, visible } from './variant-harness';
import { EXPECTED, MASK_ONLY } from './variants-sweep.expected';

const load = fixtureLoader();
// None of these pages is the Amazon Pay home.
const step = stepOffHome;

describeEveryPage(
  'every sweep variant: marks, state, next step, and the contract rules for fields',
  sweepPages,
  EXPECTED,
  load,
);

describe('German legacy console', () => {
  test('read-only tables: the values in <td><div><span>, the mask without its AUI "Anzeigen", the menu view switch', async () => {
    const page = findSweep('lwa-legacy-web-settings.de.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(visible(model, 'client-id')[0]?.element.id).toBe('ws-client-id');
    expect.soft(visible(model, 'client-secret')[0]?.element.id).toBe('ws-secret');
    const back = model.targets['back-to-amazon-pay'] as Element;
    expect.soft(back?.getAttribute('aria-haspopup')).toBe('menu');
  });

  test('table form with added rows: every origin row is an origin; the empty return URL, then Speichern', async () => {
    const page = findSweep('lwa-legacy-edit.de.html');
    const document = await load(page);
    let model = look(document);
    const origins = visible(model, 'allowed-origin').map((f) => (f.element as HTMLInputElement).value);
    expect.soft(origins).toEqual(['https://www.beispiel.de', 'https://beispiel.de', 'https://shop.beispiel.de']);
    const returnUrl = model.targets['add-return-urls'] as Element;
    expect(returnUrl?.id).toBe('ws-return-0');
    type(returnUrl, 'https://www.beispiel.de/checkout/amazon-pay');
    model = look(document);
    expect(step(model, COPIED)).toBe('save-web-settings');
    expect(sameLabel(nameOf(model.targets['save-web-settings'] as Element), page.labels?.save)).toBe(true);
  });

  test('registration in a table: name, description, privacy URL in order (soft hyphen in its label), then Speichern', async () => {
    const page = findSweep('lwa-legacy-register.de.html');
    const document = await load(page);
    const order: string[] = [];
    for (const value of ['Beispiel-Shop', 'Anmelden im Beispiel-Shop', 'https://www.beispiel.de/datenschutz']) {
      const model = look(document);
      expect(step(model)).toBe('fill-app-details');
      const target = model.targets['fill-app-details'] as Element;
      order.push(model.fields.find((f) => f.element === target)?.name ?? '?');
      type(target, value);
    }
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    const model = look(document);
    expect(step(model)).toBe('save-app');
    expect(sameLabel(nameOf(model.targets['save-app'] as Element), page.labels?.save)).toBe(true);
  });
});

describe('legacy console shapes', () => {
  test('"<b>Label</b><br>value" rows: the secret never lands on "Show Secret" nor on the next label', async () => {
    const document = await load(findSweep('lwa-legacy-web-settings-br.en.html'));
    const model = look(document);
    const secret = visible(model, 'client-secret')[0]?.element as Element;
    expect(secret).toBeDefined();
    expect.soft(secret.matches('a,button')).toBe(false);
    expect.soft(secret.textContent).not.toMatch(/Allowed|Return|Origins/);
    expect.soft(secret.textContent).toMatch(/•/);
  });

  test('labels holding their popover text: the read-only client ID input, the saved origin counted', async () => {
    const document = await load(findSweep('lwa-legacy-web-settings-tooltip.en.html'));
    const model = look(document);
    expect.soft(visible(model, 'client-id')[0]?.element.matches('input[readonly]')).toBe(true);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 0 });
    expect.soft(visible(model, 'client-secret')[0]?.element.textContent).toMatch(MASK_ONLY);
  });

  test('several applications, one open: its client ID, its secret, its own Web Settings "Edit"', async () => {
    const document = await load(findSweep('lwa-legacy-app-list.en.html'));
    const model = look(document);
    expect.soft(model.targets['copy-client-id']?.id).toBe('app-2-client-id');
    expect.soft(visible(model, 'client-secret').map((f) => f.element.id)).toEqual(['app-2-secret']);
    expect.soft(model.targets['edit-web-settings']?.id).toBe('app-2-ws-edit');
    expect.soft(model.targets['back-to-amazon-pay']?.tagName).toBe('SELECT');
  });
});

describe('Integration Central shapes', () => {
  test('React-style detail: one client ID mark for two copies; the secret and both lists read across cousins', async () => {
    const document = await load(findSweep('ic-view-react.en.html'));
    const model = look(document);
    expect.soft(visible(model, 'client-id')).toHaveLength(1);
    expect.soft(visible(model, 'client-secret')[0]?.element.id).toBe('details-secret');
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
  });

  test('React-style edit: role=group lists name their deep inputs; empty return URL, then Save changes', async () => {
    const page = findSweep('ic-edit-react.en.html');
    const document = await load(page);
    let model = look(document);
    expect.soft(visible(model, 'allowed-origin')).toHaveLength(2);
    const target = model.targets['add-return-urls'] as Element;
    expect(target?.id).toBe('return-0');
    type(target, 'https://www.example.com/login');
    model = look(document);
    expect(step(model, COPIED)).toBe('save-web-settings');
    expect(sameLabel(nameOf(model.targets['save-web-settings'] as Element), page.labels?.save)).toBe(true);
  });

  test('French edit: <legend> lists; the return URLs’ "Ajouter", then Enregistrer', async () => {
    const page = findSweep('ic-edit.fr.html');
    const document = await load(page);
    const model = look(document);
    expect(model.targets['add-return-urls']?.id).toBe('add-return');
    type(visible(model, 'allowed-origin')[1]?.element as Element, 'https://exemple.fr');
    expect(look(document).state.editing).toEqual({ origins: 2, returnUrls: 0 });
    // The save step once a return URL is there is the form's Enregistrer.
    expect(sameLabel(nameOf(model.targets['save-web-settings'] as Element), page.labels?.save)).toBe(true);
  });

  test('Japanese detail with spaced labels: both saved lists counted, the secret, the Web Settings’ own 編集', async () => {
    const page = findSweep('ic-view.ja.html');
    const document = await load(page);
    const model = look(document);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 1 });
    expect.soft(visible(model, 'client-secret')[0]?.element.id).toBe('secret');
    expect.soft(sameLabel(nameOf(model.targets['edit-web-settings'] as Element), page.labels?.edit)).toBe(true);
  });
});

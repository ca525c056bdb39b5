// @vitest-environment happy-dom
// Eighth sweep of console page variants (test/fixtures/variants-sweep8/, catalogue in pages.ts there): list entries as
// one comma-separated input, as a <textarea> per list with a "(one per line)" hint in its label, or as token <span>s
// before an entry input; <dt>s carrying an info button and its hidden tooltip; the client ID in a read-only input
// beside the console's copy button; the secret behind an aria-pressed "Show" or in a read-only password input; <th>s
// with <svg> icons, non-breaking spaces and CSS capitals; a grid of application cards; Integration Central's stepper
// wizard; a modal edit dialog over the card; a failed save with everything still filled; a listbox view switch; a
// partly localised developer console. Each expectation is what the merchant and shared/dom-contract.md require, not
// what the adapter does today.
import { describe, expect, test } from 'vitest';
import { findSweep8, sweep8Pages } from '../fixtures/variants-sweep8/pages';
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
import { EXPECTED } from './variants-sweep8.expected';

const load = fixtureLoader();

describeEveryPage(
  'every sweep-8 variant: URL, marks, state, next step, and the contract rules for fields',
  sweep8Pages,
  EXPECTED,
  load,
);

const lookAt = (file: string) => lookAtPage(findSweep8(file), load);

describe('the elements the marks are on and the steps point at', () => {
  test('one comma-separated input per list: each input marked; the return-URL input, then Save', async () => {
    const { model, targetIds, doc } = await lookAt('dev-web-settings-comma-input.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origins']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-urls']);
    expect.soft(targetIds).toEqual(['return-urls', 'return-urls', 'return-urls']);
    type(doc.getElementById('return-urls') as Element, 'https://www.hometextiles-shop.com/checkout/amazon');
    const after = look(doc);
    expect(stepOn(findSweep8('dev-web-settings-comma-input.en.html'), after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('ws-save');
  });

  test('tokens before the entry inputs: the entry inputs marked, the tokens counted; the form’s Save', async () => {
    const { model, targetIds } = await lookAt('ic-edit-token-chips.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-new']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-new']);
    expect.soft(model.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['ws-save', 'ws-save', 'ws-save']);
  });

  test('client ID in a read-only input beside the copy button: the input; copy, Editar, the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-readonly-copy-pressed.es.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', 'view-select']);
  });

  test('terms with an info button and a hidden tooltip: the <dd> values; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-dl-tooltips.it.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('a grid of cards, the second expanded: its values; copy its client ID, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-card-grid-search.en.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.clientId).toBe(findSweep8('lwa-legacy-card-grid-search.en.html').ids.clientId);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('the wizard’s details step: name, description, privacy URL in order, then "Guardar y continuar"', async () => {
    const page = findSweep8('ic-create-stepper.es.html');
    const { targetIds, doc } = await lookAt('ic-create-stepper.es.html');
    expect.soft(targetIds).toEqual(['app-name', 'app-name', 'app-name']);
    const order = fillDetails(page, doc, [
      'Tienda Ejemplo',
      'Ropa y accesorios.',
      'https://www.tienda-ejemplo.es/privacidad',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-app');
    expect(after.targets['save-app']?.id).toBe('save');
  });

  test('the wizard’s Web Settings step: the origin entry, then the return-URL entry, then Save', async () => {
    const page = findSweep8('ic-stepper-web-settings.it.html');
    const { model, targetIds, doc } = await lookAt('ic-stepper-web-settings.it.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(targetIds).toEqual(['origin-0', 'origin-0', 'origin-0']);
    type(doc.getElementById('origin-0') as Element, 'https://www.negozio-esempio.it');
    const typed = look(doc);
    expect.soft(stepOn(page, typed)).toBe('add-return-urls');
    expect.soft(typed.targets['add-return-urls']?.id).toBe('return-0');
    type(doc.getElementById('return-0') as Element, 'https://www.negozio-esempio.it/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('ws-save');
  });

  test('an edit dialog over the card: the card’s IDs once, the dialog’s entries; its Speichern', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-modal-over-view.de.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect(targetIds).toEqual(['ws-save', 'ws-save', 'ws-save']);
  });

  test('a failed save with everything still filled: the entries (not the banner); 保存', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-failed-save-filled.ja.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origin-0', 'origin-1']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-0']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['ws-save', 'ws-save', 'ws-save']);
  });

  test('a listbox view switch: the button that opens it', async () => {
    const { targetIds } = await lookAt('home-listbox-guide.de.html');
    expect(targetIds).toEqual(['view-button', 'view-button', null]);
  });

  test('English list names on a Japanese page: 2 + 1 saved; copy, then nothing', async () => {
    const { model, targetIds } = await lookAt('dev-web-settings-view-mixed.ja.html');
    expect.soft(ids(model, 'app-id')).toEqual(['app-id']);
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', null, null]);
  });

  test('<th>s with svg icons and CSS capitals: the store ID’s <span>, the mask; copy, then Edit', async () => {
    const { model, targetIds } = await lookAt('ic-view-table-info-icons.en.html');
    expect.soft(ids(model, 'client-id')).toEqual(['client-id']);
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect(targetIds).toEqual(['client-id', 'ws-edit', null]);
  });

  test('the secret in a read-only password input: that input; copy, then the view', async () => {
    const { model, targetIds } = await lookAt('lwa-legacy-secret-password-input.fr.html');
    expect.soft(ids(model, 'client-secret')).toEqual(['secret']);
    expect.soft(model.fields.find((f) => f.name === 'client-secret')?.value ?? '').not.toMatch(/^amzn1\.application/);
    expect(targetIds).toEqual(['client-id', 'view-select', 'view-select']);
  });

  test('a <textarea> per list with "(one per line)" in its label: both marked; the return URLs, then Save', async () => {
    const page = findSweep8('lwa-legacy-textareas-hint.en.html');
    const { model, targetIds, doc } = await lookAt('lwa-legacy-textareas-hint.en.html');
    expect.soft(ids(model, 'allowed-origin')).toEqual(['origins']);
    expect.soft(ids(model, 'allowed-return-url')).toEqual(['return-urls']);
    expect.soft(targetIds).toEqual(['return-urls', 'return-urls', 'return-urls']);
    type(doc.getElementById('return-urls') as Element, 'https://www.example-surf.com.au/checkout/amazon');
    const after = look(doc);
    expect(stepOn(page, after)).toBe('save-web-settings');
    expect(after.targets['save-web-settings']?.id).toBe('ws-save');
  });
});

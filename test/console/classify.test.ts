// @vitest-environment happy-dom
// Collect, then classify: each fixture page, in each of its states, becomes plain records (label, role, value,
// visibility), and the pure functions decide the fields, the element of each step and the page state. No browser:
// the fixture's own script renders the state in happy-dom (see load-fixture.ts for why).
import { afterEach, describe, expect, test } from 'vitest';
import { classify, type FieldName, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { fieldConcept, normalizeLabel } from '../../src/console/labels';
import { type Known, nextStep, type StepId } from '../../src/core/steps';
import { type FixturePage, findFixture, fixturePages } from '../fixtures/pages';
import { type LoadedFixture, loadFixture, nameOf, settle, type } from './load-fixture';

const NOTHING: Known = { clientIdCopied: false, webSettingsSaved: false };
const COPIED: Known = { clientIdCopied: true, webSettingsSaved: false };

let open: LoadedFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((loaded) => loaded.close()));
  open = [];
});
async function load(page: FixturePage, state?: string, saved?: { origins?: string[]; returnUrls?: string[] }) {
  const loaded = await loadFixture(page, state, saved);
  open.push(loaded);
  return loaded;
}

const look = (doc: Document) => classify(collect(doc));
const step = (page: FixturePage, model: PageModel, known: Known = NOTHING) =>
  nextStep(known, { ...model.state, amazonPayHome: page.console === 'amazon-pay-home' });
const visible = (model: PageModel, name: FieldName) => model.fields.filter((f) => f.name === name && f.visible);
const sameLabel = (a: string, b: string | undefined) => normalizeLabel(a) === normalizeLabel(b ?? '\u0000');

// Every fixture state: the step the merchant should take there (nothing known yet), what its element is named, and
// which fields the merchant can see. Names are the catalogue's labels, never copied out of the HTML.
type Expect = { step: StepId | null; name?: (page: FixturePage) => string; fields: FieldName[] };
const label = (key: keyof NonNullable<FixturePage['labels']>) => (page: FixturePage) => page.labels?.[key] ?? '?';
const clientIdText = (page: FixturePage) => page.ids.clientId ?? '?';
const APP_FORM: FieldName[] = ['app-name', 'app-description', 'privacy-url', 'logo'];
const WEB_FORM: FieldName[] = ['allowed-origin', 'allowed-return-url'];
const EXPECTED: Record<string, Record<string, Expect>> = {
  'seller-central/amazon-pay-home.en.html': {
    sandbox: { step: 'open-lwa-console', name: label('viewSandbox'), fields: [] },
    production: { step: 'open-lwa-console', name: label('viewProduction'), fields: [] },
  },
  'seller-central/amazon-pay-home.fr.html': {
    sandbox: { step: 'open-lwa-console', name: label('viewSandbox'), fields: [] },
    production: { step: 'open-lwa-console', name: label('viewProduction'), fields: [] },
  },
  'seller-central/lwa-legacy.en.html': {
    'no-app': { step: 'register-app', name: label('registerApp'), fields: [] },
    register: { step: 'fill-app-details', fields: APP_FORM },
    app: { step: 'reveal-web-settings', name: label('webSettingsToggle'), fields: ['app-id'] },
    'web-settings': { step: 'copy-client-id', name: clientIdText, fields: ['app-id', 'client-id', 'client-secret'] },
    edit: { step: 'add-origins', fields: ['app-id', 'client-id', 'client-secret', ...WEB_FORM] },
    'edit-app': { step: 'save-app', name: label('save'), fields: APP_FORM },
  },
  'seller-central/lwa-legacy.fr.html': {
    'no-app': { step: 'register-app', name: label('registerApp'), fields: [] },
    register: { step: 'fill-app-details', fields: APP_FORM },
    app: { step: 'reveal-web-settings', name: label('webSettingsToggle'), fields: ['app-id'] },
    'web-settings': { step: 'copy-client-id', name: clientIdText, fields: ['app-id', 'client-id', 'client-secret'] },
    edit: { step: 'add-origins', fields: ['app-id', 'client-id', 'client-secret', ...WEB_FORM] },
    'edit-app': { step: 'save-app', name: label('save'), fields: APP_FORM },
  },
  'integration-central/lwa.en.html': {
    list: { step: 'copy-client-id', name: clientIdText, fields: ['client-id'] },
    create: { step: 'fill-app-details', fields: ['app-name', 'app-description', 'privacy-url', ...WEB_FORM] },
    view: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret'] },
    edit: {
      step: 'add-origins',
      fields: ['client-id', 'client-secret', 'app-name', 'app-description', 'privacy-url', ...WEB_FORM],
    },
  },
  'integration-central/lwa.de.html': {
    list: { step: 'copy-client-id', name: clientIdText, fields: ['client-id'] },
    create: { step: 'fill-app-details', fields: ['app-name', 'app-description', 'privacy-url', ...WEB_FORM] },
    view: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret'] },
    edit: {
      step: 'add-origins',
      fields: ['client-id', 'client-secret', 'app-name', 'app-description', 'privacy-url', ...WEB_FORM],
    },
  },
  'developer-console/overview.en.html': {
    list: { step: 'reveal-web-settings', name: label('showCredentials'), fields: [] },
    revealed: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret', 'app-id'] },
    empty: { step: 'register-app', name: label('createSecurityProfile'), fields: [] },
  },
  'developer-console/overview.ja.html': {
    list: { step: 'reveal-web-settings', name: label('showCredentials'), fields: [] },
    revealed: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret', 'app-id'] },
    empty: { step: 'register-app', name: label('createSecurityProfile'), fields: [] },
  },
  'developer-console/create-security-profile.en.html': { form: { step: 'fill-app-details', fields: APP_FORM } },
  'developer-console/create-security-profile.ja.html': { form: { step: 'fill-app-details', fields: APP_FORM } },
  'developer-console/web-settings-view.en.html': {
    view: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret'] },
  },
  'developer-console/web-settings-view.ja.html': {
    view: { step: 'copy-client-id', name: clientIdText, fields: ['client-id', 'client-secret'] },
  },
  'developer-console/web-settings-update.en.html': {
    edit: { step: 'add-origins', fields: ['client-id', ...WEB_FORM] },
  },
  'developer-console/web-settings-update.ja.html': { edit: { step: 'add-origins', fields: WEB_FORM } },
  'unrecognised/integration-central-error.en.html': { '': { step: null, fields: [] } },
};

const CASES = fixturePages
  .filter((page) => EXPECTED[page.file])
  .flatMap((page) => (page.states ?? ['']).map((state) => ({ file: page.file, state })));

describe('every fixture state: fields, next step, its element', () => {
  test('the table covers every console fixture and state', () => {
    const consolePages = fixturePages.filter((page) => page.file !== 'unrecognised/amazon-fr-shop.fr.html');
    expect(CASES.length).toBe(consolePages.reduce((n, page) => n + (page.states?.length ?? 1), 0));
  });

  test.each(CASES)('$file $state', async ({ file, state }) => {
    const page = findFixture(file);
    const expected = EXPECTED[file]?.[state] as Expect;
    const { document } = await load(page, state || undefined);
    const model = look(document);

    expect(step(page, model)).toBe(expected.step);
    const target = expected.step ? model.targets[expected.step] : undefined;
    if (expected.step) expect(target, 'the step has an element').toBeDefined();
    if (target && expected.name) expect(sameLabel(nameOf(target), expected.name(page)), nameOf(target)).toBe(true);
    if (expected.step === 'fill-app-details' || expected.step === 'add-origins') {
      expect(target?.matches('input,textarea')).toBe(true);
      expect((target as HTMLInputElement).value).toBe('');
    }

    expect(new Set(model.fields.filter((f) => f.visible).map((f) => f.name))).toEqual(new Set(expected.fields));
    // Exactly one element per value (dom-contract), and the client ID is exactly the page's client ID.
    const ids = model.fields.filter((f) => f.visible && !['allowed-origin', 'allowed-return-url'].includes(f.name));
    expect(new Set(ids.map((f) => f.element)).size).toBe(ids.length);
    for (const name of ['client-id', 'app-id'] as const) expect(visible(model, name).length).toBeLessThanOrEqual(1);
    const clientId = visible(model, 'client-id')[0];
    if (clientId) {
      expect(clientId.value).toBe(page.ids.clientId);
      expect(model.clientId).toBe(page.ids.clientId);
      // The innermost element whose text is the value, or the input holding it.
      const shown = clientId.element.matches('input')
        ? (clientId.element as HTMLInputElement).value
        : clientId.element.textContent?.trim();
      expect(shown).toBe(page.ids.clientId);
      expect(model.targets['copy-client-id']).toBe(clientId.element);
    }
    const appId = visible(model, 'app-id')[0];
    if (appId) expect(appId.element.textContent?.trim()).toBe(page.ids.appId);
  });
});

// The same tests on two DOM shapes of the legacy console: EN puts Web Settings in a <table> and labels its form with
// <label for>; FR uses a <dl>, wrapping labels / aria-labelledby and AUI input buttons. Nothing below knows which.
const LEGACY = [findFixture('seller-central/lwa-legacy.en.html'), findFixture('seller-central/lwa-legacy.fr.html')];

describe.each(LEGACY)('legacy console, $file ($models)', (page) => {
  const ids = page.ids;
  const labels = page.labels ?? {};

  test('no application: Register, nothing else is the step', async () => {
    const { document } = await load(page, 'no-app');
    const model = look(document);
    expect(model.state.hasApp).toBe(false);
    expect(step(page, model)).toBe('register-app');
    expect(sameLabel(nameOf(model.targets['register-app'] as Element), labels.registerApp)).toBe(true);
    expect(model.fields.filter((f) => f.visible)).toEqual([]);
  });

  test('registration: the next step moves to the next empty required field, then to Save', async () => {
    const loaded = await load(page, 'register');
    const order: string[] = [];
    const values = ['Example', 'An example shop', 'https://www.example.com/privacy'];
    for (const value of [...values, null]) {
      const model = look(loaded.document);
      const next = step(page, model);
      const target = next ? model.targets[next] : undefined;
      if (!target || !next) throw new Error(`no step after ${order.join(', ')}`);
      const field = model.fields.find((f) => f.element === target);
      order.push(field ? field.name : `${next}:${normalizeLabel(nameOf(target))}`);
      if (value !== null) type(target, value);
    }
    expect(order).toEqual([
      'app-name',
      'app-description',
      'privacy-url',
      `save-app:${normalizeLabel(labels.save ?? '')}`,
    ]);
  });

  test('the logo is recognised but optional', async () => {
    const { document } = await load(page, 'register');
    const model = look(document);
    const logo = visible(model, 'logo')[0];
    expect(logo?.element.matches('input[type=file]')).toBe(true);
    expect(model.state.registration).toEqual({ emptyRequired: 3 });
  });

  test('application registered, Web Settings collapsed: the "+" next to them; no client ID is shown', async () => {
    const { document } = await load(page, 'app');
    const model = look(document);
    expect(model.state.hasApp).toBe(true);
    expect(model.state.clientIdShown).toBe(false);
    expect(visible(model, 'client-id')).toEqual([]);
    expect(visible(model, 'app-id').map((f) => f.value)).toEqual([ids.appId]);
    expect(step(page, model)).toBe('reveal-web-settings');
    expect(nameOf(model.targets['reveal-web-settings'] as Element)).toBe('+');
  });

  test('Web Settings shown: client ID, not the application ID nor the secret; then their own Edit', async () => {
    const { document } = await load(page, 'web-settings');
    const records = collect(document);
    // The records are plain data: a label, its value as text, visibility.
    const clientIdLabels = records.labels.filter((r) => fieldConcept(r.label) === 'clientId' && r.visible);
    expect(clientIdLabels.map((r) => r.valueText)).toEqual([ids.clientId]);
    expect(sameLabel(clientIdLabels[0]?.label ?? '', labels.clientId)).toBe(true);
    expect(records.ids.filter((r) => r.visible).map((r) => r.text)).toEqual(
      expect.arrayContaining([ids.appId, ids.clientId]),
    );

    const model = classify(records);
    expect(model.clientId).toBe(ids.clientId);
    expect(visible(model, 'client-id').map((f) => f.element.textContent)).toEqual([ids.clientId]);
    expect(visible(model, 'app-id').map((f) => f.value)).toEqual([ids.appId]);
    const secret = visible(model, 'client-secret');
    expect(secret).toHaveLength(1);
    expect(secret[0]?.element.textContent).not.toContain(ids.clientId);
    expect(model.state.savedWebSettings).toEqual({ origins: 0, returnUrls: 0 });

    expect(step(page, model)).toBe('copy-client-id');
    expect(step(page, model, COPIED)).toBe('edit-web-settings');
    const edit = model.targets['edit-web-settings'] as Element;
    expect(sameLabel(nameOf(edit), labels.edit)).toBe(true);
    // The Web Settings' Edit, not the application details' one above them.
    const clientIdElement = visible(model, 'client-id')[0]?.element as Element;
    expect(clientIdElement.compareDocumentPosition(edit) & 4).toBeTruthy();
  });

  test('the secret shown in clear is still the secret, never the client ID', async () => {
    const loaded = await load(page, 'web-settings');
    const show = collect(loaded.document).actions.find((a) => sameLabel(a.text, labels.showSecret));
    if (!show) throw new Error('no Show Secret');
    (show.element as HTMLElement).click();
    const model = look(loaded.document);
    expect(visible(model, 'client-secret').map((f) => f.value)).toEqual([ids.clientSecret]);
    expect(visible(model, 'client-id').map((f) => f.value)).toEqual([ids.clientId]);
  });

  test('saved origins and return URLs are counted; then back to Amazon Pay through the view drop-down', async () => {
    const { document } = await load(page, 'web-settings', {
      origins: ['https://www.example.com', 'https://example.com'],
      returnUrls: ['https://www.example.com/login'],
    });
    const model = look(document);
    expect(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });
    expect(step(page, model, COPIED)).toBe('back-to-amazon-pay');
    const back = model.targets['back-to-amazon-pay'] as Element;
    // The menu is closed: the drop-down that opens it.
    expect(back.getAttribute('aria-haspopup')).not.toBeNull();
  });

  test('editing: origins, then return URLs, then the Web Settings’ Save', async () => {
    const loaded = await load(page, 'edit');
    let model = look(loaded.document);
    expect(model.state.editing).toEqual({ origins: 0, returnUrls: 0 });
    expect(step(page, model, COPIED)).toBe('add-origins');
    const origin = model.targets['add-origins'] as Element;
    expect(visible(model, 'allowed-origin').map((f) => f.element)).toEqual([origin]);
    type(origin, 'https://www.example.com');

    model = look(loaded.document);
    expect(step(page, model, COPIED)).toBe('add-return-urls');
    const returnUrl = model.targets['add-return-urls'] as Element;
    expect(visible(model, 'allowed-return-url').map((f) => f.element)).toEqual([returnUrl]);
    type(returnUrl, 'https://www.example.com/login');

    model = look(loaded.document);
    expect(model.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(step(page, model, COPIED)).toBe('save-web-settings');
    expect(sameLabel(nameOf(model.targets['save-web-settings'] as Element), labels.save)).toBe(true);
  });

  test('"Add Another" adds an input that is an allowed origin too, and the next empty one is the step', async () => {
    const loaded = await load(page, 'edit', { origins: ['https://www.example.com'] });
    await settle(loaded);
    let model = look(loaded.document);
    expect(model.state.editing?.origins).toBe(1);
    const add = collect(loaded.document).actions.find((a) => sameLabel(a.text, labels.addAnother) && a.visible);
    if (!add) throw new Error('no Add Another');
    (add.element as HTMLElement).click();
    model = look(loaded.document);
    const origins = visible(model, 'allowed-origin');
    expect(origins).toHaveLength(2);
    expect(model.state.editing?.origins).toBe(1);
    // Return URLs come next in the guide; the new empty origin is still the origins' step element.
    expect(model.targets['add-origins']).toBe(origins[1]?.element);
  });

  test('the hidden stale copies on the page are never taken for the real thing', async () => {
    const { document } = await load(page, 'web-settings');
    const records = collect(document);
    const hiddenClientIdLabels = records.labels.filter((r) => fieldConcept(r.label) === 'clientId' && !r.visible);
    const hiddenWebSettings = records.labels.filter((r) => fieldConcept(r.label) === 'webSettings' && !r.visible);
    // EN keeps a hidden empty "Client ID:" row, FR a hidden "Paramètres Web" heading: one of them at least.
    expect(hiddenClientIdLabels.length + hiddenWebSettings.length).toBeGreaterThan(0);
    expect(visible(classify(records), 'client-id')).toHaveLength(1);
  });
});

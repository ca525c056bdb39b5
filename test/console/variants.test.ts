// @vitest-environment happy-dom
// Console page variants that are not the main fixtures (test/fixtures/variants/, catalogue in pages.ts there): other
// languages (Italian, Spanish), other DOM shapes (aria-label only, <legend>, a heading over placeholder-only inputs,
// "Label: value" in one element, upper case, role=button divs and links, read-only inputs, IDs wrapped in white
// space), distractor IDs, and a list of several client IDs. collect() → classify() → nextStep() must give the
// contract-level results (dom-contract.md: which element gets which data-lwa-field, the step and its element, the
// page state) on all of them, since Amazon's real pages may take any of these shapes.
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { classify, type FieldName } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { recognizeLwaCredential } from '../../src/core/credentials';
import type { StepId } from '../../src/core/steps';
import { findVariant, hiddenClientId, listClientIds, variantPages } from '../fixtures/variants/pages';
import { nameOf, type } from './load-fixture';
import {
  COPIED,
  DONE,
  type Expect,
  fixtureLoader,
  look,
  marks,
  NOTHING,
  sameLabel,
  shownText,
  stepOffHome,
  visible,
} from './variant-harness';

const load = fixtureLoader();
// None of these pages is the Amazon Pay home.
const step = stepOffHome;

const READ_ONLY = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const EXPECTED: Record<string, Expect> = {
  'variants/lwa-legacy-web-settings.it.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
  },
  'variants/lwa-legacy-edit.it.html': {
    marks: { ...READ_ONLY, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { editing: { origins: 1, returnUrls: 0 }, registration: null },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  'variants/lwa-legacy-web-settings.es.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
  },
  'variants/lwa-legacy-edit.es.html': {
    marks: { 'client-id': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { editing: { origins: 0, returnUrls: 0 }, registration: null },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  'variants/ic-edit-aria.en.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 2,
      'allowed-return-url': 1,
    },
    state: { editing: { origins: 0, returnUrls: 0 }, registration: { emptyRequired: 0 } },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  'variants/lwa-legacy-edit-headings.en.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 2 },
    state: { editing: { origins: 1, returnUrls: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  'variants/lwa-legacy-web-settings-caps.en.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
  },
  'variants/ic-view-inline.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 1, returnUrls: 0 } },
    // No view drop-down on this page: once the client ID is copied, nothing is left to do here.
    steps: ['copy-client-id', null, null],
  },
  'variants/ic-view-distractors.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, savedWebSettings: null },
    steps: ['copy-client-id', null, null],
  },
  'variants/ic-create-placeholder.en.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 3 }, editing: { origins: 0, returnUrls: 0 }, hasApp: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  'variants/lwa-legacy-web-settings-inline.ja.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
  },
  'variants/lwa-legacy-edit-inline.fr.html': {
    marks: { 'client-id': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { editing: { origins: 0, returnUrls: 0 }, registration: null },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  // Several applications: each client ID is marked, none is "the" one (see the list test below).
  'variants/ic-list-table.en.html': {
    marks: { 'client-id': 3 },
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: [null, null, null],
  },
};

describe('every variant: marks, state, next step, and the contract rules for fields', () => {
  test('the table covers every variant page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(variantPages.map((page) => page.file).sort());
  });

  test.each(variantPages.map((page) => ({ file: page.file, models: page.models, page })))(
    '$file — $models',
    async ({ file, page }) => {
      const expected = EXPECTED[file] as Expect;
      const document = await load(page);
      const model = look(document);

      expect(marks(model)).toEqual(expected.marks);
      expect(model.state).toMatchObject(expected.state);
      expect([step(model), step(model, COPIED), step(model, DONE)]).toEqual(expected.steps);
      for (const known of [NOTHING, COPIED, DONE]) {
        const next = step(model, known);
        if (next) expect(model.targets[next], `${next} has an element`).toBeDefined();
      }

      // Exactly one element per value, never a control of ours or of the page's (a "?" link, a Copy or Show button).
      const shown = model.fields.filter((f) => f.visible);
      expect(new Set(shown.map((f) => f.element)).size).toBe(shown.length);
      for (const f of shown) expect(f.element.matches('button,a,[role=button]'), `${f.name} on an action`).toBe(false);
      const single = shown.filter((f) => f.name !== 'allowed-origin' && f.name !== 'allowed-return-url');
      const keys = single.map((f) => `${f.name}\u0000${f.value || f.element.textContent}`);
      expect(new Set(keys).size).toBe(keys.length);

      // The client ID and the app ID: the page's own values, on the innermost element that shows them.
      for (const f of shown.filter((f) => f.name === 'client-id' || f.name === 'app-id')) {
        expect(recognizeLwaCredential(f.value).kind).toBe(f.name);
        expect(shownText(f.element)).toContain(f.value);
        expect([...f.element.children].some((child) => child.textContent?.includes(f.value))).toBe(false);
      }
      if (page.ids.clientId) {
        expect(visible(model, 'client-id').map((f) => f.value)).toEqual([page.ids.clientId]);
        expect(model.clientId).toBe(page.ids.clientId);
      }
      if (page.ids.appId) expect(visible(model, 'app-id').map((f) => f.value)).toEqual([page.ids.appId]);
      // The secret is never the client ID's element, nor its value.
      for (const f of visible(model, 'client-secret')) {
        expect(f.element.textContent).not.toMatch(/amzn1\.application/);
        if (page.ids.clientSecret) expect(f.value).toBe(page.ids.clientSecret);
      }
      // Only inputs get the origin and return-URL marks.
      for (const f of [...visible(model, 'allowed-origin'), ...visible(model, 'allowed-return-url')]) {
        expect(f.element.matches('input,textarea')).toBe(true);
      }
      // The copy step, when there is one, is the marked client ID.
      if (model.targets['copy-client-id']) {
        expect(model.targets['copy-client-id']).toBe(visible(model, 'client-id')[0]?.element);
      }
    },
  );
});

describe('Italian and Spanish legacy console', () => {
  test('IT read-only: the label in a <span> with a "?" link still finds its <dd>; the masked secret is its value', async () => {
    const page = findVariant('lwa-legacy-web-settings.it.html');
    const document = await load(page);
    const records = collect(document);
    const model = classify(records);
    const secret = visible(model, 'client-secret')[0]?.element as Element;
    expect(secret.textContent).toMatch(/^•+$/);
    // The client ID's element is the <span> around it, its white space and line breaks aside.
    const clientId = visible(model, 'client-id')[0]?.element as Element;
    expect(clientId.tagName).toBe('SPAN');
    expect(clientId.textContent?.trim()).toBe(page.ids.clientId);
    expect(model.targets['copy-client-id']).toBe(clientId);
    // Back to Amazon Pay: the closed drop-down that opens the listbox holding the view entries.
    const back = model.targets['back-to-amazon-pay'] as Element;
    expect(back.getAttribute('aria-haspopup')).toBe('listbox');
    expect(sameLabel(nameOf(back), page.labels?.viewLoginWithAmazon)).toBe(true);
  });

  test('IT edit: the empty return URL, then Salva (AUI button named by aria-labelledby)', async () => {
    const page = findVariant('lwa-legacy-edit.it.html');
    const document = await load(page);
    let model = look(document);
    const origins = visible(model, 'allowed-origin').map((f) => (f.element as HTMLInputElement).value);
    expect(origins).toEqual(['https://www.esempio.it', '']);
    const returnUrl = model.targets['add-return-urls'] as Element;
    expect(visible(model, 'allowed-return-url').map((f) => f.element)).toEqual([returnUrl]);
    // The origins' step is the empty origin input, not the "Aggiungi" link.
    expect(model.targets['add-origins']).toBe(visible(model, 'allowed-origin')[1]?.element);
    type(returnUrl, 'https://www.esempio.it/accesso');

    model = look(document);
    expect(model.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(step(model, COPIED)).toBe('save-web-settings');
    const save = model.targets['save-web-settings'] as Element;
    expect(save.matches('input[type=submit]')).toBe(true);
    expect(sameLabel(nameOf(save), page.labels?.save)).toBe(true);
  });

  test('ES read-only: the Web Settings’ own "Editar", then the native view <select>', async () => {
    const page = findVariant('lwa-legacy-web-settings.es.html');
    const document = await load(page);
    const model = look(document);
    const edit = model.targets['edit-web-settings'] as Element;
    expect(sameLabel(nameOf(edit), page.labels?.edit)).toBe(true);
    const clientId = visible(model, 'client-id')[0]?.element as Element;
    expect(clientId.tagName).toBe('CODE');
    // Not the application details' Editar above the client ID.
    expect(clientId.compareDocumentPosition(edit) & 4).toBeTruthy();
    expect(model.targets['back-to-amazon-pay']?.tagName).toBe('SELECT');
  });

  test('ES edit: <legend> labels every input of its <fieldset>; origins, return URL, then Guardar', async () => {
    const page = findVariant('lwa-legacy-edit.es.html');
    const document = await load(page);
    const order: string[] = [];
    for (const value of ['https://www.ejemplo.es', 'https://www.ejemplo.es/volver', null]) {
      const model = look(document);
      const next = step(model, COPIED);
      const target = next ? model.targets[next] : undefined;
      if (!next || !target) throw new Error(`no step after ${order.join(', ')}`);
      order.push(next);
      if (value === null) expect(sameLabel(nameOf(target), page.labels?.save)).toBe(true);
      else type(target, value);
    }
    expect(order).toEqual(['add-origins', 'add-return-urls', 'save-web-settings']);
  });
});

describe('shapes the main fixtures do not have', () => {
  test('aria-label only: each input is its field; the read-only input holds the client ID; Save is a div', async () => {
    const page = findVariant('ic-edit-aria.en.html');
    const document = await load(page);
    let model = look(document);
    const clientId = visible(model, 'client-id')[0]?.element as HTMLInputElement;
    expect(clientId.matches('input[readonly]')).toBe(true);
    expect(clientId.value).toBe(page.ids.clientId);
    const byLabel = (name: FieldName) => visible(model, name).map((f) => f.element.getAttribute('aria-label'));
    expect(byLabel('app-name')).toEqual(['Application or store name']);
    expect(byLabel('allowed-origin')).toEqual(['Allowed JavaScript origins', 'Allowed JavaScript origins']);
    const order: (StepId | null)[] = [];
    for (const value of ['https://www.example.com', 'https://www.example.com/login']) {
      const next = step(model, COPIED);
      order.push(next);
      type(model.targets[next as StepId] as Element, value);
      model = look(document);
    }
    expect(order).toEqual(['add-origins', 'add-return-urls']);
    expect(model.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(step(model, COPIED)).toBe('save-web-settings');
    const save = model.targets['save-web-settings'] as Element;
    expect(save.matches('div[role=button]')).toBe(true);
    expect(sameLabel(nameOf(save), page.labels?.save)).toBe(true);
  });

  test('lists under an <h3>, inputs with a placeholder only; Save is <a role="button"> without href', async () => {
    const page = findVariant('lwa-legacy-edit-headings.en.html');
    const document = await load(page);
    let model = look(document);
    const returnUrls = visible(model, 'allowed-return-url').map((f) => f.element);
    expect(model.targets['add-return-urls']).toBe(returnUrls[0]);
    type(returnUrls[0] as Element, 'https://shop.example.com/login');
    model = look(document);
    expect(step(model, COPIED)).toBe('save-web-settings');
    const save = model.targets['save-web-settings'] as Element;
    expect(save.matches('a[role=button]:not([href])')).toBe(true);
    expect(sameLabel(nameOf(save), page.labels?.save)).toBe(true);
    // "CLIENT ID" with a text-less "?" icon: the span with spaces and line breaks around the ID.
    expect(visible(model, 'client-id')[0]?.element.className).toBe('v');
  });

  test('upper case everywhere: fields, the saved lists counted, the secret in clear, EDIT as a div', async () => {
    const page = findVariant('lwa-legacy-web-settings-caps.en.html');
    const document = await load(page);
    const model = look(document);
    expect(visible(model, 'client-secret').map((f) => f.value)).toEqual([page.ids.clientSecret]);
    expect(model.targets['edit-web-settings']?.matches('div[role=button]')).toBe(true);
    expect(model.targets['back-to-amazon-pay']?.getAttribute('aria-haspopup')).toBe('menu');
  });

  test('"Label: value" in one element: the element is marked, the masked secret and the saved origin are read', async () => {
    const page = findVariant('ic-view-inline.en.html');
    const document = await load(page);
    const model = look(document);
    const clientId = visible(model, 'client-id')[0]?.element as Element;
    expect(clientId.textContent).toBe(`Client ID: ${page.ids.clientId}`);
    const secret = visible(model, 'client-secret')[0]?.element as Element;
    expect(secret.textContent).toMatch(/^Client secret: •+$/);
    // The Edit at the head of the card edits its Web Settings too.
    expect(sameLabel(nameOf(model.targets['edit-web-settings'] as Element), page.labels?.edit)).toBe(true);
  });

  test('placeholder-only form: the details in page order, then Save changes', async () => {
    const page = findVariant('ic-create-placeholder.en.html');
    const document = await load(page);
    const order: string[] = [];
    for (const value of ['Example Shop', 'Sign-in for the Example Shop', 'https://www.example.com/privacy']) {
      const model = look(document);
      const target = model.targets['fill-app-details'] as Element;
      expect(step(model)).toBe('fill-app-details');
      order.push(model.fields.find((f) => f.element === target)?.name ?? '?');
      type(target, value);
    }
    expect(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    // Details filled in: the form's Web Settings come before its one Save.
    const model = look(document);
    expect(step(model)).toBe('add-origins');
    type(model.targets['add-origins'] as Element, 'https://www.example.com');
    type(visible(model, 'allowed-return-url')[0]?.element as Element, 'https://www.example.com/login');
    const filled = look(document);
    expect(step(filled)).toBe('save-web-settings');
    expect(sameLabel(nameOf(filled.targets['save-web-settings'] as Element), page.labels?.save)).toBe(true);
  });

  test('"ラベル：値" with a full-width colon: the <code> after the label, the masked secret, both saved lists', async () => {
    const page = findVariant('lwa-legacy-web-settings-inline.ja.html');
    const document = await load(page);
    const model = look(document);
    expect(visible(model, 'client-id')[0]?.element.tagName).toBe('CODE');
    expect(visible(model, 'client-secret')[0]?.element.textContent).toMatch(/^クライアントシークレット：•+$/);
    expect(sameLabel(nameOf(model.targets['edit-web-settings'] as Element), page.labels?.edit)).toBe(true);
  });

  test('"Libellé : <input>" rows: the inputs after the label text are its entries; then the Save', async () => {
    const page = findVariant('lwa-legacy-edit-inline.fr.html');
    const document = await load(page);
    let model = look(document);
    expect(visible(model, 'client-id')[0]?.element.matches('input[readonly]')).toBe(true);
    const origins = visible(model, 'allowed-origin').map((f) => f.element);
    expect(model.targets['add-origins']).toBe(origins[0]);
    type(origins[0] as Element, 'https://www.exemple.fr');
    model = look(document);
    type(model.targets['add-return-urls'] as Element, 'https://www.exemple.fr/retour');
    model = look(document);
    expect(model.state.editing).toEqual({ origins: 1, returnUrls: 1 });
    expect(sameLabel(nameOf(model.targets['save-web-settings'] as Element), page.labels?.save)).toBe(true);
  });

  test('distractors: merchant ID, SANDBOX- key, SP-API app ID and hidden client IDs are never marked', async () => {
    const page = findVariant('ic-view-distractors.en.html');
    const document = await load(page);
    const model = look(document);
    const clientId = visible(model, 'client-id')[0]?.element as Element;
    expect(clientId.tagName).toBe('DD');
    expect(clientId.closest('main')).not.toBeNull();
    const shownTexts = model.fields.filter((f) => f.visible).map((f) => f.element.textContent ?? '');
    for (const other of [page.ids.merchantId, page.ids.publicKeyId, 'amzn1.sp.solution', hiddenClientId]) {
      expect(shownTexts.some((text) => text.includes(other as string))).toBe(false);
    }
    // The hidden ones are seen (records) but never visible fields.
    expect(model.fields.filter((f) => !f.visible && f.name === 'client-id').map((f) => f.value)).toEqual([
      hiddenClientId,
    ]);
    expect(model.clientId).toBe(page.ids.clientId);
  });
});

describe('a list of several client IDs (Integration Central), "Client ID" a column header', () => {
  test('each client ID is marked once; none is the page’s client ID, so nothing is highlighted', async () => {
    const document = await load(findVariant('ic-list-table.en.html'));
    const model = look(document);
    const clientIds = visible(model, 'client-id');
    expect(clientIds.map((f) => f.value)).toEqual([...listClientIds]);
    for (const f of clientIds) expect(f.element.textContent).toBe(f.value);
    // Which application the shop uses is the merchant's choice: no page-level client ID (the copy guard offers none),
    // no copy step, no Edit of one row highlighted.
    expect(model.clientId).toBeNull();
    expect(model.targets['copy-client-id']).toBeUndefined();
    expect(model.targets['edit-web-settings']).toBeUndefined();
    // The column header "Client secret" has no single value: the next header cell is not a secret.
    expect(visible(model, 'client-secret')).toEqual([]);
    expect(model.targets['register-app']).toBeDefined();
  });

  test('a header alone in its row, or over a single row, still heads its one value', () => {
    document.body.innerHTML =
      '<table><tr><th>Client secret</th></tr><tr><td><span>••••</span> <button>Show</button></td></tr></table>' +
      '<table><thead><tr><th>Client secret</th></tr></thead><tbody><tr><td>••••••</td></tr></tbody></table>';
    expect(collect(document).labels.map((label) => label.valueText)).toEqual(['••••', '••••••']);
  });
});

describe('a label split over several texts is found from the one that holds a piece of it', () => {
  // A look walks up only from texts holding a piece of some label (labels.ts): a label set in parts, at a space or
  // where Latin letters meet Japanese, is still found, with its value.
  test.each([
    [
      '<table><tr><th>許可された返信<span>URL</span></th><td>https://a.example/x</td></tr></table>',
      '許可された返信URL',
    ],
    ['<dl><dt><span>クライアント</span><span>ID</span></dt><dd>x</dd></dl>', 'クライアントID'],
    [
      '<dl><dt><b>Allowed</b> <i>JavaScript</i> Origins</dt><dd>https://a.example</dd></dl>',
      'Allowed JavaScript Origins',
    ],
    [
      '<dl><dt><span>Zulässige</span> <span>Rückleitungs-</span><span>URLs</span></dt><dd>https://a.example/x</dd></dl>',
      'Zulässige Rückleitungs-URLs',
    ],
  ])('%s', async (html, label) => {
    const window = new Window();
    try {
      window.document.body.innerHTML = html;
      const labels = collect(window.document as unknown as Document).labels.map((l) => l.label.replace(/\s+/g, ' '));
      expect(labels).toContain(label);
    } finally {
      await window.happyDOM.close();
    }
  });
});

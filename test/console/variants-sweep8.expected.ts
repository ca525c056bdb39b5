// What each page of test/fixtures/variants-sweep8/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep8.test.ts
// (and, once registered there, in Chromium by test/e2e/variants-sweeps.chromium.test.ts). Each is what the merchant
// and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const SAVE_WEB_SETTINGS = ['save-web-settings', 'save-web-settings', 'save-web-settings'] as const;
const COPY_THEN_BACK = ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'] as const;

export const EXPECTED: Record<string, Expect> = {
  // One input per list: the origins input holds text (one entry field filled: 1, as sweep 2 counts a textarea), the
  // return-URL input is empty: that input, whatever is known.
  'variants-sweep8/dev-web-settings-comma-input.en.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // The tokens are entries already added (2 + 1), the entry inputs empty: the form's Save, whatever is known.
  'variants-sweep8/ic-edit-token-chips.de.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 1,
      'allowed-return-url': 1,
    },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: { emptyRequired: 0 },
      editing: { origins: 2, returnUrls: 1 },
    },
    steps: [...SAVE_WEB_SETTINGS],
  },
  // The client ID's read-only input, the mask; nothing saved: copy, then Editar, then back.
  'variants-sweep8/lwa-legacy-readonly-copy-pressed.es.html': {
    marks: IDS_AND_SECRET,
    state: {
      hasApp: true,
      clientIdShown: true,
      editing: null,
      registration: null,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Tooltips are no values: the <dd>s are; 2 + 1 saved: copy, then back.
  'variants-sweep8/lwa-legacy-dl-tooltips.it.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // Only the expanded card's values; its 1 origin saved: copy, then back.
  'variants-sweep8/lwa-legacy-card-grid-search.en.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // Three empty required details, no application yet: the first of them, whatever is known.
  'variants-sweep8/ic-create-stepper.es.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1 },
    state: { hasApp: false, clientIdShown: false, registration: { emptyRequired: 3 }, editing: null },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // The new client ID shown; both lists' entries empty: the origin entry, whatever is known.
  'variants-sweep8/ic-stepper-web-settings.it.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 0, returnUrls: 0 } },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  // The card's IDs once each; the dialog's entries (1 + 1): the dialog's Save, whatever is known.
  'variants-sweep8/lwa-legacy-modal-over-view.de.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
    secret: MASK_ONLY,
  },
  // Every entry still filled after the failed save (2 + 1): Save again, whatever is known (our verdict flags http://).
  'variants-sweep8/lwa-legacy-failed-save-filled.ja.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 2, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
    secret: MASK_ONLY,
  },
  // The view button opens the list offering "Login mit Amazon".
  'variants-sweep8/home-listbox-guide.de.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
  // English list names on a Japanese page: 2 + 1 saved; copy, then nothing here (no view switch).
  'variants-sweep8/dev-web-settings-view-mixed.ja.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Icons and CSS capitals change nothing; nothing saved: copy, then Edit, then nothing here.
  'variants-sweep8/ic-view-table-info-icons.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
  // The secret's mark on its password input; 1 + 1 saved: copy, then back to the test view.
  'variants-sweep8/lwa-legacy-secret-password-input.fr.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: [...COPY_THEN_BACK],
  },
  // "(one per line)" is a hint, not another field: both textareas; origins entered (1), no return URL: that textarea.
  'variants-sweep8/lwa-legacy-textareas-hint.en.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
};

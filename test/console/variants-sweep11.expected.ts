// What each page of test/fixtures/variants-sweep11/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep11.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const SAVE_WEB_SETTINGS = ['save-web-settings', 'save-web-settings', 'save-web-settings'] as const;

export const EXPECTED: Record<string, Expect> = {
  // " - optional" says only that the list may stay empty: the labels name the lists. 1 origin, no return URL: that
  // input, whatever is known.
  'variants-sweep11/dev-ws-edit-optional-suffix.en.html': {
    marks: { 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // <wbr> is no part of a name: the four inputs are the form's; two required details empty: the first of them.
  'variants-sweep11/dev-create-budoux-wbr.ja.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { registration: { emptyRequired: 2 }, editing: null, hasApp: false, clientIdShown: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // A label's hidden help text is no part of its name (screen readers skip it too): every input marked; all filled:
  // "Änderungen speichern", whatever is known.
  'variants-sweep11/ic-edit-label-wraps-help.de.html': {
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
      editing: { origins: 1, returnUrls: 1 },
    },
    steps: [...SAVE_WEB_SETTINGS],
  },
  // Entries edited in place are entries: 1 origin, the return-URL row empty: its input, whatever is known (which
  // "Salva" comes after is the targeted test's).
  'variants-sweep11/ic-ws-row-save.it.html': {
    marks: { 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // The dialog's entries are being edited (the read-only lists behind it are what is saved): 1 origin, no return URL:
  // the dialog's return-URL input, whatever is known. The IDs behind stay marked.
  'variants-sweep11/lwa-legacy-dialog-element.fr.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // A button's hidden busy text is not what it says now: "Guardar" is the Save; all entered (2 + 1): that button.
  'variants-sweep11/dev-ws-save-busy-text.es.html': {
    marks: { 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
  },
};

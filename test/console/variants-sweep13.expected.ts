// What each page of test/fixtures/variants-sweep13/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep13.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const FILL_DETAILS = ['fill-app-details', 'fill-app-details', 'fill-app-details'] as const;
const REGISTRATION_INPUTS = { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 } as const;

export const EXPECTED: Record<string, Expect> = {
  // A drawer over the view is the form being edited, wherever its portal sits in <body>; aria-hidden on the view
  // behind hides nothing from the merchant's eyes: the client ID and the mask there stay marked. The drawer's inputs
  // are the form's; 1 origin, no return URL: the drawer's return-URL input, whatever is known.
  'variants-sweep13/ic-edit-side-drawer.en.html': {
    marks: {
      'client-id': 1,
      'client-secret': 1,
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
      editing: { origins: 1, returnUrls: 0 },
    },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // A required mark (the "*" a screen reader skips, the words it reads instead) is no part of a field's name: the
  // four inputs are the form's; one required detail empty: that input, whatever is known.
  'variants-sweep13/lwa-legacy-register-sr-required.fr.html': {
    marks: { ...REGISTRATION_INPUTS },
    state: { registration: { emptyRequired: 1 }, editing: null, hasApp: false, clientIdShown: false },
    steps: [...FILL_DETAILS],
  },
  // A list's description between its name and its entries belongs to the list (each entry names it in
  // aria-describedby): the entries named by their place are the list's. 1 origin (the added row empty), no return
  // URL: the return-URL input, whatever is known.
  'variants-sweep13/ic-edit-list-description.de.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 2,
      'allowed-return-url': 1,
    },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: { emptyRequired: 0 },
      editing: { origins: 1, returnUrls: 0 },
    },
    steps: [...ADD_RETURN_URLS],
  },
  // An aria-label that names no field ("Inserisci un URL") tells nothing of what the entry is for; the visible
  // <label for> does: both entries marked. 1 origin, no return URL: the return-URL input, whatever is known.
  'variants-sweep13/lwa-legacy-ws-generic-aria-label.it.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // The return-URL list has no row: its "+" ("Añadir URL de retorno", the Add word and what it adds) is what the
  // merchant presses, whatever is known. Both origin rows are entries.
  'variants-sweep13/dev-ws-icon-add-empty-list.es.html': {
    marks: { 'allowed-origin': 2 },
    state: { registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // A badge before the name (必須 / 任意) is a required mark as one after it is: the four inputs are the form's; two
  // required details empty: the first of them, whatever is known.
  'variants-sweep13/dev-create-badge-first.ja.html': {
    marks: { ...REGISTRATION_INPUTS },
    state: { registration: { emptyRequired: 2 }, editing: null, hasApp: false, clientIdShown: false },
    steps: [...FILL_DETAILS],
  },
};

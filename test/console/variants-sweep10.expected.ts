// What each page of test/fixtures/variants-sweep10/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep10.test.ts
// and in Chromium by test/e2e/variants-sweeps.chromium.test.ts. Each is what the merchant and shared/dom-contract.md
// require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const COPY_THEN_BACK = ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'] as const;
const OPEN_LWA = ['open-lwa-console', 'open-lwa-console', null] as const;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const SAVE_WEB_SETTINGS = ['save-web-settings', 'save-web-settings', 'save-web-settings'] as const;
/** An application's page showing its saved Web Settings (this many origins and return URLs), not an edit form. */
const savedView = (origins: number, returnUrls: number) => ({
  hasApp: true,
  clientIdShown: true,
  registration: null,
  editing: null,
  savedWebSettings: { origins, returnUrls },
});
const HOME_STATE = { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null };
const DETAILS_AND_ENTRIES = {
  'client-id': 1,
  'app-name': 1,
  'app-description': 1,
  'privacy-url': 1,
  'allowed-origin': 1,
  'allowed-return-url': 1,
} as const;

export const EXPECTED: Record<string, Expect> = {
  // The dialog's one empty input is an origin entry being added, marked; the saved rows are read from the ARIA table.
  // The IDs behind the dialog stay marked.
  'variants-sweep10/dev-ws-table-add-dialog.en.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 1 },
    // The saved rows count as the lists' entries (as chips beside an entry field do): with two origins and a return
    // URL there, the dialog's empty input is one more, not a missing one, and its Save is the step (as for an empty
    // "Add another" row under filled ones).
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 2, returnUrls: 1 } },
    steps: ['save-web-settings', 'save-web-settings', 'save-web-settings'],
    secret: MASK_ONLY,
  },
  // The rows under each column header are the saved addresses (2 + 1): copy, then nothing here.
  'variants-sweep10/dev-ws-aria-table.ja.html': {
    marks: IDS_AND_SECRET,
    state: savedView(2, 1),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // The view <select> offering "Accedi con Amazon" (never the sandbox switch).
  'variants-sweep10/home-sandbox-switch.it.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // The client ID's read-only input, the mask; 2 + 0 saved: copy, then nothing here (no view switch).
  'variants-sweep10/ic-dl-div-pairs.fr.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(2, 0),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Names from role=heading spans: details complete, 1 origin, no return URL: that entry, whatever is known.
  'variants-sweep10/ic-edit-role-heading.it.html': {
    marks: DETAILS_AND_ENTRIES,
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: { emptyRequired: 0 },
      editing: { origins: 1, returnUrls: 0 },
    },
    steps: [...ADD_RETURN_URLS],
  },
  // All entered (2 + 1): "Guardar cambios" (outside the form, tied by form=), whatever is known.
  'variants-sweep10/dev-ws-edit-form-attr.es.html': {
    marks: { 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
  },
  // Soft hyphens are no part of a label: details complete, 1 + 1 entered: "Änderungen speichern", whatever is known.
  'variants-sweep10/ic-edit-shy-discard.de.html': {
    marks: DETAILS_AND_ENTRIES,
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: { emptyRequired: 0 },
      editing: { origins: 1, returnUrls: 1 },
    },
    steps: [...SAVE_WEB_SETTINGS],
  },
  // A masked client ID is not shown: no client-id mark; the App ID and the secret in clear marked; 0 + 0 saved: the
  // client ID's "Show" until the Web Settings are known saved, then back to the sandbox view.
  'variants-sweep10/lwa-legacy-client-masked-secret-clear.en.html': {
    marks: { 'app-id': 1, 'client-secret': 1 },
    state: {
      hasApp: true,
      clientIdShown: false,
      registration: null,
      editing: null,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
    secret: /^[0-9a-f]{64}$/,
  },
  // "URL de retour autorisées" names the return-URL list: 1 origin, no return URL: that input, whatever is known.
  'variants-sweep10/lwa-legacy-retour-wording.fr.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // One mark per value, on the shown cards (the wide table is hidden); 1 + 1 saved: copy, then nothing here.
  'variants-sweep10/ic-narrow-stacked-cards.ja.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(1, 1),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // The shown <dd>s, never the hidden inputs; the links are saved entries (2 + 1): copy, then back.
  'variants-sweep10/lwa-legacy-hidden-inputs-links.es.html': {
    marks: IDS_AND_SECRET,
    state: savedView(2, 1),
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // Disabled inputs are saved entries, not an edit (no list marks, as sweep 6's readonly inputs; debatable): 2 + 1
  // saved: copy, then back to the sandbox view.
  'variants-sweep10/lwa-legacy-fieldset-disabled.it.html': {
    marks: IDS_AND_SECRET,
    state: savedView(2, 1),
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // The view <select> whose optgroup holds "Amazonでログイン" (never the marketplace <select>).
  'variants-sweep10/home-view-optgroups.ja.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
};

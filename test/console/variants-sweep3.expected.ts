// What each page of test/fixtures/variants-sweep3/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep3.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';
import { FILL, MASK_ONLY, V1_SECRET } from './variants-sweep2.expected';

const ADD_ORIGINS: Expect['steps'] = ['add-origins', 'add-origins', 'add-origins'];
const ADD_RETURN_URLS: Expect['steps'] = ['add-return-urls', 'add-return-urls', 'add-return-urls'];
const DETAILS = { 'app-name': 1, 'app-description': 1, 'privacy-url': 1 } as const;

export const EXPECTED: Record<string, Expect> = {
  // Nothing entered: the first origin input, whatever is known.
  'variants-sweep3/lwa-legacy-edit-floating.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 0, returnUrls: 0 } },
    steps: ADD_ORIGINS,
  },
  // Details filled, one origin: the return URL is asked for, whatever is known.
  'variants-sweep3/ic-edit-labelledby.en.html': {
    marks: { 'client-id': 1, ...DETAILS, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 1, returnUrls: 0 } },
    steps: ADD_RETURN_URLS,
  },
  // Two origins entered as chips (the merchant has them: they are entries), none of the return URLs.
  'variants-sweep3/ic-edit-chips.fr.html': {
    marks: { 'client-id': 1, ...DETAILS, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 2, returnUrls: 0 } },
    steps: ADD_RETURN_URLS,
  },
  // Saved lists as table rows: counted; Integration Central has no view drop-down, so nothing after the copy.
  'variants-sweep3/ic-view-table-rows.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // The dialog's form is what is being edited: its empty return-URL input, whatever is known.
  'variants-sweep3/lwa-legacy-edit-dialog.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: ADD_RETURN_URLS,
    secret: MASK_ONLY,
  },
  // French content, English frame: copy, Modifier, then the English view <select> back to Amazon Pay.
  'variants-sweep3/lwa-legacy-web-settings-mixed.fr.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Two origins entered (one of them wrong, with the console's own inline message), no return URL.
  'variants-sweep3/lwa-legacy-edit-caps-error.fr.html': {
    marks: { 'client-id': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 0 } },
    steps: ADD_RETURN_URLS,
  },
  // The expanded profile's values only; its own "Web Settings" link after the copy; nothing left once saved.
  'variants-sweep3/dev-overview-dl.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: V1_SECRET,
  },
  // Only the visible tab panel counts: nothing entered, the first origin input.
  'variants-sweep3/dev-web-settings-tabpanel.en.html': {
    marks: { 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 0, returnUrls: 0 } },
    steps: ADD_ORIGINS,
  },
  // Only the expanded application's values; one origin saved.
  'variants-sweep3/ic-list-two-apps.it.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Empty create form: the three required details first.
  'variants-sweep3/ic-create-srlabels.es.html': {
    marks: { ...DETAILS, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: {
      registration: { emptyRequired: 3 },
      editing: { origins: 0, returnUrls: 0 },
      hasApp: false,
      clientIdShown: false,
    },
    steps: FILL,
  },
};

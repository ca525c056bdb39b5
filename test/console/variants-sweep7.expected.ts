// What each page of test/fixtures/variants-sweep7/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep7.test.ts
// and in Chromium by test/e2e/variants-sweeps.chromium.test.ts. Each is what the merchant and shared/dom-contract.md
// require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const OPEN_LWA = ['open-lwa-console', 'open-lwa-console', null] as const;

export const EXPECTED: Record<string, Expect> = {
  // The help panel's <b>label</b> + <code>example</code> are no saved settings: 0 + 0; copy, Edit, back.
  'variants-sweep7/lwa-legacy-full-chrome-help.en.html': {
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
  // Only the open card's values; 1 + 1 saved: copy, then back to the sandbox view.
  'variants-sweep7/lwa-legacy-two-apps-second-open.de.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // A (wrong) origin typed, the return-URL entry empty: that entry, whatever is known.
  'variants-sweep7/lwa-legacy-edit-wrong-origin.fr.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // Name and description typed, privacy URL empty: the privacy URL input.
  'variants-sweep7/lwa-legacy-register-partial-help.it.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { hasApp: false, clientIdShown: false, registration: { emptyRequired: 1 }, editing: null },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // Two origins typed, the return-URL entry empty: that entry, whatever is known.
  'variants-sweep7/dev-web-settings-origins-filled.es.html': {
    marks: { 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // Production view: the view button opens the menu to "Accedi con Amazon".
  'variants-sweep7/home-production-menu.it.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: [...OPEN_LWA],
  },
  // Full-width forms: the view <select> offers Login with Amazon.
  'variants-sweep7/home-sandbox-fullwidth.ja.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: [...OPEN_LWA],
  },
  // Three client IDs, one per value; the selected one's details open (1 origin saved): copy it, then nothing.
  'variants-sweep7/ic-list-selected-details.en.html': {
    marks: { 'client-id': 3, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Badges are no addresses: 1 + 0 saved (the open panel's list); copy, then back to the sandbox view.
  'variants-sweep7/lwa-legacy-accordion-span-buttons.es.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The secret shown in full: its <code>; 2 + 1 saved: copy, then back.
  'variants-sweep7/lwa-legacy-secret-shown.ja.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: /^[0-9a-f]{64}$/,
  },
  // Details complete, 2 origins typed, return URL empty: that entry, whatever is known.
  'variants-sweep7/ic-edit-origins-filled-help.de.html': {
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
      editing: { origins: 2, returnUrls: 0 },
    },
    steps: [...ADD_RETURN_URLS],
  },
  // Web Settings collapsed; the help panel's examples are no saved settings: the "+", then back once saved.
  'variants-sweep7/lwa-legacy-collapsed-toast-help.fr.html': {
    marks: { 'app-id': 1 },
    state: { hasApp: true, clientIdShown: false, editing: null, registration: null, savedWebSettings: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
};

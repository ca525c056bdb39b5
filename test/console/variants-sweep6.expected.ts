// What each page of test/fixtures/variants-sweep6/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep6.test.ts
// and in Chromium by test/e2e/variants-sweeps.chromium.test.ts. Each is what the merchant and shared/dom-contract.md
// require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;

export const EXPECTED: Record<string, Expect> = {
  // Each caption names the value above it: 1 origin, 0 return URLs saved; copy, then back to the sandbox view.
  'variants-sweep6/lwa-legacy-caption-below.it.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The client ID is behind the unselected "Webeinstellungen" tab: that tab shows it (reveal-web-settings) until the
  // Web Settings are saved; then back to the sandbox view.
  'variants-sweep6/lwa-legacy-tab-unselected.de.html': {
    marks: { 'app-id': 1 },
    state: { hasApp: true, clientIdShown: false, editing: null, registration: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
  // Nothing shows the secret (its cell holds only "Mostrar"): no secret mark. 0 + 0 saved: copy, Editar, back.
  'variants-sweep6/lwa-legacy-secret-button-only.es.html': {
    marks: { 'app-id': 1, 'client-id': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
  },
  // The home's only step is the menu's <summary>, until the client ID is copied and the Web Settings are saved.
  'variants-sweep6/home-details-menu.ja.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
  // The dialog's form is being edited (2 origins, one flagged invalid; no return URL): the return URLs' "Ajouter".
  'variants-sweep6/lwa-legacy-dialog-rows-error.fr.html': {
    marks: { ...IDS_AND_SECRET, 'allowed-origin': 2 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 2, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // The chosen profile's three readonly inputs; copy, then the Web Settings link; nothing once saved.
  'variants-sweep6/dev-profile-select-th-inputs.en.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
  },
  // One origin entered, the return-URL input empty: that input, whatever is known.
  'variants-sweep6/dev-web-settings-split-labels.ja.html': {
    marks: { 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // Name typed; description and privacy URL empty: the description first.
  'variants-sweep6/ic-create-maxchars.de.html': {
    marks: {
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      logo: 1,
      'allowed-origin': 1,
      'allowed-return-url': 1,
    },
    state: {
      registration: { emptyRequired: 2 },
      editing: { origins: 0, returnUrls: 0 },
      hasApp: false,
      clientIdShown: false,
    },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // Two origins entered, the return-URL entry empty: that entry, whatever is known.
  'variants-sweep6/lwa-legacy-edit-numbered-rows.it.html': {
    marks: { 'client-id': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // Read-only (no Save): 2 + 1 saved; copy, then nothing (no view switch). Debatable: no list marks on readonly inputs.
  'variants-sweep6/ic-view-readonly-origin-inputs.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
  },
  // "Non configuré" is no address: 0 + 0 saved; copy, Modifier, back to the sandbox view.
  'variants-sweep6/lwa-legacy-ws-not-configured.fr.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: /^●+$/,
  },
  // No application: the register button, whatever is known.
  'variants-sweep6/lwa-legacy-empty-register.es.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null },
    steps: ['register-app', 'register-app', 'register-app'],
  },
};

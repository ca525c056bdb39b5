// What each page of test/fixtures/variants-sweep4/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep4.test.ts
// and in Chromium by test/e2e/variants-sweeps.chromium.test.ts. Each is what the merchant and shared/dom-contract.md
// require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const V1_SECRET = /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/;
const DETAILS_AND_LOGO = { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 } as const;

export const EXPECTED: Record<string, Expect> = {
  // Saved lists read from the far-apart values: copy, then back to the sandbox view.
  'variants-sweep4/lwa-legacy-web-settings-grid.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Two <dd> for two origins; "Keine" is no URL.
  'variants-sweep4/lwa-legacy-web-settings-dl.de.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The legend names each group's entries: 2 origin inputs (1 filled), 1 return-URL input (empty).
  'variants-sweep4/lwa-legacy-edit-fieldset-entries.es.html': {
    marks: { 'client-id': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  // Values on the <pre>s; copy, then the Web Settings link; nothing once saved (no view drop-down here).
  'variants-sweep4/dev-overview-pre-copyicon.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: V1_SECRET,
  },
  // Both credentials on their read-only inputs; nothing saved: copy, then the Web Settings' Edit.
  'variants-sweep4/ic-view-table-readonly.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', null],
  },
  // Full-width labels read as the tables' ones: 1 + 1 saved; copy, then back to the sandbox view.
  'variants-sweep4/lwa-legacy-web-settings-fullwidth.ja.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Name typed; description and privacy URL empty.
  'variants-sweep4/lwa-legacy-register-abbr.it.html': {
    marks: DETAILS_AND_LOGO,
    state: { registration: { emptyRequired: 2 }, editing: null, hasApp: false, clientIdShown: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // The folded section counts for nothing; its <summary> is the way to the Web Settings after the copy.
  'variants-sweep4/ic-view-details.fr.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
  // Both lists entered: Save.
  'variants-sweep4/lwa-legacy-edit-arialabel-submit.fr.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 1 } },
    steps: ['save-web-settings', 'save-web-settings', 'save-web-settings'],
  },
  // No application: create one, whatever is known.
  'variants-sweep4/ic-list-empty.de.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: ['register-app', 'register-app', 'register-app'],
  },
  // The client ID is behind the "+": it is the step until the Web Settings are saved; then back to Amazon Pay.
  'variants-sweep4/lwa-legacy-app-plus-arialabel.en.html': {
    marks: { 'app-id': 1 },
    state: { hasApp: true, clientIdShown: false, editing: null, registration: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
  // Everything entered: "Save changes" (its icon glyph is no part of its name).
  'variants-sweep4/ic-edit-icon-buttons.en.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 1,
      'allowed-return-url': 1,
    },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 1, returnUrls: 1 } },
    steps: ['save-web-settings', 'save-web-settings', 'save-web-settings'],
  },
};

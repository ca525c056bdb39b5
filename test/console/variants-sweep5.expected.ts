// What each page of test/fixtures/variants-sweep5/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep5.test.ts
// and in Chromium by test/e2e/variants-sweeps.chromium.test.ts. Each is what the merchant and shared/dom-contract.md
// require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const V1_SECRET = /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/;
const LEGACY_SECRET = /^[0-9a-f]{64}$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const COLLAPSED = { hasApp: true, clientIdShown: false, editing: null, registration: null } as const;

export const EXPECTED: Record<string, Expect> = {
  // Each label's value is the value at its place in the other column: 1 + 1 saved; copy, then back to the sandbox view.
  'variants-sweep5/lwa-legacy-ws-columns-help.en.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The first four labels have their values in order; the last (return URLs) none: 1 origin, 0 return URLs saved.
  'variants-sweep5/lwa-legacy-ws-grid-missing.de.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The Web Settings' "+" (not the details' one) until saved; then back to the sandbox view.
  'variants-sweep5/lwa-legacy-two-sections-plus.fr.html': {
    marks: { 'app-id': 1 },
    state: COLLAPSED,
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
  // The "Configuración web" heading button until saved; then back to the sandbox view.
  'variants-sweep5/lwa-legacy-heading-toggle.es.html': {
    marks: { 'app-id': 1 },
    state: COLLAPSED,
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
  // Values on the <kbd>, <output>, <code>; copy, then the Web Settings link; nothing once saved (no view switch here).
  'variants-sweep5/dev-profile-th-code-output.it.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: V1_SECRET,
  },
  // Two pairs in one row; the revealed secret, not its hidden mask; nothing saved: copy, Edit, then back.
  'variants-sweep5/lwa-legacy-same-row-revealed.en.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: LEGACY_SECRET,
  },
  // Two origin chips added (the entry input below them empty) and a filled return-URL <textarea> (one entry, as in
  // sweep 2): Save.
  'variants-sweep5/lwa-legacy-edit-chips-textarea.it.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 1 } },
    steps: ['save-web-settings', 'save-web-settings', 'save-web-settings'],
  },
  // The " :" element is no value: the mask is the secret's; 1 origin saved; copy, then back to the sandbox view.
  'variants-sweep5/lwa-legacy-ws-colon-spans.fr.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // 2 + 1 saved as links; copy, then the sandbox radio of the view switch.
  'variants-sweep5/lwa-legacy-radio-view-th.de.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Name typed; description and privacy URL empty.
  'variants-sweep5/dev-create-nakaguro.ja.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { registration: { emptyRequired: 2 }, editing: null, hasApp: false, clientIdShown: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // The home's only step is the Login with Amazon tab, until the client ID is copied and the Web Settings are saved.
  'variants-sweep5/home-view-tabs.es.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
  // One origin entered, no return-URL entry: the return URLs' "Add another".
  'variants-sweep5/ic-edit-heading-addlink.en.html': {
    marks: { 'client-id': 1, 'app-name': 1, 'app-description': 1, 'privacy-url': 1, 'allowed-origin': 1 },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 1, returnUrls: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
};

// What each page of test/fixtures/variants-sweep9/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep9.test.ts
// (and, once registered there, in Chromium by test/e2e/variants-sweeps.chromium.test.ts). Each is what the merchant
// and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const COPY_THEN_BACK = ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'] as const;
const OPEN_LWA = ['open-lwa-console', 'open-lwa-console', null] as const;
const HOME_STATE = { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null };

export const EXPECTED: Record<string, Expect> = {
  // The failed save kept the name; the description and the privacy URL are empty: the description (the first empty
  // required input, not the banner nor an error line), whatever is known. The logo is optional.
  'variants-sweep9/lwa-legacy-register-errors.it.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { hasApp: false, clientIdShown: false, registration: { emptyRequired: 2 }, editing: null },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // The new client ID once (its <code>, across the <wbr>s), the mask; the lists "Keine": copy, then Bearbeiten.
  'variants-sweep9/ic-registered-banner.de.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: null,
      editing: null,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
  // The toast is no Save and no value: 2 + 2 saved; copy, then back to the test view.
  'variants-sweep9/lwa-legacy-ws-saved-toast.fr.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 2 } },
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // The regenerated secret in clear is the secret (never the client ID); 1 + 1 saved: copy, then nothing here.
  'variants-sweep9/ic-secret-regenerated.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/,
  },
  // No ID shown yet; six profiles: a row's "Mostrar" until the Web Settings are saved (judgement: the first row's, as
  // on the two-profile overview fixture), then nothing here.
  'variants-sweep9/dev-overview-six-profiles.es.html': {
    marks: {},
    state: { hasApp: true, clientIdShown: false, registration: null, editing: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', null],
  },
  // Four client IDs, none selected: each marked, none is the shop's, no step (as variants/ic-list-table.en.html).
  'variants-sweep9/ic-manage-client-stores.it.html': {
    marks: { 'client-id': 4 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: null },
    steps: [null, null, null],
  },
  // Every ID folded away: open a card (judgement: the first card's "+") until the Web Settings are saved, then back.
  'variants-sweep9/lwa-legacy-three-collapsed.de.html': {
    marks: {},
    state: { hasApp: true, clientIdShown: false, registration: null, editing: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', 'back-to-amazon-pay'],
  },
  // Production view: the view <select> (not the region <select>).
  'variants-sweep9/home-production-region-banner.en.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // The view button opening the menu that holds "Amazonでログイン".
  'variants-sweep9/home-jp-menuitemradio.ja.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // The side menu's "Iniciar sesión con Amazon" link (the view <select> offers no Login with Amazon).
  'variants-sweep9/home-sidenav-lwa-link.es.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // The inner value <div>s, never the copy buttons; 1 + 1 saved: copy, then back to the SANDBOX view.
  'variants-sweep9/lwa-legacy-th-nested-copy.ja.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // A count after a list's name is no part of it: 2 + 1 saved; copy, then nothing here.
  'variants-sweep9/dev-web-settings-counts-abbr.en.html': {
    marks: IDS_AND_SECRET,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Names from aria-label alone: details complete, 1 origin, no return URL: that entry, whatever is known.
  'variants-sweep9/ic-edit-css-labels.es.html': {
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
      editing: { origins: 1, returnUrls: 0 },
    },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  // Each ID its own <span> in the shared line; nothing saved: copy, then Edit, then nothing here (no view switch).
  'variants-sweep9/lwa-legacy-ids-one-row.en.html': {
    marks: IDS_AND_SECRET,
    state: {
      hasApp: true,
      clientIdShown: true,
      editing: null,
      registration: null,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
};

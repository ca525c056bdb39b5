// What each page of test/fixtures/variants-sweep2/ must give (the marks, the page state, the step with nothing known, with
// the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep2.test.ts in
// happy-dom and by test/e2e/variants-sweeps.chromium.test.ts in Chromium.
import type { Expect } from './variant-harness';

export const NO_APP = {
  hasApp: false,
  clientIdShown: false,
  registration: null,
  editing: null,
  savedWebSettings: null,
};
export const APP_FORM = { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 } as const;
export const EMPTY_REGISTRATION = {
  registration: { emptyRequired: 3 },
  editing: null,
  hasApp: false,
  clientIdShown: false,
} as const;
export const FILL: Expect['steps'] = ['fill-app-details', 'fill-app-details', 'fill-app-details'];
export const MASK_ONLY = /^•+$/;
export const V1_SECRET = /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/;

export const EXPECTED: Record<string, Expect> = {
  // The home's only step is the view drop-down, until the client ID is copied and the Web Settings are saved.
  'variants-sweep2/home-aui-dropdown.de.html': {
    marks: {},
    state: NO_APP,
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
  'variants-sweep2/home-select.es.html': {
    marks: {},
    state: NO_APP,
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
  'variants-sweep2/lwa-legacy-web-settings-select.ja.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The developer console has no view drop-down: once the Web Settings are saved nothing is left to do there.
  'variants-sweep2/dev-overview.fr.html': {
    marks: { 'client-id': 1, 'client-secret': 1, 'app-id': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, registration: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: V1_SECRET,
  },
  'variants-sweep2/dev-web-settings-view.de.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // Origins already there (two lines in one textarea, one filled entry): the return URL is asked for, whatever is known.
  'variants-sweep2/dev-web-settings-update-textarea.es.html': {
    marks: { 'client-id': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  'variants-sweep2/dev-create-security-profile-help.it.html': {
    marks: APP_FORM,
    state: EMPTY_REGISTRATION,
    steps: FILL,
  },
  'variants-sweep2/lwa-legacy-register.es.html': {
    marks: APP_FORM,
    state: EMPTY_REGISTRATION,
    steps: FILL,
  },
  'variants-sweep2/lwa-legacy-register.ja.html': {
    marks: APP_FORM,
    state: EMPTY_REGISTRATION,
    steps: FILL,
  },
  // No client ID yet: creating one is the only step, whatever the extension remembers from elsewhere.
  'variants-sweep2/ic-create-caps.fr.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 3 }, editing: { origins: 0, returnUrls: 0 } },
    steps: FILL,
  },
  'variants-sweep2/lwa-legacy-web-settings-wbr.en.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // No view drop-down on Integration Central: once the client ID is copied, nothing is left to do here.
};

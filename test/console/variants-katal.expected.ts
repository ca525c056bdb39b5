// What each page of test/fixtures/variants-katal/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-katal.test.ts.
// The pages are built of Katal-like web components whose text and controls live in open shadow roots; the marks go on
// the page's own innermost element holding the value, inside the shadow root (see the test file's header).
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const DETAILS = { 'app-name': 1, 'app-description': 1, 'privacy-url': 1 } as const;

export const EXPECTED: Record<string, Expect> = {
  // No view drop-down on Integration Central: once the client ID is copied, nothing is left to do here (the Web
  // Settings already hold an origin).
  'variants-katal/ic-view-app-shadow.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: null,
      editing: null,
      savedWebSettings: { origins: 2, returnUrls: 1 },
    },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // The secret is an <input type=password> (no text): no `secret` pattern; the test checks the input's value instead.
  'variants-katal/ic-view-readonly-input.de.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: null,
      editing: null,
      savedWebSettings: { origins: 1, returnUrls: 1 },
    },
    steps: ['copy-client-id', null, null],
  },
  // Two origins there, the return-URL entry empty: the return URL is asked for, whatever is known.
  'variants-katal/ic-edit-web-settings.en.html': {
    marks: { 'client-id': 1, ...DETAILS, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 2, returnUrls: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  // No origin yet: the empty origin entry, whatever is known.
  'variants-katal/ic-edit-web-settings.ja.html': {
    marks: { 'client-id': 1, ...DETAILS, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { registration: { emptyRequired: 0 }, editing: { origins: 0, returnUrls: 1 } },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  // No client ID yet: filling in the details is the only step, whatever the extension remembers from elsewhere.
  'variants-katal/ic-create.fr.html': {
    marks: { ...DETAILS, logo: 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: {
      registration: { emptyRequired: 3 },
      editing: { origins: 0, returnUrls: 0 },
      hasApp: false,
      clientIdShown: false,
    },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // The home's only step is the view drop-down, until the client ID is copied and the Web Settings are saved.
  'variants-katal/home-kat-dropdown.fr.html': {
    marks: {},
    state: { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: ['open-lwa-console', 'open-lwa-console', null],
  },
};

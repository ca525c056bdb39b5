// What each page of test/fixtures/variants-sweep/ must give (the marks, the page state, the step with nothing known, with
// the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep.test.ts in
// happy-dom and by test/e2e/variants-sweeps.chromium.test.ts in Chromium.
import type { Expect } from './variant-harness';

export const READ_ONLY = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
export const MASK_ONLY = /^•+$/;
export const EXPECTED: Record<string, Expect> = {
  'variants-sweep/lwa-legacy-web-settings.de.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  'variants-sweep/lwa-legacy-edit.de.html': {
    marks: { 'client-id': 1, 'client-secret': 1, 'allowed-origin': 3, 'allowed-return-url': 1 },
    state: { editing: { origins: 3, returnUrls: 0 }, registration: null },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
    secret: MASK_ONLY,
  },
  'variants-sweep/lwa-legacy-web-settings-br.en.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    // The mask has no element of its own: its row (label, mask, link) is the innermost element that shows it.
    secret: /^Client Secret\s*•+/,
  },
  'variants-sweep/lwa-legacy-web-settings-tooltip.en.html': {
    marks: READ_ONLY,
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 0 } },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // Three applications: every visible App ID is marked (as every client ID of a list is), only the open one's
  // client ID and secret.
  'variants-sweep/lwa-legacy-app-list.en.html': {
    marks: { 'app-id': 3, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 0, returnUrls: 0 } },
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  'variants-sweep/ic-view-react.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 2, returnUrls: 1 } },
    // No view drop-down on Integration Central: once the client ID is copied, nothing is left to do here.
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  'variants-sweep/ic-edit-react.en.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 2,
      'allowed-return-url': 1,
    },
    state: { editing: { origins: 1, returnUrls: 0 }, registration: { emptyRequired: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  'variants-sweep/ic-view.fr.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 2 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  'variants-sweep/ic-edit.fr.html': {
    marks: { 'client-id': 1, 'app-name': 1, 'app-description': 1, 'privacy-url': 1, 'allowed-origin': 2 },
    state: { editing: { origins: 1, returnUrls: 0 }, registration: { emptyRequired: 0 } },
    steps: ['add-return-urls', 'add-return-urls', 'add-return-urls'],
  },
  'variants-sweep/ic-view.ja.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, editing: null, savedWebSettings: { origins: 1, returnUrls: 1 } },
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  'variants-sweep/lwa-legacy-register.de.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { registration: { emptyRequired: 3 }, editing: null, hasApp: false, clientIdShown: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
};

// What each page of test/fixtures/variants-sweep12/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep12.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
const COPY_THEN_BACK = ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'] as const;
const OPEN_LWA = ['open-lwa-console', 'open-lwa-console', null] as const;
/** An application's page showing its saved Web Settings (this many origins and return URLs), not an edit form. */
const savedView = (origins: number, returnUrls: number) => ({
  hasApp: true,
  clientIdShown: true,
  registration: null,
  editing: null,
  savedWebSettings: { origins, returnUrls },
});
const HOME_STATE = { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null };

export const EXPECTED: Record<string, Expect> = {
  // The <code> holding both chunks is the one element whose text is the client ID; the mask; 1 + 1 saved: copy, then
  // nothing here (no view switch on Integration Central).
  'variants-sweep12/ic-view-id-chunks.en.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(1, 1),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // One mark per value: the card's client ID, not the toast repeating it; 2 + 1 saved: copy, then back.
  'variants-sweep12/lwa-legacy-copied-toast.ja.html': {
    marks: IDS_AND_SECRET,
    state: savedView(2, 1),
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
  // The view button whose closed menu holds "Login mit Amazon" (under its second line).
  'variants-sweep12/home-menu-descriptions.de.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // The view button: the drop-down at the top that holds Login with Amazon, though its menu is not rendered yet.
  'variants-sweep12/home-view-menu-unrendered.es.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
  // No ID on the page: the reveal link shows the client ID; until the Web Settings are known saved.
  'variants-sweep12/dev-overview-reveal-full-name.fr.html': {
    marks: {},
    state: { hasApp: true, clientIdShown: false, registration: null, editing: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', null],
  },
  // The offscreen repeats name the same values: one mark each, and each address counted once (2 + 1): copy, then back.
  'variants-sweep12/lwa-legacy-offscreen-labels.it.html': {
    marks: IDS_AND_SECRET,
    state: savedView(2, 1),
    steps: [...COPY_THEN_BACK],
    secret: MASK_ONLY,
  },
};

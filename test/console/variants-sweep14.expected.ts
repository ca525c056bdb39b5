// What each page of test/fixtures/variants-sweep14/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep14.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
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
  // One application, its client ID shown: copy it; then the way to its Web Settings, which this list does not show:
  // the row's "⋮" whose menu holds "Edit"; nothing here once they are saved (no view switch on Integration Central).
  'variants-sweep14/ic-list-row-kebab.en.html': {
    marks: { 'client-id': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: null, savedWebSettings: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
  },
  // A row's action is named by its visible word ("Modifier"); the hidden suffix only says which field it edits.
  // Nothing saved (0 + 0): copy, then the origins row's "Modifier"; the Web Settings known saved: back to the test view.
  'variants-sweep14/lwa-legacy-summary-row-actions.fr.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: savedView(0, 0),
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // The client ID drawn in two parts is one value: one mark, on the span holding both; the mask; 1 + 1 saved: copy,
  // then nothing here.
  'variants-sweep14/ic-view-middle-truncated-id.es.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(1, 1),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // One mark per value (which element is the targeted test's); the grid's key/value rows: the mask, 2 + 1 saved:
  // copy, then nothing here.
  'variants-sweep14/ic-view-aria-grid-crumb-id.ja.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(2, 1),
    steps: ['copy-client-id', null, null],
    secret: MASK_ONLY,
  },
  // A registered profile (its row) whose IDs are not shown: the reveal, reached through the row's "⋮", until the Web
  // Settings are known saved; never "register" (the profile exists).
  'variants-sweep14/dev-overview-kebab-reveal.de.html': {
    marks: {},
    state: { hasApp: true, clientIdShown: false, registration: null, editing: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', null],
  },
  // The view button: the drop-down at the top whose menu holds "Accedi con Amazon" (the card out of view is the
  // targeted test's).
  'variants-sweep14/home-tools-carousel.it.html': {
    marks: {},
    state: HOME_STATE,
    steps: [...OPEN_LWA],
  },
};

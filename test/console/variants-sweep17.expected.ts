// What each page of test/fixtures/variants-sweep17/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep17.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

/** A page that shows no application of the merchant's: nothing registered, shown, being filled in or saved. */
const NO_APP = { hasApp: false, clientIdShown: false, registration: null, editing: null, savedWebSettings: null };

export const EXPECTED: Record<string, Expect> = {
  // One live application and one deleted: only the live one's client ID is marked (the deleted one's signs no one in),
  // and it is the page's client ID: copy it, then its row's "Bearbeiten"; nothing here once the Web Settings are saved
  // (no view switch on Integration Central).
  'variants-sweep17/ic-list-deleted-app.de.html': {
    marks: { 'client-id': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: null, savedWebSettings: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
  },
  // Still loading (the applications region aria-busy, skeletons): nothing known of the merchant's applications yet, so
  // "Registrar nueva aplicación" is not the next step (the merchant may have one already); the way back to Amazon Pay
  // is not drawn yet: no step whatever is known.
  'variants-sweep17/lwa-legacy-list-loading.es.html': {
    marks: {},
    state: NO_APP,
    steps: [null, null, null],
  },
};

/** What the pages of sweep17OpenPages must give, once the adapter reads them right (not run yet). */
export const OPEN_EXPECTED: Record<string, Expect> = {
  // No application, whatever the sample card shows: nothing marked (its IDs and mask are fictitious), nothing saved
  // (its addresses too); the register button, whatever is known, as on any legacy page with no application.
  'variants-sweep17/open/lwa-legacy-sample-app-card.it.html': {
    marks: {},
    state: NO_APP,
    steps: ['register-app', 'register-app', 'register-app'],
  },
  // A guide is help, not an application: its sample client ID (a "Sample" box, an SDK snippet) and sample application
  // ID (a callout) are no one's, so nothing is marked and nothing is to copy; "Web Settings" quoted in a sentence
  // registers nothing, and the example addresses of its table are no saved settings. No step, whatever is known: the
  // guide's way to the client IDs is a link the contract has no step for.
  'variants-sweep17/open/ic-guide-sample-ids.en.html': {
    marks: {},
    state: NO_APP,
    steps: [null, null, null],
  },
  // Access refused: no value is shown, so nothing is marked ("Accès restreint" is not the client secret); the lists
  // are withheld, not empty (no saved Web Settings read); the one action, "Modifier", is disabled for this merchant:
  // no step whatever is known (a step the merchant cannot take points at the wrong thing).
  'variants-sweep17/open/dev-ws-access-denied.fr.html': {
    marks: {},
    state: { clientIdShown: false, registration: null, editing: null, savedWebSettings: null },
    steps: [null, null, null],
  },
  // The first profile's client ID, secret (in clear) and profile ID, each marked once; the Web Settings in the side
  // panel are the second profile's, so none of this application's is read (null, not the panel's 1 + 1): copy, then
  // the way to this profile's Web Settings (which element is the targeted test's); nothing once they are saved.
  'variants-sweep17/open/dev-overview-two-profiles-panel.ja.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: null, savedWebSettings: null },
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/,
  },
};

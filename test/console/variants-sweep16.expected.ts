// What each page of test/fixtures/variants-sweep16/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep16.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const IDS_AND_SECRET = { 'app-id': 1, 'client-id': 1, 'client-secret': 1 } as const;
/** An application's page showing its saved Web Settings (this many origins and return URLs), not an edit form. */
const savedView = (origins: number, returnUrls: number) => ({
  hasApp: true,
  clientIdShown: true,
  registration: null,
  editing: null,
  savedWebSettings: { origins, returnUrls },
});
/** An application's IDs shown, none of its Web Settings on the page. */
const IDS_ONLY = { hasApp: true, clientIdShown: true, registration: null, editing: null, savedWebSettings: null };

export const EXPECTED: Record<string, Expect> = {
  // Two values, two marks: the new client ID once (the dialog's <code>, not the row behind showing it again) and the
  // staging shop's in the row behind (shown, though out of reach); the new secret in its read-only input. Only the
  // modal dialog is in reach, and the client ID it shows is the one just created for the shop: copy it; then nothing
  // here (no step's element in the dialog; the list's "Edit" links are inert behind it).
  'variants-sweep16/ic-created-secret-once-dialog.en.html': {
    marks: { 'client-id': 2, 'client-secret': 1 },
    state: IDS_ONLY,
    steps: ['copy-client-id', null, null],
  },
  // "Name | Wert" heads the columns, it names no field: each value marked once in its cell's <span>; 1 + 1 saved:
  // copy, then back to the test view through the view button, also once the Web Settings are known saved.
  'variants-sweep16/lwa-legacy-name-value-table.de.html': {
    marks: IDS_AND_SECRET,
    state: savedView(1, 1),
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // One value, one mark: the client ID's field, never the sentence of the guide that quotes it (which element is the
  // targeted test's); the mask; 0 + 0 saved: copy, then the Web Settings' "Modifier"; nothing here once they are saved
  // (no view switch on Integration Central).
  'variants-sweep16/ic-view-next-steps-sentence.fr.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: savedView(0, 0),
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
  // The client ID and the client secret's mask, never the MWS secret key's mask (another key), the merchant ID or the
  // access key; on the Amazon Pay home the one step is the view drop-down to Login with Amazon until both are done.
  'variants-sweep16/home-credentials-card-mws.it.html': {
    marks: { 'client-id': 1, 'client-secret': 1 },
    state: IDS_ONLY,
    steps: ['open-lwa-console', 'open-lwa-console', null],
    secret: MASK_ONLY,
  },
  // The profile ID, the client ID, and one client secret: the current one's mask (the expired one is no longer the
  // profile's secret; which element is the targeted test's); no Web Settings here: copy, then the "ウェブ設定" link;
  // nothing here once they are saved.
  'variants-sweep16/dev-profile-rotated-secret.ja.html': {
    marks: IDS_AND_SECRET,
    state: IDS_ONLY,
    steps: ['copy-client-id', 'edit-web-settings', null],
    secret: MASK_ONLY,
  },
  // An ID broken over two lines by a <br> is one value: one mark on the <span> holding both lines; the mask; 0 + 0
  // saved: copy, then "Editar"; the Web Settings known saved: back to the test view.
  'variants-sweep16/lwa-legacy-narrow-ids-br.es.html': {
    marks: IDS_AND_SECRET,
    state: savedView(0, 0),
    steps: ['copy-client-id', 'edit-web-settings', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
};

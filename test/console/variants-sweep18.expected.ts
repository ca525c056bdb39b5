// What each page of test/fixtures/variants-sweep18/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep18.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;

export const EXPECTED: Record<string, Expect> = {
  // A list named with "(s)" is the same list ("Allowed JavaScript origin(s)" names the allowed JavaScript origins, as
  // Integration Central's "client ID/store ID(s)" names its client IDs): both origin inputs (the second in a row "Add
  // another" added) and the return-URL input are entries; the client ID under "Store ID" (the same thing, domain-facts)
  // once; the details' three inputs. The chrome's language changes nothing. Two origins, no return URL: the
  // return-URL entry, whatever is known.
  'variants-sweep18/ic-edit-plural-s-lists.en.html': {
    marks: {
      'client-id': 1,
      'app-name': 1,
      'app-description': 1,
      'privacy-url': 1,
      'allowed-origin': 2,
      'allowed-return-url': 1,
    },
    state: {
      hasApp: true,
      clientIdShown: true,
      registration: { emptyRequired: 0 },
      editing: { origins: 2, returnUrls: 0 },
    },
    steps: [...ADD_RETURN_URLS],
  },
  // A narrow no-break space before the colon, a typographic apostrophe and an article ("URL de la politique de
  // confidentialité") leave each label naming its field: the four inputs are the form's; the privacy URL, required,
  // is empty: that input, whatever is known (domain-facts step 3: a missing field gives an error on save).
  'variants-sweep18/lwa-legacy-register-la-politique.fr.html': {
    marks: { 'app-name': 1, 'app-description': 1, 'privacy-url': 1, logo: 1 },
    state: { registration: { emptyRequired: 1 }, editing: null, hasApp: false, clientIdShown: false },
    steps: ['fill-app-details', 'fill-app-details', 'fill-app-details'],
  },
  // "Client-Secret" is the client secret as "Client-ID" is the client ID: its mask marked; "Store-ID" is the client ID.
  // "Web-Einstellungen" is the Web Settings' title: the "Bearbeiten" right after it is theirs (domain-facts: an action
  // belongs to the section whose heading it follows), not the details'. A count after a list's name is no part of
  // it: 0 + 0 saved. Copy the client ID, then that "Bearbeiten"; nothing here once they are saved.
  'variants-sweep18/ic-view-hyphenated-compounds.de.html': {
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
  // Articles change no label's meaning: "ID dell’applicazione" is the App ID (marked by its shape anyway), "Chiave
  // segreta del cliente" the client secret (its mask marked). One origin, no return URL: the return-URL entry,
  // whatever is known ("Salva le modifiche" is the Save, the targeted test's).
  'variants-sweep18/lwa-legacy-ws-edit-articles.it.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
    secret: MASK_ONLY,
  },
  // "Orígenes permitidos" is the developer console's "Allowed Origins" in Spanish: its one input is an origin entry.
  // No origin entered: that entry, whatever is known ("URL de retorno permitidas" and its "Añadir otra" are the
  // targeted test's, after an origin is typed).
  'variants-sweep18/dev-ws-update-console-wording.es.html': {
    marks: { 'allowed-origin': 1 },
    state: { hasApp: true, registration: null, editing: { origins: 0, returnUrls: 0 } },
    steps: ['add-origins', 'add-origins', 'add-origins'],
  },
  // "…を表示する" is the reveal as "…を表示" is (the plain form of the Show word): a profile exists, its client ID not
  // shown: the reveal, nothing known or the client ID copied; nothing once the Web Settings are saved too. Never
  // register a second profile.
  'variants-sweep18/dev-overview-reveal-suru.ja.html': {
    marks: {},
    state: { hasApp: true, clientIdShown: false, registration: null, editing: null },
    steps: ['reveal-web-settings', 'reveal-web-settings', null],
  },
};

// What each page of test/fixtures/variants-sweep15/ must give (the marks, the page state, the step with nothing known,
// with the client ID copied, with the Web Settings saved too): data only, read by test/console/variants-sweep15.test.ts.
// Each is what the merchant and shared/dom-contract.md require, not what the adapter does today.
import type { Expect } from './variant-harness';

const MASK_ONLY = /^•+$/;
const ADD_ORIGINS = ['add-origins', 'add-origins', 'add-origins'] as const;
const ADD_RETURN_URLS = ['add-return-urls', 'add-return-urls', 'add-return-urls'] as const;
const SAVE_WEB_SETTINGS = ['save-web-settings', 'save-web-settings', 'save-web-settings'] as const;

export const EXPECTED: Record<string, Expect> = {
  // The console's error summary and its link to the wrong entry are no field; the inline error after the wrong entry's
  // row names the other list in a sentence, which makes the row added after it no return URL: both rows are the
  // origins'. 2 origins (one wrong, but typed: the extension's own verdict says so), no return URL: the return-URL
  // input, whatever is known.
  'variants-sweep15/dev-ws-failed-save-summary.en.html': {
    marks: { 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 2, returnUrls: 0 } },
    steps: [...ADD_RETURN_URLS],
  },
  // The banner says the Web Settings are saved, and the form's Save is disabled until something changes: there is
  // nothing to save, and a disabled button is no element the merchant can act on (dom-contract: "the host page's own
  // element that the merchant should act on"). The entries are still the form's inputs (marked). What is left is what
  // is left after a save (domain-facts, steps 5–6): copy the client ID, then back to the test view through the
  // drop-down.
  'variants-sweep15/lwa-legacy-ws-saved-form-open.fr.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 1, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null },
    steps: ['copy-client-id', 'back-to-amazon-pay', 'back-to-amazon-pay'],
    secret: MASK_ONLY,
  },
  // A third list in the same form (webhook URLs, under its own label and heading) is neither origins nor return URLs,
  // its added row no more than its first: no mark on either. 1 origin, no return URL: the return-URL input, whatever
  // is known.
  'variants-sweep15/ic-edit-grid-webhook-list.de.html': {
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
    steps: [...ADD_RETURN_URLS],
  },
  // "Salva impostazioni Web" is the Save word and what it saves, no other action (domain-facts: a Save names no other
  // action), and its visible word is "Salva": the Web Settings' Save. 1 + 1 typed, not saved: that button, whatever is
  // known.
  'variants-sweep15/lwa-legacy-ws-save-named-section.it.html': {
    marks: { 'app-id': 1, 'client-id': 1, 'client-secret': 1, 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { hasApp: true, clientIdShown: true, registration: null, editing: { origins: 1, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
    secret: MASK_ONLY,
  },
  // The lists' order changes nothing. A row holding only the "https://" the console wrote in it names no site (an
  // origin is scheme + host; saving it is what the console refused): no origin yet, 1 return URL (its trailing space
  // is still an address): the origin input, whatever is known.
  'variants-sweep15/ic-edit-returns-first-scheme-prefill.es.html': {
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
      editing: { origins: 0, returnUrls: 1 },
    },
    steps: [...ADD_ORIGINS],
  },
  // "変更を保存する" is 保存 with "changes" and the verb ending, no other action: the Save (an <input type=submit>, its
  // value its name). The unsaved-changes notice is no field and no action. 1 + 1 typed, not saved: the Save, whatever
  // is known.
  'variants-sweep15/dev-ws-unsaved-notice.ja.html': {
    marks: { 'allowed-origin': 2, 'allowed-return-url': 1 },
    state: { registration: null, editing: { origins: 1, returnUrls: 1 } },
    steps: [...SAVE_WEB_SETTINGS],
  },
};

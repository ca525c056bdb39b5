// nextStep: what the page shows and what is known → the one step to highlight (dom-contract: The next step), in the
// order of the merchant's guide (domain-facts: The setup flow the extension guides, steps 1–6).
import { describe, expect, test } from 'vitest';
import {
  CHECKLIST,
  CHECKLIST_OF_STEP,
  isDone,
  type Known,
  nextStep,
  type Observed,
  type PageState,
  STEP_IDS,
  type StepId,
  stepsLeft,
} from '../../src/core/steps';

const ALL = STEP_IDS;
const page = (state: Partial<PageState>): PageState => ({
  available: ALL,
  amazonPayHome: false,
  registration: null,
  editing: null,
  hasApp: false,
  clientIdShown: false,
  savedWebSettings: null,
  ...state,
});
const NOTHING: Known = { clientIdCopied: false, webSettingsSaved: false };
const COPIED: Known = { clientIdCopied: true, webSettingsSaved: false };
const DONE: Known = { clientIdCopied: true, webSettingsSaved: true };

// [what the merchant sees, known, page state, expected step]
const TABLE: [string, Known, Partial<PageState>, StepId | null][] = [
  // Guide step 1: the Amazon Pay view, drop-down at the top.
  ['Amazon Pay home, nothing done yet', NOTHING, { amazonPayHome: true }, 'open-lwa-console'],
  ['Amazon Pay home, client ID copied but Web Settings not saved', COPIED, { amazonPayHome: true }, 'open-lwa-console'],
  ['Amazon Pay home after the whole flow: nothing left there', DONE, { amazonPayHome: true }, null],
  ['Amazon Pay home, the drop-down is not on the page', NOTHING, { amazonPayHome: true, available: [] }, null],
  // Guide step 2: the app console with no application.
  ['LwA console, no application', NOTHING, {}, 'register-app'],
  ['LwA console, no application, no Register button found', NOTHING, { available: ['back-to-amazon-pay'] }, null],
  // Guide step 3: the registration form, field by field, then Save.
  [
    'registration form, three required fields empty',
    NOTHING,
    { registration: { emptyRequired: 3 } },
    'fill-app-details',
  ],
  ['registration form, one required field empty', NOTHING, { registration: { emptyRequired: 1 } }, 'fill-app-details'],
  ['registration form complete', NOTHING, { registration: { emptyRequired: 0 } }, 'save-app'],
  ['registration form complete, Save not found', NOTHING, { registration: { emptyRequired: 0 }, available: [] }, null],
  [
    'registration form with an empty field beside an application (edit-app)',
    COPIED,
    { registration: { emptyRequired: 1 }, hasApp: true, clientIdShown: true },
    'fill-app-details',
  ],
  // An application's edit form (Integration Central: its details and its Web Settings in one form, one Save) with the
  // Web Settings section collapsed: opening it before saving, while no origin is known saved.
  [
    "an application's edit form, complete, its Web Settings collapsed",
    COPIED,
    { registration: { emptyRequired: 0 }, hasApp: true, clientIdShown: true },
    'edit-web-settings',
  ],
  [
    "an application's edit form, complete, Web Settings saved before",
    DONE,
    { registration: { emptyRequired: 0 }, hasApp: true, clientIdShown: true },
    'save-app',
  ],
  [
    "an application's edit form, complete, no way to its Web Settings on the page",
    COPIED,
    {
      registration: { emptyRequired: 0 },
      hasApp: true,
      clientIdShown: true,
      available: ALL.filter((s) => s !== 'edit-web-settings'),
    },
    'save-app',
  ],
  // Guide step 4: the "+" next to Web Settings, then the client ID.
  ['application registered, Web Settings collapsed', NOTHING, { hasApp: true }, 'reveal-web-settings'],
  ['client ID shown, not copied', NOTHING, { hasApp: true, clientIdShown: true }, 'copy-client-id'],
  // Guide step 5: Edit, origins, return URLs, Save.
  [
    'client ID copied, Web Settings read-only and empty',
    COPIED,
    {
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 0, returnUrls: 0 },
    },
    'edit-web-settings',
  ],
  ['editing, no origin yet', COPIED, { hasApp: true, editing: { origins: 0, returnUrls: 0 } }, 'add-origins'],
  [
    'editing, an origin, no return URL',
    COPIED,
    { hasApp: true, editing: { origins: 1, returnUrls: 0 } },
    'add-return-urls',
  ],
  [
    'editing, origin and return URL',
    COPIED,
    { hasApp: true, editing: { origins: 1, returnUrls: 1 } },
    'save-web-settings',
  ],
  [
    'editing, an origin, no return-URL input on the page: Save (return URLs are optional)',
    COPIED,
    { hasApp: true, editing: { origins: 1, returnUrls: 0 }, available: ['save-web-settings', 'add-origins'] },
    'save-web-settings',
  ],
  [
    'Integration Central create form: app details first, then origins, then the one Save',
    NOTHING,
    { registration: { emptyRequired: 0 }, editing: { origins: 0, returnUrls: 0 } },
    'add-origins',
  ],
  [
    'Integration Central create form with an empty required field',
    NOTHING,
    { registration: { emptyRequired: 2 }, editing: { origins: 1, returnUrls: 1 } },
    'fill-app-details',
  ],
  // Guide step 6: back to Amazon Pay.
  [
    'Web Settings saved (seen on the page), client ID copied',
    COPIED,
    {
      hasApp: true,
      clientIdShown: true,
      savedWebSettings: { origins: 1, returnUrls: 1 },
    },
    'back-to-amazon-pay',
  ],
  ['Web Settings saved (known), client ID copied, collapsed', DONE, { hasApp: true }, 'back-to-amazon-pay'],
  [
    'Web Settings saved, client ID shown but not copied yet: copy first',
    { clientIdCopied: false, webSettingsSaved: true },
    { hasApp: true, clientIdShown: true },
    'copy-client-id',
  ],
  [
    'client ID copied, no Edit on this page and nothing to reveal',
    COPIED,
    {
      hasApp: true,
      clientIdShown: true,
      available: ['copy-client-id'],
    },
    null,
  ],
  [
    'client ID copied, Web Settings collapsed: reveal them to edit',
    COPIED,
    {
      hasApp: true,
      available: ['reveal-web-settings', 'back-to-amazon-pay'],
    },
    'reveal-web-settings',
  ],
];

describe('nextStep', () => {
  test.each(TABLE)('%s', (_what, known, state, expected) => {
    expect(nextStep(known, page(state))).toBe(expected);
  });

  test('never names a step whose element is not on the page', () => {
    for (const [, known, state] of TABLE) {
      for (const step of ALL) {
        const available = ALL.filter((s) => s !== step);
        expect(nextStep(known, page({ ...state, available }))).not.toBe(step);
      }
    }
  });

  test('walks the guide in order as the page changes', () => {
    const flow: [Known, Partial<PageState>][] = [
      [NOTHING, { amazonPayHome: true }],
      [NOTHING, {}],
      [NOTHING, { registration: { emptyRequired: 3 } }],
      [NOTHING, { registration: { emptyRequired: 0 } }],
      [NOTHING, { hasApp: true }],
      [NOTHING, { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 0, returnUrls: 0 } }],
      [COPIED, { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 0, returnUrls: 0 } }],
      [COPIED, { hasApp: true, clientIdShown: true, editing: { origins: 0, returnUrls: 0 } }],
      [COPIED, { hasApp: true, clientIdShown: true, editing: { origins: 1, returnUrls: 0 } }],
      [COPIED, { hasApp: true, clientIdShown: true, editing: { origins: 1, returnUrls: 1 } }],
      [COPIED, { hasApp: true, clientIdShown: true, savedWebSettings: { origins: 1, returnUrls: 1 } }],
      [DONE, { amazonPayHome: true }],
    ];
    expect(flow.map(([known, state]) => nextStep(known, page(state)))).toEqual([
      'open-lwa-console',
      'register-app',
      'fill-app-details',
      'save-app',
      'reveal-web-settings',
      'copy-client-id',
      'edit-web-settings',
      'add-origins',
      'add-return-urls',
      'save-web-settings',
      'back-to-amazon-pay',
      null,
    ]);
  });
});

describe('checklist', () => {
  const none: Observed = {
    lwaConsoleOpened: false,
    appRegistered: false,
    clientIdSeen: false,
    webSettingsSaved: false,
    backOnAmazonPay: false,
  };

  test('every step belongs to a checklist item', () => {
    for (const step of ALL) expect(CHECKLIST).toContain(CHECKLIST_OF_STEP[step]);
  });

  test('observation ticks the guide items; the shop items are the merchant’s', () => {
    expect(stepsLeft(none, {})).toBe(CHECKLIST.length);
    const all: Observed = {
      lwaConsoleOpened: true,
      appRegistered: true,
      clientIdSeen: true,
      webSettingsSaved: true,
      backOnAmazonPay: true,
    };
    expect(CHECKLIST.filter((item) => !isDone(item, all, {}))).toEqual([
      'credentials',
      'integration',
      'test',
      'go-live',
    ]);
  });

  test('a client ID seen means the console was opened and the app registered', () => {
    const seen = { ...none, clientIdSeen: true };
    expect(isDone('open-lwa-console', seen, {})).toBe(true);
    expect(isDone('register-app', seen, {})).toBe(true);
    expect(isDone('show-client-id', seen, {})).toBe(true);
    expect(isDone('web-settings', seen, {})).toBe(false);
  });

  test('a tick or untick by hand wins over observation', () => {
    expect(isDone('web-settings', none, { 'web-settings': true })).toBe(true);
    expect(isDone('show-client-id', { ...none, clientIdSeen: true }, { 'show-client-id': false })).toBe(false);
  });
});

// The setup as data: the steps the extension highlights on the console pages (ids as in shared/dom-contract.md "The
// next step"), the merchant's checklist (the guide's six steps, then the rest of an Amazon Pay launch), and the pure
// choice of the next step from what is known and what the page shows. Source: domain-facts.md "The setup flow the
// extension guides" (steps 1–6) and the dashboard's five-step "Getting started guide".

export const STEP_IDS = [
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
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What the page shows, as the console adapter read it. */
export interface PageState {
  /** Steps whose element is on the page and visible (or reachable through a visible opener). */
  available: readonly StepId[];
  /** The Amazon Pay home / view switch, where the only step is opening Login with Amazon. */
  amazonPayHome: boolean;
  /** A registration form (application or security profile details) is open. */
  registration: { emptyRequired: number } | null;
  /** Web Settings are being edited: how many origin and return-URL entries hold text. */
  editing: { origins: number; returnUrls: number } | null;
  /** An application or security profile exists on this page (its ID, client ID or Web Settings are shown). */
  hasApp: boolean;
  clientIdShown: boolean;
  /** Web Settings shown read-only: how many origins and return URLs are registered. */
  savedWebSettings: { origins: number; returnUrls: number } | null;
}

/** What the extension remembers across pages for the console's region. */
export interface Known {
  clientIdCopied: boolean;
  webSettingsSaved: boolean;
}

/**
 * The one step the merchant should take next on this page, or null when nothing is left to do here (or the element
 * for it is not on the page). Order follows the guide: register, fill in, save, show the client ID, copy it, edit Web
 * Settings, origins, return URLs, save, back to Amazon Pay.
 */
export function nextStep(known: Known, page: PageState): StepId | null {
  const can = (step: StepId) => (page.available.includes(step) ? step : null);
  if (page.registration && page.registration.emptyRequired > 0) return can('fill-app-details');
  // A form may hold both the application's details and its Web Settings (Integration Central): the entries come
  // before the one Save.
  if (page.editing) {
    if (page.editing.origins === 0) return can('add-origins');
    // Return URLs are optional in the form but needed by the redirect method (domain-facts, step 5): ask once.
    if (page.editing.returnUrls === 0 && can('add-return-urls')) return 'add-return-urls';
    return can('save-web-settings');
  }
  const saved = known.webSettingsSaved || (page.savedWebSettings?.origins ?? 0) > 0;
  // An application's edit form whose Web Settings section is collapsed (Integration Central's one form with one Save):
  // opening it comes before saving, as its entries do, while no origin is known saved.
  if (page.registration) return (page.hasApp && !saved && can('edit-web-settings')) || can('save-app');
  if (page.amazonPayHome) return saved && known.clientIdCopied ? null : can('open-lwa-console');
  if (!page.hasApp) return can('register-app');
  if (!page.clientIdShown && !saved && can('reveal-web-settings')) return 'reveal-web-settings';
  if (page.clientIdShown && !known.clientIdCopied) return can('copy-client-id');
  if (!saved) return can('edit-web-settings') ?? (page.clientIdShown ? null : can('reveal-web-settings'));
  return can('back-to-amazon-pay');
}

/** The merchant's checklist: the guide's six steps, then what remains of an Amazon Pay launch. */
export const CHECKLIST = [
  'open-lwa-console',
  'register-app',
  'save-app-details',
  'show-client-id',
  'web-settings',
  'back-to-amazon-pay',
  'credentials',
  'integration',
  'test',
  'go-live',
] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];

/** What the content scripts observed for one region. */
export interface Observed {
  lwaConsoleOpened: boolean;
  appRegistered: boolean;
  clientIdSeen: boolean;
  webSettingsSaved: boolean;
  backOnAmazonPay: boolean;
}

/** Ticked from observation; the last four are the merchant's to tick (the extension cannot see the shop). */
const OBSERVED_BY_ITEM: Partial<Record<ChecklistItem, (o: Observed) => boolean>> = {
  'open-lwa-console': (o) => o.lwaConsoleOpened || o.appRegistered || o.clientIdSeen,
  'register-app': (o) => o.appRegistered || o.clientIdSeen,
  'save-app-details': (o) => o.appRegistered || o.clientIdSeen,
  'show-client-id': (o) => o.clientIdSeen,
  'web-settings': (o) => o.webSettingsSaved,
  'back-to-amazon-pay': (o) => o.backOnAmazonPay,
};

/** Whether a checklist item is done: a tick or untick by hand wins over what was observed. */
export function isDone(item: ChecklistItem, observed: Observed, manual: Partial<Record<string, boolean>>): boolean {
  const byHand = manual[item];
  if (byHand !== undefined) return byHand;
  return OBSERVED_BY_ITEM[item]?.(observed) ?? false;
}

export const stepsLeft = (observed: Observed, manual: Partial<Record<string, boolean>>) =>
  CHECKLIST.filter((item) => !isDone(item, observed, manual)).length;

/** The checklist item a highlighted step belongs to (for the popup's "next step" in words). */
export const CHECKLIST_OF_STEP: Record<StepId, ChecklistItem> = {
  'open-lwa-console': 'open-lwa-console',
  'register-app': 'register-app',
  'fill-app-details': 'save-app-details',
  'save-app': 'save-app-details',
  'reveal-web-settings': 'show-client-id',
  'copy-client-id': 'show-client-id',
  'edit-web-settings': 'web-settings',
  'add-origins': 'web-settings',
  'add-return-urls': 'web-settings',
  'save-web-settings': 'web-settings',
  'back-to-amazon-pay': 'back-to-amazon-pay',
};

// Records → what the page holds, in the extension's words: the fields of shared/dom-contract.md, the element for each
// setup step, and the page state that core/steps.ts decides from. Pure: reads the records, never the DOM (elements
// are carried through as opaque references, compared only by identity and document order).
import { recognizeLwaCredential } from '../core/credentials';
import type { PageState, StepId } from '../core/steps';
import {
  type ActionRecord,
  blankEntry,
  type ControlRecord,
  DISABLED,
  type IdRecord,
  type LabelRecord,
  type PageRecords,
} from './collect';
import { holds, parentOf, precedes } from './composed';
import {
  actionConcept,
  type ControlConcept,
  type FieldConcept,
  fieldConcept,
  introducesExample,
  isSandboxView,
  mentionsFieldLabel,
  namesAnExample,
  namesOneEntry,
  normalizeLabel,
} from './labels';

/** The `data-lwa-field` values of dom-contract.md. */
export type FieldName =
  | 'client-id'
  | 'app-id'
  | 'client-secret'
  | 'allowed-origin'
  | 'allowed-return-url'
  | 'app-name'
  | 'app-description'
  | 'privacy-url'
  | 'logo';

export interface Field {
  name: FieldName;
  element: Element;
  value: string;
  visible: boolean;
}

export interface PageModel {
  fields: Field[];
  clientId: string | null;
  targets: Partial<Record<StepId, Element>>;
  state: Omit<PageState, 'amazonPayHome'>;
}

// The contract's field names (dom-contract "Fields it recognised") of the concepts a label names.
export const FIELD_OF_CONCEPT: Partial<Record<FieldConcept, FieldName>> = {
  clientId: 'client-id',
  appId: 'app-id',
  clientSecret: 'client-secret',
  allowedOrigin: 'allowed-origin',
  allowedReturnUrl: 'allowed-return-url',
  appName: 'app-name',
  appDescription: 'app-description',
  privacyUrl: 'privacy-url',
  logo: 'logo',
};

// Sections an action can belong to (domain-facts: "an action belongs to the section (heading, or '+' toggle) that it
// follows"): the application's details, or its Web Settings.
const WEB_SETTINGS_CONCEPTS = new Set<FieldConcept>([
  'webSettings',
  'allowedOrigin',
  'allowedReturnUrl',
  'clientId',
  'clientSecret',
]);
const REQUIRED_APP_FIELDS = new Set<FieldName>(['app-name', 'app-description', 'privacy-url']);
const URL_IN_TEXT = /https?:\/\/[^\s,;]+/g;

interface Marker {
  element: Element;
  concept: FieldConcept;
}

/** The section an element follows: the concept of the last label or control before it. */
function sectionOf(element: Element, markers: Marker[]): 'web' | 'app' | null {
  let last: Marker | undefined;
  for (const marker of markers) {
    if (marker.element === element || holds(marker.element, element)) continue;
    if (precedes(marker.element, element)) last = marker;
    else break;
  }
  if (!last) return null;
  return WEB_SETTINGS_CONCEPTS.has(last.concept) ? 'web' : 'app';
}

export function classify(records: PageRecords): PageModel {
  const fields: Field[] = [];
  const claimed = new Set<Element>();
  const add = (name: FieldName, element: Element, value: string, visible: boolean) => {
    if (claimed.has(element)) return;
    // Exactly one element per value (dom-contract): the first visible one wins.
    const twin = fields.find((f) => f.name === name && value !== '' && f.value === value && !isListField(name));
    if (twin) {
      if (twin.visible || !visible) return;
      fields.splice(fields.indexOf(twin), 1);
      claimed.delete(twin.element);
    }
    claimed.add(element);
    fields.push({ name, element, value, visible });
  };

  // 1. IDs by their shape, wherever they are: the client ID is found even where no label is recognised, and an app ID
  // or a secret is never taken for it (core/credentials decides).
  // An ID repeated in a passing message (a toast "Client ID copied: amzn1…" above the card: variants-sweep12,
  // inferred) yields to the same ID shown anywhere else; alone (a banner with a new client ID), it is the one.
  // Shown twice, once as a label's value and once elsewhere (the last crumb of a breadcrumb: variants-sweep14,
  // inferred): the label's value, where the merchant is told what it is; but a selected row or tab holding it stays
  // what tells which one the merchant chose.
  // (Not a copy in a passing message, which yields anyway.)
  const values = new Set(records.labels.map((l) => l.valueElement));
  const labelled = (id: IdRecord) => {
    for (let up: Element | null = id.element; up; up = parentOf(up)) if (values.has(up)) return true;
    return false;
  };
  const sameText = new Map<string, IdRecord[]>();
  for (const id of records.ids) sameText.set(id.text, [...(sameText.get(id.text) ?? []), id]);
  const ids = records.ids.filter((id) => {
    const twins = (sameText.get(id.text) as IdRecord[]).filter((o) => o !== id && o.visible && !o.passing);
    return (
      !twins.length || labelled(id) || !twins.some(labelled) || id.element.closest('[aria-selected="true"]') !== null
    );
  });
  for (const id of ids.sort((a, b) => +!!a.passing - +!!b.passing)) {
    const { kind, value } = recognizeLwaCredential(id.text);
    if (kind !== 'unknown') add(kind as FieldName, id.element, value, id.visible);
  }

  // 2. Controls by their label.
  const controlsByField = new Map<FieldName, ControlRecord[]>();
  // Origins and return URLs listed in read-only inputs: saved ones, shown, not entries to type into.
  const savedInInputs = new Map<FieldConcept, number>();
  const savedIn = (concept: FieldConcept) => savedInInputs.get(concept) ?? 0;
  // Disabled entries are saved ones shown (a saved form drawn disabled) only where no Save is shown: a form disables
  // its entries while it saves, and those are not saved until the console says so (review 20).
  const saveShown = records.actions.some((a) => a.concept === 'save' && a.visible);
  for (const control of records.controls) {
    const name = FIELD_OF_CONCEPT[fieldConcept(control.label) ?? ('' as FieldConcept)];
    if (!name || claimed.has(control.element)) continue;
    // Credential inputs are recognised by what they hold (step 1), not by a label alone.
    if (name === 'client-id' || name === 'app-id' || name === 'client-secret') continue;
    if (
      (control.readOnly || (control.disabled && !saveShown)) &&
      (name === 'allowed-origin' || name === 'allowed-return-url')
    ) {
      // Only shown ones: a collapsed application's saved addresses are not this one's.
      const concept = fieldConcept(control.label) as FieldConcept;
      if (control.visible)
        savedInInputs.set(concept, savedIn(concept) + (control.value.match(URL_IN_TEXT)?.length ?? 0));
      continue;
    }
    add(name, control.element, control.value, control.visible);
    controlsByField.set(name, [...(controlsByField.get(name) ?? []), control]);
  }

  // 3. Values shown next to a label: the masked client secret, the registered origins and return URLs.
  const markers: Marker[] = [];
  const labelsOf = new Map<FieldConcept, LabelRecord[]>();
  for (const label of records.labels) {
    const concept = fieldConcept(label.label);
    if (!concept) continue;
    markers.push({ element: label.element, concept });
    // A list's name before an example ("Par exemple https://…" in a help panel) tells nothing of what is saved, nor
    // one in a help drawer beside the page (an <aside>: its sample addresses). Addresses before the example word
    // ("https://shop.de  Example: https://…", a hint under the list) are saved.
    const firstUrl = label.valueText.search(URL_IN_TEXT);
    const example =
      (concept === 'allowedOrigin' || concept === 'allowedReturnUrl') &&
      (namesAnExample(firstUrl < 0 ? label.valueText : label.valueText.slice(0, firstUrl)) ||
        label.element.closest('aside,[role=complementary]') !== null);
    // Nor does the same name again inside the value it names (a copy for screen readers in the cell, as AUI's
    // a-offscreen class would make it: variants-sweep12, inferred); another list's name there (a table's row) does.
    const known = labelsOf.get(concept) ?? [];
    if (
      label.visible &&
      !example &&
      !namesOneEntry(label.label) &&
      !known.some(
        (named) =>
          normalizeLabel(named.label) === normalizeLabel(label.label) && named.valueElement?.contains(label.element),
      )
    )
      labelsOf.set(concept, [...known, label]);
    // One secret: the first shown, else the first at all (a collapsed application's comes before the open one's).
    const secret = fields.find((f) => f.name === 'client-secret');
    if (
      concept === 'clientSecret' &&
      label.valueElement &&
      label.valueText &&
      (!secret || (!secret.visible && label.visible && label.valueVisible))
    ) {
      if (secret) {
        fields.splice(fields.indexOf(secret), 1);
        claimed.delete(secret.element);
      }
      add('client-secret', label.valueElement, '', label.visible && label.valueVisible);
    }
  }
  for (const control of records.controls) {
    const concept = fieldConcept(control.label);
    if (concept) markers.push({ element: control.element, concept });
  }
  markers.sort((a, b) => (a.element === b.element ? 0 : precedes(a.element, b.element) ? -1 : 1));

  // 4. Actions by their text, tied to their section.
  const { actions } = records;
  // (A disabled one is no step, but for the Save: a form's Save disabled until it changes says something.)
  const visibleAction = (concept: ControlConcept, section?: 'web' | 'app') =>
    actions.find(
      (a) =>
        a.concept === concept &&
        a.visible &&
        (concept === 'save' || !a.element.matches(DISABLED)) &&
        (!section || sectionOf(a.element, markers) === section),
    )?.element;
  /** The Save in an entry's own row: a box holding it and no other field, up to three levels up (an input in a cell
   * in a row, or in a wrapper in a row; further up is the form). */
  const rowSave = (entry: Element) => {
    for (let box = entry.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
      const save = actions.find((a) => a.concept === 'save' && a.visible && holds(box, a.element));
      if (save) return fields.some((f) => f.element !== entry && holds(box, f.element)) ? undefined : save.element;
    }
    return undefined;
  };
  /** A menu entry, or the visible control that opens its menu, or a native drop-down offering it. */
  const reachable = (concept: ControlConcept, pick: (a: ActionRecord) => boolean = () => true) => {
    const entries = actions.filter((a) => a.concept === concept && pick(a));
    const shown = entries.find((a) => a.visible && a.expanded === null && !a.options.length);
    if (shown) return shown.element;
    const opener = entries.find((a) => a.opener)?.opener;
    if (opener) return opener;
    const select = actions.find(
      (a) => (a.visible || a.opener) && a.options.some((o) => actionConcept(o) === concept && pick({ ...a, text: o })),
    );
    return select && (select.visible ? select.element : (select.opener ?? undefined));
  };

  const visibleFields = (name: FieldName) => fields.filter((f) => f.name === name && f.visible);
  const targets: Partial<Record<StepId, Element>> = {};
  const state: PageModel['state'] = {
    available: [],
    registration: null,
    editing: null,
    hasApp: false,
    clientIdShown: false,
    savedWebSettings: null,
  };

  // Several different client IDs in view (Integration Central's list of applications): each is marked, but which one
  // the shop uses is the merchant's choice, so none is the page's client ID and none of its steps is pointed at;
  // unless the merchant has chosen one: the one in the selected row (aria-selected), when only one is.
  const shownClientIds = visibleFields('client-id');
  // A selected row of a single-select table: not rows ticked for a bulk action, not a tab or a drop-down's option.
  // Or a modal dialog over the list: the new credentials, shown once (variants-sweep16, inferred); not an alert
  // dialog asking to delete one (reviews 70, 73).
  const chosen = shownClientIds.filter((f) => {
    const row = f.element.closest('[aria-selected="true"]');
    return (
      (row?.matches('tr,[role=row]') && !row.closest('[aria-multiselectable="true"]')) ||
      f.element.closest('[aria-modal="true"]:not([role=alertdialog]),dialog:modal:not([role=alertdialog])')
    );
  });
  const clientIdField =
    new Set(shownClientIds.map((f) => f.value)).size === 1
      ? shownClientIds[0]
      : new Set(chosen.map((f) => f.value)).size === 1
        ? chosen[0]
        : undefined;
  state.clientIdShown = shownClientIds.length > 0;

  // The registration form: the application's details as inputs.
  const appInputs = [...REQUIRED_APP_FIELDS].flatMap((name) =>
    visibleFields(name).filter((f) => f.element.matches('input,textarea')),
  );
  let form: Element | null = null;
  if (appInputs.length >= 2) {
    const empty = appInputs
      .filter((f) => (f.element as HTMLInputElement).value.trim() === '')
      .sort((a, b) => (precedes(a.element, b.element) ? -1 : 1));
    state.registration = { emptyRequired: empty.length };
    if (empty[0]) targets['fill-app-details'] = empty[0].element;
    const save = visibleAction('save', 'app') ?? visibleAction('save');
    if (save) targets['save-app'] = save;
    // The form's extent: the nearest element holding its details and its Save (Integration Central's Web Settings sit
    // between them, in a box of their own).
    const parts = [...appInputs.map((f) => f.element), save];
    form = parentOf((appInputs[0] as Field).element);
    while (form && !parts.every((el) => !el || holds(form as Element, el))) form = parentOf(form);
  }

  // A "Web Settings" or "App ID" heading tells of an application, except beside an application's details form with
  // no ID shown: Integration Central's create form has a Web Settings section (the progress stored from hasApp is
  // never taken back, so a form being filled in must not count; an edit form without IDs then tells nothing).
  state.hasApp =
    state.clientIdShown ||
    fields.some((f) => f.name === 'app-id' && f.visible) ||
    ((labelsOf.has('webSettings') || labelsOf.has('appId')) && !state.registration);

  // The addresses a list shows as text (read-only; with `listOnly`, only those beside its entry field). Only values
  // shown as text: an entry typed into an input the look did not take for one is no saved setting.
  // Up to the first address an example word introduces: "https://shop.de  Example: https://www.example.com" (a hint
  // under the list) is one; "https://shop.de (e.g. production) https://staging.shop.de" two.
  const urlsIn = (text: string) => {
    let count = 0;
    let from = 0;
    for (const url of text.matchAll(URL_IN_TEXT)) {
      if (introducesExample(text.slice(from, url.index))) break;
      count++;
      from = url.index + url[0].length;
    }
    return count;
  };
  const shownUrls = (concept: FieldConcept, listOnly = false) =>
    (labelsOf.get(concept) ?? []).reduce(
      (n, label) =>
        n +
        (listOnly || label.valueElement?.matches('input,textarea') ? 0 : urlsIn(label.valueText)) +
        urlsIn(label.listText),
      0,
    );

  // Web Settings being edited: origin and return-URL inputs.
  const originInputs = visibleFields('allowed-origin');
  const returnUrlInputs = visibleFields('allowed-return-url');
  if (originInputs.length + returnUrlInputs.length > 0) {
    // Entries typed in, and entries already added beside an entry field (its "chips"). An entry the console fills
    // with the scheme alone ("https://": variants-sweep15, inferred) is still empty.
    const filledIn = (f: Field) => !blankEntry((f.element as HTMLInputElement).value);
    const filled = (list: Field[], concept: FieldConcept) =>
      list.filter(filledIn).length + shownUrls(concept, true) + savedIn(concept);
    state.editing = {
      origins: filled(originInputs, 'allowedOrigin'),
      returnUrls: filled(returnUrlInputs, 'allowedReturnUrl'),
    };
    const firstEmpty = (list: Field[]) => list.find((f) => !filledIn(f))?.element;
    const addOrigin = firstEmpty(originInputs) ?? addAnotherAfter(labelsOf.get('allowedOrigin'), actions, markers);
    if (addOrigin) targets['add-origins'] = addOrigin;
    const addReturnUrl =
      firstEmpty(returnUrlInputs) ?? addAnotherAfter(labelsOf.get('allowedReturnUrl'), actions, markers);
    if (addReturnUrl) targets['add-return-urls'] = addReturnUrl;
    // Entries saved one by one (a Save in each entry's row): the Save of the row whose entry was changed, not the
    // first row's, which would save an entry that did not change and leave the new one unsaved.
    // The entry typed in last; else one whose value differs from the page's (not an empty row "Add another" cloned
    // from a filled one, its value attribute copied, its value emptied).
    const entries = [...originInputs, ...returnUrlInputs];
    const changed =
      entries.find((f) => f.element === records.typed && filledIn(f)) ??
      entries.find(
        (f) => filledIn(f) && (f.element as HTMLInputElement).value !== (f.element as HTMLInputElement).defaultValue,
      );
    const save = (changed && rowSave(changed.element)) ?? visibleAction('save', 'web') ?? visibleAction('save');
    // A form left open on what was just saved, its Save disabled until something changes (variants-sweep15,
    // inferred): saved Web Settings. Not while a list is still empty (a Save disabled until the form is complete asks
    // for entries), an entry was typed in, differs from the value attribute it was drawn with (where it has one: a
    // framework that sets values by script leaves none) or is marked wrong, or the form shows an alert with words (a
    // save refused, or disabled until valid: reviews 70, 73), nor while the entries are disabled too (the form is
    // being saved: review 20).
    const { origins, returnUrls } = state.editing;
    if (
      save?.matches(DISABLED) &&
      origins &&
      returnUrls &&
      !entries.some((f) => {
        const input = f.element as HTMLInputElement;
        return (
          input === records.typed ||
          input.matches(':disabled,[aria-invalid=true]') ||
          (input.hasAttribute('value') && input.value !== input.defaultValue)
        );
      }) &&
      ![...(save.closest('form')?.querySelectorAll('[role=alert]') ?? [])].some((alert) => alert.textContent?.trim())
    ) {
      state.editing = null;
      state.savedWebSettings = { origins, returnUrls };
    } else if (save) targets['save-web-settings'] = save;
  } else {
    // Web Settings shown read-only: count what is registered.
    if (labelsOf.has('allowedOrigin') || labelsOf.has('allowedReturnUrl')) {
      state.savedWebSettings = {
        origins: shownUrls('allowedOrigin') + savedIn('allowedOrigin'),
        returnUrls: shownUrls('allowedReturnUrl') + savedIn('allowedReturnUrl'),
      };
    }
  }

  // (Not while a part of the page shown says it is loading: the merchant's application may be on its way.)
  const register = visibleAction('register');
  if (register && !records.busy) targets['register-app'] = register;
  // The Web Settings' lists under no "Web Settings" heading (a "Web Settings" tab's panel) tell of an application
  // too, when they are an application's: with their Edit, under their selected tab, or showing a saved address. Not a
  // help section quoting the lists' names beside "Register" (nothing to edit, nothing saved).
  if (
    !state.hasApp &&
    !state.registration &&
    !register &&
    (labelsOf.has('allowedOrigin') || labelsOf.has('allowedReturnUrl')) &&
    (visibleAction('edit', 'web') ||
      actions.some(
        (a) => a.visible && a.concept === 'webSettingsLink' && a.element.getAttribute('aria-selected') === 'true',
      ) ||
      (state.savedWebSettings?.origins ?? 0) + (state.savedWebSettings?.returnUrls ?? 0) > 0)
  )
    state.hasApp = true;

  // The "+" next to "Web Settings" (before or after it, in the same group), a collapsed Web Settings heading, or the
  // developer console's "Show Client ID and Client Secret". Of several "+" in one card (one per section, each named
  // only "Expand"), the one nearest the Web Settings title through the smallest group holding both: the levels up
  // from the "+" and from the title to it (a "+" inside a button's <span> beside the title still beats another
  // section's bare "+" further out). Wrappers around the "+" alone (Amazon's <span class="a-button"><span
  // class="a-button-inner">) count as no level.
  const webSettingsLabels = labelsOf.get('webSettings') ?? [];
  // (None for a title that is the group itself: a heading holding its own "+".)
  const levelsUp = (el: Element, group: Element) => {
    let levels = 0;
    for (let up: Element | null = el; up && up !== group; up = parentOf(up)) levels++;
    return levels;
  };
  // In one flat group ("<h3>Details</h3> + … <h3>Web Settings</h3> +"), the "+" right before or after the title.
  const besideTitle = (inner: Element) =>
    [inner.previousElementSibling, inner.nextElementSibling].some(
      (el) => el && webSettingsLabels.some((label) => holds(el, label.element)),
    );
  const distanceToWebSettings = (el: Element) => {
    let depth = 0;
    for (let group = parentOf(el), inner: Element = el; group && depth < 3; inner = group, group = parentOf(group)) {
      const titles = webSettingsLabels.filter((label) => holds(group, label.element));
      if (titles.length > 0) {
        const levels = depth + Math.min(...titles.map((label) => levelsUp(label.element, group)));
        return 2 * levels + (besideTitle(inner) ? 0 : 1);
      }
      if (group.childElementCount !== 1 || group.firstElementChild !== inner) depth++;
    }
    return Number.POSITIVE_INFINITY;
  };
  // A collapsed "Web Settings" heading or menu counts where it stands: the first of it and the nearest "+" wins.
  let webSettingsToggle: Element | undefined;
  let nearest = Number.POSITIVE_INFINITY;
  for (const a of actions) {
    if (!a.visible) continue;
    if (a.concept === 'webSettingsToggle' && a.expanded === false) {
      webSettingsToggle ??= a.element;
      break;
    }
    // A toggle that says it is collapsed, or a "+" that says nothing: never the "−" of an open section.
    if (a.concept !== 'toggle' || (a.expanded ?? a.text.trim() !== '+')) continue;
    const distance = distanceToWebSettings(a.element);
    if (distance < nearest) [webSettingsToggle, nearest] = [a.element, distance];
  }
  // (Every application folded, its Web Settings' title hidden too: the control that opens the first one's "Show" —
  // only where an application's ID is hidden on the page: a folded help section's "Show" tells of no application.)
  // (Or a menu entry that names what it shows, the IDs loaded only when asked: a profile's "⋮" holding "Show Client ID
  // and Client Secret", variants-sweep14, inferred; not a help menu's link to an article of that title: review 67.)
  const folded = fields.some((f) => (f.name === 'client-id' || f.name === 'app-id') && !f.visible);
  const reveal =
    webSettingsToggle ??
    visibleAction('showSecret') ??
    reachable(
      'showSecret',
      (a) => folded || (!!a.opener && mentionsFieldLabel(a.text) && !a.element.matches('a[href]:not([href^="#"])')),
    );
  if (reveal && !state.clientIdShown) targets['reveal-web-settings'] = reveal;
  // (Beside a registration form, a section to open tells of no application: Integration Central's create form.)
  if (reveal && !state.registration) state.hasApp = true;

  if (clientIdField) targets['copy-client-id'] = clientIdField.element;

  // An Edit that follows no section (Integration Central's, at the head of the card) edits the whole card, its Web
  // Settings included: it is the step when the Web Settings are shown read-only and have no Edit of their own.
  const cardEdit = () =>
    state.savedWebSettings
      ? actions.find((a) => a.concept === 'edit' && a.visible && sectionOf(a.element, markers) === null)?.element
      : undefined;
  // Several applications, each with its own way to its Web Settings (the developer console's gear per profile): the
  // one of the application whose client ID is shown, the nearest to it.
  const nearestWebSettingsLink = () => {
    const ways = actions.filter((a) => a.concept === 'webSettingsLink').map((a) => (a.visible ? a.element : a.opener));
    for (let box = clientIdField && parentOf(clientIdField.element); box; box = parentOf(box)) {
      const near = ways.find((el) => el && holds(box, el));
      if (near) return near;
    }
    return reachable('webSettingsLink');
  };
  // The "⋮" of the client ID's own row whose menu holds an Edit (Integration Central's list: variants-sweep14,
  // inferred); not another row's, nor the account's menu (review 67).
  const rowMenuEdit = () => {
    const row = clientIdField?.element.closest('tr,[role=row],li');
    return row ? actions.find((a) => a.concept === 'edit' && a.opener && holds(row, a.opener))?.opener : undefined;
  };
  // A collapsed Web Settings section on the page is the way to them, once the client ID is shown (before, it is the way
  // to it), rather than a link away from the page.
  const edit =
    visibleAction('edit', 'web') ??
    cardEdit() ??
    (state.clientIdShown ? webSettingsToggle : undefined) ??
    nearestWebSettingsLink() ??
    rowMenuEdit() ??
    visibleAction('viewClient');
  // On an application's form, only its own collapsed section: a link, a tab or another section's Edit leaves the form
  // (and a create form's Save comes first).
  if (
    edit &&
    (!state.registration || (edit === webSettingsToggle && form && holds(form, edit))) &&
    (clientIdField || !state.clientIdShown)
  )
    targets['edit-web-settings'] = edit;

  // The view drop-down leads to Login with Amazon (domain-facts, step 1), also while its menu is not in the page yet
  // (a menu rendered only when opened: variants-sweep12, inferred): the collapsed button naming an Amazon Pay view,
  // when no menu in the page is known to be its own (one without Login with Amazon offers no way there).
  const lwa =
    reachable('viewLwa', (a) => a.expanded === null || a.options.length > 0) ??
    actions.find(
      (a) =>
        a.visible &&
        a.concept === 'viewAmazonPay' &&
        a.expanded === false &&
        !actions.some((entry) => entry.opener === a.element),
    )?.element;
  if (lwa) targets['open-lwa-console'] = lwa;
  const back =
    reachable('viewAmazonPay', (a) => isSandboxView(a.text) || a.options.length > 0) ?? reachable('viewAmazonPay');
  if (back) targets['back-to-amazon-pay'] = back;

  state.available = Object.keys(targets) as StepId[];
  // A client ID only shown hidden (a collapsed row) counts when it is the only one: of several, none is the shop's.
  const hiddenClientIds = new Set(fields.filter((f) => f.name === 'client-id').map((f) => f.value));
  const clientId =
    clientIdField?.value ??
    (state.clientIdShown || hiddenClientIds.size !== 1 ? null : ([...hiddenClientIds][0] ?? null));
  return { fields, clientId, targets, state };
}

const isListField = (name: FieldName) => name === 'allowed-origin' || name === 'allowed-return-url';

/** The "Add another" that follows a list's label (and comes before the next label). */
function addAnotherAfter(
  labels: LabelRecord[] | undefined,
  actions: ActionRecord[],
  markers: Marker[],
): Element | undefined {
  const label = labels?.[0];
  if (!label) return undefined;
  const concept = fieldConcept(label.label);
  return actions.find((a) => {
    if (a.concept !== 'addAnother' || !a.visible || !precedes(label.element, a.element)) return false;
    const owner = [...markers].reverse().find((m) => precedes(m.element, a.element));
    return owner?.concept === concept;
  })?.element;
}

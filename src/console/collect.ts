// Page → plain records. This is where Amazon's markup is read; `classify.ts` decides from the records without
// touching the DOM. No DOM ids or classes of Amazon's are known (domain-facts: "No public script drives these
// consoles"), so everything is found by label text, ARIA and the shape of the IDs.
import { holds, isOwnUi, openShadowRoots, parentOf, precedes, queryAll, scopeOf } from './composed';
import {
  actionConcept,
  type ControlConcept,
  controlConcept,
  type FieldConcept,
  fieldConcept,
  mentionsFieldLabel,
  mentionsLabelWord,
  namesShowClientId,
} from './labels';

/** A form control and the label it was found under. */
export interface ControlRecord {
  kind: 'control';
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  label: string;
  value: string;
  required: boolean;
  /** A read-only input shows a saved value (an origin listed in an input nobody can type in). */
  readOnly: boolean;
  /** Disabled, or in a disabled fieldset: a saved value shown, or a form that is saving (classify tells which). */
  disabled?: boolean;
  visible: boolean;
}

/** Text on the page that names a field (the label itself), with the element that shows its value, if any. */
export interface LabelRecord {
  kind: 'label';
  element: Element;
  label: string;
  /** The innermost element showing the value next to the label (a td, a dd, the next span…). */
  valueElement: Element | null;
  valueText: string;
  /** A list's further entries shown as text: the rest of its column, the elements after its first, its "chips". */
  listText: string;
  visible: boolean;
  /** Whether the value itself is shown (a secret loaded hidden beside its "Show" is not). */
  valueVisible: boolean;
}

/** A button, link, menu entry or drop-down the merchant can act on, whose text (or an option's) names an action. */
export interface ActionRecord {
  kind: 'action';
  element: Element;
  text: string;
  /** What its text names (none for a drop-down kept only because one of its options names an action). */
  concept: ControlConcept | undefined;
  visible: boolean;
  /** aria-expanded, when the control says whether what it opens is open. */
  expanded: boolean | null;
  /** For a hidden menu entry: the visible control that opens its menu. */
  opener: Element | null;
  /** For a native <select>: the texts of its options. */
  options: string[];
}

/** Text that has the shape of a credential (an ID or a secret), wherever it is on the page. */
export interface IdRecord {
  kind: 'id';
  element: Element;
  text: string;
  visible: boolean;
  /** Shown in a message that comes and goes (a toast saying it was copied, a status line): see classify. */
  passing?: boolean;
}

export interface PageRecords {
  controls: ControlRecord[];
  labels: LabelRecord[];
  actions: ActionRecord[];
  ids: IdRecord[];
  /** The open shadow roots read with the page (none on a page built without web components). */
  shadowRoots?: ShadowRoot[];
  /** Components on the page are not defined yet: what they will show is still to come. */
  pending?: boolean;
  /** The entry the merchant typed in last (noteTyped), if any. */
  typed?: Element;
  /** A part of the page says it is still loading (aria-busy): what it will show is not known yet. */
  busy?: boolean;
}

const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=checkbox]):not([type=radio]),textarea,select';
const ACTION_SELECTOR =
  'button,a[href],[role=button],[role=menuitem],[role=menuitemradio],[role=option],[role=tab],[role=radio],[role=link],input[type=submit],input[type=button],input[type=radio],summary,select';
// Elements whose text can be a label. Short texts only: a paragraph of help is not a label.
const LABEL_TAGS = new Set('label,th,dt,legend,h1,h2,h3,h4,h5,h6,span,div,p,strong,b,td,li,caption'.split(','));
const MAX_LABEL_LENGTH = 60;
// Text that is not shown as text (only the direct parent of a text node matters).
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);
// A message that comes and goes: a toast, a status line (ARIA live regions).
const PASSING = '[role=status],[role=alert],[aria-live=polite],[aria-live=assertive]';
// Candidates for IDs in text: Amazon's `amzn1.` IDs and bare 64-hex secrets; recognizeCredential decides which.
export const ID_CANDIDATE = /amzn1\.[a-z0-9.-]+|\b[0-9a-f]{64}\b/gi;
// Whether a long text may hold one (a paragraph of help, indentation: no).
const ID_START = /amzn1\.|[0-9a-f]{64}/i;

/** Rendered and not hidden (by display, `hidden` or visibility), as the merchant sees it. */
export function isVisible(el: Element): boolean {
  // False for an element without a box (display: none on it or an ancestor, which includes `hidden`) or with
  // visibility: hidden. It reads computed style only, never layout, so a look at the page forces no reflow.
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  return el.closest('[hidden]') === null;
}

/**
 * What is on the page but struck out: a deleted application's ID or label (<del>, <s>: variants-sweep17, inferred).
 * Not read.
 */
const setAside = (el: Element) => el.closest('del,s') !== null;

/** An action shown and within reach: not inert, as a carousel's slide off screen (variants-sweep14, inferred). */
const clickable = (el: Element) => isVisible(el) && !el.closest('[inert]');

/** The element's text without the text of nested controls' option lists, trimmed. */
const textOf = (el: Element) => tidy(el.textContent ?? '');

/** White space as it reads: runs of it as one space, none at the ends. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text without any white space, to compare what two texts say. */
const bare = (text: string) => text.replace(/\s+/g, '');

/**
 * The text of a value, its text nodes kept apart: a list of origins in adjacent <div>s or <li>s has no white space in
 * its textContent ("https://a.examplehttps://b.example"), and would read as one URL.
 */
function separatedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return tidy(parts.join(' '));
}

/** The text of the nodes directly under `el` plus its inline children: enough for "Name *" with a "?" link. */
function labelText(el: Element): string | null {
  if (el.querySelector(CONTROL_SELECTOR)) {
    // A wrapping <label> holds its control: its text without the control's.
    if (el.tagName !== 'LABEL') return null;
  }
  const text = readLabel(el);
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH ? text : null;
}

/** A label element's text; when too long for a label, it may hold its "?" popover's hidden help: its shown text. */
function readLabel(el: Element): string {
  // An info icon's <svg><title> names the icon, not the field.
  const text = el.querySelector('svg') ? textWithout(el, 'svg') : textOf(el);
  return text.length > MAX_LABEL_LENGTH && el.childElementCount > 0 && el.childElementCount <= 6 ? shownText(el) : text;
}

/**
 * The text of `el` without the text inside those of its descendants that match `skip`: its <svg> icons, or the parts
 * assistive technology skips (aria-hidden); with `shownOnly`, only the texts whose element is shown.
 */
function textWithout(el: Element, skip: string, shownOnly = false): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const skipped = parent?.closest(skip);
    if ((!skipped || skipped === el || !el.contains(skipped)) && (!shownOnly || (parent && isVisible(parent))))
      text += node.nodeValue ?? '';
  }
  return tidy(text);
}

/**
 * The text of `el` as a sighted merchant reads it: without what is hidden (a "?" button's tooltip, a Save button's
 * busy text), its icons, a wrapped control's own text, or what assistive technology skips. Asked only of a label or a
 * button whose text names nothing: it asks each text's element whether it is shown. A hidden control (a menu entry
 * before its menu opens) is read without what assistive technology skips, as before.
 */
const visibleText = (el: Element) =>
  isVisible(el) ? textWithout(el, `svg,textarea,select,${ARIA_HIDDEN}`, true) : textWithout(el, ARIA_HIDDEN);

/**
 * The words shown before what is drawn for screen readers only, when that names a field: "Modifier" of
 * "Modifier<span class=a-offscreen> les origines JavaScript autorisées</span>" (each row's action named in full for
 * them: variants-sweep14, inferred); not "Afficher" of a help's "Afficher la réponse" (review 67). Drawn off screen:
 * absolutely placed and clipped (clip, clip-path or overflow), as AUI's a-offscreen and "sr-only" do. Only computed
 * style is read, never a size, which would ask for layout.
 */
function leadBeforeOffscreen(el: Element): string {
  const [lead, rest] = el.childNodes;
  if (lead?.nodeType !== Node.TEXT_NODE || !(rest instanceof HTMLElement) || el.childNodes.length > 2) return '';
  if (!mentionsFieldLabel(textOf(rest))) return '';
  const style = getComputedStyle(rest);
  return style.position === 'absolute' &&
    (style.overflow === 'hidden' || style.clip.startsWith('rect') || /^inset/.test(style.clipPath))
    ? tidy(lead.nodeValue ?? '')
    : '';
}

/** The text of `el` without its hidden children (one level: a popover's help text beside the label). */
function shownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (node instanceof Element && node.localName !== 'svg' && isVisible(node)) text += node.textContent ?? '';
  }
  return tidy(text);
}

/** The texts that aria-labelledby names, in its order. */
const labelledByIds = (el: Element) => el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];

function labelledByParts(el: Element): string[] {
  const scope = scopeOf(el);
  return labelledByIds(el)
    .map((id) => scope.getElementById(id))
    .filter((ref): ref is HTMLElement => ref !== null)
    .map(textOf);
}

const labelledBy = (el: Element) => labelledByParts(el).join(' ');

/** aria-labelledby, aria-label, <label for>, a wrapping <label>: the ways a control names itself. */
function ownLabel(control: Element): string {
  // A name made of several texts ("Allowed JavaScript origins" + "Entry 1", "Web Settings" + "Allowed Origins"): the
  // last among them that names a field, not its section.
  const parts = labelledByParts(control);
  const fields = parts.filter((part) => fieldConcept(part));
  const named = fields.findLast((part) => fieldConcept(part) !== 'webSettings') ?? fields[0] ?? parts.join(' ');
  if (named) return named;
  const ariaLabel = control.getAttribute('aria-label')?.trim();
  if (ariaLabel && fieldConcept(ariaLabel)) return ariaLabel;
  const labels = (control as HTMLInputElement).labels;
  const label = labels?.[0] ?? control.closest('label');
  const text = label ? labelShown(label) : '';
  // A <label> that also holds a "?" with its hidden tooltip: its shown words name the field.
  const byLabel = text && (fieldConcept(text) ? text : namedBy(visibleText(label as Element)) || text);
  // An input component's own generic name ("Inserisci un URL") under the page's <label for> naming a list of origins
  // or return URLs (variants-sweep13, inferred): the label. Otherwise the aria-label, which assistive technology reads
  // first ("Filter applications by name" over a filter box's "Name" is no application's name: review 67).
  if (byLabel && (!ariaLabel || LIST_CONCEPTS.has(fieldConcept(byLabel)))) return byLabel;
  if (ariaLabel) return ariaLabel;
  // A "floating" label right after its input, tied to it by the page's CSS alone (`input + label`, in a wrapper of
  // their own): not the next field's label in a flat form of label, input, label, input.
  const after = control.nextElementSibling;
  if (after?.tagName === 'LABEL' && !after.hasAttribute('for') && !control.previousElementSibling) {
    return namedBy(readLabel(after));
  }
  return '';
}

/** A label's text; inside a component, with what its <slot>s show (<label><slot name="label"></slot></label>). */
const labelShown = (label: Element) =>
  readLabel(label) || (label.getRootNode() instanceof ShadowRoot ? tidy(composedText(label)) : '');

// The labels of lists whose further entries sit in rows of their own, unlabelled (added by "Add another").
const LIST_CONCEPTS = new Set<FieldConcept | undefined>(['allowedOrigin', 'allowedReturnUrl']);

/**
 * Whether `row` is one more entry row of the list whose first row is `first`: the same kind of element, and no text
 * of its own but its buttons' (an entry's "×"). A search box or a drop-down further down the card is neither.
 */
const cloneRow = (row: Element, first: Element) =>
  row.tagName === first.tagName && row.className === first.className && onlyActionText(row, messagesIn(row));

/** The console's own messages about an entry in a row: what its inputs' aria-describedby name, and alerts. */
function messagesIn(row: Element): Element[] {
  const scope = scopeOf(row);
  const described = [...row.querySelectorAll('[aria-describedby]')].flatMap((el) =>
    (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => scope.getElementById(id)),
  );
  return [...described, ...row.querySelectorAll('[role=alert],[role=status]')].filter(
    (el): el is Element => el !== null && row.contains(el),
  );
}

/** An attribute's text when it reads as a known label, else ''. */
const namedBy = (text = '') => (fieldConcept(text) ? text : '');
const listName = (text: string) => (LIST_CONCEPTS.has(fieldConcept(text)) ? text : '');

/** What the label pass learnt, so that finding a control's label costs no further walk of the page. */
interface Landmarks {
  /** Every element that holds a form control (the controls' ancestors, shadow roots' hosts included). */
  holdsControl: Set<Element>;
  /** Each element holding one or more labels → the text of the last one in it. */
  lastLabelIn: Map<Element, string>;
  /** The form controls, in page order. */
  controls: Element[];
  /** Every element that holds an open shadow root (the hosts and their ancestors): its text is not its textContent. */
  holdsShadow: Set<Element>;
  /** The elements read as labels. */
  labels: Set<Element>;
  /** The values found by their place after a column of labels (pairedValue): no list goes on after them. */
  paired: Set<Element>;
  /** The ids the controls' aria-describedby and aria-errormessage name: their help lines and errors. */
  described: Set<string>;
}

/** The text an element shows: with what its shadow roots show when it holds any (textContent has only its own). */
const shownTextOf = (el: Element, marks: Landmarks) => (composes(el, marks) ? tidy(composedText(el)) : textOf(el));

/**
 * Whether an element shows more than its own tree: it holds a shadow root, or it is inside one (where a <slot> shows
 * the host's children). Never on a page without components.
 */
const composes = (el: Element, marks: Landmarks) =>
  marks.holdsShadow.size > 0 && (marks.holdsShadow.has(el) || el.getRootNode() instanceof ShadowRoot);

/** The text of a node as shown: a host's shadow root instead of its children, a <slot> as what is assigned to it. */
function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (!(node instanceof Element) || NOT_TEXT.has(node.tagName)) return '';
  // Texts kept apart, as separatedText does: adjacent entries of a list would otherwise read as one URL.
  let text = '';
  for (const child of shownNodes(node)) text += ` ${composedText(child)}`;
  return text;
}

/** The nodes an element shows: its shadow root's, a <slot>'s assigned ones (else its fallback), else its own. */
function shownNodes(el: Element): Iterable<Node> {
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return (el.shadowRoot ?? el).childNodes;
}

/**
 * The label of a control with no label of its own: the text just before it in the same group. Walks up from the
 * control; at each level, looks back through the previous siblings for one that holds no control and reads as a
 * known label (a <th> before a <td>, a <dt> before a <dd>, a <span> before a <div>, a heading inside a <div>…).
 */
function groupLabel(control: Element, marks: Landmarks, maxDepth = 6, stopAtText = false): string {
  let node: Element | null = control;
  for (let depth = 0; node && depth < maxDepth; depth++, node = parentOf(node)) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const label = marks.lastLabelIn.get(sibling);
      if (sibling.matches(CONTROL_SELECTOR) || marks.holdsControl.has(sibling)) {
        // Another control's row: keep looking back only when it has no label of its own (rows added by "Add another");
        // when its label names a list of origins or return URLs, this row is one more entry of that list.
        if (label !== undefined && LIST_CONCEPTS.has(fieldConcept(label)) && cloneRow(node, sibling)) return label;
        if (label !== undefined) break;
        continue;
      }
      // The console's own messages about entries name lists in sentences ("…add it under <b>Allowed Return URLs</b>
      // instead": variants-sweep15, inferred) and describe them (a list's help line between its name and its entries:
      // variants-sweep13, inferred): neither is the label of the rows after it, nor ends the look.
      if (label !== undefined) {
        if (!isMessage(sibling, marks)) return label;
        continue;
      }
      // The <label> of another control (a list the assistant does not know: "Webhook URLs", variants-sweep15,
      // inferred) ends the look: the rows after it are that list's. Not a hint or a hidden "Entry 1" in a <label>
      // that labels nothing (review 70).
      const other = (sibling as HTMLLabelElement).control;
      if (other && other !== control) return '';
      // An entry's list label is the first text above it: a heading of another kind ("Support contact") ends the look.
      if (stopAtText && textOf(sibling) !== '' && !DECORATION.test(textOf(sibling)) && !isMessage(sibling, marks))
        return '';
    }
    if (parentOf(node)?.matches('form,body,main,[role=dialog],[role=main]')) break;
  }
  return '';
}

/**
 * A console's message about its entries: an alert or a status, or what an entry's aria-describedby or
 * aria-errormessage names (its help line, its error). Never a heading, a label or a legend, nor what holds one, which
 * buttons and entries may name for context ("Add another" described by its list's heading: review 70).
 */
const NAMING = 'h1,h2,h3,h4,h5,h6,[role=heading],label,legend';
const isMessage = (el: Element, marks: Landmarks) =>
  !el.matches(NAMING) &&
  !el.querySelector(NAMING) &&
  (el.matches('[role=alert],[role=status]') || (!!el.id && marks.described.has(el.id)));

/** The name of the group around a control (role=group, fieldset), when it reads as a known label: a list's entries. */
function groupName(control: Element): string {
  // The nearest group that has a name (an unnamed inner group does not hide a named outer one).
  for (
    let group = control.closest('[role=group],fieldset');
    group;
    group = group.parentElement?.closest('[role=group],fieldset') ?? null
  ) {
    const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
    const name = labelledBy(group) || group.getAttribute('aria-label') || (legend ? textOf(legend) : '');
    if (name.trim()) return namedBy(name);
  }
  return '';
}

// What assistive technology skips: an icon beside a button's words ("✓ Save changes").
const ARIA_HIDDEN = '[aria-hidden="true"]';

// What stands between a label and its value without being a value: a required mark, a colon, the "?" help link or
// icon (domain-facts: "A '?' next to each field explains it"). One mark at most: "****" is a secret's mask.
const DECORATION = /^(?=.)(?:[?？ⓘℹ*]\s?)?[:：]?$/;

/**
 * Whether the label is followed, in its parent, by a line break and then text that is no element's own (a sentence
 * that merely names the field, "Never share your <b>Client Secret</b>", has no line break after the name).
 */
function bareTextAfter(label: Element): boolean {
  let broken = false;
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').trim();
      if (text !== '' && !DECORATION.test(text)) return broken;
    } else if (node instanceof Element && node.tagName === 'BR') broken = true;
    else return false;
  }
  return false;
}

/**
 * The texts of the elements after a list's first entry, up to the next label, field or component holding one. Beside
 * an entry field, only lists count (the entries added so far, shown as "chips"), after it or between its label and it:
 * a hint beside the field may quote an example address.
 */
function entriesAfter(first: Element, marks: Landmarks): string {
  const field = first.matches(CONTROL_SELECTOR);
  let text = '';
  for (let next = first.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches(CONTROL_SELECTOR) || marks.holdsControl.has(next)) break;
    if (!field) {
      // One more entry is shaped like the first ("Not set" then a hint quoting an example address is no list).
      if (next.tagName !== first.tagName || next.className !== first.className) break;
      if (holdsLabel(next, marks)) break;
      text += ` ${shownTextOf(next, marks)}`;
    } else text += next.matches(LIST) ? chips(next, marks) : chip(next, marks);
  }
  // Chips above the field count only up to the field's own label, each with its remove button (a list of examples
  // under the label has none).
  if (field) {
    let above = '';
    let prev = first.previousElementSibling;
    for (; prev; prev = prev.previousElementSibling) {
      if (prev.matches(CONTROL_SELECTOR) || marks.holdsControl.has(prev)) break;
      if (marks.labels.has(prev)) {
        if (labelsField(prev, first)) text += above;
        break;
      }
      above += prev.matches(LIST) ? chips(prev, marks, true) : chip(prev, marks);
    }
    // Tokens in a box of their own with the field, its label outside it: the field's own (its <label>, its
    // aria-labelledby).
    if (!prev && above && ((first as HTMLInputElement).labels?.length || first.hasAttribute('aria-labelledby')))
      text += above;
  }
  return text;
}

/**
 * An address with its remove button and nothing else: a token beside an entry field ("https://… ×"). Not an example
 * with its "Copy", a suggestion with its "Use", nor a link to the docs (review 19): the one action is a button that
 * says it removes, by a cross or by a name that holds the address or a remove word.
 */
function chip(item: Element, marks: Landmarks): string {
  const actions = item.querySelectorAll(ACTION_SELECTOR);
  const remove = actions[0];
  if (actions.length !== 1 || !remove?.matches('button,[role=button]')) return '';
  const own = addressBeside(item, [remove], marks);
  if (!own) return '';
  const name = `${remove.getAttribute('aria-label') ?? ''} ${remove.getAttribute('title') ?? ''}`;
  return /^[×✕✖xX⨯]$/.test((remove.textContent ?? '').trim()) || name.includes(own) || REMOVE.test(name)
    ? ` ${own}`
    : '';
}

/** The one address an item shows beside its buttons, or '' (a chip, a token: "https://… ×"). */
function addressBeside(item: Element, actions: Element[], marks: Landmarks): string {
  const own = actions
    .reduce((rest, action) => without(rest, action.textContent ?? ''), shownTextOf(item, marks))
    .trim();
  return /^https?:\/\/\S+$/.test(own) ? own : '';
}

/** A text without the last time a part of it appears (a button's "x" after "https://www.example.com"). */
function without(text: string, part: string): string {
  const at = text.lastIndexOf(part);
  return at < 0 || !part ? text : text.slice(0, at) + text.slice(at + part.length);
}

// "Remove" in the consoles' languages, for a token's button named by its aria-label or title.
const REMOVE = /remove|delete|supprimer|retirer|entfernen|löschen|eliminar|quitar|rimuovi|elimina|削除/i;

/** Whether a label is the field's own: its <label>, or named in its aria-labelledby. */
const labelsField = (label: Element, field: Element) =>
  [...((field as HTMLInputElement).labels ?? [])].includes(label as HTMLLabelElement) ||
  (label.id !== '' && labelledByIds(field).includes(label.id));

const LIST = 'ul,ol,[role=list]';

/**
 * The addresses of a list of chips: items that are an address each, with at most a remove button (a list of rules
 * quoting an example address is not).
 */
function chips(list: Element, marks: Landmarks, removable = false): string {
  let text = '';
  for (const item of list.children) {
    const actions = [...item.querySelectorAll(ACTION_SELECTOR)];
    if (removable && actions.length === 0) return '';
    const own = addressBeside(item, actions, marks);
    if (own) text += ` ${own}`;
  }
  return text;
}

// A header cell, and a cell of values, of a <table> or of one drawn with ARIA roles out of <div>s (data-table
// components render lists of saved entries so: variants-sweep10).
const TABLE = 'table,[role=table],[role=grid]';
const HEADER_CELL = 'th,[role=columnheader]';
// (A row's header in a list's column is its address: some design systems render a table's first column so.)
const VALUE_CELL = 'td,[role=cell],[role=gridcell],[role=rowheader]';
const CELL = `${HEADER_CELL},${VALUE_CELL}`;
const rowOf = (cell: Element) => cell.closest('tr,[role=row]');
const cellsOf = (row: Element) =>
  row instanceof HTMLTableRowElement ? [...row.cells] : [...row.children].filter((c) => c.matches(CELL));

/** The texts of the column a header cell heads, in the rows below its own. */
function columnUnder(label: Element): { table: Element; text: string } | null {
  const cell = label.closest(HEADER_CELL);
  const table = cell?.closest(TABLE);
  // A table of applications (a client ID per row) holds every application's addresses: none is the one application's.
  if (!cell || !table || (table.textContent?.match(/amzn1\.application-oa2-client\./g)?.length ?? 0) > 1) return null;
  const column = columnOf(cell);
  const headerRow = rowOf(cell);
  // A table of applications by their names (each row's addresses are that application's): none is this one's.
  if (headerRow && cellsOf(headerRow).some((c) => c !== cell && fieldConcept(textOf(c)) === 'appName')) return null;
  const texts: string[] = [];
  const rows = table instanceof HTMLTableElement ? table.rows : table.querySelectorAll('[role=row]');
  for (const row of rows) {
    // (Not the rows of a table nested in a cell.)
    if (row === headerRow || row.closest(TABLE) !== table) continue;
    const below = cellsOf(row).find((c) => columnOf(c) === column);
    if (below?.matches(VALUE_CELL)) texts.push(separatedText(below));
  }
  return { table, text: texts.join(' ') };
}

/** A cell's column, counting the columns its row's earlier cells span. */
function columnOf(cell: Element): number {
  const row = rowOf(cell);
  const cells = row ? cellsOf(row) : [];
  return cells
    .slice(0, cells.indexOf(cell))
    .reduce((column, before) => column + ((before as HTMLTableCellElement).colSpan || 1), 0);
}

/** Whether an element has text of its own (not only inside its children), more than a colon or a "?". */
function hasOwnText(el: Element): boolean {
  for (const node of el.childNodes) {
    const text = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '').trim() : '';
    if (text !== '' && !DECORATION.test(text)) return true;
  }
  return false;
}

/** The element showing the value that a label names: th→td, dt→dd, label[for], else the next sibling element. */
function valueFor(label: Element, marks: Landmarks): Element | null {
  if (label.tagName === 'LABEL') {
    const forId = label.getAttribute('for');
    const target = forId ? scopeOf(label).getElementById(forId) : label.querySelector(CONTROL_SELECTOR);
    if (target) return target;
  }
  // One of a row of column headers (a list's "Client ID") heads a column of values: none is beside it.
  const header = label.closest(HEADER_CELL);
  const row = header && rowOf(header);
  if (row && row.children.length > 1 && [...row.children].every((c) => c.matches(HEADER_CELL))) return null;
  const paired = pairedValue(label, marks);
  if (paired !== undefined) return paired;
  // "<b>Client ID</b><br>amzn1…": the value is bare text after the label; its row is the innermost element holding it.
  if (bareTextAfter(label)) return label.parentElement;
  // A caption under its value (a box of two: the value, then its label, and no words of their own), when the value
  // shows what the label names; not a sentence quoting an ID "comme <b>identifiant client</b>" (variants-sweep16,
  // inferred).
  const above = label.previousElementSibling;
  const box = label.parentElement;
  if (
    above &&
    box?.childElementCount === 2 &&
    ![...box.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.nodeValue ?? '')) &&
    !beside(label, true) &&
    showsItsValue(label, above)
  )
    return above;
  // A name inside a sentence ("under <b>Allowed JavaScript Origins</b>, for example <code>https://…</code>" in a help
  // panel) has no value: words, not a colon, follow it.
  if (wordsAfter(label)) return null;
  // A list's name on the button that folds it (an accordion: "<span>Allowed origins</span><span>1</span>" inside the
  // button): the panel the button shows is the value, never the rest of the button.
  // Only an accordion's button (aria-expanded, no popup) holding this one label, showing a panel: not a help popover,
  // a dialog or the table a sortable header sorts.
  const fold = label.closest('button,summary,[role=button]');
  const accordion =
    fold &&
    fold !== label &&
    fold.hasAttribute('aria-expanded') &&
    !fold.hasAttribute('aria-haspopup') &&
    !holdsLabel(fold, marks, label)
      ? fold
      : null;
  const panelId = accordion?.getAttribute('aria-controls');
  const panel = panelId ? scopeOf(label).getElementById(panelId) : null;
  if (panel && !panel.matches('[role=dialog],[role=tooltip],[role=grid],[role=menu],[role=listbox],table'))
    return panel;
  // Three levels up, and on through wrappers that hold the label alone (a design system's label column).
  const own = textOf(label);
  let node: Element | null = accordion ?? label;
  const wrapper = (el: Element) => el.childElementCount === 1 && textOf(el) === own;
  // A label inside a component's shadow root goes on beside its host.
  for (let depth = 0; node && (depth < 3 || (depth < 8 && wrapper(node))); depth++, node = parentOf(node)) {
    let next = node.nextElementSibling;
    let colon = false;
    while (next && !next.matches(CONTROL_SELECTOR) && !marks.holdsControl.has(next)) {
      // A help bubble beside the label, hidden until its "i" is hovered, is no value ("Non è l'ID cliente."). A hidden
      // element or a tooltip showing an ID or addresses is (a folded list of saved addresses, a secret behind its
      // "Show").
      if (next.matches('[hidden],[role=tooltip]') && !showsAnIdOrAddress(next)) {
        next = next.nextElementSibling;
        continue;
      }
      const text = shownTextOf(next, marks);
      // French sets its " :" apart, sometimes in an element of its own: a colon is no value either.
      if (text !== '' && !DECORATION.test(text)) break;
      colon ||= /[:：]/.test(text);
      next = next.nextElementSibling;
    }
    // The next label is the next field's, never this one's value (labels stacked in a column, values in another);
    // above the label's own level, neither is an element holding one (the next field's row).
    if (next) return marks.labels.has(next) || (depth > 0 && holdsLabel(next, marks)) ? null : next;
    // A label whose colon ends its row has an empty value, not the next row's.
    if (colon) return null;
  }
  return null;
}

/** Whether a label is inside a sentence: words (not a colon, a "?" or a required mark) and then more of it. */
function wordsAfter(label: Element): boolean {
  let words = false;
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    // Words, then an element of the same sentence (its example): a remark ending the label's row ("(2)", "（必須）",
    // "– read only") leaves the value beside the row.
    if (node instanceof Element) {
      if (words && !spacer(node)) return true;
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = tidy(node.nodeValue ?? '');
      words ||= text !== '' && !DECORATION.test(text);
    }
  }
  return false;
}

/** Whether an element holds a label (other than the one given): the next field's row, another field's button. */
function holdsLabel(el: Element, marks: Landmarks, besides?: Element): boolean {
  for (const label of marks.labels) if (label !== besides && holds(el, label)) return true;
  return false;
}

/** Whether an element stands between a label and its value without being either: a line break, a "?", a colon. */
const spacer = (el: Element) => el.tagName === 'BR' || DECORATION.test(textOf(el));

/**
 * The element beside a node (after it, or before it), when only white space, line breaks and a "?" help link stand
 * between them.
 */
function beside(node: Node, after: boolean): Element | null {
  for (
    let next = after ? node.nextSibling : node.previousSibling;
    next;
    next = after ? next.nextSibling : next.previousSibling
  ) {
    if (next instanceof Element) {
      if (!spacer(next)) return next;
    } else if (next.nodeType === Node.TEXT_NODE && next.nodeValue?.trim()) return null;
  }
  return null;
}

/**
 * The values that follow a run of labels, one per line: the elements after the run in its parent, or, when the run
 * fills its parent (a column of labels beside a column of values), the elements of the parent's next sibling, then
 * only as many as there are labels. Where line breaks divide them, each line's first element with text or a field
 * (the secret's mask, not an icon before it or the "Show" link after it), none for an empty line.
 */
function valuesAfter(first: Element, last: Element, count: number): (Element | null)[] | null {
  let from = beside(last, true);
  const column = !from && !beside(first, false);
  if (column) from = last.parentElement?.nextElementSibling?.firstElementChild ?? null;
  const siblings: Element[] = [];
  for (let el = from; el; el = el.nextElementSibling) siblings.push(el);
  const values: (Element | null)[] = [];
  if (siblings.some((el) => el.tagName === 'BR')) {
    let line: Element | null = null;
    for (const el of [...siblings, null]) {
      if (el === null || el.tagName === 'BR') {
        values.push(line);
        line = null;
      } else if (!line && !spacer(el) && (el.matches(CONTROL_SELECTOR) || textWithout(el, ARIA_HIDDEN) !== ''))
        line = el;
    }
  } else for (const el of siblings) if (!spacer(el)) values.push(el);
  return column && values.length !== count ? null : values.slice(0, count);
}

// What a value paired by position must hold: each ID its kind, the secret a mask or the secret itself.
const ID_OF: Partial<Record<FieldConcept, string>> = {
  appId: 'amzn1.application.',
  clientId: 'amzn1.application-oa2-client.',
};
const SECRET_SHOWN = /[•●*＊]{4,}|amzn1\.oa2-cs\.|\b[0-9a-f]{64}\b/i;
const ORIGIN = /^https?:\/\/[^/\s]+\/?$/;

/**
 * Whether a value taken by position fits its label: the IDs and the secret by their shape, no other field an ID or a
 * mask. With a value left out somewhere (strict), each origin is also an origin (no path) and each return URL a URL.
 */
function fits(label: Element, value: Element | null, strict: boolean): boolean {
  if (!value) return true;
  const concept = fieldConcept(textOf(label));
  const text = value.matches(CONTROL_SELECTOR) ? (value as HTMLInputElement).value : textOf(value);
  const shaped = hasShape(concept, text);
  if (shaped !== undefined) return shaped;
  if (text.includes('amzn1.') || SECRET_SHOWN.test(text)) return false;
  if (!strict || !text.includes('://')) return true;
  const urls = text.split(/\s+/).filter((word) => word.includes('://'));
  return concept === 'allowedOrigin' ? urls.every((url) => ORIGIN.test(url)) : concept !== undefined;
}

// The secret as a console shows it: masked (with its last characters after the mask, some consoles' way), or in clear.
const SECRET_VALUE = /amzn1\.oa2-cs\.v1\.[0-9a-f]+|[•●*＊]{4,}[0-9a-f]*|\b[0-9a-f]{64}\b/i;

/** The first value in a text with the shape of the concept's (an ID of its kind, the secret), if it has a shape. */
function shapedValue(concept: FieldConcept | undefined, text: string): string | undefined {
  const id = concept && ID_OF[concept];
  if (id) return text.match(ID_CANDIDATE)?.find((candidate) => candidate.startsWith(id));
  return concept === 'clientSecret' ? SECRET_VALUE.exec(text)?.[0] : undefined;
}

/** For the IDs and the secret, whether a text shows the value's own shape; undefined for a value with none. */
function hasShape(concept: FieldConcept | undefined, text: string): boolean | undefined {
  const id = concept && ID_OF[concept];
  if (id) return text.includes(id);
  if (concept === 'clientSecret') return SECRET_SHOWN.test(text) && !text.includes('://');
  return undefined;
}

/** Whether an element's text holds an ID or an address. */
function showsAnIdOrAddress(el: Element): boolean {
  const text = el.textContent ?? '';
  return ID_START.test(text) || text.includes('://');
}

/** Whether a value's element shows a value: a field, an ID or an address, or any text that is not only its buttons'. */
const showsAValue = (el: Element) => el.matches(CONTROL_SELECTOR) || showsAnIdOrAddress(el) || !onlyActionText(el);

/** Whether an element shows the kind of value a label names: its ID, the secret's mask, an address. */
function showsItsValue(label: Element, value: Element): boolean {
  const concept = fieldConcept(textOf(label));
  if (concept === 'clientSecret' || (concept && ID_OF[concept])) return fits(label, value, false);
  // Addresses only: "None yet. Example: https://…" or a link to the help is no saved list.
  return LIST_CONCEPTS.has(concept) && /^(?:https?:\/\/\S+\s*)+$/.test(textOf(value)) && fits(label, value, false);
}

/**
 * A label in a run of labels of its kind with nothing between them (a grid filled column by column: the labels, then
 * their values in the same order; or a column of labels beside a column of values): its value as many values after
 * the run as the label is from the run's start, none of them a label or an action, each fitting its label; else none.
 * Undefined for a label in no such run. A section title ("Web Settings") is never part of a run: a title over a field
 * label is no column. With fewer values than labels (an empty list left out at the end of a grid), the values still go
 * in order from the first label when they fit strictly and an application or client ID among them shows the order.
 */
function pairedValue(label: Element, marks: Landmarks): Element | null | undefined {
  const kin = (el: Element | null): el is Element =>
    el !== null &&
    marks.labels.has(el) &&
    el.tagName === label.tagName &&
    el.className === label.className &&
    fieldConcept(textOf(el)) !== 'webSettings';
  if (!kin(label) || !(kin(beside(label, false)) || kin(beside(label, true)))) return undefined;
  let first = label;
  for (let el = beside(label, false); kin(el); el = beside(el, false)) first = el;
  const run = [first];
  for (let el = beside(first, true); kin(el); el = beside(el, true)) run.push(el);
  const values = valuesAfter(first, run[run.length - 1] as Element, run.length);
  if (!values || values.some((el) => el && (marks.labels.has(el) || actionOnly(el)))) return null;
  const strict = values.length < run.length;
  if (strict && !run.some((el, i) => values[i] && ID_OF[fieldConcept(textOf(el)) as FieldConcept])) return null;
  if (!run.every((el, i) => fits(el, values[i] ?? null, strict))) return null;
  const value = values[run.indexOf(label)] ?? null;
  if (value) marks.paired.add(value);
  return value;
}

// "Client ID: amzn1…", "Client secret: <b>•••</b>", "Allowed origins : <input>": a label and its value in one
// element. The label is the text before the first colon (domain-facts: labels are followed by ":" or " :"; Japanese
// writes "：").
const INLINE_LABEL = /^([^:：]{1,60})[:：]\s*([\s\S]*)/;

/** A button, or an element whose text is only its buttons' (Amazon's <span class="a-button"> around a <button>). */
const actionOnly = (el: Element) =>
  el.matches(ACTION_SELECTOR) ||
  (el.querySelector(ACTION_SELECTOR) !== null && onlyActionText(el)) ||
  onlyActionsShown(el);

/** Whether a component shows only buttons (<kat-button label="Show">: its button is in its shadow root). */
function onlyActionsShown(host: Element): boolean {
  const actions = [...(host.shadowRoot?.querySelectorAll(ACTION_SELECTOR) ?? [])];
  return actions.length > 0 && bare(composedText(host)) === bare(actions.map(composedText).join(''));
}

/** Whether all the text in `el` is its buttons' and links' (none at all counts too), or the given elements'. */
function onlyActionText(el: Element, besides: Element[] = []): boolean {
  const actions = [...el.querySelectorAll(ACTION_SELECTOR)].map((a) => a.textContent ?? '').join('');
  // What the given elements say is taken out of the text first (they sit anywhere among the actions).
  let text = bare(el.textContent ?? '');
  for (const other of besides) text = text.replace(bare(other.textContent ?? ''), '');
  return text === bare(actions);
}

/** Inside a value container, the innermost element whose text is the value (not a copy button beside it). */
function innermostValue(container: Element, marks: Landmarks, concept?: FieldConcept): Element {
  if (container.matches(CONTROL_SELECTOR)) return container;
  const control =
    container.querySelector(CONTROL_SELECTOR) ??
    (marks.holdsShadow.has(container) ? marks.controls.find((c) => holds(container, c)) : null);
  if (control) return control;
  let best: Element = container;
  // Hidden children (the secret itself, loaded beside its mask until "Show") are not what the merchant sees.
  const shown = isVisible(container);
  // An element with text of its own holds the value itself ("•••• <a>Show Secret</a>" in one row).
  while (!hasOwnText(best)) {
    // A component shows its shadow root's children (and a <slot>, what is assigned to it) instead of its own.
    const children = [...(composes(best, marks) ? shownElements(best) : best.children)].filter(
      (c) => !actionOnly(c) && shownTextOf(c, marks) !== '' && (!shown || isVisible(c)),
    );
    // Several: a value with a shape of its own is the one child showing all of it and nothing more but its buttons
    // (an accordion's panel holding "Keep this private.", the mask with its "Show" and "Created 2024": the mark goes on
    // the mask). Not a mask beside its last four characters, nor a hint quoting the secret's format.
    // (A row's cells read apart: written without spaces, a mask would run into the status beside it.)
    const value =
      children.length > 1
        ? shapedValue(concept, best.matches('tr,[role=row]') ? separatedText(best) : textOf(best))
        : undefined;
    let only = value ? children.filter((c) => textWithout(c, ACTION_SELECTOR) === value) : children;
    // A table of several (the current secret beside the expired one: variants-sweep16, inferred): the one row that
    // offers to "Show" it, the current one's (a guess: an expired one has none; the order of the rows tells nothing,
    // review 70), else the first. Its text read apart: cells written without spaces would join a mask to a status.
    if (value && !only.length) {
      const rows = children.filter((c) => c.matches('tbody,tr,[role=row],[role=rowgroup]'));
      const showing = rows.filter((c) => shapedValue(concept, separatedText(c)));
      const reveals = showing.filter((c) =>
        [...c.querySelectorAll(ACTION_SELECTOR)].some((a) => actionConcept(textOf(a)) === 'showSecret'),
      );
      only = (reveals.length === 1 ? reveals : showing).slice(0, 1);
    }
    if (only.length !== 1) break;
    best = only[0] as Element;
  }
  return best;
}

/** The elements an element shows (see shownNodes). */
const shownElements = (el: Element) => [...shownNodes(el)].filter((node): node is Element => node instanceof Element);

/** For a hidden native <select>: the visible control beside it that shows its selected option (AUI's a-dropdown). */
function proxyOf(select: HTMLSelectElement, selected: string): Element | null {
  if (!selected) return null;
  for (const el of select.parentElement?.querySelectorAll(ACTION_SELECTOR) ?? []) {
    // Its text may start with the drop-down's own label ("View: Amazon Pay (Sandbox View) - EUR").
    if (el !== select && textOf(el).endsWith(selected) && isVisible(el)) return el;
  }
  return null;
}

/** The visible control that opens the menu holding `entry` (aria-controls, aria-owns, or a popup button before it). */
function openerOf(entry: Element, doc: Document): Element | null {
  const scope = scopeOf(entry);
  for (let node = entry.parentElement; node && node !== doc.body; node = node.parentElement) {
    if (node.id) {
      const opener = scope.querySelector(
        `[aria-controls~="${CSS.escape(node.id)}"],[aria-owns~="${CSS.escape(node.id)}"]`,
      );
      if (opener) return opener;
    }
    // A menu folded in a <details>: its <summary>, which names the view shown, opens it (a help disclosure quoting
    // "Web Settings" in its answer does not).
    if (node.tagName === 'DETAILS') {
      const summary = node.firstElementChild;
      if (summary?.tagName === 'SUMMARY' && controlConcept(textOf(summary), null)) return summary;
    }
    const popupButton = node.previousElementSibling;
    if (popupButton?.matches('[aria-haspopup],[aria-expanded]')) return popupButton;
    if (node.matches('[role=menu],[role=listbox]')) {
      const inside = node.parentElement?.querySelector('[aria-haspopup],[aria-expanded]');
      if (inside && !node.contains(inside)) return inside;
    }
  }
  return null;
}

/** An entry with nothing typed in it: empty, or only the scheme a console writes in it beforehand ("https://"). */
export const blankEntry = (value: string) => /^(?:https:\/\/)?$/i.test(value.trim());

// The entry the merchant typed in last, told by observe.ts: on a React console an input's value attribute follows its
// value, so which entry changed cannot be read from the element itself. Weakly held: an entry gone with its page.
let typed: WeakRef<Element> | undefined;
export const typedEntry = () => typed?.deref();
export const noteTyped = (entry: Element) => {
  typed = new WeakRef(entry);
};
// Set by each look (collectIn's end): see there.
let typingMoves = true;
export const typingMovesStep = () => typingMoves;
// Disabled, natively or for assistive technology.
export const DISABLED = ':disabled,[aria-disabled="true"]';

export function collect(doc: Document = document): PageRecords {
  const body = doc.body;
  if (!body) return { controls: [], labels: [], actions: [], ids: [] };
  const records = collectIn(doc, body, []);
  const components = madeOfComponents(records);
  const sectionApart = !components && lacksWebSettings(records);
  if (!components && !sectionApart) return records;
  // Finding the shadow roots asks every element of the page: only where the page's own tree shows too little, and
  // not again while the page holds the same elements as when none was found (a page that shows no label's value):
  // their count and the last of them stand for them, until the observer sees a component come or go.
  // Components whose script has not defined them yet render later, with no change to the page's tree: no memo, and
  // the caller is told to look again.
  // (For a section apart, only an empty component waits for its definition: a framework's own never-defined tags,
  // <app-root> and the like, hold their content in the page's tree and would have the page looked at again for
  // nothing.)
  let pending = undefinedIn(body, sectionApart);
  const all = body.getElementsByTagName('*');
  const last = all[all.length - 1];
  const seen = rootless.get(body);
  if (!pending && seen && seen.count === all.length && seen.last === last) return records;
  const roots = openShadowRoots(body);
  pending ||= roots.some((root) => undefinedIn(root));
  if (roots.length === 0 && !pending) rootless.set(body, { count: all.length, last });
  const read = roots.length > 0 ? collectIn(doc, body, roots) : records;
  if (pending) read.pending = true;
  return read;
}

/** The page's elements (their count, the last) when a search found no open shadow root in them. */
let rootless = new WeakMap<Element, { count: number; last: Element | undefined }>();

/** Forgets every search that found no shadow root: a component came or went (observe.ts). */
export function componentsChanged(): void {
  rootless = new WeakMap();
}

/** Whether a custom element there is not defined yet (ours never are: they are not components, only names). */
function undefinedIn(scope: Element | ShadowRoot, emptyOnly = false): boolean {
  for (const el of scope.querySelectorAll(emptyOnly ? ':not(:defined):empty' : ':not(:defined)'))
    if (el.localName.includes('-') && !isOwnUi(el)) return true;
  return false;
}

/**
 * Whether the page shows one application's IDs (an app ID and a client ID at most) and nothing of its Web Settings:
 * they may be a component of their own. Not a list of applications (Integration Central's, whose rows may be
 * hundreds of components: reading their shadow roots would double each look, for settings no list shows).
 */
function lacksWebSettings(records: PageRecords): boolean {
  const ids = new Set(records.ids.map((id) => id.text));
  // What the Web Settings show, by their labels: their title and their two lists.
  const shown = records.labels.some((l) => {
    const concept = fieldConcept(l.label);
    return concept === 'webSettings' || LIST_CONCEPTS.has(concept);
  });
  return ids.size > 0 && ids.size <= 2 && !shown;
}

/**
 * Whether what the assistant reads may be in web components' shadow roots: outside them, the page has no entry and no
 * ID; or a label is slotted into a component, or has no value of its own beside a component (its value, or its entry,
 * is the component's; a "?" help component beside a label that has its entry is not a reason).
 */
const madeOfComponents = (records: PageRecords) =>
  (records.controls.length === 0 && records.ids.length === 0) ||
  records.labels.some(
    (l) =>
      slottedLabel(l.element) ||
      ((!l.valueElement || (!l.valueText && !l.valueElement.matches(CONTROL_SELECTOR))) && besideComponent(l.element)),
  );

/** Whether the element after a label, or after its row (up to two levels up), is a component or holds one first. */
function besideComponent(label: Element): boolean {
  for (let node: Element | null = label, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const next = node.nextElementSibling;
    if (next && (next.shadowRoot || next.firstElementChild?.shadowRoot)) return true;
  }
  return false;
}

/** Whether a label is a component's child, up to two levels (<kat-input><span slot="label">…</span></kat-input>). */
function slottedLabel(label: Element): boolean {
  for (let node = label.parentElement, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    if (node.shadowRoot) return true;
  }
  return false;
}

const inTreeOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 ? -1 : 1);
const inPageOrder = (a: Node, b: Node) => (precedes(a, b) ? -1 : 1);

/** Reads the page's own tree and the given open shadow roots of it. */
function collectIn(doc: Document, body: HTMLElement, shadowRoots: ShadowRoot[]): PageRecords {
  const records: PageRecords = {
    controls: [],
    labels: [],
    actions: [],
    ids: [],
    typed: typedEntry(),
    // A region that says it is loading, shown: not a button or a bell busy with its own work (review 73).
    busy: [...body.querySelectorAll('[aria-busy="true"]:not(button,a,[role=button])')].some(isVisible),
  };
  const scopes: (HTMLElement | ShadowRoot)[] = [body, ...shadowRoots];
  const order = shadowRoots.length > 0 ? inPageOrder : inTreeOrder;
  const all = (selector: string) => {
    const found = queryAll(scopes, selector);
    return shadowRoots.length > 0 ? found.sort(order) : found;
  };
  const controls = all(CONTROL_SELECTOR).filter((el) => !isOwnUi(el)) as HTMLInputElement[];
  // The label elements, filled by the walk over the page's text below.
  const labelElements = new Set<Element>();
  const marks: Landmarks = {
    holdsControl: new Set(),
    lastLabelIn: new Map(),
    controls,
    holdsShadow: new Set(),
    labels: labelElements,
    paired: new Set(),
    described: new Set(
      controls.flatMap((c) =>
        `${c.getAttribute('aria-describedby') ?? ''} ${c.getAttribute('aria-errormessage') ?? ''}`.split(/\s+/),
      ),
    ),
  };
  for (const control of controls) {
    for (let up = parentOf(control); up && !marks.holdsControl.has(up); up = parentOf(up)) {
      marks.holdsControl.add(up);
    }
  }
  for (const root of shadowRoots) {
    for (let up: Element | null = root.host; up && !marks.holdsShadow.has(up); up = parentOf(up)) {
      marks.holdsShadow.add(up);
    }
  }
  if (shadowRoots.length > 0) records.shadowRoots = shadowRoots;

  // One walk over the page's text finds both the label candidates and the IDs. A label is short text: its element is
  // found from the text up, never by reading the text of every <div> on the page (that costs quadratic time).
  // The parents of those: "has a label among its children" without making an array of every element's children.
  const labelParents = new Set<Element>();
  const addLabel = (el: Element) => {
    labelElements.add(el);
    if (el.parentElement) labelParents.add(el.parentElement);
  };
  const inline = new Map<Element, RegExpExecArray>();
  for (const scope of scopes) {
    const breaks = scope.querySelector('wbr') !== null;
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.nodeValue ?? '';
      // A label is found from the text that holds its longest piece, up; an ID is a long text. The other texts of a
      // console page (menus, tables, help) are not looked at further, not even at their element: on a page of ~3,000
      // texts, walking up from each of them was most of a look.
      // An ID broken by <wbr> for a narrow column: the texts that follow it across <wbr>s only are the rest of it.
      let idText = data;
      // Not asked of every text (a wrapper made for each element in this world, on a page of thousands).
      let parent: Element | null = null;
      const idPiece = data.includes('amzn1.') && /amzn1\.[a-z0-9.-]*$/i.test(data);
      // Texts broken at <wbr>s are read whole: an ID, or a Japanese name broken into phrases ("プライバシー<wbr>規約"),
      // on a page that has any <wbr>.
      if (idPiece || (breaks && node.nextSibling?.nodeName === 'WBR')) {
        for (let next = node.nextSibling; next; next = next.nextSibling) {
          if (next.nodeType === Node.TEXT_NODE) idText += next.nodeValue ?? '';
          else if (next.nodeName !== 'WBR') break;
        }
      }
      if (idPiece) {
        // An ID drawn in pieces (a prefix, then the key in an element of its own: variants-sweep12, inferred): the
        // innermost element around whose whole text is one ID holds it, its parent's or the one above (a <code> of
        // <span>s). Or cut in the middle, its end in an element of its own (a design system's middle truncation:
        // variants-sweep14, inferred). A piece: its last part after a dot is shorter than an ID's key (32 characters);
        // 30 to 90 after "amzn1.": no ID is shorter or longer (domain-facts, ID formats).
        if (/\.[a-z0-9-]{0,31}$/i.test(idText))
          for (
            let up = node.nextSibling ? node.parentElement : node.parentElement?.parentElement, depth = 0;
            up && depth < 2;
            up = up.parentElement, depth++
          ) {
            const whole = (up.textContent ?? '').trim();
            if (/^amzn1\.[a-z0-9.-]{30,90}$/i.test(whole) && whole.lastIndexOf('amzn1.') === 0) {
              idText = whole;
              parent = up;
              break;
            }
          }
      }
      const mayHoldId = idText.length >= 40 && ID_START.test(idText);
      const mayBeLabel = idText.length <= MAX_LABEL_LENGTH * 2 && mentionsLabelWord(idText);
      if (!mayHoldId && !mayBeLabel) continue;
      parent ??= node.parentElement;
      if (!parent || NOT_TEXT.has(parent.tagName) || isOwnUi(parent)) continue;
      if (mayHoldId && !setAside(parent)) {
        for (const match of idText.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').matchAll(ID_CANDIDATE)) {
          records.ids.push({
            kind: 'id',
            element: parent,
            text: match[0],
            visible: isVisible(parent),
            passing: !!parent.closest(PASSING),
          });
        }
      }
      if (!mayBeLabel) continue;
      // The innermost element around this text that reads as a label: "Name *" with its "?" link, not the row.
      let found = false;
      for (let el: Element | null = parent, depth = 0; el && el !== body && depth < 4; el = el.parentElement, depth++) {
        // Innermost only: a <div> around a <span>Client ID</span> (and its "?" link) is not a second label.
        if (labelElements.has(el)) {
          found = true;
          break;
        }
        if (labelParents.has(el)) break;
        // A label has a few inline parts at most; reading the text of a larger element would cost for nothing.
        if (el.childElementCount > 6) break;
        // Tag names only: a Set is far cheaper than matching a selector list, once per ancestor of every text.
        // A component's own text (<kat-label>Client ID</kat-label>) is shown as its label, whatever its tag.
        if (!(LABEL_TAGS.has(el.localName) || el.shadowRoot) || (marks.holdsControl.has(el) && el.tagName !== 'LABEL'))
          continue;
        const text = labelText(el);
        if (text === null) break;
        if (fieldConcept(text)) {
          addLabel(el);
          found = true;
          break;
        }
      }
      // Only text with a colon is looked at again: a label whose value shares its element.
      const own = found ? null : INLINE_LABEL.exec(data);
      if (own && fieldConcept(own[1] as string) && !labelElements.has(parent)) {
        addLabel(parent);
        inline.set(parent, own);
      }
    }
  }

  for (const el of labelElements) {
    if (setAside(el)) continue;
    const own = inline.get(el);
    // After the colon: the value itself, else the element that follows the label text ("Client ID: <b>amzn1…</b>").
    const rest = own?.[2]?.trim();
    const label = own ? (own[1] as string) : (labelText(el) as string);
    const value = own ? (rest ? el : el.firstElementChild) : valueFor(el, marks);
    const valueElement = value && value !== el ? innermostValue(value, marks, fieldConcept(label)) : value;
    const list = LIST_CONCEPTS.has(fieldConcept(label));
    // A list's column header ("Allowed JavaScript origins" above a table of saved entries): its column's cells.
    const column = value || !list ? null : columnUnder(el);
    records.labels.push({
      kind: 'label',
      element: el,
      label,
      valueElement: valueElement ?? column?.table ?? null,
      // A cell that holds only a button ("Show") shows no value; addresses shown as links are values.
      valueText:
        rest ||
        (valueElement && showsAValue(valueElement)
          ? (composes(valueElement, marks) ? shownTextOf(valueElement, marks) : separatedText(valueElement)) ||
            (valueElement as HTMLInputElement).value ||
            ''
          : ''),
      // A list shown one element per entry after its first (or, beside an entry field, as a list of "chips").
      listText:
        column?.text ?? (list && value && value !== el && !marks.paired.has(value) ? entriesAfter(value, marks) : ''),
      visible: isVisible(el),
      valueVisible: valueElement !== null && isVisible(valueElement),
    });
  }
  // Document order, so that "the last label in an element" is the one nearest to what follows it.
  records.labels.sort((a, b) => order(a.element, b.element));
  for (const label of records.labels) {
    for (let up: Element | null = label.element; up && up !== body; up = parentOf(up)) {
      marks.lastLabelIn.set(up, label.label);
    }
  }

  for (const el of controls) {
    const own = ownLabel(el);
    // An entry named by its place ("Entrada 1": a number, never a field's label) inside a group named for a list (a
    // fieldset whose legend is "Allowed JavaScript origins") or under the list's label: the list's, which says what
    // is entered there. Not a drop-down or a search box in that group. The list's label only as the first text above
    // the entry, and, for an entry with a label of its own, only right above it or its row ("Address line 1" far
    // below the saved origins is no origin). Its own name without the number comes first: "Origini JavaScript
    // consentite 2" in a fieldset named "Impostazioni Web".
    const group =
      /\d/.test(own) && !el.matches('select,[type=search]')
        ? listName(own.replace(/\s*\d+$/, '')) ||
          groupName(el) ||
          groupLabel(el, marks, el.labels?.length || el.hasAttribute('aria-labelledby') ? 2 : 6, true)
        : '';
    records.controls.push({
      kind: 'control',
      element: el,
      // title and placeholder come last in an accessible name, and only count when they name a field: a placeholder
      // is mostly an example ("https://"), and the label before the input is the better guide then.
      label:
        (LIST_CONCEPTS.has(fieldConcept(group)) && group) ||
        own ||
        inline.get(el.parentElement as Element)?.[1] ||
        groupLabel(el, marks) ||
        namedBy(el.placeholder) ||
        namedBy(el.title) ||
        groupName(el),
      value: el.value ?? '',
      required: el.required || el.getAttribute('aria-required') === 'true',
      readOnly: (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true',
      disabled: (el as HTMLInputElement).disabled === true || el.closest('fieldset[disabled]') !== null,
      visible: isVisible(el),
    });
  }

  for (const el of all(ACTION_SELECTOR)) {
    if (isOwnUi(el)) continue;
    const select = el.tagName === 'SELECT' ? (el as HTMLSelectElement) : null;
    // The accessible name, in ARIA's order: a button may be an <input> named by a sibling <span> (the pattern of
    // Amazon's AUI buttons, as the French legacy fixture models it; guessed, no public markup is known).
    const name = select ? '' : labelledBy(el) || el.getAttribute('aria-label') || '';
    let text = select
      ? textOf(select.selectedOptions[0] ?? select)
      : name ||
        shownTextOf(el, marks) ||
        // A radio button of a view switch is named by its <label> ("Amazon Pay (Sandbox View)"), never by its value.
        labelOfInput(el) ||
        (el as HTMLInputElement).value ||
        el.getAttribute('title') ||
        '';
    const options = select ? [...select.options].map(textOf) : [];
    const ariaExpanded = el.getAttribute('aria-expanded');
    let expanded = ariaExpanded === null ? null : ariaExpanded === 'true';
    let concept = controlConcept(text, expanded);
    if (concept === 'showSecret' && el.matches('a[href]:not([href^="#"])') && namesShowClientId(text))
      concept = undefined;
    // A "Web Settings" tab not selected (beside "General") is their section not shown yet: as a collapsed one.
    if (
      concept === 'webSettingsLink' &&
      el.getAttribute('role') === 'tab' &&
      el.getAttribute('aria-selected') === 'false'
    )
      [concept, expanded] = ['webSettingsToggle', false];
    // A one-word name that says nothing the assistant knows ("Expand", "展開") over a "+": the "+" decides, as it would
    // unnamed. A longer name says which section ("Expand application details", "アプリケーションの詳細を展開") and
    // stands, as do other shown words under a name ("Save as draft" over "Save"). Without a name, the short text
    // without the icons assistive technology skips (an aria-hidden "✓" before "Save changes") and without what is
    // hidden (a "Guardando…" beside an aria-hidden spinner in "Guardar"). Neither runs for the plain links and
    // buttons a console-sized page has hundreds of.
    if (!concept && !select) {
      const shown = name
        ? shownTextOf(el, marks)
        : el.firstElementChild && text.length <= 60 && el.querySelector(ARIA_HIDDEN)
          ? visibleText(el)
          : leadBeforeOffscreen(el);
      // A two-line menu entry (its name, then a line on what it is for: variants-sweep12, inferred): its first line.
      const first =
        !shown && !name && el.matches('[role^=menuitem],[role=option]') && el.firstElementChild
          ? textOf(el.firstElementChild)
          : '';
      const found = shown || first ? controlConcept(shown || first, expanded) : undefined;
      // (Or a name that is the shown word and the section it acts on: "Salva" named "Salva impostazioni Web",
      // variants-sweep15, inferred.)
      if (
        found &&
        (!name ||
          (found === 'toggle' && name.length <= 12 && !/\s/.test(name)) ||
          (name.startsWith(shown) && mentionsFieldLabel(name.slice(shown.length))))
      ) {
        text = shown || first;
        concept = found;
      }
    }
    // Only what names an action in one of the consoles' languages is recorded: nothing else is ever acted on, and on
    // a console-sized page the other buttons and links (a menu of hundreds, "View" in every row of a table) are most
    // of them: classifying them was ~1.5 ms of a look there.
    if (!concept && !options.some((option) => actionConcept(option))) continue;
    if (el.matches(RADIO) && !viewSwitch(el)) continue;
    const visible = clickable(el);
    records.actions.push({
      kind: 'action',
      element: el,
      text,
      concept,
      visible,
      expanded,
      opener: visible ? null : (select && proxyOf(select, text)) || openerOf(el, doc),
      options,
    });
  }

  for (const control of records.controls) {
    if (holdsId(control.value)) {
      records.ids.push({ kind: 'id', element: control.element, text: control.value.trim(), visible: control.visible });
    }
  }
  // Whether typing in another entry can move the step (classify.ts, records.typed): only where a Save may be an
  // entry's own (more than one shown) or a disabled one reads as saved until something is typed. Elsewhere the first
  // key into a filled entry asks for no look (one look at the values: 11 to 27 ms at 4x on the bench's form).
  const saves = records.actions.filter((a) => a.concept === 'save' && a.visible);
  typingMoves = saves.length > 1 || saves.some((a) => a.element.matches(DISABLED));
  return records;
}

const RADIO = 'input[type=radio],[role=radio]';

/**
 * Whether a radio button is one of a view switch: its group offers both an Amazon Pay view and Login with Amazon. A
 * form's question ("Which button will your shop show?") or a display option ("Show") is no step.
 */
function viewSwitch(radio: Element): boolean {
  const name = radio.getAttribute('name');
  const group =
    radio.tagName === 'INPUT'
      ? name
        ? [...scopeOf(radio).querySelectorAll('input[type=radio]')].filter((el) => el.getAttribute('name') === name)
        : [radio]
      : [...(radio.closest('[role=radiogroup]')?.querySelectorAll('[role=radio]') ?? [radio])];
  const views = new Set(group.map((el) => controlConcept(labelOfInput(el) || textOf(el), null)));
  return views.has('viewAmazonPay') && views.has('viewLwa');
}

/** The text of an input's first <label> (a radio button of a view switch is named by it); '' for other elements. */
const labelOfInput = (el: Element) => {
  const label = el.tagName === 'INPUT' ? (el as HTMLInputElement).labels?.[0] : undefined;
  return label ? textOf(label) : '';
};

const holdsId = (value: string) => {
  const trimmed = value.trim();
  return trimmed.length >= 40 && /^(?:amzn1\.|[0-9a-f]{64}$)/i.test(trimmed);
};

/**
 * Reads the controls' values again into the records of the last look, when only typing changed the page. False when
 * that is not enough: a value that holds an ID, or held one, changes what the look found (a whole look is needed).
 */
export function refreshValues(records: PageRecords): boolean {
  records.typed = typedEntry();
  for (const control of records.controls) {
    const value = (control.element as HTMLInputElement).value ?? '';
    if (value === control.value) continue;
    if (holdsId(value) || holdsId(control.value)) return false;
    control.value = value;
  }
  // A console may show its "Add another" or Save by CSS alone once an entry is filled (:placeholder-shown, :valid).
  for (const record of records.controls) record.visible = isVisible(record.element);
  for (const record of records.actions) record.visible = clickable(record.element);
  return true;
}

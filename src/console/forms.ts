// What a console form offers around its entries: its Save buttons and the "Add another" of each list. Read from the
// records (console/collect.ts); the Save word per language is in labels.ts (domain-facts: a Save button is one whose
// text is its language's Save word and names no other action).
import type { PageRecords } from './collect';
import { precedes } from './composed';
import { type FieldConcept, fieldConcept } from './labels';

const LISTS = new Set<FieldConcept | undefined>(['allowedOrigin', 'allowedReturnUrl']);

/** The visible Save buttons of the page. */
export function saveActions(records: PageRecords): Element[] {
  return records.actions.filter((a) => a.visible && a.concept === 'save').map((a) => a.element);
}

/**
 * The "Add another" that adds a row to the list `input` belongs to: the first one after the input that comes before
 * the next list's label.
 */
export function addAnotherFor(records: PageRecords, input: Element): Element | undefined {
  const nextLabel = records.labels.find(
    (label) => label.visible && precedes(input, label.element) && LISTS.has(fieldConcept(label.label)),
  );
  return records.actions.find(
    (a) =>
      a.visible &&
      a.concept === 'addAnother' &&
      precedes(input, a.element) &&
      (!nextLabel || precedes(a.element, nextLabel.element)),
  )?.element;
}

// What the validation and the save guard both need about an origin or return-URL entry: the sentence of its verdict
// and a way to change it that the console's own scripts notice. Shared here, since features do not import each other.
import type { Verdict } from '../core/urls';
import { t } from '../platform/i18n';

/** The sentence for a verdict, with the corrected entry written out in full where there is one. */
export function verdictSentence(verdict: Verdict): string {
  const p = verdict.params ?? {};
  const subs = [p.value ?? '', verdict.suggestion ?? p.suggestion ?? '', p.host ?? '', p.port ?? '', p.scheme ?? ''];
  const sentence = t(`verdict_${verdict.code.replaceAll('-', '_')}`, subs);
  return verdict.suggestion ? `${sentence} ${t('verdict_suggestion', subs)}` : sentence;
}

/**
 * The addresses an origin or return-URL entry holds: one, or in a box that takes the whole list (a <textarea>), one
 * per line.
 */
export const linesOf = (entry: HTMLInputElement | HTMLTextAreaElement): string[] =>
  entry instanceof HTMLTextAreaElement
    ? entry.value.split(/\r?\n/)
    : // The scheme alone in an input, as a console writes it in a new row ("https://": variants-sweep15, inferred), is
      // nothing typed yet: no verdict, no finding, no hold on the Save (the page reading counts it empty: blankEntry).
      // Typed by the merchant (it is not what the row was drawn with), it is a verdict's as before.
      [/^\s*https:\/\/\s*$/i.test(entry.value) && entry.value === entry.defaultValue ? '' : entry.value];

/** Sets an input's value the way typing does, so the console's own scripts (and frameworks) notice. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

// Checks each allowed JavaScript origin and allowed return URL as the merchant types it (dom-contract: Inline
// validation): `aria-invalid` on a wrong entry, a sentence in the merchant's language linked by `aria-describedby`,
// the corrected value written out with a one-click "Use …", and the warnings that need the whole lists. Rules and
// sentences come from the domain core; the merchant's text is never changed without that click.

import { eventTarget } from '../../console/composed';
import { addAnotherFor } from '../../console/forms';
import type { Verdict } from '../../core/urls';
import { checkWebSettings, validateOrigin, validateReturnUrl } from '../../core/urls';
import { t } from '../../platform/i18n';
import { h, inUi, pin, styleShadow, track, ui, untrack } from '../../ui/host';
import { linesOf, typeInto, verdictSentence } from '../entries';
import type { Feature, FeatureContext } from '../session';

type ListName = 'allowed-origin' | 'allowed-return-url';
/** An entry of a list: an input, or a box that takes the whole list, one address per line (linesOf). */
type Entry = HTMLInputElement | HTMLTextAreaElement;
const RANK = { ok: 0, warning: 1, error: 2 };

/** What a box of several lines shows: its worst line's verdict, and that line's number (null: no number needed). */
function worstOf(verdicts: (Verdict | null)[]): [Verdict, number | null] | null {
  let worst: Verdict | null = null;
  let line = 0;
  for (const [i, verdict] of verdicts.entries()) {
    if (verdict && (!worst || RANK[verdict.severity] > RANK[worst.severity])) {
      worst = verdict;
      line = i + 1;
    }
  }
  if (!worst) return null;
  // A single entry, or a box where every line is fine, needs no line number.
  return [worst, verdicts.length === 1 || worst.severity === 'ok' ? null : line];
}
const LISTS: ListName[] = ['allowed-origin', 'allowed-return-url'];
// A pasted list: several entries separated by white space, commas or semicolons.
const SEPARATORS = /[\s,;]+/;
// What starts like an entry of its own: a dotted host or localhost, with or without its scheme.
const ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+(?:\.[\w-]+)+|localhost\b)/i;

let counter = 0;

// The largest a verdict grows, border included (three lines of text and a button; a long corrected value wraps rather
// than overflow the box): room for it beside the entry is asked about once, not on every key that makes the verdict
// longer (ui/host.ts track).
const VERDICT_MAX_WIDTH = 340;
const VERDICT_ROOM = { width: VERDICT_MAX_WIDTH, height: 90 };
// The box is drawn inside the shadow root, where the console's CSS cannot reach; the host itself is pinned (ui/host.ts)
// so that rules such as `:not(known tags) { all: unset; visibility: hidden }` do not hide it.
const VERDICT_CSS =
  `.box{display:block;box-sizing:border-box;font:12px/1.4 sans-serif;overflow-wrap:anywhere;width:max-content;max-width:${VERDICT_MAX_WIDTH}px;padding:4px 8px;border-radius:6px;border:1px solid}` +
  ':host([data-lwa-severity=error]) .box{background:#fff0f0;border-color:#c40000;color:#8a0000}' +
  ':host([data-lwa-severity=warning]) .box{background:#fffbe6;border-color:#b36b00;color:#5c3b00}' +
  ':host([data-lwa-severity=ok]) .box{background:#effaf5;border-color:#067d62;color:#045241}' +
  'button{font:inherit;margin:4px 6px 0 0;padding:2px 8px;border:1px solid #8d9096;border-radius:6px;background:#ffd814;color:#0f1111;cursor:pointer}' +
  'button:focus-visible{outline:2px solid #007185;outline-offset:2px}';

/** One verdict element per input: light DOM under our host, so screen readers read it through aria-describedby. */
class VerdictView {
  readonly el = h('lwa-assistant-verdict');
  // A bare text node, not an element: the console's CSS (`span { display: none }`) can select no part of it.
  private readonly text = document.createTextNode('');
  private readonly actions = h('span');
  private describedBefore: string | null;
  // The console's own aria-invalid, given back when our verdict is not an error (or goes away).
  private invalidBefore: string | null;

  constructor(
    readonly input: Entry,
    private readonly signal: AbortSignal,
  ) {
    this.el.id = `lwa-assistant-verdict-${++counter}`;
    const shadow = this.el.attachShadow({ mode: 'open' });
    styleShadow(shadow, VERDICT_CSS);
    shadow.append(h('div', { class: 'box' }, h('slot'), this.actions));
    this.el.append(this.text);
    // An entry inside a web component's shadow root cannot name our verdict by id for a screen reader (an IDREF does
    // not cross the boundary, though the attribute is set as the contract asks): the verdict speaks for itself there.
    if (input.getRootNode() instanceof ShadowRoot) this.el.setAttribute('role', 'status');
    this.describedBefore = input.getAttribute('aria-describedby');
    this.invalidBefore = input.getAttribute('aria-invalid');
    pin(this.el, { all: 'initial', position: 'absolute', display: 'block', 'z-index': '1' });
  }

  private shown = '';
  /** What the button of the verdict shown does: a suggestion to use, or a list to split. */
  private shownAction = '';

  show(verdict: Verdict, line: number | null, split: string[] | null, onSplit: () => void): void {
    // Typing calls this on every key: what the merchant reads rarely changes from one key to the next, and when it
    // has not, nothing on the page is written (no layout, no announcement). When it has, only what changed is
    // written: each write to the console's input is a mutation its own scripts (and observers) hear about.
    const said = split ? t('pastedList', String(split.length)) : verdictSentence(verdict);
    const sentence = line === null ? said : t('lineVerdict', [String(line), said]);
    const severity = split ? 'error' : verdict.severity;
    const action = split ? `split:${split.join(' ')}` : (verdict.suggestion ?? '');
    const ids = (this.input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    // Unchanged, and the console has not re-rendered the input's ARIA under us (our id in aria-describedby, an error's
    // aria-invalid): nothing to write.
    const linked = ids.includes(this.el.id);
    const key = `${severity}\n${sentence}`;
    const invalidKept = severity !== 'error' || this.input.getAttribute('aria-invalid') === 'true';
    if (key === this.shown && action === this.shownAction && inUi(this.el) && linked && invalidKept) return;
    if (this.text.data !== sentence) this.text.data = sentence;
    if (this.el.getAttribute('data-lwa-severity') !== severity) this.el.setAttribute('data-lwa-severity', severity);
    if (severity === 'error') {
      if (this.input.getAttribute('aria-invalid') !== 'true') this.input.setAttribute('aria-invalid', 'true');
    } else this.restoreInvalid();
    if (!linked) this.input.setAttribute('aria-describedby', [...ids, this.el.id].join(' '));
    // The button changes with what it would do, not with every key that leaves it the same.
    if (action !== this.shownAction || !inUi(this.el)) {
      this.actions.replaceChildren();
      if (split) {
        this.actions.append(h('button', { type: 'button', onclick: onSplit }, t('splitList', String(split.length))));
      } else if (verdict.suggestion && line === null) {
        // (In a box of several lines the corrected value is in the sentence: a click would replace every line.)
        const value = verdict.suggestion;
        this.actions.append(
          h('button', { type: 'button', onclick: () => typeInto(this.input, value) }, t('useSuggestion', value)),
        );
      }
    }
    this.shown = key;
    this.shownAction = action;
    if (!inUi(this.el)) ui(this.signal).host.append(this.el);
    track(this.el, this.input, 'right', this.signal, { room: VERDICT_ROOM, rank: 0 });
  }

  private restoreInvalid(): void {
    if (this.input.getAttribute('aria-invalid') === this.invalidBefore) return;
    if (this.invalidBefore === null) this.input.removeAttribute('aria-invalid');
    else this.input.setAttribute('aria-invalid', this.invalidBefore);
  }

  clear(): void {
    untrack(this.el);
    this.el.remove();
    this.restoreInvalid();
    const ids = (this.input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id && id !== this.el.id);
    if (ids.length) this.input.setAttribute('aria-describedby', ids.join(' '));
    else if (this.describedBefore === null) this.input.removeAttribute('aria-describedby');
    else this.input.setAttribute('aria-describedby', this.describedBefore);
  }
}

/** The entries of a pasted list, when an input holds more than one. */
export function pastedList(value: string): string[] | null {
  const parts = value.trim().split(SEPARATORS).filter(Boolean);
  if (parts.length < 2 || !parts.every((part) => ADDRESS.test(part))) return null;
  // "https://www.exa mple.com" is one address with a stray space, not two: when one part names a scheme, all must.
  const withScheme = parts.filter((part) => /^https?:\/\//i.test(part)).length;
  return withScheme === 0 || withScheme === parts.length ? parts : null;
}

// A pause in typing, after which the findings about the whole lists are worked out again.
const PAUSE_MS = 300;

function listInputs(context: FeatureContext, name: ListName): Entry[] {
  return context
    .scan()
    .model.fields.filter(
      (f) =>
        f.name === name &&
        f.visible &&
        (f.element instanceof HTMLInputElement || f.element instanceof HTMLTextAreaElement),
    )
    .map((f) => f.element as Entry);
}

/** Which list an input is an entry of, if any. */
const listOf = (context: FeatureContext, target: EventTarget | null): ListName | undefined =>
  LISTS.find((name) => listInputs(context, name).includes(target as Entry));

export const urlValidation: Feature = {
  name: 'url-validation',
  init(signal, context) {
    const views = new Map<Entry, VerdictView>();
    let listsLater: ReturnType<typeof setTimeout> | undefined;
    // The warnings about the lists as a whole: a note under the last entry, in our shadow root.
    const findings = h('div', { class: 'tip findings', 'data-lwa-severity': 'warning' });

    /**
     * Puts each entry of a pasted list in an entry of its own: rows are found or added ("Add another") first, then
     * filled; whatever finds no row stays in the first one, so nothing the merchant pasted is lost.
     */
    const split = async (input: Entry, entries: string[]) => {
      const list = context.scan().model.fields.find((f) => f.element === input)?.name as ListName;
      const rows = [input];
      const freeRow = () => listInputs(context, list).find((i) => !linesOf(i).join('').trim() && !rows.includes(i));
      while (rows.length < entries.length && !signal.aborted) {
        let row = freeRow();
        const add = row ? undefined : (addAnotherFor(context.scan().records, input) as HTMLElement | undefined);
        if (add) {
          add.click();
          // The console renders the new row on its own schedule: wait for it, as long as the page session lasts and
          // a few seconds at most.
          row = await new Promise<Entry | undefined>((resolve) => {
            const until = AbortSignal.any([signal, AbortSignal.timeout(3000)]);
            const stop = new AbortController();
            const done = (found: Entry | undefined) => {
              stop.abort();
              resolve(found);
            };
            until.addEventListener('abort', () => done(undefined), { once: true });
            context.onScan(
              () => {
                const found = freeRow();
                if (found) done(found);
              },
              AbortSignal.any([until, stop.signal]),
            );
          });
        }
        if (!row) break;
        rows.push(row);
      }
      if (signal.aborted) return;
      rows.forEach((row, i) => {
        typeInto(row, i === rows.length - 1 ? entries.slice(i).join(' ') : (entries[i] as string));
      });
    };

    const showVerdict = (input: Entry, verdicts: (Verdict | null)[]) => {
      let view = views.get(input);
      const shown = worstOf(verdicts);
      if (!shown) {
        // An empty input has no verdict (dom-contract).
        view?.clear();
        views.delete(input);
        return;
      }
      if (!view) {
        view = new VerdictView(input, signal);
        views.set(input, view);
      }
      // Several addresses in an input are a pasted list to split; in a box that takes the list, they are its lines.
      const entries = input instanceof HTMLInputElement ? pastedList(input.value) : null;
      view.show(shown[0], shown[1], entries, () => entries && split(input, entries));
    };

    const update = () => {
      clearTimeout(listsLater);
      const lists = Object.fromEntries(LISTS.map((name) => [name, listInputs(context, name)])) as Record<
        ListName,
        Entry[]
      >;
      const report = checkWebSettings({
        origins: lists['allowed-origin'].flatMap(linesOf),
        returnUrls: lists['allowed-return-url'].flatMap(linesOf),
      });
      const seen = new Set<Entry>();
      LISTS.forEach((name, l) => {
        const verdicts = l === 0 ? report.origins : report.returnUrls;
        let at = 0;
        for (const input of lists[name]) {
          const count = linesOf(input).length;
          seen.add(input);
          showVerdict(input, verdicts.slice(at, at + count));
          at += count;
        }
      });
      for (const [input, view] of views) {
        if (!seen.has(input)) {
          view.clear();
          views.delete(input);
        }
      }
      // Warnings that need the whole lists, beside the last entry.
      const last = lists['allowed-return-url'].at(-1) ?? lists['allowed-origin'].at(-1);
      if (report.findings.length && last) {
        const text = report.findings.map((f) => t(`finding_${f.code.replaceAll('-', '_')}`, f.values.join(', ')));
        if (findings.dataset.shown !== text.join('\n')) {
          findings.dataset.shown = text.join('\n');
          findings.replaceChildren(...text.map((line) => h('p', {}, line)));
        }
        if (!inUi(findings)) ui(signal).layer.append(findings);
        // Beside the last entry, past its verdict: under it are the console's "Add another" and "Save".
        track(findings, last, 'right', signal, { rank: 1 });
      } else {
        untrack(findings);
        findings.remove();
      }
    };
    update();
    context.onScan(update, signal);
    // Each keystroke in an entry: its own verdict at once (an entry's verdict depends on nothing else), from the
    // entries already known (no look at the whole page). What needs the whole lists (duplicates, a return URL without
    // its origin…) waits until the merchant pauses: it would otherwise be worked out again on every key.
    document.addEventListener(
      'input',
      (event) => {
        const input = eventTarget(event) as Entry;
        const list = listOf(context, input);
        if (!list) return;
        showVerdict(input, linesOf(input).map(list === 'allowed-origin' ? validateOrigin : validateReturnUrl));
        clearTimeout(listsLater);
        listsLater = setTimeout(update, PAUSE_MS);
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      clearTimeout(listsLater);
      for (const view of views.values()) view.clear();
      findings.remove();
    });
  },
};

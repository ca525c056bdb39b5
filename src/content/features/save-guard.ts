// Holds a save that would register a broken entry (dom-contract: Inline validation, Registration form): saving Web
// Settings with an error in an origin or return URL, or the application details with a required field empty or a
// privacy notice URL that is not https. A dialog lists the problems, with "Fix" and "Save anyway" — the merchant
// always has a way through, and the console then saves exactly as it would have. Warnings never hold a save.

import { eventTarget, holds } from '../../console/composed';
import { saveActions } from '../../console/forms';
import { validateOrigin, validateReturnUrl } from '../../core/urls';
import { t } from '../../platform/i18n';
import { h, reveal, ui } from '../../ui/host';
import { linesOf, verdictSentence } from '../entries';
import type { Feature } from '../session';

interface Problem {
  input: HTMLElement;
  text: string;
}

const REQUIRED = new Set(['app-name', 'app-description', 'privacy-url']);

export const saveGuard: Feature = {
  name: 'save-guard',
  init(signal, context) {
    let letThrough = false;
    const dialog = h('div', { class: 'panel', role: 'alertdialog', 'aria-modal': 'false', tabindex: '-1' });

    // Only the entries the Save would send: those of its form, when it has one (another section's half-edited
    // entries are not this Save's business).
    const problems = (scope: Element | null): Problem[] => {
      const found: Problem[] = [];
      for (const field of context.scan().model.fields) {
        if (
          !field.visible ||
          (scope !== null && !holds(scope, field.element)) ||
          !(field.element instanceof HTMLInputElement || field.element instanceof HTMLTextAreaElement)
        )
          continue;
        const value = field.element.value;
        const label = t(`field_${field.name.replaceAll('-', '_')}`);
        if (field.name === 'allowed-origin' || field.name === 'allowed-return-url') {
          // A console that takes a whole list in one box takes one entry per line: each line is checked on its own.
          for (const entry of linesOf(field.element)) {
            const verdict = (field.name === 'allowed-origin' ? validateOrigin : validateReturnUrl)(entry);
            if (verdict?.severity === 'error')
              found.push({ input: field.element, text: `${label}: ${verdictSentence(verdict)}` });
          }
        } else if (REQUIRED.has(field.name) && value.trim() === '') {
          found.push({ input: field.element, text: t('guardFieldEmpty', label) });
        } else if (field.name === 'privacy-url' && !/^https:\/\/[^\s/]+\.[^\s]+$/i.test(value.trim())) {
          // Team rule (issue 5): a privacy notice URL that is not a valid https address holds the save, as an origin
          // would; Amazon shows it to customers on the consent screen.
          found.push({ input: field.element, text: t('guardPrivacyUrl', label) });
        }
      }
      return found;
    };

    const close = () => dialog.remove();

    const hold = (event: Event, scope: Element | null, proceed: () => void) => {
      // "Save anyway": the whole save goes through untouched (its click, then the form's submit, in one task).
      if (letThrough) return;
      const list = problems(scope);
      if (!list.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const first = list[0] as Problem;
      dialog.replaceChildren(
        h('p', { id: 'lwa-guard-title' }, h('b', {}, t('guardTitle'))),
        h('ul', {}, ...list.map((p) => h('li', {}, p.text))),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                close();
                first.input.focus();
              },
            },
            t('guardFix'),
          ),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                close();
                letThrough = true;
                try {
                  proceed();
                } finally {
                  letThrough = false;
                }
              },
            },
            t('guardSaveAnyway'),
          ),
        ),
      );
      dialog.setAttribute('aria-labelledby', 'lwa-guard-title');
      ui(signal).layer.append(dialog);
      reveal();
      (dialog.querySelector('button') as HTMLElement).focus();
    };

    const saveOf = (target: EventTarget | null) => {
      if (!(target instanceof Element)) return undefined;
      return saveActions(context.scan().records).find((save) => holds(save, target));
    };
    const ourInput = (target: EventTarget | null) =>
      context.scan().model.fields.some((f) => f.element === target && f.visible);

    // Capture on window: before the console's own listeners on the button, the form or the document.
    addEventListener(
      'click',
      (event) => {
        const save = saveOf(eventTarget(event));
        if (save) hold(event, save.closest('form'), () => (save as HTMLElement).click());
      },
      { capture: true, signal },
    );
    addEventListener(
      'keydown',
      (event) => {
        const target = eventTarget(event);
        if (event.key !== 'Enter' || event.isComposing || target instanceof HTMLTextAreaElement) return;
        if (!ourInput(target)) return;
        // Enter saves only where the browser submits a form; elsewhere the console does nothing, and neither do we.
        const form = (target as HTMLInputElement).form;
        if (!form) return;
        const save = saveActions(context.scan().records).find((s) => holds(form, s));
        hold(event, form, () => (save ? (save as HTMLElement).click() : form.requestSubmit()));
      },
      { capture: true, signal },
    );
    // A form submitted some other way (a submit button the adapter did not recognise, a script calling requestSubmit).
    addEventListener(
      'submit',
      (event) => {
        const form = event.target as HTMLFormElement;
        if (!context.scan().model.fields.some((f) => holds(form, f.element))) return;
        const submitter = (event as SubmitEvent).submitter;
        hold(event, form, () => form.requestSubmit(submitter));
      },
      { capture: true, signal },
    );
    addEventListener('keydown', (event) => event.key === 'Escape' && dialog.isConnected && close(), { signal });
    signal.addEventListener('abort', close);
  },
};

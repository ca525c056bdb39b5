// Highlights the one element the merchant should act on next (dom-contract: The next step), with a short caption
// saying what to do and why, from the guide (domain-facts: The setup flow). The highlight is a ring drawn over the
// element in our own layer: it never blocks the page, and it can be dismissed.
import { nextStep, type StepId } from '../../core/steps';
import { t } from '../../platform/i18n';
import { h, inUi, track, ui, untrack } from '../../ui/host';
import type { Feature } from '../session';

const ATTRIBUTE = 'data-lwa-next-step';
// The caption's size before it is laid out: as wide as it may be (ui/host.ts .tip), three lines of text. Placed first
// for that, it mostly stays there once its own size is known (ui/host.ts track: usual).
const CAPTION_SIZE = { width: 320, height: 80 };

export const nextStepFeature: Feature = {
  name: 'next-step',
  init(signal, context) {
    let marked: Element | null = null;
    let dismissed: StepId | null = null;
    let shown: StepId | null = null;
    const ring = h('div', { class: 'ring' });
    const title = h('b');
    const why = h('span');
    const tip = h(
      'div',
      { class: 'tip', role: 'status' },
      title,
      why,
      h(
        'button',
        { class: 'x', type: 'button', 'aria-label': t('dismiss'), title: t('dismiss'), onclick: () => dismiss() },
        '×',
      ),
    );

    const hide = () => {
      ring.remove();
      tip.remove();
      untrack(ring);
      untrack(tip);
    };
    const dismiss = () => {
      dismissed = shown;
      hide();
    };

    const update = () => {
      const { model, page } = context.scan();
      const progress = context.progress();
      const step = nextStep(
        { clientIdCopied: progress.clientIdCopied, webSettingsSaved: progress.webSettings !== null },
        { ...model.state, amazonPayHome: page.console === 'amazon-pay' },
      );
      const target = (step && model.targets[step]) || null;
      if (marked && (marked !== target || !step)) marked.removeAttribute(ATTRIBUTE);
      marked = target;
      if (!target || !step) {
        shown = null;
        return hide();
      }
      if (target.getAttribute(ATTRIBUTE) !== step) target.setAttribute(ATTRIBUTE, step);
      if (step === dismissed) return hide();
      const { layer } = ui(signal);
      if (shown !== step) {
        title.textContent = t(`step_${step.replaceAll('-', '_')}`);
        why.textContent = t(`step_${step.replaceAll('-', '_')}_why`);
        shown = step;
      }
      if (!inUi(ring)) layer.append(ring, tip);
      track(ring, target, 'over', signal);
      // Beside an input (the empty one to fill has no verdict there), under a button; placed after the verdicts and the
      // warnings about the lists, clear of them (ui/host.ts track: rank).
      track(tip, target, target.matches('input,textarea,select') ? 'right' : 'below', signal, {
        rank: 3,
        usual: CAPTION_SIZE,
      });
    };
    update();
    context.onScan(update, signal);
    context.onProgress(update, signal);
    signal.addEventListener('abort', () => {
      marked?.removeAttribute(ATTRIBUTE);
      hide();
    });
  },
};

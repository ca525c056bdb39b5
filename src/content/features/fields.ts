// Marks every field the adapter recognised with `data-lwa-field` (dom-contract: Fields it recognised), on the host
// page's own element, and keeps the marks true as the console re-renders.
import type { Feature } from '../session';

const ATTRIBUTE = 'data-lwa-field';

export const fields: Feature = {
  name: 'fields',
  init(signal, context) {
    let marked = new Map<Element, string>();
    const apply = () => {
      // Only what the merchant can see: a hidden stale copy of a value is not "the element that shows" it.
      const next = new Map(
        context
          .scan()
          .model.fields.filter((f) => f.visible)
          .map((f) => [f.element, f.name]),
      );
      for (const [el, name] of marked) if (next.get(el) !== name) el.removeAttribute(ATTRIBUTE);
      for (const [el, name] of next) if (el.getAttribute(ATTRIBUTE) !== name) el.setAttribute(ATTRIBUTE, name);
      marked = next;
    };
    apply();
    context.onScan(apply, signal);
    signal.addEventListener('abort', () => {
      for (const el of marked.keys()) el.removeAttribute(ATTRIBUTE);
    });
  },
};

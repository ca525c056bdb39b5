// One observer for the whole page, batched to animation frames: these consoles are single-page apps whose sections
// expand, forms appear and the URL changes without a load. Child lists and a few attributes that show or hide
// things are watched, never every attribute (observing all of them froze Bitwarden's autofill on busy pages).
const SHOWING_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-expanded', 'aria-hidden', 'open', 'disabled'];

/** Calls `onChange` at most once per animation frame after the page changed, until the signal aborts. */
export function observePage(onChange: () => void, signal: AbortSignal, isOwn: (node: Node) => boolean): void {
  let scheduled = 0;
  const schedule = () => {
    if (!scheduled && !signal.aborted) scheduled = requestAnimationFrame(run);
  };
  const run = () => {
    scheduled = 0;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((mutations) => {
    // Our own UI changing (a verdict, the caption) is no reason to look at the page again.
    const own = (m: MutationRecord) =>
      isOwn(m.target) ||
      (m.type === 'childList' &&
        m.addedNodes.length + m.removedNodes.length > 0 &&
        [...m.addedNodes, ...m.removedNodes].every(isOwn));
    if (!mutations.every(own)) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: SHOWING_ATTRIBUTES,
  });
  // Typing changes no DOM, but it changes which input is the first empty one: look again after each edit.
  document.addEventListener('input', schedule, { capture: true, passive: true, signal });
  // History navigations of the single-page app.
  addEventListener('popstate', schedule, { signal });
  addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(scheduled);
  });
}

// One observer for the whole page, batched to animation frames: these consoles are single-page apps whose sections
// expand, forms appear and the URL changes without a load. Child lists and a few attributes that show or hide
// things are watched, never every attribute (observing all of them froze Bitwarden's autofill on busy pages).
import { componentsChanged } from './collect';
import { eventTarget } from './composed';
import { fieldConcept, mentionsFieldLabel } from './labels';

const SHOWING_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-expanded', 'aria-hidden', 'open', 'disabled'];
// What the assistant reads: form controls, things to click, label-like elements.
const READ = 'input,textarea,select,button,a,label,summary,[role],th,dt,legend,h1,h2,h3,h4,h5,h6';

/** Text that could be a label, an ID or an address: the only text whose coming and going changes what we see. */
function meaningfulText(text: string): boolean {
  if (text.includes('amzn1.') || text.includes('://')) return true;
  const trimmed = text.trim();
  // No label of any console has a digit in it (labels.ts): a busy page's tickers, prices and counters are skipped
  // before the cost of normalising their text.
  return trimmed.length > 0 && trimmed.length <= 60 && !/\d/.test(trimmed) && fieldConcept(trimmed) !== undefined;
}

/** Whether a node that came or went holds anything the assistant reads (a busy page's tickers and lists do not). */
function mattersNode(node: Node): boolean {
  if (node instanceof Element) {
    if (node.matches(READ) || node.querySelector(READ)) return true;
    return meaningfulText(node.textContent ?? '') || holdsComponent(node);
  }
  return node.nodeType === Node.TEXT_NODE && meaningfulText(node.nodeValue ?? '');
}

// How many elements of a node that came or went are asked whether they are components (a small part of a page: a
// row, a route's view; a larger one holds something the assistant reads, or is a busy page's list).
const COMPONENT_SEARCH = 200;

/**
 * Whether a node is or holds a web component whose content the page's tree does not show: one whose shadow root
 * holds something the assistant reads, or an empty one not defined yet (its script renders it later: <kat-input
 * label="…">). An icon or a badge component, or a framework's never-defined <app-row> around its own content, is not.
 */
function holdsComponent(el: Element): boolean {
  const component = (e: Element) => {
    if (!e.localName.includes('-')) return false;
    const root = e.shadowRoot;
    if (root) return root.querySelector(READ) !== null || meaningfulText(root.textContent ?? '');
    return e.matches(':not(:defined):empty');
  };
  let found = component(el);
  const inside = el.getElementsByTagName('*');
  for (let i = 0; !found && i < inside.length && i < COMPONENT_SEARCH; i++) found = component(inside[i] as Element);
  // A search of the page for shadow roots that found none no longer tells what the page holds.
  if (found) componentsChanged();
  return found;
}

/**
 * Whether the nodes that came into a parent hold anything the assistant reads. A list re-rendered every frame (a
 * ticker, hundreds of rows) would cost several questions per row; without a single element to read in the parent,
 * one look at its text is enough (a label or an ID there is a reason to look again, anything else is not).
 */
function addedMatter(m: MutationRecord): boolean {
  const nodes = m.addedNodes;
  const parent = m.target as Element;
  // Nodes are read one by one (each read makes a wrapper for it in this world) only when few, or when needed.
  if (nodes.length <= 3 || parent.querySelector?.(READ)) return someNode(nodes, mattersNode);
  const text = parent.textContent ?? '';
  return (
    text.includes('amzn1.') ||
    text.includes('://') ||
    mentionsFieldLabel(text) ||
    firstElements(nodes, 3).some(holdsComponent)
  );
}

/** The first few elements among the nodes (a list re-rendered every frame is alike from row to row; a framework's
 * fragment often starts with white space). */
function firstElements(nodes: NodeList, count: number): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < nodes.length && found.length < count; i++) {
    const node = nodes[i];
    if (node instanceof Element) found.push(node);
  }
  return found;
}

/** Like Array.some over a NodeList, without first making a wrapper for every node of a long list. */
function someNode(nodes: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) if (test(nodes[i] as Node)) return true;
  return false;
}

/** Whether every node that came or went is ours (stops at the first that is not). */
const allOwn = (m: MutationRecord, isOwn: (node: Node) => boolean) =>
  !someNode(m.addedNodes, (node) => !isOwn(node)) && !someNode(m.removedNodes, (node) => !isOwn(node));

function matters(m: MutationRecord, lost: () => boolean): boolean {
  // What went away mattered if it was something the assistant reads (a few nodes: asked one by one), or, for many
  // at once, if it took an element the last look at the page had read.
  if (m.type === 'childList') {
    const removed = m.removedNodes;
    return (
      (m.addedNodes.length > 0 && addedMatter(m)) ||
      (removed.length > 0 && (removed.length <= 3 ? someNode(removed, mattersNode) : lost()))
    );
  }
  if (m.type === 'characterData') {
    return meaningfulText(m.target.nodeValue ?? '') || m.target.parentElement?.closest(READ) != null;
  }
  // Shown or hidden: only a change around something the assistant reads.
  const target = m.target as Element;
  return target.matches(READ) || target.querySelector(READ) !== null;
}

/** What observePage gives its caller. */
export interface PageObserver {
  /** Whether a change is waiting for its frame. */
  due(): boolean;
  /** Watches these open shadow roots too (a web component's changes happen in its own tree, unseen from the page's). */
  watch(roots: readonly ShadowRoot[] | undefined): void;
  /**
   * Asks for a whole look in a while (components still to be defined render without any change the observer sees);
   * false while an earlier such request is waiting.
   */
  later(ms: number): boolean;
  /** Takes a change waiting for its frame now: someone asks what the page holds before that frame comes. */
  flush(): void;
}

/**
 * Calls `onChange` at most once per animation frame after the page changed, until the signal aborts; with `false`
 * when nothing changed but what was typed into a field (an entry emptied or filled: the page's elements are those of
 * the last look, and only their values need reading again). `lost` says
 * whether an element the last look at the page read is gone from it. `moved` hears of the page's other changes, which
 * need no new look but may have moved what our elements sit beside (a banner pushing the form down).
 */
export function observePage(
  onChange: (whole: boolean) => void,
  signal: AbortSignal,
  isOwn: (node: Node) => boolean,
  lost: () => boolean,
  moved: () => void,
): PageObserver {
  let scheduled = 0;
  // Whether a change waiting for its frame needs the page read again, not only the values typed.
  let whole = false;
  const schedule = (valuesOnly = false) => {
    if (!valuesOnly) whole = true;
    if (!scheduled && !signal.aborted) scheduled = requestAnimationFrame(run);
  };
  const run = () => {
    scheduled = 0;
    const again = whole;
    whole = false;
    if (!signal.aborted) onChange(again);
  };
  const observer = new MutationObserver((mutations) => {
    if (scheduled && whole) return;
    // Our own UI changing (a verdict, the caption) is no reason to look at the page again, and neither is a change
    // that touches nothing the assistant reads.
    const own = (m: MutationRecord) =>
      isOwn(m.target) ||
      (m.type === 'childList' && m.addedNodes.length + m.removedNodes.length > 0 && allOwn(m, isOwn));
    // Whether the last look's elements are all still there: asked once per batch of changes, not once per change.
    let lostOnce: boolean | undefined;
    const lostNow = () => {
      lostOnce ??= lost();
      return lostOnce;
    };
    let foreign = false;
    for (const m of mutations) {
      if (own(m)) continue;
      foreign = true;
      if (matters(m, lostNow)) return schedule();
    }
    if (foreign) moved();
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: SHOWING_ATTRIBUTES,
  };
  observer.observe(document.documentElement, options);
  const watched = new WeakSet<ShadowRoot>();
  // Typing changes no DOM. What it can change for the assistant is which input is the first empty one, so an edit
  // is a reason to look again only when an input turns empty or stops being empty; the verdict of the entry itself
  // is the validation feature's own business, on the spot.
  const wasEmpty = new WeakMap<EventTarget, boolean>();
  // Only text typed into a text field: a drop-down, a check box or a radio button has a value that is never empty, and
  // each change of it may change the step (the view switch reads the chosen option).
  const typedIn = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !/^(?:checkbox|radio|file|range|color)$/.test(target.type));
  // Known when the field gets focus, before the first key: otherwise a first key that leaves the field as empty or
  // as filled as it was would cost a whole look at the page for nothing. On every focus: a script may have emptied it.
  document.addEventListener(
    'focusin',
    (event) => {
      const field = eventTarget(event);
      if (typedIn(field)) wasEmpty.set(field, !field.value.trim());
    },
    { capture: true, passive: true, signal },
  );
  document.addEventListener(
    'input',
    (event) => {
      // Inside a web component, the event's own target is the component: the field is the first on its path.
      const input = eventTarget(event);
      if (!typedIn(input)) {
        // A choice made (a contenteditable region's edits are mutations the observer hears of anyway).
        if (input instanceof HTMLSelectElement || input instanceof HTMLInputElement) schedule();
        return;
      }
      const empty = !input.value.trim();
      if (wasEmpty.get(input) !== empty) schedule(true);
      wasEmpty.set(input, empty);
    },
    { capture: true, passive: true, signal },
  );
  // History navigations of the single-page app.
  addEventListener('popstate', () => schedule(), { signal });
  addEventListener('hashchange', () => schedule(), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(scheduled);
  });
  let laterTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(laterTimer));
  return {
    later(ms) {
      // One at a time: looks the page's own changes cause meanwhile do not move it.
      if (laterTimer !== undefined) return false;
      laterTimer = setTimeout(() => {
        laterTimer = undefined;
        schedule();
      }, ms);
      return true;
    },
    due: () => scheduled !== 0,
    flush() {
      if (!scheduled) return;
      cancelAnimationFrame(scheduled);
      run();
    },
    watch(roots) {
      for (const root of roots ?? []) {
        if (watched.has(root)) continue;
        watched.add(root);
        observer.observe(root, options);
      }
    },
  };
}

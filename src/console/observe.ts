// One observer for the whole page, its looks at most about one per frame: these consoles are single-page apps whose
// sections expand, forms appear and the URL changes without a load. Child lists and a few attributes that show or
// hide things, or name a field, are watched, never every attribute (observing all of them froze Bitwarden's autofill
// on busy pages).
import { blankEntry, componentsChanged, noteTyped, typedEntry, typingMovesStep } from './collect';
import { eventTarget } from './composed';
import { fieldConcept, mentionsFieldLabel } from './labels';

// An entry named once the app has rendered it (aria-label set after the input is in the page) is named by attributes.
const WATCHED_ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'aria-expanded',
  'aria-hidden',
  'open',
  'disabled',
  'aria-label',
  'aria-labelledby',
  'inert',
  // A step's control enabled, a list done loading.
  'aria-disabled',
  'aria-busy',
];
// What the assistant reads: form controls, things to click, label-like elements.
const READ = 'input,textarea,select,button,a,label,summary,[role],th,dt,legend,h1,h2,h3,h4,h5,h6';
const FIELD = 'input,textarea,select';
// One frame at 60 Hz.
const FRAME_MS = 16;

/** Text that could be a label, an ID or an address: the only text whose coming and going changes what we see. */
function meaningfulText(text: string): boolean {
  if (text.includes('amzn1.') || text.includes('://')) return true;
  const trimmed = text.trim();
  // fieldConcept turns away a text with a digit before normalising it (a busy page's tickers, prices and counters),
  // unless the digits are a limit in brackets after a label: "Allowed Return URLs (max 10)" is one.
  return trimmed.length > 0 && trimmed.length <= 60 && fieldConcept(trimmed) !== undefined;
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

// A change of this many nodes or fewer has each node read; one of more is read through its parent (addedMatter),
// taken for an earlier look's elements gone (matters) and may make its parent busy (BUSY_AFTER).
const FEW = 3;

/**
 * Whether the nodes that came into a parent hold anything the assistant reads. A list re-rendered every frame (a
 * ticker, hundreds of rows) would cost several questions per row; without a single element to read in the parent,
 * one look at its text is enough (a label or an ID there is a reason to look again, anything else is not).
 */
function addedMatter(m: MutationRecord): boolean {
  const nodes = m.addedNodes;
  const parent = m.target as Element;
  // Nodes are read one by one (each read makes a wrapper for it in this world) only when few, or when needed.
  if (nodes.length <= FEW || parent.querySelector?.(READ)) {
    readByText.delete(parent);
    return someNode(nodes, mattersNode);
  }
  const found = textMatters(parent.textContent ?? '') || firstElements(nodes, 3).some(holdsComponent);
  if (!found) readByText.add(parent);
  return found;
}

// Parents whose last change held nothing by their text alone (they hold nothing the assistant reads): only such a
// parent's changes can wait (BUSY_AFTER); one with a button among its rows has each change's nodes read.
const readByText = new WeakSet<Node>();

/** Whether a (long) text has an ID, an address or a field label in it. */
const textMatters = (text: string) => text.includes('amzn1.') || text.includes('://') || mentionsFieldLabel(text);

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

/** The last few element children of a parent. */
function lastElements(parent: ParentNode, count: number): Element[] {
  const found: Element[] = [];
  for (let el = parent.lastElementChild; el && found.length < count; el = el.previousElementSibling) found.push(el);
  return found;
}

/** Like Array.some over a NodeList, without first making a wrapper for every node of a long list. */
function someNode(nodes: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) if (test(nodes[i] as Node)) return true;
  return false;
}

// A parent that gets many nodes (replaced or added) of nothing the assistant reads, again and again within a few
// frames, is a busy widget (a ticker, a live feed, an ad slot): reading its whole content on every frame cost the
// churning bench page ~0.3 ms a frame. After BUSY_AFTER such changes in a row, each less than BUSY_MS after the last
// one read, its changes are read once per BUSY_MS instead (one timer for all such parents: a second one may wait up
// to twice that), by a timer that reads its content as it is by then: what lands there last is still seen, at most
// BUSY_MS late. A container that goes from spinner to skeleton to form within BUSY_AFTER changes is read on each.
const BUSY_AFTER = 3;
const BUSY_MS = 200;

/** Whether every node that came or went is ours (stops at the first that is not). */
const allOwn = (m: MutationRecord, isOwn: (node: Node) => boolean) =>
  !someNode(m.addedNodes, (node) => !isOwn(node)) && !someNode(m.removedNodes, (node) => !isOwn(node));

/**
 * Whether what a parent holds now could matter: something the assistant reads, a label, an ID, an address, or a
 * component (what a deferred change of a busy parent left there).
 */
function holdsMatter(parent: Node & ParentNode): boolean {
  return (
    parent.querySelector(READ) !== null ||
    textMatters(parent.textContent ?? '') ||
    // Where a feed's new rows are: all of it replaced, added at its start, or at its end.
    firstElements(parent.childNodes, 3).some(holdsComponent) ||
    lastElements(parent, 3).some(holdsComponent)
  );
}

function matters(m: MutationRecord, lost: () => boolean): boolean {
  // What went away mattered if it was something the assistant reads (a few nodes: asked one by one), or, for many
  // at once, if it took an element the last look at the page had read.
  if (m.type === 'childList') {
    const removed = m.removedNodes;
    return (
      (m.addedNodes.length > 0 && addedMatter(m)) ||
      (removed.length > 0 && (removed.length <= FEW ? someNode(removed, mattersNode) : lost()))
    );
  }
  if (m.type === 'characterData') {
    return meaningfulText(m.target.nodeValue ?? '') || m.target.parentElement?.closest(READ) != null;
  }
  const target = m.target as Element;
  // Named: a field (an entry named once the app has rendered it), or by a name the assistant knows. A timer's or a
  // bell's ever-changing aria-label is neither.
  if (m.attributeName?.startsWith('aria-label')) {
    return target.matches(FIELD) || meaningfulText(target.getAttribute(m.attributeName) ?? '');
  }
  // Shown or hidden: only a change around something the assistant reads.
  return target.matches(READ) || target.querySelector(READ) !== null;
}

/** What observePage gives its caller. */
export interface PageObserver {
  /** Whether a change is waiting for its look. */
  due(): boolean;
  /** Watches these open shadow roots too (a web component's changes happen in its own tree, unseen from the page's). */
  watch(roots: readonly ShadowRoot[] | undefined): void;
  /**
   * Asks for a whole look in a while (components still to be defined render without any change the observer sees);
   * false while an earlier such request is waiting.
   */
  later(ms: number): boolean;
  /** Takes a change waiting for its look now: someone asks what the page holds before it comes. */
  flush(): void;
}

/**
 * Calls `onChange` at most about once per frame after the page changed (at the next frame, or in the next task
 * when none ran for a frame), until the signal aborts; with `false` when nothing changed but what was typed into a
 * field (an entry emptied or filled: the page's elements are those of the last look, and only their values need
 * reading again). `lost` says whether an element the last look at the page read is gone from it. `moved` hears of the
 * page's other changes, which need no new look but may have moved what our elements sit beside (a banner pushing the
 * form down); a busy parent's (BUSY_AFTER) when it becomes busy and then only when its box changes size (one without
 * a box of its own: with each read of it).
 */
export function observePage(
  onChange: (whole: boolean) => void,
  signal: AbortSignal,
  isOwn: (node: Node) => boolean,
  lost: () => boolean,
  moved: () => void,
): PageObserver {
  let scheduled = 0;
  let soon: ReturnType<typeof setTimeout> | undefined;
  // When the last look ended: -Infinity before the first.
  let ranAt = Number.NEGATIVE_INFINITY;
  const waiting = () => scheduled !== 0 || soon !== undefined;
  // Whether a change waiting for its look needs the page read again, not only the values typed.
  let whole = false;
  const schedule = (valuesOnly = false) => {
    if (!valuesOnly) whole = true;
    if (waiting() || signal.aborted) return;
    scheduled = requestAnimationFrame(run);
    // A change after a frame's time without a look (a form rendered late) is read in the next task too, whichever
    // comes first: waiting for the next frame's callbacks, its highlight came up to a frame later (the churning page's
    // late form, 16.5 to 39.2 ms in session 16's bench, p95 37.3). Changes that follow a look closely (a framework
    // rendering in several tasks, a busy page) wait for the frame, so the looks stay at most about one per frame; so
    // do those of a hidden tab, which paints nothing until it shows.
    if (document.visibilityState === 'visible' && performance.now() - ranAt >= FRAME_MS) soon = setTimeout(run, 0);
  };
  const run = () => {
    cancelAnimationFrame(scheduled);
    clearTimeout(soon);
    scheduled = 0;
    soon = undefined;
    const again = whole;
    whole = false;
    if (!signal.aborted) onChange(again);
    ranAt = performance.now();
  };
  // Busy parents (BUSY_AFTER): how many of their changes in a row held nothing, and when the last was read.
  const quiet = new WeakMap<Node, { count: number; readAt: number }>();
  const deferred = new Set<Node & ParentNode>();
  let deferTimer: ReturnType<typeof setTimeout> | undefined;
  // A busy parent's rows move nothing outside it unless its own box changes size (a feed growing pushes what is under
  // it): the browser reports when, after its layout, and only then are our elements placed again. Placing them with
  // every read of it cost the churning bench page a placement five times a second (session 19), after each of its
  // frames ten times a second before that. A parent without a box of its own (display: contents, inline; a shadow
  // root) has its rows laid out in its parent's: placed again with each read, as before; so is one whose box is gone
  // while it is still in the page (0 × 0: hidden, or made display: contents since).
  const sized = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      // Gone from the page: no longer watched (Firefox's ResizeObserver keeps what it watches alive).
      if (!target.isConnected) unwatchSize(target);
      else if (!contentRect.width && !contentRect.height) {
        sized.unobserve(target);
        boxed.set(target, false);
      }
    }
    moved();
  });
  // The busy parents watched: whether the browser reports their box (false: placed with each read instead).
  const boxed = new WeakMap<Node, boolean>();
  const watchSize = (parent: Node) => {
    if (boxed.has(parent)) return;
    // The change that made it busy, set aside, may have resized it already (a box of 0 × 0 gets no first report).
    moved();
    const box = parent instanceof Element && !/^(?:contents|inline)$/.test(getComputedStyle(parent).display);
    boxed.set(parent, box);
    if (box) sized.observe(parent as Element, { box: 'border-box' });
  };
  const unwatchSize = (parent: Node) => {
    boxed.delete(parent);
    if (parent instanceof Element) sized.unobserve(parent);
  };
  const readDeferred = () => {
    deferTimer = undefined;
    const parents = [...deferred];
    deferred.clear();
    const now = performance.now();
    for (const parent of parents) {
      const seen = quiet.get(parent);
      if (seen) seen.readAt = now;
    }
    if (signal.aborted) return;
    for (const parent of parents) if (!parent.isConnected) unwatchSize(parent);
    if (parents.some((parent) => boxed.get(parent) === false)) moved();
    if (waiting() && whole) return;
    const changed = parents.filter((parent) => parent.isConnected && holdsMatter(parent));
    // Not busy with nothing any more: its next changes are read as they come (and each is a reason to place ours).
    for (const parent of changed) {
      quiet.delete(parent);
      unwatchSize(parent);
    }
    if (changed.length || lost()) schedule();
  };
  const observer = new MutationObserver((mutations) => {
    if (waiting() && whole) return;
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
    // Our host taken out by the page (a framework clearing what it did not render): placed again, as after a move.
    let ownTakenOut = false;
    const now = performance.now();
    for (const m of mutations) {
      const parent = m.target;
      // Only a change of many nodes makes or keeps a parent busy.
      const many = m.type === 'childList' && m.addedNodes.length > FEW;
      const seen = many ? quiet.get(parent) : undefined;
      const recent = seen !== undefined && now - seen.readAt < BUSY_MS;
      // Busy: set aside for the timer (a busy parent is never ours: not asked).
      if (recent && seen.count >= BUSY_AFTER && readByText.has(parent)) {
        deferred.add(parent as Node & ParentNode);
        watchSize(parent);
        deferTimer ??= setTimeout(readDeferred, BUSY_MS - (now - seen.readAt));
        continue;
      }
      if (own(m)) {
        ownTakenOut ||= m.removedNodes.length > 0 && !isOwn(m.target);
        continue;
      }
      foreign = true;
      const mattered = matters(m, lostNow);
      if (many) {
        if (mattered || !readByText.has(parent)) quiet.delete(parent);
        else quiet.set(parent, { count: recent ? seen.count + 1 : 1, readAt: now });
      }
      if (mattered) return schedule();
    }
    if (foreign || ownTakenOut) moved();
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
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
      if (typedIn(field)) wasEmpty.set(field, blankEntry(field.value));
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
      // A row the console filled with the scheme alone stays empty until more is typed; a value typed down to the
      // scheme ("https:/" → "https://") is still being typed, no look (each would move the step and back: 4x the
      // typing's cost per key, measured).
      const empty = !input.value.trim() || (wasEmpty.get(input) === true && blankEntry(input.value));
      // Another entry typed in: its row's own Save may be the step now (classify.ts), a look at the values only.
      if (wasEmpty.get(input) !== empty || (typedEntry() !== input && typingMovesStep())) schedule(true);
      noteTyped(input);
      wasEmpty.set(input, empty);
    },
    { capture: true, passive: true, signal },
  );
  // History navigations of the single-page app.
  addEventListener('popstate', () => schedule(), { signal });
  addEventListener('hashchange', () => schedule(), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    sized.disconnect();
    cancelAnimationFrame(scheduled);
    clearTimeout(soon);
    clearTimeout(deferTimer);
    deferred.clear();
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
    due: waiting,
    flush() {
      // A busy widget's change set aside for its timer is read now too (someone asks what the page holds).
      if (deferTimer !== undefined) {
        clearTimeout(deferTimer);
        readDeferred();
      }
      if (waiting()) run();
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

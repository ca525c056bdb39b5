// Everything the extension shows on a console page lives under one element of its own, <lwa-assistant-root>, at the
// end of <body>, in an open shadow root: never inside the console's element trees (a framework re-rendering them
// would drop our nodes or crash), and styled only inside the shadow root. Plain DOM: the content scripts' budget
// (8 KB gzipped for all of them) has no room for a framework.
// The generic sans-serif font only: a named family the page has not used (system-ui, "Segoe UI"…) costs the tab font
// lookups whenever our text is laid out (bench traces: rendering updates 11.6 → 6.7 ms per load on the legacy console).

const CSS = `
:host{all:initial}
*{box-sizing:border-box;font:13px/1.4 sans-serif}
.layer{position:absolute;top:0;left:0;width:0;height:0;overflow:visible}
.ring{position:absolute;border:3px solid #ff9900;border-radius:6px;box-shadow:0 0 0 4px rgba(255,153,0,.3);pointer-events:none}
.tip,.copy,.panel{position:absolute;width:max-content;pointer-events:auto;color:#0f1111;background:#fff;border:1px solid #8d9096;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.tip{max-width:320px;padding:8px 28px 8px 10px;background:#fffbe6;border-color:#ff9900;pointer-events:none;opacity:.97}
.tip .x{pointer-events:auto}
.findings{padding-right:10px}
.findings p{margin:0}
.findings p+p{margin-top:6px}
.tip b{display:block;font-weight:700}
.x{position:absolute;top:2px;right:2px;border:0;background:none;cursor:pointer;font-size:16px;line-height:1;padding:4px}
button{cursor:pointer;border:1px solid #8d9096;border-radius:6px;background:#ffd814;color:#0f1111;padding:3px 10px;margin:0}
button:focus-visible{outline:2px solid #007185;outline-offset:2px}
.copy{display:flex;gap:6px;align-items:center;padding:3px;white-space:nowrap}
.ok{color:#067d62;padding-right:4px}
.panel{max-width:420px;padding:12px;border-width:2px}
.panel[role=alert]{border-color:#c40000}
.panel[role=alertdialog]{border-color:#c40000;position:fixed;top:20%;left:50%;transform:translateX(-50%);z-index:1}
.panel p{margin:0 0 8px}
.panel ul{margin:0 0 8px;padding-left:18px}
.row{display:flex;gap:8px;justify-content:flex-end}
`;

export interface Ui {
  host: HTMLElement;
  shadow: ShadowRoot;
  layer: HTMLElement;
}

let current: Ui | null = null;

/** Sets inline styles that a page's `!important` rules (even `* { all: unset }`) cannot override. */
export function pin(el: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) el.style.setProperty(property, value, 'important');
}

/** The one host of this page session, created on first use and removed when the session ends. */
export function ui(signal: AbortSignal): Ui {
  if (signal.aborted) {
    // An ended session gets a host that is never put in the page: whatever it adds goes nowhere.
    const host = document.createElement('lwa-assistant-root');
    const layer = document.createElement('div');
    return { host, shadow: host.attachShadow({ mode: 'open' }), layer };
  }
  if (current) {
    // A page script that removes unknown elements: put the host back rather than lose the UI.
    if (!current.host.isConnected && hostShown(current)) document.body.append(current.host);
    return current;
  }
  const host = document.createElement('lwa-assistant-root');
  // Not in the page until the first placement (or a panel that must show at once, reveal()): what the features build
  // at the start then costs the page nothing, and the frame where everything gets its place is the only one where
  // the page styles and lays out anything of ours (in the body but hidden, the host alone cost a style recalculation
  // of its own, 0.5–2 ms, in the frame before: bench-counts).
  pin(host, {
    all: 'initial',
    display: 'none',
    position: 'absolute',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    overflow: 'visible',
    'z-index': '2147483646',
  });
  const shadow = host.attachShadow({ mode: 'open' });
  styleShadow(shadow, CSS);
  const layer = h('div', { class: 'layer' }, h('slot'));
  shadow.append(layer);
  const made: Ui = { host, shadow, layer };
  current = made;
  putBack = 0;
  signal.addEventListener('abort', () => {
    host.remove();
    if (current === made) current = null;
  });
  return made;
}

const hostShown = (made: Ui) => made.host.style.getPropertyValue('display') === 'block';
// A host once shown that a page script took out of the body.
const takenOut = () => current !== null && hostShown(current) && !current.host.isConnected;

/** Renders the host now: for what shows without being placed beside an element (a panel, a dialog). */
export function reveal(): void {
  if (!current) return;
  if (!hostShown(current)) pin(current.host, { display: 'block' });
  if (!current.host.isConnected) document.body.append(current.host);
}

/**
 * Whether an element is in this session's UI: in the page, or in a host not shown yet (isConnected says false until
 * the first placement or reveal() puts the host in the body). In a host a page script took away once shown, it is not.
 */
export function inUi(el: Element): boolean {
  if (el.isConnected) return true;
  const root = el.getRootNode();
  return current !== null && !hostShown(current) && (root === current.host || root === current.shadow);
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles a shadow root. A constructed sheet is not an inline style, so a page's strict CSP (style-src 'self') does
 * not block it; where the engine refuses to adopt a sheet made by a content script, a <style> element is the fallback.
 */
export function styleShadow(shadow: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(h('style', {}, css));
  }
}

type Child = Node | string | null | undefined | false;

/** A tiny element helper: attributes (and `on*` listeners), then children. Text is always text, never HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K | string,
  props: Record<string, string | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

// What a merchant can act on: our UI must never sit on top of it (dom-contract: the highlight "never blocks any
// other part of the page").
const INTERACTIVE =
  'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[role=menuitem],[tabindex]';

/** The element at a point inside a web component's open shadow roots (the page's hit is the component itself). */
function innermostAt(hit: Element, x: number, y: number): Element {
  let el = hit;
  for (let root = el.shadowRoot; root; root = el.shadowRoot) {
    // The root's own elements only: the answer also lists what is above the component (our UI among it).
    const inner = root.elementsFromPoint(x, y).find((found) => found.getRootNode() === root);
    if (!inner) break;
    el = inner;
  }
  return el;
}

/**
 * Whether a node is part of our own UI, inside our host: a hit test answers with the host or with a verdict in its
 * light DOM, and the observer hears of our own changes.
 */
export const inOurUi = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)?.closest('lwa-assistant-root') != null;

/** The console's own control under any part of the viewport rectangle, if one is there. */
function controlUnder(left: number, top: number, width: number, height: number): Element | null {
  // A grid of points over the rectangle: a button is at least a dozen pixels wide; a text link is 14 px high or more,
  // so rows that close find it wherever it is (24 px apart missed an "Add another" link under a caption).
  const columns = Math.max(2, Math.ceil(width / 60));
  const rows = Math.max(2, Math.ceil(height / 14));
  for (let row = 0; row <= rows; row++) {
    for (let column = 0; column <= columns; column++) {
      const x = left + (width * column) / columns;
      const y = top + (height * row) / rows;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      // The topmost element alone is a hit test that stops at the first hit, cheaper than the whole stack (CPU profile
      // of the first key typed into an entry, which places its verdict and moves the caption: 3.6 ms of
      // elementsFromPoint, 1.6 ms of elementFromPoint). The stack is asked for only where our own UI is on top.
      const first = document.elementFromPoint(x, y);
      const hit = first && inOurUi(first) ? document.elementsFromPoint(x, y).find((el) => !inOurUi(el)) : first;
      if (!hit) continue;
      const control = innermostAt(hit, x, y).closest(INTERACTIVE) ?? hit.closest(INTERACTIVE);
      if (control) return control;
    }
  }
  return null;
}

/**
 * Puts a panel that is not tied to one element (the wrong-credential warning) in a corner of the window where it
 * covers none of the console's controls: bottom right, then top right, bottom left, top left.
 */
export function placeInCorner(el: HTMLElement): void {
  reveal();
  const margin = 16;
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  const right = document.documentElement.clientWidth - width - margin;
  const bottom = innerHeight - height - margin;
  const corners: [number, number][] = [
    [right, bottom],
    [right, margin],
    [margin, bottom],
    [margin, margin],
  ];
  const [left, top] = corners.find(([x, y]) => !controlUnder(x, y, width, height)) ?? corners[0]!;
  pin(el, { position: 'fixed', left: px(left), top: px(top) });
}

/**
 * Positions and sizes as whole pixels, in text, written by `toFixed`. Any other way of turning a number into text (a
 * template, `String`, `join`) goes through V8's number-to-string caches: a fraction makes V8 allocate its cache of
 * fractions (46 KB), two whole numbers that meet in the same slot of the small cache of integers make it allocate the
 * full one (64 KB), in every console tab, for nothing a merchant sees (bench/README: heap).
 */
const text = (value: number) => (Math.round(value) || 0).toFixed(0);
const whole = (values: number[]) => values.map(text).join();
const px = (value: number) => `${text(value)}px`;

type Side = 'below' | 'right' | 'over';
// The size of our copy box and of a short verdict, for an element not laid out yet.
const USUAL_WIDTH = 160;
// How much of an entry stays in view at its left end, at least, when our element sits over its right end.
const MIN_TYPED_ROOM = 360;
const USUAL_HEIGHT = 32;
type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;
/** Viewport coordinates; `middle`: `top` is the element's vertical middle (it is shifted up by half its height). */
type Place = { left: number; top: number; width?: number; height?: number; middle?: boolean };

/**
 * Where `el` goes beside `target` (viewport coordinates): over it (the ring, which lets every click through), to its
 * right — moving further right past the console's own controls there (its "Copy" button), or under the target when
 * the row has no room — or under it. Reads layout only: every write happens after every read (see relayout). Without
 * `size` (the element has not been laid out yet) a usual size stands in; the next placement checks the real one.
 */
function position(
  rect: Rect,
  size: { width: number; height: number } | null,
  side: Side,
  item: Tracked,
  ours: Box[],
): Place {
  const gap = 6;
  if (side === 'over') {
    return { left: rect.left - 4, top: rect.top - 4, width: rect.width + 8, height: rect.height + 8 };
  }
  if (side === 'right') {
    const middle = rect.top + rect.height / 2;
    // Our own elements in the row count in where the room was (an entry's verdict grows as the merchant types).
    const key = whole([rect.left, rect.top, rect.width, rect.height, ...ours.flatMap(edges)]);
    // Not laid out yet: the size such an element usually has stands in for its own; the placement after checks again
    // only what that did not cover.
    const width = size?.width ?? USUAL_WIDTH;
    const height = size?.height ?? Math.max(rect.height, USUAL_HEIGHT);
    // Where this target's row had room last time: a verdict whose text changes as the merchant types keeps its place
    // without asking the page again what lies under it. A row with no room for an element has none for a larger one
    // either; a smaller one is asked about again.
    const last = size && item.rightOf?.key === key ? item.rightOf : undefined;
    if (last?.at && width <= last.width && height <= last.height) return last.at;
    if (last && !last.at && width >= last.width && height >= last.height) {
      return beside(rect, width, height, gap, ours, !item.room);
    }
    // Past the console's own controls beside the target (its "Copy", an entry's "×"). Room is asked for the largest
    // the element can grow (a verdict quoting a longer and longer host as the merchant types, wrapping to more lines),
    // once: every later size is then known to fit without asking the page again. Where that much room is not to be
    // had, for the element's own size.
    const room = item.room;
    const asks: [number, number][] = [[width, height]];
    if (room && item.roomless !== key && (room.width > width || room.height > height)) {
      asks.unshift([Math.max(width, room.width), Math.max(height, room.height)]);
    }
    for (const [i, [w, h]] of asks.entries()) {
      // Taller than the target: its middle on the target's, or else its top at the target's (clear of what is above
      // the row: the entry before's verdict). An entry's verdict goes under the verdicts above it instead.
      const at =
        freeRightOf(rect, middle, w, h, ours, true, !!item.room) ??
        (h > rect.height && ours.length > 0 ? freeRightOf(rect, rect.top, w, h, ours) : null);
      // Remembered for the size asked about: a smaller element (the real one, or a shorter verdict) fits there too.
      if (at || i === asks.length - 1) item.rightOf = { key, at, width: w, height: h };
      if (at) return at;
      if (i < asks.length - 1) item.roomless = key;
    }
    return beside(rect, width, height, gap, ours, !item.room);
  }
  // Under a button or a value; where the console's controls or our own elements are there (the footer's links under
  // a Save button, the findings beside it), to its right past its neighbours (a Cancel), else where beside() finds.
  const width = size?.width ?? USUAL_WIDTH;
  const height = size?.height ?? USUAL_HEIGHT;
  const below = rect.bottom + gap;
  if (clear(ours, rect.left, below, width, height)) return { left: rect.left, top: below };
  return (
    freeRightOf(rect, rect.top + rect.height / 2, width, height, ours, true) ?? beside(rect, width, height, gap, ours)
  );
}

/**
 * The first place right of the target, at that top (or middle), with neither the console's controls nor our own
 * elements under it, moving past each one found there (an entry's "×", a "Copy", our verdict); with `down`, under one
 * of ours that the window has no room to pass (the entry above's verdict, taller than its row). Null: no room.
 */
function freeRightOf(
  rect: Rect,
  top: number,
  width: number,
  height: number,
  ours: Box[],
  middle = false,
  down = false,
): Place | null {
  const gap = 6;
  const at: Place = { left: rect.right + gap, top, middle };
  const room = document.documentElement.clientWidth - width;
  for (let tries = 0; tries < 4; tries++) {
    const up = at.middle ? at.top - height / 2 : at.top;
    const control = controlUnder(at.left, up, width, height);
    const mine = ours.find((box) => meets(box, at.left, up, width, height));
    if (!control && !mine) return at.left > room ? null : at;
    if (control) at.left = Math.max(at.left, control.getBoundingClientRect().right + gap);
    if (mine && down && mine.right + gap > room) Object.assign(at, { top: mine.bottom + gap, middle: false });
    else if (mine) at.left = Math.max(at.left, mine.right + gap);
  }
  return null;
}

/**
 * Whether a place is still free for an element of this size (the target itself may be under it, by design). The
 * page is asked again only for a size larger than the one the place was found for: no hit test for what it answered.
 */
function stillClear(kept: Kept, width: number, height: number, ours: Box[], target: Element): boolean {
  const at = kept.place;
  const top = at.middle ? at.top - height / 2 : at.top;
  if (at.left + width > document.documentElement.clientWidth) return false;
  if (ours.some((box) => meets(box, at.left, top, width, height))) return false;
  if (width <= kept.width && height <= kept.height) return true;
  const control = controlUnder(at.left, top, width, height);
  return !control || control === target;
}

type Kept = { rectKey: string; place: Place; width: number; height: number };

/** Our own element's place, in viewport coordinates. */
type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
const edges = (box: Box) => [box.left, box.top, box.right, box.bottom];
/** Whether a box meets the rectangle at (left, top) of that size. */
const meets = (box: Box, left: number, top: number, width: number, height: number) =>
  box.left < left + width && box.right > left && box.top < top + height && box.bottom > top;
/** Whether a rectangle has neither a console control nor one of our own elements under it. */
const clear = (ours: Box[], left: number, top: number, width: number, height: number) =>
  !ours.some((box) => meets(box, left, top, width, height)) && !controlUnder(left, top, width, height);

/**
 * Where an element goes when the target's row has no room to its right: under the target, else above it, else (a
 * full-width entry between other rows: the next entry or an "Add another" under it, the previous entry above) over
 * the empty right end of the target itself, which leaves what is typed at its left end in view, else under what is
 * under the target (`further`: not for an entry's verdict); under it, past our own elements there, when even that
 * cannot be had. The console's controls and our own elements count alike.
 */
function beside(rect: Rect, width: number, height: number, gap: number, ours: Box[], further = true): Place {
  const below = rect.bottom + gap;
  if (clear(ours, rect.left, below, width, height)) return { left: rect.left, top: below };
  const above = rect.top - gap - height;
  if (above >= 0 && clear(ours, rect.left, above, width, height)) return { left: rect.left, top: above };
  const inside = rect.right - gap - width;
  // (The entry itself is under it, by design: only our own elements count there.)
  const middle = rect.top + rect.height / 2;
  if (
    inside - rect.left >= MIN_TYPED_ROOM &&
    !ours.some((box) => meets(box, inside, middle - height / 2, width, height))
  )
    return { left: inside, top: middle, middle: true };
  // Under what is under the target (the last entry's "Add another", then its own caption), a few times down.
  // (Not far: further than twice its height, it no longer reads as the target's.)
  for (let top = below, tries = 0; further && tries < 3 && top - below <= 2 * height; tries++) {
    const control = controlUnder(rect.left, top, width, height);
    const mine = ours.find((box) => meets(box, rect.left, top, width, height));
    if (!control && !mine) return { left: rect.left, top };
    top = Math.max(control ? control.getBoundingClientRect().bottom + gap : top, mine ? mine.bottom + gap : top);
  }
  // An entry's verdict: under it, past our own elements there (the verdict of the entry above, placed under that
  // entry too), over the console's controls as before but never over one of ours, which would hide both.
  for (let top = below; !further; ) {
    const mine = ours.find((box) => meets(box, rect.left, top, width, height));
    if (!mine) return { left: rect.left, top };
    top = mine.bottom + gap;
  }
  return { left: rect.left, top: below };
}

interface Tracked {
  target: Element;
  side: Side;
  /** Placed in this order (see track). */
  rank: number;
  /** The size it usually has, for its first placement (before it is laid out). */
  usual?: { width: number; height: number };
  /** Its last place, and the target's rect and the size it was worked out for. */
  kept?: Kept;
  /** What was last written, so that an unchanged position costs no style change (and no layout). */
  written: string;
  /** The target's place and our element's size when last placed. */
  seen?: string;
  /**
   * For 'right': the place found free beside the target (null: no room, placed below), for the target's rect, our
   * own elements from its row down, and an element up to this size.
   */
  rightOf?: { key: string; at: Place | null; width: number; height: number };
  /** For 'right': the largest the element can grow, and the target's rect (as rightOf's key) with no room for it. */
  room?: { width: number; height: number };
  roomless?: string;
  /** Never placed yet: not rendered (so it costs no layout and shows nowhere else first) until its first place. */
  hiddenUntilPlaced?: { display: string; priority: string };
}
const tracked = new Map<HTMLElement, Tracked>();
const forgetOnAbort = new WeakSet<HTMLElement>();
let frame = 0;

/**
 * Places everything tracked again, once per animation frame at most (after a scroll, a resize, or the page changing
 * under it): all positions are read first, then written, so the page is laid out once, not once per element.
 */
export function relayout(): void {
  // With nothing tracked there is nothing to place, but a shown host the page took out may still hold a panel that is
  // not placed beside anything (the save guard's dialog, the copy guard's alert): placeAll puts it back.
  if (frame || (!tracked.size && !takenOut())) return;
  // Read positions in the task right after the browser has laid out and painted the frame: the layout is then clean
  // and reading it is free, where reading in the frame's own callbacks would force an extra layout of the page.
  afterPaint ??= new MessageChannel();
  afterPaint.port1.onmessage = placeAll;
  frame = requestAnimationFrame(() => afterPaint?.port2.postMessage(null));
}

let afterPaint: MessageChannel | undefined;
// How many times placeAll has put back a host the page removed, of the most it will.
let putBack = 0;
let putBackAt = 0;
const PUT_BACK_MAX = 5;
const PUT_BACK_RESET_MS = 10_000;

/**
 * Where the host's top left corner will be once shown (viewport coordinates), read without showing it: the padding
 * box of <body> or <html> when the page makes one of them the containing block, else the document's origin.
 */
function containerOrigin(): { left: number; top: number } {
  for (const el of [document.body, document.documentElement]) {
    const style = getComputedStyle(el);
    if (style.position !== 'static' || style.transform !== 'none') {
      const rect = el.getBoundingClientRect();
      return { left: rect.left + el.clientLeft, top: rect.top + el.clientTop };
    }
  }
  return { left: -scrollX, top: -scrollY };
}

/** Gives an element hidden until placed its own `display` back. */
function showAgain(el: HTMLElement, hidden: { display: string; priority: string }): void {
  if (hidden.display) el.style.setProperty('display', hidden.display, hidden.priority);
  else el.style.removeProperty('display');
}

function placeAll(): void {
  frame = 0;
  if (!current) return;
  // The host shows from its first placement on; showing it here, in the same task as every position, keeps the
  // extension's start to one layout of the page.
  const firstShow = !hostShown(current);
  // A shown host that a page script took out of the body (a framework clearing what it did not render): put back
  // here too (the observer hears of its removal), where only a feature's next use of ui() did before (the next step,
  // a verdict, a panel; not a Client ID's copy button alone). A few times only: a page that removes it at once would
  // make that a loop.
  if (takenOut()) {
    // (The count starts again once the page has left the last one alone for a while: each route of an app that
    // clears the body on every route change.)
    if (performance.now() - putBackAt > PUT_BACK_RESET_MS) putBack = 0;
    if (putBack >= PUT_BACK_MAX || !document.body) return;
    putBack++;
    putBackAt = performance.now();
    document.body.append(current.host);
  }
  const origin = firstShow ? containerOrigin() : current.layer.getBoundingClientRect();
  let unchecked = false;
  const plans: [HTMLElement, Tracked, Place][] = [];
  // Where our own elements beside their targets are (not the rings, drawn over their targets): each keeps clear of
  // those of a lower rank (the findings about the lists of the last entry's verdict, a caption of both),
  // which keep their places: placed in that order, each sees where those before it go, and nothing moves back and
  // forth. Those of one rank from the top of the page down, as their targets are shown: the verdicts of a list's
  // entries stack in the entries' order, whichever the merchant typed first (the document's order would not do for
  // entries inside web components: each in a shadow root of its own, they are in no order to each other). The layout
  // is clean here (see relayout): reading it costs nothing.
  const boxes: Box[] = [];
  const order = [...tracked].map(([el, item]) => [el, item, item.target.getBoundingClientRect()] as const);
  for (const [el, item, rect] of order.sort(([, a, p], [, b, q]) => a.rank - b.rank || p.top - q.top)) {
    if (!item.target.isConnected || !inUi(el)) continue;
    // Only a side that depends on our size reads it, and only once the element has been laid out (reading it before
    // would force a layout of the page now, and another after the move).
    const known = item.side !== 'over' && !item.hiddenUntilPlaced && !firstShow;
    const size = known ? { width: el.offsetWidth, height: el.offsetHeight } : null;
    if (item.side !== 'over' && !known) unchecked = true;
    // Those near the target's row: they decide where this one goes. For an entry's verdict, those further down too:
    // it may go under the verdict above and then meet the next one down (a column of verdicts beside a list of wrong
    // entries); the other elements keep to their rows, as before.
    const reach = ((size ?? item.usual)?.height ?? USUAL_HEIGHT) + 6;
    const ours =
      item.side === 'over'
        ? []
        : boxes.filter((box) => box.bottom > rect.top - reach && (item.room || box.top < rect.bottom + reach));
    // Scrolling the window moves the target and our layer alike: nothing to work out again.
    const seen =
      whole([rect.left - origin.left, rect.top - origin.top, rect.width, rect.height]) +
      whole([size?.width ?? -1, size?.height ?? -1]) +
      whole(
        ours.flatMap((box) => [
          box.left - origin.left,
          box.top - origin.top,
          box.right - box.left,
          box.bottom - box.top,
        ]),
      );
    if (seen === item.seen) {
      if (item.side !== 'over' && !item.hiddenUntilPlaced) boxes.push(el.getBoundingClientRect());
      continue;
    }
    item.seen = seen;
    const { width, height } = size ?? item.usual ?? { width: USUAL_WIDTH, height: USUAL_HEIGHT };
    // Its size known now, an element stays where its first placement put it while that is still clear: a caption
    // placed for its usual size, moved again, would cost the page one more layout (bench-counts). (Not an entry's
    // verdict, whose place for its largest size is remembered: see position.)
    const rectKey = whole([rect.left, rect.top, rect.width, rect.height]);
    const kept = item.kept;
    const keep = size && !item.room && kept?.rectKey === rectKey && stillClear(kept, width, height, ours, item.target);
    const at = keep ? kept.place : position(rect, size ?? item.usual ?? null, item.side, item, ours);
    if (!keep) item.kept = { rectKey, place: at, width, height };
    plans.push([el, item, at]);
    if (item.side !== 'over') {
      const top = at.middle ? at.top - height / 2 : at.top;
      boxes.push({ left: at.left, top, right: at.left + width, bottom: top + height });
    }
  }
  if (firstShow) reveal();
  for (const [el, item, at] of plans) {
    const styles: [string, string][] = [
      ['left', px(at.left - origin.left)],
      ['top', px(at.top - origin.top)],
      ['translate', at.middle ? '0 -50%' : 'none'],
    ];
    if (at.width !== undefined) {
      styles.push(['width', px(at.width)], ['height', px(at.height ?? 0)]);
    }
    const written = JSON.stringify(styles);
    const hidden = item.hiddenUntilPlaced;
    if (written === item.written && !hidden) continue;
    item.written = written;
    // Important, as pin(): a page rule such as `:not(known tags) { left: -9999px !important }` must not move it.
    for (const [property, value] of styles) el.style.setProperty(property, value, 'important');
    if (hidden) {
      item.hiddenUntilPlaced = undefined;
      showAgain(el, hidden);
    }
  }
  // Placed beside a target without knowing its own size yet, or placed from the container's origin worked out
  // before the host showed: checked again once laid out (free to read then; moved only if something was off).
  if (unchecked || firstShow) relayout();
}

/**
 * Keeps `el` beside `target` until the signal aborts (or `el` is tracked again with another target). `room`: the
 * largest `el` can grow, for an element whose text changes while it is shown. `rank`: elements are placed in its
 * order, each clear of those placed before it, which keep their places: an entry's verdict 0, the findings about the
 * lists 1 (what is wrong before the merchant saves), the Client ID's copy box 2, the next step's caption 3.
 */
export function track(
  el: HTMLElement,
  target: Element,
  side: Side,
  signal: AbortSignal,
  {
    room,
    rank = 2,
    usual,
  }: { room?: { width: number; height: number }; rank?: number; usual?: { width: number; height: number } } = {},
): void {
  const item = tracked.get(el);
  if (item) {
    if (item.target !== target || item.side !== side)
      Object.assign(item, {
        target,
        side,
        written: '',
        seen: '',
        rightOf: undefined,
        roomless: undefined,
        kept: undefined,
      });
    item.room = room;
    item.rank = rank;
    item.usual = usual;
  } else {
    const hiddenUntilPlaced = {
      display: el.style.getPropertyValue('display'),
      priority: el.style.getPropertyPriority('display'),
    };
    el.style.setProperty('display', 'none', 'important');
    tracked.set(el, { target, side, written: '', hiddenUntilPlaced, room, rank, usual });
    // Once per element and session, however often it is shown and hidden again.
    if (!forgetOnAbort.has(el)) {
      forgetOnAbort.add(el);
      signal.addEventListener('abort', () => tracked.delete(el), { once: true });
    }
    if (tracked.size === 1) {
      addEventListener('scroll', relayout, { capture: true, passive: true, signal });
      addEventListener('resize', relayout, { passive: true, signal });
    }
  }
  relayout();
}

export function untrack(el: HTMLElement): void {
  const hidden = tracked.get(el)?.hiddenUntilPlaced;
  if (hidden) showAgain(el, hidden);
  tracked.delete(el);
}

// Console pages built from web components keep their text and controls in open shadow roots: Seller Central's newer
// pages use Amazon's Katal components (kat-input, kat-button…), whose text `document.body.innerText` does not hold
// (a public extension's notes on Seller Central, 2025; no markup of the Amazon Pay pages themselves is known). The
// adapter reads those roots as part of the page, the way the merchant sees it: a shadow root's elements sit where
// its host is. Closed roots are out of reach, and so is what they hold.

/** Our own elements are lwa-assistant-* (light-DOM verdicts are their direct children; the rest is in shadow roots). */
export const isOwnUi = (el: Element) => el.localName.startsWith('lwa-assistant-');

/** Every element matching `selector` in each of the scopes (the page, and shadow roots of it), scope by scope. */
export const queryAll = (scopes: readonly (ParentNode & Node)[], selector: string): Element[] =>
  scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);

/** The element above `node`, across a shadow root's boundary to its host. */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof Element) return parent;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The document or shadow root whose ids an element's id references (for, aria-labelledby) name. */
export const scopeOf = (el: Element): Document | ShadowRoot => el.getRootNode() as Document | ShadowRoot;

/**
 * Every open shadow root under `top`, roots inside roots included, in the order of their hosts. A page without any
 * costs one pass over its elements' `shadowRoot` (a few hundred microseconds on a console-sized page).
 */
export function openShadowRoots(top: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      const root = el.shadowRoot;
      if (root && !isOwnUi(el)) {
        roots.push(root);
        visit(root);
      }
    }
  };
  visit(top);
  return roots;
}

/** Whether `inner` is `outer` or inside it, shadow roots included. */
export function holds(outer: Element, inner: Node): boolean {
  if (outer.contains(inner)) return true;
  for (let node: Node | null = inner; node; ) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return false;
    node = root.host;
    if (outer.contains(node)) return true;
  }
  return false;
}

/**
 * Where a node is shown, outermost first: the hosts above it, and for a host's child shown through a <slot>, that slot
 * (it sits where the slot is in the host's shadow root, not before or after all of it); then the node.
 */
function hostPath(node: Node): Node[] {
  const path = [node];
  for (let at: Node = node; ; ) {
    const slot = slotShowing(at);
    const root = at.getRootNode();
    const next = slot ?? (root instanceof ShadowRoot ? root.host : null);
    if (!next) return path;
    path.unshift(next);
    at = next;
  }
}

/** The <slot> of a host's shadow root that shows `node` (or the host's child holding it), if any. */
function slotShowing(node: Node): Element | null {
  for (let at: Node | null = node; at; at = at.parentNode) {
    const parent = at.parentNode;
    const root = parent instanceof Element ? parent.shadowRoot : null;
    if (root && at instanceof Element) {
      // Named slots by name, the rest in the default slot (what assignedSlot answers; happy-dom lacks it).
      const name = at.getAttribute('slot');
      return root.querySelector(name ? `slot[name="${CSS.escape(name)}"]` : 'slot:not([name])');
    }
    if (root && at.nodeType === Node.TEXT_NODE) return root.querySelector('slot:not([name])');
  }
  return null;
}

/** Whether `a` comes before `b` in the page as shown: a host's shadow content sits where the host is. */
export function precedes(a: Node, b: Node): boolean {
  if (a.getRootNode() === b.getRootNode()) return (a.compareDocumentPosition(b) & 4) !== 0;
  const pa = hostPath(a);
  const pb = hostPath(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  // One is the host of the other's root (or above it): the host comes first.
  if (i === pa.length) return true;
  if (i === pb.length) return false;
  const x = pa[i] as Node;
  const y = pb[i] as Node;
  // x and y are in the same tree: the document, or the shadow root of the last host they share.
  return x.contains(y) || (x.compareDocumentPosition(y) & 4) !== 0;
}

/** The element an event happened on, inside shadow roots (the event's own target is their host). */
export const eventTarget = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

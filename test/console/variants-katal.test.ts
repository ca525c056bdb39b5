// @vitest-environment happy-dom
// Katal sweep (test/fixtures/variants-katal/, catalogue in pages.ts there): console pages built of Katal-like web
// components (kat-input, kat-textarea, kat-button, kat-label, kat-link, kat-expander, kat-dropdown, kat-box, kat-alert,
// kat-file-upload, and the pages' own shadow-rooted components) that render their text and native controls inside
// OPEN shadow roots — Integration Central's view, edit and create pages and the Amazon Pay home. Each expectation is
// what the merchant and shared/dom-contract.md require (which element gets which data-lwa-field, the page state, the
// next step and its element), not what the adapter happens to do today.
//
// Where the marks go (decided here): on the page's own INNERMOST element holding the value, wherever it lives — for a
// value in an input inside a kat-input's shadow root, that inner <input> (or <textarea>, or <input type=file>); for a
// value shown as text inside a shadow root, the element inside that shadow root whose text is the value (never the
// kat-* host, never a copy). So expectContract's rules hold unchanged (f.element.matches('input,textarea'), the
// element's own text or value holds the ID and no child of it does). The dom-contract's "the host page's own element"
// covers both trees: a shadow root the console attached is the console's own.
// Where the next step points: for an entry (fill-app-details, add-origins, add-return-urls) the inner <input> the
// merchant types into, as for the marks; for an action (a kat-button, the kat-dropdown) the element the merchant
// clicks — the kat-* host or the native control in its shadow root (<button>, role=combobox); either is accepted.
//
// happy-dom (21.0.4) limits met while writing the pages, none of which block them:
// - it does not parse declarative shadow DOM: <template shadowrootmode="open"> stays a <template> with no shadow root,
//   so every page attaches its shadow roots by script (customElements.define + attachShadow({ mode: 'open' }));
// - Element.assignedSlot is undefined (HTMLSlotElement.assignedNodes() / assignedElements() work);
// - checkVisibility() ignores a shadow root's styles for SLOTTED light-DOM children (a slotted child of a
//   display:none wrapper inside the shadow root is reported visible); styles inside a shadow root do apply to that
//   shadow root's own elements. So every kat-expander here is expanded: a collapsed one would be judged visible.
// - no layout: getBoundingClientRect() is all zeros, body.innerText is empty.
// Typing dispatches a composed "input" event, as a browser's own does (load-fixture's type() does not compose, so an
// event from inside a shadow root would never leave it).
import { describe, expect, test } from 'vitest';
import { findKatal, katalPages } from '../fixtures/variants-katal/pages';
import { type } from './load-fixture';
import {
  COPIED,
  describeEveryPage,
  fillDetails,
  fixtureLoader,
  look,
  NOTHING,
  stepOn,
  visible,
} from './variant-harness';
import { EXPECTED } from './variants-katal.expected';

const load = fixtureLoader();
const step = stepOn;

/** Every element of the document, light DOM and open shadow roots (depth first). */
function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}
/** The element with this id, in the light DOM or any open shadow root. */
function deepById(doc: Document, id: string): Element {
  const found = deepElements(doc).find((el) => el.id === id);
  if (!found) throw new Error(`no element #${id} in the page or its shadow roots`);
  return found;
}
/** The native control a kat-* host renders in its shadow root. */
function inner(host: Element, selector = 'input,textarea'): Element {
  const found = host.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`<${host.localName} id=${host.id}> has no ${selector} in its shadow root`);
  return found;
}
const innerOf = (doc: Document, id: string, selector?: string) => inner(deepById(doc, id), selector);
/** The next step's element for an action: the kat-* host or its native control. */
function actsOn(target: Element | undefined, host: Element, selector = 'button,[role=combobox]'): boolean {
  return target !== undefined && (target === host || target === host.shadowRoot?.querySelector(selector));
}
/** The light DOM's own text (no script, no style, nothing from a shadow root). */
function lightText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script,style')) text += node.textContent;
  }
  return text;
}
const click = (el: Element) => (el as HTMLElement).click();

describe('every Katal page builds its shadow roots in happy-dom', () => {
  const NATIVE: Record<string, string> = {
    'kat-input': 'input',
    'kat-textarea': 'textarea',
    'kat-file-upload': 'input[type=file]',
    'kat-button': 'button',
    'kat-link': 'a[href]',
    'kat-label': 'label',
    'kat-expander': 'button[aria-expanded]',
    'kat-dropdown': '[role=combobox]',
  };
  test.each(katalPages.map((page) => ({ file: page.file, page })))('$file', async ({ page }) => {
    const document = await load(page);
    const registry = (document.defaultView as Window).customElements;
    const custom = deepElements(document).filter((el) => el.localName.includes('-'));
    expect(custom.length, 'components on the page').toBeGreaterThan(5);
    for (const el of custom) {
      const where = `<${el.localName}${el.id ? ` id=${el.id}` : ''}>`;
      expect.soft(registry.get(el.localName), `${where} is defined`).toBeDefined();
      expect.soft(el.shadowRoot, `${where} has an open shadow root`).toBeTruthy();
      const rendered = [...(el.shadowRoot?.children ?? [])].filter((child) => child.localName !== 'style');
      expect.soft(rendered.length, `${where} rendered something`).toBeGreaterThan(0);
      const native = NATIVE[el.localName];
      if (native) expect.soft(el.shadowRoot?.querySelector(native), `${where} renders ${native}`).toBeTruthy();
    }
    // The point of the sweep: the client ID is nowhere in the light DOM's text, only in shadow roots.
    if (page.ids.clientId) {
      expect.soft(lightText(document)).not.toContain(page.ids.clientId);
      const deep = deepElements(document).some(
        (el) =>
          (el.matches('input,textarea') && (el as HTMLInputElement).value === page.ids.clientId) ||
          (el.getRootNode() !== document && el.textContent?.trim() === page.ids.clientId),
      );
      expect.soft(deep, 'the client ID is shown inside a shadow root').toBe(true);
    }
  });

  test('the first kat-input of each form page has its <input> in its shadow root', async () => {
    for (const file of ['ic-edit-web-settings.en.html', 'ic-edit-web-settings.ja.html', 'ic-create.fr.html']) {
      const document = await load(findKatal(file));
      expect.soft(document.querySelector('kat-input')?.shadowRoot?.querySelector('input'), file).toBeTruthy();
    }
  });
});

describeEveryPage(
  'every Katal page: URL, marks, state, next step, and the contract rules for fields',
  katalPages,
  EXPECTED,
  load,
);

describe('Integration Central view: values in shadow roots', () => {
  test('whole app in a shadow root: the client ID <span> and the secret mask inside it; Show reveals the secret there', async () => {
    const page = findKatal('ic-view-app-shadow.en.html');
    const document = await load(page);
    const app = document.querySelector('ic-lwa-app') as Element;
    const idSpan = app.shadowRoot?.getElementById('client-id') as Element;
    const secretSpan = app.shadowRoot?.getElementById('secret') as Element;
    let model = look(document);
    expect.soft(visible(model, 'client-id').map((f) => f.element)).toEqual([idSpan]);
    expect.soft(visible(model, 'client-secret').map((f) => f.element)).toEqual([secretSpan]);
    expect.soft(model.targets['copy-client-id']).toBe(idSpan);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 2, returnUrls: 1 });

    click(innerOf(document, 'show-secret', 'button'));
    expect(secretSpan.textContent, 'the page revealed its secret').toBe(page.ids.clientSecret);
    model = look(document);
    expect.soft(visible(model, 'client-secret').map((f) => f.element)).toEqual([secretSpan]);
    expect.soft(visible(model, 'client-id').map((f) => f.value)).toEqual([page.ids.clientId]);
  });

  test('German, read-only kat-inputs: the client ID and the password secret on the inner <input>s', async () => {
    const page = findKatal('ic-view-readonly-input.de.html');
    const document = await load(page);
    const idInput = innerOf(document, 'client-id') as HTMLInputElement;
    const secretInput = innerOf(document, 'secret') as HTMLInputElement;
    expect(idInput.readOnly && secretInput.type === 'password').toBe(true);
    let model = look(document);
    expect.soft(visible(model, 'client-id').map((f) => [f.element, f.value])).toEqual([[idInput, page.ids.clientId]]);
    expect.soft(visible(model, 'client-secret').map((f) => f.element)).toEqual([secretInput]);
    expect.soft(model.targets['copy-client-id']).toBe(idInput);
    expect.soft(model.state.savedWebSettings).toEqual({ origins: 1, returnUrls: 1 });

    click(innerOf(document, 'show-secret', 'button'));
    expect(secretInput.type, 'Anzeigen showed the secret').toBe('text');
    model = look(document);
    expect.soft(visible(model, 'client-secret').map((f) => f.element)).toEqual([secretInput]);
    expect.soft(visible(model, 'client-id')).toHaveLength(1);
  });
});

describe('Integration Central edit: entries inside kat-inputs', () => {
  test('English: every field on its inner control; the empty return URL, then Save changes', async () => {
    const page = findKatal('ic-edit-web-settings.en.html');
    const document = await load(page);
    let model = look(document);
    const on = (name: Parameters<typeof visible>[1]) => visible(model, name).map((f) => f.element);
    expect.soft(on('client-id')).toEqual([innerOf(document, 'client-id')]);
    expect.soft(on('app-name')).toEqual([innerOf(document, 'app-name')]);
    expect.soft(on('app-description')).toEqual([innerOf(document, 'app-desc')]);
    expect.soft(on('privacy-url')).toEqual([innerOf(document, 'app-privacy')]);
    expect.soft(on('allowed-origin')).toEqual([innerOf(document, 'origin-0'), innerOf(document, 'origin-1')]);
    expect.soft(on('allowed-return-url')).toEqual([innerOf(document, 'return-0')]);

    expect(step(page, model)).toBe('add-return-urls');
    expect(model.targets['add-return-urls']).toBe(innerOf(document, 'return-0'));
    type(model.targets['add-return-urls'] as Element, 'https://www.example.com/checkout/review');
    model = look(document);
    expect(model.state.editing).toEqual({ origins: 2, returnUrls: 1 });
    expect(step(page, model)).toBe('save-web-settings');
    expect(actsOn(model.targets['save-web-settings'], deepById(document, 'save')), 'Save changes').toBe(true);
  });

  test('English: "+ Add another" adds a row built by script; its inner <input> is marked too', async () => {
    const page = findKatal('ic-edit-web-settings.en.html');
    const document = await load(page);
    click(innerOf(document, 'add-origin', 'button'));
    expect(document.querySelectorAll('#origins kat-input'), 'the page added a row').toHaveLength(3);
    const model = look(document);
    expect
      .soft(visible(model, 'allowed-origin').map((f) => f.element))
      .toEqual(['origin-0', 'origin-1', 'origin-2'].map((id) => innerOf(document, id)));
    expect.soft(model.state.editing).toEqual({ origins: 2, returnUrls: 0 });
  });

  test('Japanese, labels only in shadow roots: the client ID <code> in a page component; the origin, then 保存', async () => {
    const page = findKatal('ic-edit-web-settings.ja.html');
    const document = await load(page);
    const code = deepById(document, 'client-id-value');
    let model = look(document);
    expect.soft(visible(model, 'client-id').map((f) => [f.element, f.value])).toEqual([[code, page.ids.clientId]]);
    expect(step(page, model)).toBe('add-origins');
    expect(model.targets['add-origins']).toBe(innerOf(document, 'origin-0'));
    type(model.targets['add-origins'] as Element, 'https://www.example.jp');
    model = look(document);
    expect(step(page, model, COPIED)).toBe('save-web-settings');
    expect(actsOn(model.targets['save-web-settings'], deepById(document, 'save')), '保存').toBe(true);
  });
});

describe('Integration Central create form in French', () => {
  test('details in order on their inner controls, then the origin, the return URL, then Enregistrer', async () => {
    const page = findKatal('ic-create.fr.html');
    const document = await load(page);
    const first = look(document);
    expect.soft(visible(first, 'logo').map((f) => f.element)).toEqual([innerOf(document, 'app-logo')]);
    expect.soft(first.targets['fill-app-details']).toBe(innerOf(document, 'app-name'));
    const order = fillDetails(page, document, [
      'Boutique Exemple',
      'Connexion à la boutique',
      'https://www.exemple.fr/confidentialite',
    ]);
    expect.soft(order).toEqual(['app-name', 'app-description', 'privacy-url']);
    let model = look(document);
    expect(step(page, model)).toBe('add-origins');
    expect(model.targets['add-origins']).toBe(innerOf(document, 'origin-0'));
    type(model.targets['add-origins'] as Element, 'https://www.exemple.fr');
    model = look(document);
    expect(step(page, model)).toBe('add-return-urls');
    expect(model.targets['add-return-urls']).toBe(innerOf(document, 'return-0'));
    type(model.targets['add-return-urls'] as Element, 'https://www.exemple.fr/connexion');
    model = look(document);
    expect(step(page, model)).toBe('save-web-settings');
    expect(actsOn(model.targets['save-web-settings'], deepById(document, 'save')), 'Enregistrer').toBe(true);
  });
});

describe('Amazon Pay home: a kat-dropdown view switch', () => {
  test('the drop-down (host or its combobox), not the guide’s first link', async () => {
    const page = findKatal('home-kat-dropdown.fr.html');
    const document = await load(page);
    const model = look(document);
    expect(step(page, model, NOTHING)).toBe('open-lwa-console');
    expect(actsOn(model.targets['open-lwa-console'], deepById(document, 'view-switch'))).toBe(true);
    expect(model.fields.filter((f) => f.visible)).toEqual([]);
  });
});

// @vitest-environment happy-dom
// Web components (Seller Central's Katal kat-* elements keep their text and controls in open shadow roots): the
// adapter reads those roots where the page's own tree shows nothing to read, and relates what is inside them to what
// is around their hosts. Each test builds its components by hand (attachShadow), as a component's script would.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect, componentsChanged } from '../../src/console/collect';
import { holds, openShadowRoots, parentOf, precedes } from '../../src/console/composed';
import { nextStep } from '../../src/core/steps';

afterEach(() => {
  document.body.innerHTML = '';
});

const CLIENT_ID = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
const APP_ID = 'amzn1.application.fedcba9876543210fedcba9876543210';

/** Gives every element with data-shadow a shadow root holding that HTML (as a component would render it). */
function render(html: string): void {
  document.body.innerHTML = html;
  for (let found = document.querySelectorAll('[data-shadow]'); found.length > 0; ) {
    for (const host of found) {
      const inner = host.getAttribute('data-shadow') ?? '';
      host.removeAttribute('data-shadow');
      host.attachShadow({ mode: 'open' }).innerHTML = inner;
    }
    found = [
      ...document.querySelectorAll('[data-shadow]'),
      ...openShadowRoots(document.body).flatMap((root) => [...root.querySelectorAll('[data-shadow]')]),
    ] as unknown as NodeListOf<Element>;
  }
}

const look = (): PageModel => classify(collect(document));
const fieldsOf = (model: PageModel, name: string) => model.fields.filter((f) => f.name === name && f.visible);
const inShadow = (el: Element) => el.getRootNode() instanceof ShadowRoot;
const attr = (html: string) => html.replaceAll('"', '&quot;');

test('inputs inside components, named by the label in their own shadow root: the entries, and the first empty one', () => {
  const input = (label: string, value: string) =>
    `<kat-input data-shadow="${attr(`<label for="i">${label}</label><input id="i" value="${value}">`)}"></kat-input>`;
  render(`<h2>Web Settings</h2><form>
    ${input('Allowed JavaScript Origins', 'https://www.example.com')}
    ${input('Allowed Return URLs', '')}
    <kat-button data-shadow="${attr('<button type="submit">Save</button>')}"></kat-button></form>`);
  const model = look();
  const origins = fieldsOf(model, 'allowed-origin');
  const returns = fieldsOf(model, 'allowed-return-url');
  expect(origins.map((f) => f.value)).toEqual(['https://www.example.com']);
  expect(returns.map((f) => f.value)).toEqual(['']);
  for (const f of [...origins, ...returns]) {
    expect(f.element.matches('input')).toBe(true);
    expect(inShadow(f.element)).toBe(true);
  }
  const step = nextStep({ clientIdCopied: true, webSettingsSaved: false }, { ...model.state, amazonPayHome: false });
  expect(step).toBe('add-return-urls');
  expect(model.targets['add-return-urls']).toBe(returns[0]?.element);
});

test('a label in the page beside a component: its input and its shown value are found inside the shadow root', () => {
  render(`<dl>
    <dt>Client ID</dt><dd><kat-label data-shadow="${attr(`<span class="v">${CLIENT_ID}</span>`)}"></kat-label></dd>
    <dt>App ID</dt><dd><kat-input data-shadow="${attr(`<input readonly value="${APP_ID}">`)}"></kat-input></dd>
  </dl>`);
  const model = look();
  const client = fieldsOf(model, 'client-id');
  expect(client.map((f) => f.value)).toEqual([CLIENT_ID]);
  expect(client[0]?.element.className).toBe('v');
  expect(fieldsOf(model, 'app-id').map((f) => f.element.matches('input'))).toEqual([true]);
  expect(model.clientId).toBe(CLIENT_ID);
});

test('slotted text counts where it is shown, and a page with no component is not searched twice', () => {
  render(`<section><kat-box data-shadow="${attr('<h3><slot name="t"></slot></h3><div><slot></slot></div>')}">
    <span slot="t">Client ID</span><span>${CLIENT_ID}</span></kat-box></section>`);
  expect(fieldsOf(look(), 'client-id').map((f) => f.value)).toEqual([CLIENT_ID]);

  document.body.innerHTML = `<div><span>Client ID</span><span>${CLIENT_ID}</span></div>`;
  expect(collect(document).shadowRoots).toBeUndefined();
});

test('page order and containment run through hosts: a shadow root sits where its host is', () => {
  render(
    `<p id="a">before</p><kat-x id="h" data-shadow="${attr('<i id="in">inside</i>')}"></kat-x><p id="b">after</p>`,
  );
  const host = document.getElementById('h') as Element;
  const inside = host.shadowRoot?.getElementById('in') as Element;
  const [a, b] = [document.getElementById('a'), document.getElementById('b')] as Element[];
  expect([precedes(a as Element, inside), precedes(inside, b as Element), precedes(inside, a as Element)]).toEqual([
    true,
    true,
    false,
  ]);
  expect(precedes(host, inside)).toBe(true);
  expect(parentOf(inside)).toBe(host);
  expect(holds(document.body, inside)).toBe(true);
  expect(holds(a as Element, inside)).toBe(false);
});

test('components not defined yet make the look pending; the assistant’s own elements never do', () => {
  document.body.innerHTML = '<main><p>No applications registered.</p></main>';
  document.body.append(document.createElement('lwa-assistant-root'));
  expect(collect(document).pending).toBeUndefined();
  document.querySelector('main')?.append(document.createElement('kat-input'));
  expect(collect(document).pending).toBe(true);
});

test('a search that found no shadow root is forgotten once a component comes (same elements count, same last one)', () => {
  document.body.innerHTML = '<main><div id="spinner"></div></main><footer></footer>';
  expect(collect(document).shadowRoots).toBeUndefined();
  // The spinner becomes a rendered component: as many elements as before, the same last one. (A <section> host:
  // happy-dom knows no :defined, so a custom element here would read as not defined yet, which skips the memo.)
  const input = document.createElement('section');
  input.attachShadow({ mode: 'open' }).innerHTML = '<label for="i">Allowed JavaScript Origins</label><input id="i">';
  document.getElementById('spinner')?.replaceWith(input);
  expect(collect(document).shadowRoots).toBeUndefined();
  componentsChanged();
  expect(collect(document).shadowRoots?.length).toBe(1);
});

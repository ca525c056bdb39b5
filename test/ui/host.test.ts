// @vitest-environment happy-dom
// The one host of our own (src/ui/host.ts): what happens when a page script takes it out of <body> once shown.
import { afterEach, expect, test } from 'vitest';
import { h, relayout, reveal, ui } from '../../src/ui/host';

let session: AbortController | undefined;
afterEach(() => {
  session?.abort();
  document.body.replaceChildren();
});

/** Lets a placement run: it waits for the next frame, then for the task after it (ui/host.ts relayout). */
const placed = async () => {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

test('a host holding only a panel placed beside nothing (a dialog) is put back when the page takes it out', async () => {
  session = new AbortController();
  const { host, shadow } = ui(session.signal);
  shadow.append(h('div', { class: 'panel', role: 'alertdialog' }, 'Fix'));
  reveal();
  expect(host.isConnected).toBe(true);
  // A framework clearing what it did not render; the observer then asks for a placement (session.ts movedLater).
  host.remove();
  relayout();
  await placed();
  expect(host.isConnected).toBe(true);
  expect(host.shadowRoot?.querySelector('[role=alertdialog]')).not.toBeNull();
});

test('a host never shown is not put in the page by a placement with nothing tracked', async () => {
  session = new AbortController();
  const { host } = ui(session.signal);
  relayout();
  await placed();
  expect(host.isConnected).toBe(false);
});

test('an ended session’s host is not put back', async () => {
  session = new AbortController();
  const { host } = ui(session.signal);
  reveal();
  session.abort();
  relayout();
  await placed();
  expect(host.isConnected).toBe(false);
});

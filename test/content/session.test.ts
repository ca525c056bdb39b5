// @vitest-environment happy-dom
// The session's two turns (src/content/session.ts): the first-turn features (the next step) start in the task that
// has read the page, the others, `data-lwa-assistant="ready"` and the report to the background in the task after it —
// or at once, when the popup asks for the page's report between the two.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Feature } from '../../src/content/session';
import { classifyConsoleUrl } from '../../src/core/consoles';
import { LEGACY_LWA_URL } from '../fixtures/pages';

type OnMessage = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => void;

const page = classifyConsoleUrl(LEGACY_LWA_URL);
if (!page) throw new Error('the legacy console URL is no console page');

let onMessage: OnMessage[];
let sent: unknown[];
let startAssistant: typeof import('../../src/content/session').startAssistant;
let session: AbortController | undefined;

beforeEach(async () => {
  onMessage = [];
  sent = [];
  vi.stubGlobal('__PAGE_STRINGS_BUILD__', 'test');
  vi.stubGlobal('browser', {
    runtime: {
      id: 'test',
      onMessage: {
        addListener: (listener: OnMessage) => onMessage.push(listener),
        removeListener: (listener: OnMessage) => onMessage.splice(onMessage.indexOf(listener), 1),
      },
      sendMessage: (message: unknown) => {
        sent.push(message);
        return Promise.resolve();
      },
    },
    // The storage read answers at once, as the read started at document_end usually has by then.
    storage: { local: { get: () => Promise.resolve({}) }, onChanged: { addListener() {}, removeListener() {} } },
    i18n: { getMessage: () => '' },
  });
  // platform/native.ts picks the namespace when it is first imported.
  vi.resetModules();
  ({ startAssistant } = await import('../../src/content/session'));
});

afterEach(() => {
  session?.abort();
  session = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the promise callbacks waiting now (the storage read's), and no timer. */
const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const ready = () => document.documentElement.getAttribute('data-lwa-assistant');

function features() {
  const started: string[] = [];
  const signals: AbortSignal[] = [];
  const feature = (name: string, fail = false): Feature => ({
    name,
    init(signal) {
      started.push(name);
      signals.push(signal);
      if (fail) throw new Error(`${name} failed`);
    },
  });
  return { started, signals, feature };
}

test('the first turn starts alone; the others, ready and the report come in the task after it', async () => {
  const { started, feature } = features();
  session = startAssistant(page, [feature('next-step')], [feature('fields'), feature('url-validation')]);
  await microtasks();
  expect(started).toEqual(['next-step']);
  expect(ready()).toBeNull();
  expect(sent).toEqual([]);

  await nextTask();
  expect(started).toEqual(['next-step', 'fields', 'url-validation']);
  expect(ready()).toBe('ready');
  expect(sent).toEqual([expect.objectContaining({ type: 'lwa:report' })]);
});

test('the popup is listened to from the task after the first look; asking before the others start starts them, once', async () => {
  // The session's timers, run one at a time by the test (the message listener's and the second turn's are both due
  // at once).
  const timers: (() => void)[] = [];
  vi.stubGlobal('setTimeout', (callback: () => void) => timers.push(callback));
  vi.stubGlobal('clearTimeout', () => {});
  const { started, feature } = features();
  session = startAssistant(page, [feature('next-step')], [feature('fields')]);
  await microtasks();
  // The first turn's task makes no message binding (0.5 ms the next step need not wait for).
  expect(started).toEqual(['next-step']);
  expect(onMessage).toEqual([]);
  timers.shift()?.();
  expect(onMessage).toHaveLength(1);
  expect(started).toEqual(['next-step']);

  const respond = vi.fn();
  onMessage[0]?.({ type: 'lwa:page-report' }, {}, respond);
  expect(started).toEqual(['next-step', 'fields']);
  expect(ready()).toBe('ready');
  expect(respond).toHaveBeenCalledWith(expect.objectContaining({ console: page.console, failures: [] }));

  for (const timer of timers.splice(0)) timer();
  expect(started).toEqual(['next-step', 'fields']);
});

test('a session ended between the turns starts nothing more and is not marked ready', async () => {
  const { started, signals, feature } = features();
  session = startAssistant(page, [feature('next-step')], [feature('fields')]);
  await microtasks();
  session.abort();
  expect(signals.map((signal) => signal.aborted)).toEqual([true]);

  await nextTask();
  expect(started).toEqual(['next-step']);
  expect(ready()).toBeNull();
  expect(onMessage).toEqual([]);
});

test('a first-turn feature that throws stops neither turn, and the report names it', async () => {
  const { started, feature } = features();
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  session = startAssistant(page, [feature('next-step', true)], [feature('fields')]);
  await microtasks();
  await nextTask();
  expect(started).toEqual(['next-step', 'fields']);
  expect(ready()).toBe('ready');
  expect(sent).toEqual([expect.objectContaining({ report: expect.objectContaining({ failures: ['next-step'] }) })]);
  expect(error).toHaveBeenCalledOnce();
});

test('what an instance that ended between its turns left (its host, its next step, no ready) is swept', () => {
  // Left without cleaning up: the instance's host in the body and its mark, before it could mark the page ready.
  const left = document.createElement('lwa-assistant-root');
  const button = document.createElement('button');
  button.setAttribute('data-lwa-next-step', 'copy-client-id');
  document.body.append(button, left);
  const { feature } = features();
  session = startAssistant(page, [feature('next-step')], []);
  expect(left.isConnected).toBe(false);
  expect(button.hasAttribute('data-lwa-next-step')).toBe(false);
});

test('an instance that ended before its first placement left only its next step: that mark is swept', () => {
  // Its host joins the body only when its elements are first placed (ui/host.ts): the mark is all there is.
  const button = document.createElement('button');
  button.setAttribute('data-lwa-next-step', 'copy-client-id');
  document.body.append(button);
  const { feature } = features();
  session = startAssistant(page, [feature('next-step')], []);
  expect(button.hasAttribute('data-lwa-next-step')).toBe(false);
});

test('a next-step mark left inside a web component (no host, no ready) is swept too', () => {
  const component = document.createElement('kat-input');
  const root = component.attachShadow({ mode: 'open' });
  root.innerHTML = '<label for="i">Allowed Return URLs</label><input id="i" data-lwa-next-step="add-return-urls">';
  document.body.append(component);
  const { feature } = features();
  session = startAssistant(page, [feature('next-step')], []);
  expect(root.querySelector('input')?.hasAttribute('data-lwa-next-step')).toBe(false);
});

test('a page with nothing of ours is not swept: the console’s own elements and attributes stay', () => {
  const button = document.createElement('button');
  button.setAttribute('aria-describedby', 'help lwa-assistant-verdict-9');
  const own = document.createElement('div');
  document.body.append(button, own);
  const { feature } = features();
  session = startAssistant(page, [feature('next-step')], []);
  expect(own.isConnected).toBe(true);
  expect(button.getAttribute('aria-describedby')).toBe('help lwa-assistant-verdict-9');
});

// A console may fill its fields through their value property alone (no mutation, no input event): the session
// compares whether each is empty with its last look a few times after it, and stops doing so once it ends.
function webSettingsForm(): void {
  document.body.innerHTML = `<h3>Web Settings</h3>
    <label for="o">Allowed JavaScript Origins</label><input id="o" type="url">
    <label for="r">Allowed Return URLs</label><input id="r" type="url"><button id="s">Save</button>`;
}
const scanning = (scans: import('../../src/content/session').Scan[]): Feature => ({
  name: 'scans',
  init: (signal, context) => context.onScan((scan) => scans.push(scan), signal),
});

/** A session on the form (fake timers), its origin entry filled through its value property `after` ms after the
 * first look; the scans seen `wait` ms later. */
const originFilledAfterLook = async (
  after: number,
  wait: number,
): Promise<import('../../src/content/session').Scan[]> => {
  webSettingsForm();
  const scans: import('../../src/content/session').Scan[] = [];
  session = startAssistant(page, [scanning(scans)], []);
  await microtasks();
  await vi.advanceTimersByTimeAsync(after);
  (document.getElementById('o') as HTMLInputElement).value = 'https://shop.example';
  await vi.advanceTimersByTimeAsync(wait);
  return scans;
};

test('a field filled through its value property a task after the look is read within a tenth of a second', async () => {
  // (A form whose saved values are written right after it renders: "fill in" showed for half a second before Save.)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  try {
    const scans = await originFilledAfterLook(5, 100);
    expect(scans.at(-1)?.model.state.editing?.origins).toBe(1);
  } finally {
    vi.useRealTimers();
  }
});

test('a field filled through its value property alone is read within a second; after the end, no check is left', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  try {
    const scans = await originFilledAfterLook(50, 600);
    expect(scans.at(-1)?.model.state.editing?.origins).toBe(1);
    // The extension reloaded under the page: the next check ends the session, and schedules nothing more.
    (browser.runtime as { id?: string }).id = undefined;
    (document.getElementById('r') as HTMLInputElement).value = 'https://shop.example/back';
    await vi.advanceTimersByTimeAsync(1600);
    expect(session?.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

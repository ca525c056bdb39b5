// @vitest-environment happy-dom
// The page observer's two kinds of change (console/observe.ts): typing that empties or fills an entry needs only the
// entries' values read again (session.ts then classifies the last look's records, refreshed by refreshValues), while a
// change of the page's elements needs a whole look. Both come at most once per frame.
import { afterEach, expect, test, vi } from 'vitest';
import { collect, refreshValues, typedEntry } from '../../src/console/collect';
import { observePage } from '../../src/console/observe';

const PAGE = '<label for="o">Allowed JavaScript origins</label><input id="o"><input id="p" value="https://a.example">';
const CLIENT_ID = `amzn1.application-oa2-client.${'4e7a8b6944ab7cfcc583f2915714f560'}`;

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
function type(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function observe(): boolean[] {
  return observeWith().calls;
}

function observeWith() {
  stop = new AbortController();
  const calls: boolean[] = [];
  // How often the observer said the page may have moved what our elements sit beside.
  const moves = { count: 0 };
  const observer = observePage(
    (whole) => calls.push(whole),
    stop.signal,
    () => false,
    () => false,
    () => moves.count++,
  );
  return { calls, observer, moves };
}

test('an entry filled or emptied asks for the values only; keys that leave it as it was ask nothing', async () => {
  document.body.innerHTML = PAGE;
  const calls = observe();
  input('o').dispatchEvent(new Event('focusin', { bubbles: true }));
  type(input('o'), 'h');
  await frame();
  expect(calls).toEqual([false]);
  type(input('o'), 'ht');
  await frame();
  expect(calls).toEqual([false]);
  type(input('o'), '');
  await frame();
  expect(calls).toEqual([false, false]);
});

test('the entry typed in last is told to the page reading (which row changed, where value attributes follow values)', () => {
  document.body.innerHTML = PAGE;
  observe();
  type(input('p'), 'https://b.example');
  expect(typedEntry()).toBe(input('p'));
  type(input('o'), 'h');
  expect(typedEntry()).toBe(input('o'));
});

// Each entry in a row of its own with its own Save (variants-sweep11's row saves).
const ROW_SAVES =
  '<label for="o">Allowed JavaScript origins</label><div><input id="o" value="https://b.example"><button>Save</button></div>' +
  '<div><input id="p" value="https://a.example"><button>Save</button></div>';

test('the first key in another filled entry asks for the values once where a row may have its own Save', async () => {
  document.body.innerHTML = ROW_SAVES;
  collect(document);
  const calls = observe();
  input('p').dispatchEvent(new Event('focusin', { bubbles: true }));
  type(input('p'), 'https://a.example/');
  await frame();
  type(input('p'), 'https://a.example/x');
  await frame();
  expect(calls).toEqual([false]);
});

test('with one Save for the form, the first key in another filled entry asks nothing; with that Save disabled it asks', async () => {
  for (const [save, looks] of [
    ['<button>Save</button>', []],
    ['<button disabled>Save</button>', [false]],
    ['<button aria-disabled="true">Save</button>', [false]],
  ] as const) {
    document.body.innerHTML = PAGE + save;
    collect(document);
    const calls = observe();
    input('p').dispatchEvent(new Event('focusin', { bubbles: true }));
    type(input('p'), 'https://a.example/');
    await frame();
    expect.soft(calls, save).toEqual(looks);
    stop.abort();
  }
});

test('typing an address asks no look when it reaches the scheme alone; a row filled with the scheme asks one when typed on', async () => {
  document.body.innerHTML = PAGE;
  const calls = observe();
  input('o').dispatchEvent(new Event('focusin', { bubbles: true }));
  for (const value of ['h', 'https:/', 'https://', 'https://s']) {
    type(input('o'), value);
    await frame();
  }
  expect.soft(calls).toEqual([false]);
  calls.length = 0;
  input('p').value = 'https://';
  input('p').dispatchEvent(new Event('focusin', { bubbles: true }));
  type(input('p'), 'https://s');
  await frame();
  expect(calls).toEqual([false]);
});

test('typing and a change of the page in the same frame ask for one whole look', async () => {
  document.body.innerHTML = PAGE;
  const calls = observe();
  input('o').dispatchEvent(new Event('focusin', { bubbles: true }));
  type(input('o'), 'h');
  const save = document.createElement('button');
  save.textContent = 'Save';
  document.body.append(save);
  await frame();
  expect(calls).toEqual([true]);
});

test('a drop-down choice, and a history navigation, ask for a whole look', async () => {
  document.body.innerHTML = `${PAGE}<select id="s"><option>A</option><option>B</option></select>`;
  const calls = observe();
  const select = document.getElementById('s') as HTMLSelectElement;
  select.value = 'B';
  select.dispatchEvent(new Event('input', { bubbles: true }));
  await frame();
  window.dispatchEvent(new Event('hashchange'));
  await frame();
  expect(calls).toEqual([true, true]);
});

test('refreshValues reads what was typed into the last look; an ID typed in or taken out needs a whole look', () => {
  document.body.innerHTML = PAGE;
  const records = collect(document);
  const origin = () => records.controls.find((c) => c.element.id === 'o');
  input('o').value = 'https://shop.example';
  expect(refreshValues(records)).toBe(true);
  expect(origin()?.value).toBe('https://shop.example');
  input('o').value = CLIENT_ID;
  expect(refreshValues(records)).toBe(false);

  document.body.innerHTML = PAGE;
  input('o').setAttribute('value', CLIENT_ID);
  const withId = collect(document);
  expect(withId.ids.map((id) => id.text)).toEqual([CLIENT_ID]);
  input('o').value = '';
  expect(refreshValues(withId)).toBe(false);
});

test('flush takes a change waiting for its frame at once, and only once; with nothing waiting it does nothing', async () => {
  document.body.innerHTML = PAGE;
  const { calls, observer } = observeWith();
  observer.flush();
  expect(calls).toEqual([]);
  const save = document.createElement('button');
  save.textContent = 'Save';
  document.body.append(save);
  // The observer hears of the change in a microtask; its look waits for the next frame.
  await Promise.resolve();
  expect(observer.due()).toBe(true);
  observer.flush();
  expect(calls).toEqual([true]);
  expect(observer.due()).toBe(false);
  await frame();
  expect(calls).toEqual([true]);
});

// happy-dom reports a replacement of many children as one record per node; a browser reports one record with all of
// them, which is what a busy widget's check reads. These tests hand the observer such records themselves.
let delivered: ((records: MutationRecord[]) => void) | undefined;
class OneRecordObserver {
  constructor(callback: (records: MutationRecord[]) => void) {
    delivered = callback;
  }
  observe(): void {}
  disconnect(): void {}
  takeRecords(): MutationRecord[] {
    return [];
  }
}

/** Hands the observer one record of a parent's children added and removed. */
function deliver(target: Node, added: Node[], removed: Node[]): void {
  const nodes = (list: Node[]) => Object.assign([...list], { item: (i: number) => list[i] ?? null });
  const record = { type: 'childList', target, addedNodes: nodes(added), removedNodes: nodes(removed) };
  delivered?.([record as unknown as MutationRecord]);
}

/** Replaces a parent's children (by default with 20 rows of nothing the assistant reads), as one record. */
function replace(parent: Element, html = ''): void {
  const removed = [...parent.childNodes];
  if (html) parent.innerHTML = html;
  else {
    parent.replaceChildren();
    for (let i = 0; i < 20; i++)
      parent.insertAdjacentHTML('beforeend', `<div><span>Order ${i}${Math.random()}</span></div>`);
  }
  deliver(parent, [...parent.childNodes], removed);
}
const FORM = `${PAGE}<span></span><span></span><span></span>`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A clock that moves 16 ms per call: the frames of a busy page, however slow the machine running the test. */
function frameClock(): void {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 16));
}

/** happy-dom lays nothing out: this ResizeObserver says which boxes are watched, and a test says when one resized. */
const resizes = { observed: [] as Element[], fire: (_target: Element, _width = 300, _height = 200) => {} };
class TestResizeObserver {
  constructor(callback: (entries: { target: Element; contentRect: { width: number; height: number } }[]) => void) {
    resizes.fire = (target, width = 300, height = 200) => callback([{ target, contentRect: { width, height } }]);
  }
  observe(el: Element): void {
    resizes.observed.push(el);
  }
  unobserve(el: Element): void {
    resizes.observed = resizes.observed.filter((watched) => watched !== el);
  }
  disconnect(): void {
    resizes.observed = [];
  }
}

/** An aside that has been a busy widget for four frames (each replacing its rows), observed on a frame clock. */
async function busyAside(style = '') {
  vi.stubGlobal('MutationObserver', OneRecordObserver);
  vi.stubGlobal('ResizeObserver', TestResizeObserver);
  resizes.observed = [];
  frameClock();
  document.body.innerHTML = `<main></main><aside style="${style}"></aside>`;
  const aside = document.querySelector('aside') as Element;
  const observed = observeWith();
  for (let i = 0; i < 4; i++) {
    replace(aside);
    await frame();
  }
  return { aside, ...observed };
}

test('a busy widget is read once per 200 ms, and a form that lands in it is still seen', async () => {
  const { aside, calls } = await busyAside();
  expect(calls).toEqual([]);
  // Its next change waits for the timer: not read in this frame...
  replace(aside, FORM);
  await frame();
  expect(calls).toEqual([]);
  // ...but read by it, as it is by then.
  await wait(250);
  await frame();
  expect(calls).toEqual([true]);
});

test('a busy widget busy for a second already still has a form that lands in it seen within about 200 ms', async () => {
  // A skeleton drawn by script while a slow console waits for its data: its reads do not slow down the longer it
  // stays busy (tried in session 22: reads slowing to once a second saved ~5 ms of script over the bench's churn and
  // highlighted such a form up to a second late).
  const { aside, calls } = await busyAside();
  for (let i = 0; i < 5; i++) {
    replace(aside);
    await wait(220);
  }
  expect(calls).toEqual([]);
  replace(aside, FORM);
  await wait(250);
  await frame();
  expect(calls).toEqual([true]);
});

test("a busy widget's changes move our elements only when its box changes size, not with each frame or read", async () => {
  const { aside, calls, moves } = await busyAside();
  // Each of its first changes, read as it came, may have moved what is under it.
  expect(moves.count).toBeGreaterThan(0);
  const before = moves.count;
  expect(resizes.observed).toEqual([aside]);
  // A few frames, all within the 200 ms before its next read, then the read: its box is the same size.
  for (let i = 0; i < 3; i++) {
    replace(aside);
    await frame();
  }
  await wait(250);
  expect(moves.count).toBe(before);
  // Its box grew (the browser says so after laying it out).
  resizes.fire(aside);
  expect(moves.count).toBe(before + 1);
  expect(calls).toEqual([]);
  // Another part of the page changing is still heard of at once.
  document.querySelector('main')?.append(document.createElement('p'));
  deliver(document.querySelector('main') as Element, [document.querySelector('p') as Node], []);
  expect(moves.count).toBe(before + 2);
  // Once it holds something to read, it is no busy widget any more, and its size is no longer watched.
  replace(aside, FORM);
  await wait(250);
  expect(resizes.observed).toEqual([]);
});

test('a busy widget taken out of the page is no longer watched', async () => {
  const { aside } = await busyAside();
  expect(resizes.observed).toEqual([aside]);
  aside.remove();
  // Taken out, it shrinks to nothing: the browser reports it.
  resizes.fire(aside);
  expect(resizes.observed).toEqual([]);
});

test('a busy widget whose box goes while it stays in the page moves our elements with each read from then on', async () => {
  const { aside, moves } = await busyAside();
  // Made display: contents (or hidden): the browser reports a box of 0 × 0.
  resizes.fire(aside, 0, 0);
  expect(resizes.observed).toEqual([]);
  const before = moves.count;
  replace(aside);
  await frame();
  await wait(250);
  expect(moves.count).toBe(before + 1);
});

test('a busy widget without a box of its own (display: contents) moves our elements with each read', async () => {
  const { aside, moves } = await busyAside('display: contents');
  const before = moves.count;
  expect(resizes.observed).toEqual([]);
  replace(aside);
  await frame();
  expect(moves.count).toBe(before);
  await wait(250);
  expect(moves.count).toBe(before + 1);
});

test('a container going from spinner to skeleton to form is read on each change', async () => {
  vi.stubGlobal('MutationObserver', OneRecordObserver);
  document.body.innerHTML = '<main></main>';
  const main = document.querySelector('main') as Element;
  const calls = observe();
  replace(main);
  await frame();
  replace(main);
  await frame();
  replace(main, FORM);
  await frame();
  expect(calls).toEqual([true]);
});

test('a busy list that holds something the assistant reads has each change read', async () => {
  vi.stubGlobal('MutationObserver', OneRecordObserver);
  document.body.innerHTML = '<ul><button>Refresh</button></ul>';
  const list = document.querySelector('ul') as Element;
  const calls = observe();
  // Its rows change, its button stays.
  const rows = (extra: string) => {
    const removed = [...list.querySelectorAll('li')];
    for (const row of removed) row.remove();
    list.insertAdjacentHTML('beforeend', `${'<li>Order</li>'.repeat(5)}${extra}`);
    deliver(list, [...list.querySelectorAll('li')], removed);
  };
  for (let i = 0; i < 4; i++) {
    rows('');
    await frame();
  }
  expect(calls).toEqual([]);
  rows('<li><input></li>');
  await frame();
  expect(calls).toEqual([true]);
});

test("a busy widget's change set aside is read at once when the page's report is asked for (flush)", async () => {
  const { aside, calls, observer } = await busyAside();
  replace(aside, FORM);
  observer.flush();
  expect(calls).toEqual([true]);
});

test('a component added at the end of a busy feed is seen by the timer', async () => {
  const { aside, calls } = await busyAside();
  // Rows and, last, a component not defined yet (its script renders its field later).
  replace(aside, `${'<div>Order</div>'.repeat(6)}<kat-input></kat-input>`);
  await wait(250);
  await frame();
  expect(calls).toEqual([true]);
});

test("a label's text that arrives on its own asks for a whole look, a limit in brackets after it too", async () => {
  document.body.innerHTML = '<span id="name">…</span><input id="o"><span id="count">3</span>';
  const calls = observe();
  const text = document.getElementById('name')?.firstChild as Text;
  // A counter's digits are no label: nothing to look at again.
  (document.getElementById('count')?.firstChild as Text).data = '4';
  await frame();
  expect(calls).toEqual([]);
  text.data = 'Allowed Return URLs (max 10)';
  await frame();
  expect(calls).toEqual([true]);
  text.data = 'Zulässige JavaScript-Ursprünge';
  await frame();
  expect(calls).toEqual([true, true]);
});

test("an entry's aria-label set after render asks for a whole look; a timer's changing aria-label asks nothing", async () => {
  document.body.innerHTML = '<input id="o"><span role="timer" id="t" aria-label="59 s"></span>';
  const calls = observe();
  const timer = document.getElementById('t') as Element;
  for (const left of ['58 s', '57 s', '56 s']) {
    timer.setAttribute('aria-label', left);
    await frame();
  }
  expect(calls).toEqual([]);
  input('o').setAttribute('aria-label', 'Allowed JavaScript origins');
  await frame();
  expect(calls).toEqual([true]);
});

/** Animation frames that come only when `next()` is called (a frame far away, or a busy page's). */
function heldFrames() {
  const waiting = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    waiting.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => waiting.delete(handle));
  return {
    next() {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback(performance.now());
    },
  };
}
// A few tasks later (happy-dom runs the timeouts of no delay in batches of its own).
const task = () => wait(5);

test('a form rendered after a quiet frame is read in the next task, not at the next frame', async () => {
  const frames = heldFrames();
  document.body.innerHTML = '<main></main>';
  const calls = observe();
  await wait(20);
  document.querySelector('main')?.insertAdjacentHTML('beforeend', PAGE);
  await task();
  expect(calls).toEqual([true]);
  // Read once: the frame that comes next finds nothing waiting.
  frames.next();
  expect(calls).toEqual([true]);
});

test('changes right after a look wait for the frame: at most about one look per frame', async () => {
  const frames = heldFrames();
  document.body.innerHTML = '<main></main>';
  const calls = observe();
  await wait(20);
  const main = document.querySelector('main') as Element;
  main.insertAdjacentHTML('beforeend', PAGE);
  await task();
  expect(calls).toEqual([true]);
  // Right after the look (its task has just ended).
  main.insertAdjacentHTML('beforeend', '<button>Save</button>');
  main.insertAdjacentHTML('beforeend', '<button>Cancel</button>');
  await task();
  expect(calls).toEqual([true]);
  frames.next();
  expect(calls).toEqual([true, true]);
});

test("a hidden tab's change waits for the frame it paints when shown", async () => {
  const frames = heldFrames();
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.body.innerHTML = '<main></main>';
  const calls = observe();
  await wait(20);
  document.querySelector('main')?.insertAdjacentHTML('beforeend', PAGE);
  await task();
  expect(calls).toEqual([]);
  frames.next();
  expect(calls).toEqual([true]);
});

// @vitest-environment happy-dom
// The page observer's two kinds of change (console/observe.ts): typing that empties or fills an entry needs only the
// entries' values read again (session.ts then classifies the last look's records, refreshed by refreshValues), while a
// change of the page's elements needs a whole look. Both come at most once per frame.
import { afterEach, expect, test } from 'vitest';
import { collect, refreshValues } from '../../src/console/collect';
import { observePage } from '../../src/console/observe';

const PAGE = '<label for="o">Allowed JavaScript origins</label><input id="o"><input id="p" value="https://a.example">';
const CLIENT_ID = `amzn1.application-oa2-client.${'4e7a8b6944ab7cfcc583f2915714f560'}`;

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
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
  const observer = observePage(
    (whole) => calls.push(whole),
    stop.signal,
    () => false,
    () => false,
    () => {},
  );
  return { calls, observer };
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

// The session's storage read, started at document_end by read-ahead.iife.ts and taken by the session at
// document_idle (src/content/read-ahead.ts): taken once, with every change made meanwhile, and nothing left listening.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** A stand-in for the extension's storage API: reads answer when the test says so. */
function fakeStorage() {
  const listeners = new Set<Listener>();
  const reads: { keys: string[]; answer: (stored: Record<string, unknown>) => void; fail: (e: Error) => void }[] = [];
  const api = {
    storage: {
      local: {
        get: (keys: string[]) =>
          new Promise<Record<string, unknown>>((answer, fail) => reads.push({ keys, answer, fail })),
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  };
  const change = (changes: Record<string, { newValue?: unknown }>, area = 'local') => {
    for (const listener of listeners) listener(changes, area);
  };
  return { api, listeners, reads, change };
}

let storage: ReturnType<typeof fakeStorage>;
let readAhead: typeof import('../../src/content/read-ahead');

beforeEach(async () => {
  storage = fakeStorage();
  vi.stubGlobal('browser', storage.api);
  // platform/native.ts picks the namespace when it is first imported.
  vi.resetModules();
  readAhead = await import('../../src/content/read-ahead');
});

afterEach(() => {
  readAhead.takeReadAhead();
  vi.unstubAllGlobals();
});

describe('the read started at document_end', () => {
  test('asks for the sentences, the chosen region and every region’s progress', () => {
    readAhead.startReadAhead();
    expect(storage.reads.map((read) => read.keys)).toEqual([
      ['pageStrings', 'selectedRegion', 'progress.NA', 'progress.EU', 'progress.FE'],
    ]);
  });

  test('is what the session reads: no second read, and only once', async () => {
    readAhead.startReadAhead();
    const taken = readAhead.readStored();
    storage.reads[0]?.answer({ selectedRegion: 'NA' });
    expect(await taken).toEqual({ selectedRegion: 'NA' });
    expect(storage.reads).toHaveLength(1);
    // A later read (none is made today, but a second session must not get an old answer) reads again.
    const again = readAhead.readStored();
    expect(storage.reads).toHaveLength(2);
    storage.reads[1]?.answer({ selectedRegion: 'FE' });
    expect(await again).toEqual({ selectedRegion: 'FE' });
  });

  test('changes made before the session takes the answer win over what was read', async () => {
    readAhead.startReadAhead();
    storage.change({ 'progress.EU': { newValue: { clientIdCopied: true } } });
    storage.change({ selectedRegion: {} }); // removed
    storage.change({ 'progress.NA': { newValue: 'from sync' } }, 'sync');
    storage.change({ unrelated: { newValue: 1 } });
    storage.reads[0]?.answer({ selectedRegion: 'NA', 'progress.EU': { clientIdCopied: false } });
    const stored = await readAhead.readStored();
    expect(stored).toEqual({ selectedRegion: undefined, 'progress.EU': { clientIdCopied: true } });
    expect(stored).not.toHaveProperty('progress.NA');
    expect(stored).not.toHaveProperty('unrelated');
  });

  test('a change after the answer came, before the session took it, wins too', async () => {
    readAhead.startReadAhead();
    storage.reads[0]?.answer({ 'progress.FE': { appRegistered: false } });
    await new Promise((resolve) => setTimeout(resolve));
    storage.change({ 'progress.FE': { newValue: { appRegistered: true } } });
    expect(await readAhead.readStored()).toEqual({ 'progress.FE': { appRegistered: true } });
  });

  test('stops listening for changes a task after the answer is taken, once the session listens (also on failure)', async () => {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));
    readAhead.startReadAhead();
    expect(storage.listeners.size).toBe(1);
    const taken = readAhead.readStored();
    storage.reads[0]?.answer({});
    await taken;
    // The session adds its own listener in the microtask after the answer: the world is never left with none.
    expect(storage.listeners.size).toBe(1);
    await nextTask();
    expect(storage.listeners.size).toBe(0);

    readAhead.startReadAhead();
    const failed = readAhead.readStored();
    storage.reads[1]?.fail(new Error('storage unavailable'));
    await expect(failed).rejects.toThrow('storage unavailable');
    await nextTask();
    expect(storage.listeners.size).toBe(0);
  });
});

test('without a read started early (the main script injected alone), the session reads the same keys itself', () => {
  void readAhead.readStored();
  expect(storage.reads.map((read) => read.keys)).toEqual([readAhead.SESSION_KEYS]);
});

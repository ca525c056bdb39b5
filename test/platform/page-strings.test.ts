// The content script's sentences come from storage, kept there by the background (platform/i18n.ts): every key the
// content script asks for must be among those kept, and a kept template must fill its substitutions as getMessage does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import { isPageString } from '../../src/platform/page-strings';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const pageSources = [...files('src/content'), ...files('src/ui')].map((path) => readFileSync(path, 'utf8'));
const keys = Object.keys(en);

describe('the keys the content script asks for', () => {
  const literal = pageSources.flatMap((source) =>
    [...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1] as string),
  );
  const conditional = pageSources.flatMap((source) =>
    [...source.matchAll(/\bt\([^()]*\?\s*'([^']+)'\s*:\s*'([^']+)'/g)].flatMap((m) => [m[1], m[2]] as string[]),
  );
  const prefixes = pageSources.flatMap((source) =>
    [...source.matchAll(/\bt\(\s*`([a-z]+_)\$\{/g)].map((m) => m[1] as string),
  );

  test('are found in the sources (so this test reads them)', () => {
    expect(literal.length).toBeGreaterThan(10);
    expect(conditional).toContain('guardCopiedSecret');
    expect(new Set(prefixes)).toEqual(new Set(['verdict_', 'finding_', 'field_', 'step_']));
  });

  test.each([...new Set([...literal, ...conditional])])('%s is a message and kept for the page', (key) => {
    expect(keys).toContain(key);
    expect(isPageString(key)).toBe(true);
  });

  test.each([...new Set(prefixes)])('every %s… message is kept for the page', (prefix) => {
    const family = keys.filter((key) => key.startsWith(prefix));
    expect(family.length).toBeGreaterThan(3);
    expect(family.filter((key) => !isPageString(key))).toEqual([]);
  });

  test('the popup-only messages are not kept', () => {
    expect(keys.filter((key) => key.startsWith('popup') && isPageString(key))).toEqual([]);
    expect(isPageString('extName')).toBe(false);
  });
});

describe('t() with kept sentences', () => {
  test('fills the markers with the substitutions, and asks getMessage for what is not kept', async () => {
    const getMessage = vi.fn((key: string) => (key === 'other' ? 'from getMessage' : ''));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    vi.resetModules();
    const { marker, t, usePageStrings } = await import('../../src/platform/i18n');
    const current = 'b1';
    const messages = { two: `Use ${marker(1)} not ${marker(2)} ($ kept).`, one: `Split into ${marker(1)}` };
    usePageStrings({ build: 'b1', messages }, current);
    expect(t('two', ['https://a.example', 'http://a.example'])).toBe(
      'Use https://a.example not http://a.example ($ kept).',
    );
    expect(t('one', '3')).toBe('Split into 3');
    expect(t('two')).toBe('Use  not  ($ kept).');
    expect(getMessage).not.toHaveBeenCalled();
    expect(t('other')).toBe('from getMessage');
    expect(t('missing')).toBe('missing');
    // Kept for another build of _locales: not used.
    usePageStrings({ build: 'b0', messages }, current);
    expect(t('two')).toBe('two');
    usePageStrings(undefined, current);
    expect(t('two')).toBe('two');
    vi.unstubAllGlobals();
  });
});

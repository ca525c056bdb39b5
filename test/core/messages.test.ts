import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLEANED_CODES, CREDENTIAL_KINDS } from '../../src/core/credentials';
import { FINDING_CODES, VERDICT_CODES } from '../../src/core/urls';

type Message = { message: string; description?: string; placeholders?: Record<string, { content: string }> };

const LOCALES = join(import.meta.dirname, '../../_locales');
const locales = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const messages: Record<string, Record<string, Message>> = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'))]),
);
const key = (prefix: string, code: string) => `${prefix}_${code.replaceAll('-', '_')}`;

// The UI passes substitutions in a fixed order: verdicts [value, suggestion, host, port, scheme], findings [values].
const VERDICT_CONTENT: Record<string, string> = { value: '$1', suggestion: '$2', host: '$3', port: '$4', scheme: '$5' };
const FINDING_CONTENT: Record<string, string> = { values: '$1' };

const KEYS = [
  ...VERDICT_CODES.map((code) => key('verdict', code)),
  'verdict_suggestion',
  ...FINDING_CODES.map((code) => key('finding', code)),
  ...CREDENTIAL_KINDS.map((kind) => key('credential', kind)),
  ...CLEANED_CODES.map((code) => key('cleaned', code)),
];

test('all six languages are there', () => {
  expect(locales.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja']);
});

describe.each(KEYS)('%s', (name) => {
  test('has a message in every locale', () => {
    for (const locale of locales) expect(messages[locale]?.[name]?.message, locale).toMatch(/\S/);
  });

  test('declares the same placeholders with the same content everywhere', () => {
    const shape = (locale: string) =>
      Object.fromEntries(
        Object.entries(messages[locale]?.[name]?.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]),
      );
    const english = shape('en');
    for (const locale of locales) expect(shape(locale), locale).toEqual(english);
    const contents = name.startsWith('verdict_') ? VERDICT_CONTENT : FINDING_CONTENT;
    for (const [placeholder, content] of Object.entries(english)) expect(content).toBe(contents[placeholder]);
  });

  test('uses only declared placeholders, and every declared one', () => {
    for (const locale of locales) {
      const entry = messages[locale]?.[name];
      const used = new Set(
        [...(entry?.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g) ?? [])].map((m) => m[1]?.toLowerCase()),
      );
      const declared = new Set(Object.keys(entry?.placeholders ?? {}).map((n) => n.toLowerCase()));
      expect(used, locale).toEqual(declared);
    }
  });
});

test('translations are not English left as is', () => {
  for (const name of KEYS.filter((k) => k.startsWith('verdict_') || k.startsWith('finding_'))) {
    for (const locale of locales.filter((l) => l !== 'en')) {
      expect(messages[locale]?.[name]?.message, `${locale} ${name}`).not.toBe(messages.en?.[name]?.message);
    }
  }
});

test('findings use the console’s own list names (domain-facts: Labels by language)', () => {
  expect(messages.fr?.finding_duplicate_origin?.message).toContain('Origines JavaScript autorisées');
  expect(messages.fr?.finding_duplicate_return_url?.message).toContain('URL de renvoi autorisées');
  expect(messages.de?.finding_duplicate_origin?.message).toContain('JavaScript-Ursprüngen');
  expect(messages.ja?.finding_duplicate_return_url?.message).toContain('許可された返信URL');
  expect(messages.fr?.credential_client_id?.message).toBe('Identifiant client');
});

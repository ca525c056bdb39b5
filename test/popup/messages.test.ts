// Every sentence the popup shows exists in all six languages, with the same placeholders, including the keys it builds
// from the core's codes (checklist items, regions, links, fields, steps, consoles).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHECKLIST, STEP_IDS } from '../../src/core/steps';
import { LINK_OF_ITEM, REGIONS } from '../../src/popup/links';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const LOCALES = join(import.meta.dirname, '../../_locales');
const POPUP = join(import.meta.dirname, '../../src/popup');
const locales = readdirSync(LOCALES).filter((name) => !name.startsWith('.'));
const messages: Record<string, Record<string, Message>> = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'))]),
);
const en = messages.en ?? {};
const key = (prefix: string, code: string) => `${prefix}_${code.replaceAll('-', '_')}`;

const FIELDS = [
  'client-id',
  'app-id',
  'client-secret',
  'allowed-origin',
  'allowed-return-url',
  'app-name',
  'app-description',
  'privacy-url',
  'logo',
];
const CONSOLES = ['amazon-pay', 'seller-central-lwa', 'integration-central', 'developer-console', 'login-amazon'];
const literal = readdirSync(POPUP)
  .filter((file) => /\.tsx?$/.test(file))
  .flatMap((file) => [...readFileSync(join(POPUP, file), 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]));
const built = [
  ...CHECKLIST.map((item) => key('popup_item', item)),
  ...REGIONS.map((region) => key('popup_region', region.toLowerCase())),
  ...new Set(Object.values(LINK_OF_ITEM).map((link) => key('popup_link', link))),
  ...FIELDS.map((field) => key('popup_field', field)),
  ...['sandbox', 'live', 'unspecified'].map((env) => key('popup_environment', env)),
  ...STEP_IDS.map((step) => key('step', step)),
  ...CONSOLES.map((name) => key('console', name)),
];
const used = [...new Set([...literal, ...built])] as string[];
const popupKeys = Object.keys(en).filter((name) => name.startsWith('popup_'));

test('the popup reads its sentences from _locales', () => {
  expect(literal.length).toBeGreaterThan(30);
});

test.each(used)('%s exists in every language', (name) => {
  for (const locale of locales) expect(messages[locale]?.[name]?.message, `${locale} ${name}`).toMatch(/\S/);
});

test.each(popupKeys)('%s has the same placeholders everywhere, all used, and is translated', (name) => {
  const shape = (locale: string) =>
    Object.fromEntries(
      Object.entries(messages[locale]?.[name]?.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]),
    );
  for (const locale of locales) {
    expect(shape(locale), locale).toEqual(shape('en'));
    const message = messages[locale]?.[name]?.message ?? '';
    const inText = new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]?.toLowerCase()));
    expect(inText, `${locale} ${name}`).toEqual(new Set(Object.keys(shape('en'))));
  }
  // Short names may be the same word (Region, Logo, Description, Japan in German); a sentence never is.
  if (en[name]?.message.includes(' ') && (en[name]?.message.length ?? 0) > 24)
    for (const locale of ['fr', 'de', 'ja'])
      expect(messages[locale]?.[name]?.message, locale).not.toBe(en[name]?.message);
});

test('French uses the console’s own words (domain-facts: Labels by language)', () => {
  expect(messages.fr?.popup_shopOrigins?.message).toContain('Origines JavaScript autorisées');
  expect(messages.fr?.popup_clientIdWhere?.message).toContain('Identifiant client');
  expect(messages.de?.popup_field_allowed_return_url?.message).toBe('Zulässige Rückleitungs-URLs');
  expect(messages.ja?.popup_field_allowed_origin?.message).toBe('許可されたJavaScriptオリジン');
});

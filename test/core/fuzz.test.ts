// Issue 8, input fuzzing: the validators, the credential recogniser, the console classifier and the label matcher
// get random and adversarial strings — very long entries, every Unicode space and zero-width character, mixed scripts,
// percent-encoding, IPv6, punycode — and must neither throw nor take more than a few milliseconds per entry.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { actionConcept, fieldConcept, normalizeLabel } from '../../src/console/labels';
import {
  checkWebSettings,
  classifyConsoleUrl,
  recognizeCredential,
  validateOrigin,
  validateReturnUrl,
} from '../../src/core';

// Every Unicode white space (\s in JS) and the invisible characters merchants paste without knowing.
const SPACES = [
  ...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u180e', '\u034f', '\u202e', '\u2066'];
const SCRIPTS = [
  'amazon',
  'аmazon',
  'ａｍａｚｏｎ',
  'アマゾン',
  'أمازون',
  'अमेज़न',
  'Ａｍａｚｏｎ',
  '亚马逊',
  'ß',
  'İ',
  '🛒',
];

const piece = fc.oneof(
  fc.constantFrom(...SPACES, ...INVISIBLE, ...SCRIPTS),
  fc.constantFrom(
    'https://',
    'http://',
    '//',
    ':',
    '@',
    '#',
    '?',
    '/',
    '\\',
    '*',
    '%',
    '%2F',
    '%00',
    '%E2%80%8B',
    '%%',
  ),
  fc.constantFrom('[::1]', '[2001:db8::1]', '[::ffff:127.0.0.1]', '[fe80::1%25eth0]', '0x7f.1', '4294967295'),
  fc.constantFrom('xn--', 'xn--bcher-kva.de', 'xn--zz', 'bücher.de', 'example.com', 'co.uk', 'localhost', ':443'),
  fc.constantFrom('amzn1.application-oa2-client.', 'amzn1.application.', 'amzn1.oa2-cs.v1.', 'SANDBOX-', '{{', '}}'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 64 }),
);
const adversarial = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const huge = fc
  .tuple(
    fc.constantFrom('https://', '', 'amzn1.application.', 'Client ID: '),
    fc.constantFrom('a', '%', '\u200b', ' ', '.', '/'),
  )
  .chain(([start, fill]) => fc.integer({ min: 1_000, max: 200_000 }).map((n) => start + fill.repeat(n)));
const input = fc.oneof({ weight: 6, arbitrary: adversarial }, { weight: 1, arbitrary: huge });

/** Runs `fn` and fails when it throws or hangs: the bound catches runaway backtracking, not speed (that is the bench). */
function quick<T>(fn: () => T, ms = 250): T {
  const started = performance.now();
  const result = fn();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

describe('fuzzing the pure code with adversarial strings', () => {
  test('validators', () => {
    fc.assert(
      fc.property(input, (text) => {
        quick(() => validateOrigin(text));
        quick(() => validateReturnUrl(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('whole Web Settings lists', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 8 }), fc.array(input, { maxLength: 8 }), (origins, returnUrls) => {
        const report = quick(() => checkWebSettings({ origins, returnUrls }), 200);
        expect(report.origins).toHaveLength(origins.length);
        expect(report.returnUrls).toHaveLength(returnUrls.length);
        for (const finding of report.findings) expect(finding.severity).toBe('warning');
      }),
      { numRuns: 400 },
    );
  });

  test('credential recogniser', () => {
    fc.assert(
      fc.property(input, (text) => {
        const credential = quick(() => recognizeCredential(text));
        expect(typeof credential.kind).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });

  test('console URL classifier', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('', 'https://sellercentral.amazon.com', 'https://developer.amazon.com/'),
        (text, prefix) => {
          quick(() => classifyConsoleUrl(prefix + text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('label matcher', () => {
    fc.assert(
      fc.property(input, (text) => {
        quick(() => [normalizeLabel(text), fieldConcept(text), actionConcept(text)]);
      }),
      { numRuns: 1500 },
    );
  });

  test('the label matcher still knows a label under every decoration', () => {
    const decorate = fc.tuple(
      fc.constantFrom(...SPACES, ''),
      fc.constantFrom('', '*', ' *', '* '),
      fc.constantFrom('', ':', ' :', '：', ' ?', '(optional)', ' (Facultatif)'),
    );
    fc.assert(
      fc.property(
        decorate,
        fc.constantFrom('Client ID', 'Identifiant client', 'クライアントID', 'ALLOWED RETURN URLS'),
        ([space, star, tail], label) => {
          expect(fieldConcept(`${space}${label}${star}${tail}${space}`)).toBe(fieldConcept(label));
        },
      ),
    );
  });
});

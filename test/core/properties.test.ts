import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyConsoleUrl } from '../../src/core/consoles';
import { CREDENTIAL_KINDS, recognizeCredential } from '../../src/core/credentials';
import { checkWebSettings, VERDICT_CODES, validateOrigin, validateReturnUrl } from '../../src/core/urls';

// Pieces merchants actually type, mixed with noise, so the generated entries reach every branch of the validators.
const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', '//', '', 'https:', 'https:///', 'file://');
const userinfo = fc.constantFrom('', '', '', 'user@', 'u:p@', '@');
const host = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    'localhost',
    '127.0.0.1',
    '[::1]',
    '192.168.0.1',
    'co.uk',
    'com',
    'shop',
    'Www.Example.COM',
    'bücher.de',
    'ｅｘａｍｐｌｅ.com',
    '*.example.com',
    'exa mple.com',
    'example.com.',
    '0x7f.1',
    'xn--bcher-kva.de',
    'example.com%80',
  ),
);
const port = fc.constantFrom('', '', '', ':443', ':80', ':8443', ':', ':0443', ':99999', ':3000');
const path = fc.oneof(fc.constantFrom('', '', '/', '/login.php', '/a/../b', '/café', '/my page', '/*'), fc.webPath());
const query = fc.constantFrom('', '', '?', '?close', '?a=1&b=2');
const fragment = fc.constantFrom('', '', '#', '#top');
const spaces = fc.constantFrom('', '', ' ', '\t', '\n', '\u00A0', '\u200B');
const entry = fc
  .tuple(spaces, scheme, userinfo, host, port, path, query, fragment, spaces)
  .map((parts) => parts.join(''));
const anything = fc.oneof(
  entry,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

const RUNS = { numRuns: 2000 };

describe.each([
  ['validateOrigin', validateOrigin],
  ['validateReturnUrl', validateReturnUrl],
] as const)('%s', (_name, validate) => {
  test('never throws and gives a known code', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const verdict = validate(text);
        if (verdict === null) return text.trim() === '';
        expect(VERDICT_CODES).toContain(verdict.code);
        expect(verdict.severity === 'ok').toBe(verdict.code === 'ok');
        return true;
      }),
      RUNS,
    );
  });

  test('a suggestion is itself fine, and offers nothing more (idempotent)', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const suggestion = validate(text)?.suggestion;
        if (suggestion === undefined) return;
        const again = validate(suggestion);
        expect(again?.severity).toBe('ok');
        expect(again?.suggestion).toBeUndefined();
      }),
      RUNS,
    );
  });

  test('an ok entry has no suggestion', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const verdict = validate(text);
        if (verdict?.severity === 'ok') expect(verdict.suggestion).toBeUndefined();
      }),
      RUNS,
    );
  });
});

test('checkWebSettings never throws and only warns', () => {
  fc.assert(
    fc.property(fc.array(anything, { maxLength: 6 }), fc.array(anything, { maxLength: 6 }), (origins, returnUrls) => {
      const report = checkWebSettings({ origins, returnUrls });
      expect(report.origins).toHaveLength(origins.length);
      for (const finding of report.findings) {
        expect(finding.severity).toBe('warning');
        expect(finding.values.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 500 },
  );
});

test('classifyConsoleUrl never throws', () => {
  const consoleLike = fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'https://user@'),
      fc.constantFrom('sellercentral.amazon.com', 'developer.amazon.com', 'login.amazon.com', 'evil.com', ''),
      fc.constantFrom('', '/home', '/gp/homepage.html', '/external-payments/integration-central', '/lwa/sp/'),
      fc.constantFrom('', '?cor=login_NA', '?cor=', '#x'),
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.oneof(consoleLike, anything), (url) => {
      const page = classifyConsoleUrl(url);
      if (page) expect(url.toLowerCase()).toContain('amazon.com');
    }),
    RUNS,
  );
});

// Credentials wrapped in the dirt seen in the wild (domain-facts: Identifier formats).
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const alnum = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: length, maxLength: length });
const credential = fc.oneof(
  hex(32).map((h) => `amzn1.application-oa2-client.${h}`),
  hex(32).map((h) => `amzn1.application.${h}`),
  hex(64),
  hex(64).map((h) => `amzn1.oa2-cs.v1.${h}`),
  alnum(13).map((id) => `A${id}`),
  alnum(24).map((id) => `SANDBOX-${id.replace(/^./, 'A')}`),
);
const dirty = fc
  .tuple(
    fc.constantFrom('', ' ', '\u200B', '\n'),
    fc.constantFrom('', 'Client ID: ', 'Identifiant client : ', 'クライアントID：', 'Amazon. '),
    fc.constantFrom(['', ''], ['"', '"'], ['«\u00A0', '\u00A0»'], ['{{', '}}'], ['“', '”']),
    credential,
    fc.boolean(),
  )
  .map(([space, label, [open, close], value, upper]) => ({
    value,
    text: `${space}${label}${open}${upper ? value.toUpperCase() : value}${close}${space}`,
  }));

describe('recognizeCredential', () => {
  test('never throws and gives a known kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          dirty.map((d) => d.text),
        ),
        (text) => {
          expect(CREDENTIAL_KINDS).toContain(recognizeCredential(text).kind);
        },
      ),
      RUNS,
    );
  });

  test('a dirty paste gives the clean value', () => {
    fc.assert(
      fc.property(dirty, ({ text, value }) => {
        const found = recognizeCredential(text);
        expect(found.kind).not.toBe('unknown');
        expect(found.value.toLowerCase()).toBe(value.toLowerCase());
      }),
      RUNS,
    );
  });

  test('recognising the cleaned value gives the same kind and nothing to clean', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          dirty.map((d) => d.text),
        ),
        (text) => {
          const first = recognizeCredential(text);
          const again = recognizeCredential(first.value);
          expect(again.kind).toBe(first.kind);
          expect(again.value).toBe(first.value);
          expect(again.cleaned).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});

import { describe, expect, test } from 'vitest';
import { checkWebSettings, FINDING_CODES } from '../../src/core/urls';

const findings = (origins: string[], returnUrls: string[] = []) =>
  Object.fromEntries(checkWebSettings({ origins, returnUrls }).findings.map((f) => [f.code, f.values]));

describe('checkWebSettings', () => {
  test('gives one verdict per entry, null for empty ones', () => {
    const report = checkWebSettings({
      origins: ['https://www.example.com', '', 'example.com'],
      returnUrls: ['https://www.example.com/login.php', '  '],
    });
    expect(report.origins.map((v) => v?.code ?? null)).toEqual(['ok', null, 'missing-scheme']);
    expect(report.returnUrls.map((v) => v?.code ?? null)).toEqual(['ok', null]);
  });

  test('a complete, clean setup has no findings', () => {
    expect(
      checkWebSettings({
        origins: ['https://www.example.com', 'https://example.com/'],
        returnUrls: ['https://www.example.com/login.php', 'https://example.com/login.php?close'],
      }).findings,
    ).toEqual([]);
  });

  test('duplicates after normalisation', () => {
    expect(
      findings(
        ['https://www.example.com', 'https://WWW.example.com/', ' https://www.example.com:443', 'https://example.com'],
        ['https://www.example.com/cb', 'https://www.example.com/cb#x', 'https://www.example.com/cb?x'],
      ),
    ).toEqual({
      'duplicate-origin': ['https://www.example.com'],
      'duplicate-return-url': ['https://www.example.com/cb'],
    });
  });

  test('a return URL on a site that is not among the origins', () => {
    expect(
      findings(
        ['https://www.example.com', 'https://example.com'],
        [
          'https://www.example.com/cb',
          'https://checkout.example.com/cb',
          'https://checkout.example.com/other',
          'https://www.example.com:8443/cb',
        ],
      ),
    ).toEqual({ 'return-url-origin-missing': ['https://checkout.example.com', 'https://www.example.com:8443'] });
  });

  test('www. and the bare domain: the missing counterpart, written as an origin', () => {
    expect(
      findings([
        'https://www.example.com',
        'https://example.fr',
        'https://www.example.co.uk:8443',
        'https://shop.example.de',
        'https://www.co.uk',
        'https://192.168.0.1',
      ]),
    ).toEqual({
      'www-pair-missing': ['https://example.com', 'https://www.example.fr', 'https://example.co.uk:8443'],
    });
  });

  test('http localhost entries: fine for the sandbox, never for production', () => {
    expect(
      findings(['http://localhost:3000', 'https://localhost'], ['http://127.0.0.1/cb', 'https://localhost/cb']),
    ).toEqual({
      'localhost-entries': ['http://localhost:3000', 'http://127.0.0.1/cb'],
      'return-url-origin-missing': ['http://127.0.0.1'],
    });
  });

  test('findings are warnings with known codes, in a fixed order', () => {
    const report = checkWebSettings({
      origins: ['https://www.example.com', 'https://www.example.com', 'http://localhost'],
      returnUrls: ['https://other.example.com/cb'],
    });
    expect(report.findings.map((f) => f.code)).toEqual([
      'duplicate-origin',
      'return-url-origin-missing',
      'www-pair-missing',
      'localhost-entries',
    ]);
    for (const finding of report.findings) {
      expect(finding.severity).toBe('warning');
      expect(FINDING_CODES).toContain(finding.code);
    }
  });

  test('never throws on malformed input', () => {
    expect(() => checkWebSettings({} as never)).not.toThrow();
    expect(() => checkWebSettings({ origins: [null, 3] as never, returnUrls: 'x' as never })).not.toThrow();
  });
});

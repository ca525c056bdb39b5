import { describe, expect, test } from 'vitest';
import { validateOrigin, validateReturnUrl } from '../../src/core/urls';
import { wptCases, wptVerdicts } from './wpt-verdicts';

describe('web-platform-tests URL corpus', () => {
  const verdicts = wptVerdicts(validateOrigin, validateReturnUrl);

  test('the vendored copy is complete', () => {
    expect(wptCases.length).toBeGreaterThan(800);
    expect(verdicts.filter((v) => v.resolved).length).toBeGreaterThan(200);
  });

  test('an input the URL standard rejects is never fine', () => {
    const failures = verdicts.filter((v) => v.failure);
    expect(failures.length).toBeGreaterThan(200);
    for (const { entry, origin, returnUrl } of failures) {
      // A blank input has no verdict at all.
      if (entry.trim() === '') continue;
      expect(origin?.severity, entry).toBe('error');
      expect(returnUrl?.severity, entry).toBe('error');
    }
  });

  test('every verdict that is fine is the URL as the parser writes it', () => {
    for (const { entry, origin, returnUrl } of verdicts) {
      if (origin?.severity === 'ok') expect(new URL(entry).origin).toBe(entry.replace(/\/$/, ''));
      if (returnUrl?.severity === 'ok') expect(new URL(entry).href).toBe(entry);
    }
  });

  test('suggestions are fine', () => {
    for (const { origin, returnUrl } of verdicts) {
      if (origin?.suggestion) expect(validateOrigin(origin.suggestion)?.severity).toBe('ok');
      if (returnUrl?.suggestion) expect(validateReturnUrl(returnUrl.suggestion)?.severity).toBe('ok');
    }
  });

  test('the naive-regex traps are not fine', () => {
    const byEntry = new Map(verdicts.map((v) => [v.entry, v]));
    for (const entry of ['https://test:@test', 'https://foo:443/', 'https://example.com%80/']) {
      expect(byEntry.get(entry)?.origin?.severity ?? validateOrigin(entry)?.severity).not.toBe('ok');
    }
  });
});

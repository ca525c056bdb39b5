// The shop-address helper of the popup: the address a merchant knows → allowed origins and return URL to register.
import { describe, expect, test } from 'vitest';
import { validateOrigin, validateReturnUrl } from '../../src/core/urls';
import { shopAddress } from '../../src/popup/shop-address';

const values = (text: string) => {
  const found = shopAddress(text);
  return { origins: found?.origins.map((o) => o.value), returnUrl: found?.returnUrl?.value ?? null };
};

describe('shopAddress', () => {
  test.each([
    // The issue's own example: no scheme, a page path.
    [
      'shop.example.fr/checkout',
      ['https://shop.example.fr', 'https://www.shop.example.fr'],
      'https://shop.example.fr/checkout',
    ],
    ['example.com', ['https://example.com', 'https://www.example.com'], null],
    ['www.example.com', ['https://www.example.com', 'https://example.com'], null],
    ['https://www.example.co.uk/', ['https://www.example.co.uk', 'https://example.co.uk'], null],
    [
      'http://Shop.Example.de/kasse?step=2',
      ['https://shop.example.de', 'https://www.shop.example.de'],
      'https://shop.example.de/kasse?step=2',
    ],
    [
      '  shop.example.fr/checkout#top  ',
      ['https://shop.example.fr', 'https://www.shop.example.fr'],
      'https://shop.example.fr/checkout',
    ],
    [
      'https://shop.example.com:8443/pay',
      ['https://shop.example.com:8443', 'https://www.shop.example.com:8443'],
      'https://shop.example.com:8443/pay',
    ],
  ])('%s', (typed, origins, returnUrl) => {
    expect(values(typed)).toEqual({ origins, returnUrl });
  });

  test('a www. form that would be a public suffix is not offered', () => {
    // www.co.uk is no shop's host: only the typed one.
    expect(values('https://www.co.uk').origins ?? []).not.toContain('https://co.uk');
  });

  test('IP addresses and localhost get no www. counterpart', () => {
    expect(values('http://localhost:3000/return').origins).toEqual(['http://localhost:3000']);
    expect(values('https://192.0.2.10').origins).toEqual(['https://192.0.2.10']);
  });

  test('every value offered is accepted by the core, or carries its warning', () => {
    for (const typed of [
      'shop.example.fr/checkout',
      'HTTP://EXAMPLE.COM/a/../b',
      'localhost:8080/cb',
      'example.com:8443',
    ]) {
      const found = shopAddress(typed);
      for (const entry of found?.origins ?? []) {
        expect(validateOrigin(entry.value)?.severity, entry.value).not.toBe('error');
        expect(entry.verdict).toEqual(validateOrigin(entry.value));
      }
      if (found?.returnUrl) expect(validateReturnUrl(found.returnUrl.value)?.severity).not.toBe('error');
    }
  });

  test('nothing typed gives nothing; an address that cannot be made valid gives the reason', () => {
    expect(shopAddress('   ')).toBeNull();
    const found = shopAddress('ftp://files.example.com');
    expect(found?.origins).toEqual([]);
    expect(found?.problem?.code).toBe('bad-scheme');
  });
});

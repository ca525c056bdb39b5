import { describe, expect, test } from 'vitest';
import {
  CONSOLE_MATCHES,
  type ConsoleKind,
  classifyConsoleUrl,
  type PageKind,
  SELLER_CENTRAL_HOSTS,
} from '../../src/core/consoles';

// Each page with its own example URLs (the github-url-detection pattern), from domain-facts: Three generations of
// console, and the merchant's guide.
// Typed by PageKind, so a new page kind without examples does not compile.
const PAGES: Record<PageKind, [ConsoleKind, ...string[]]> = {
  home: [
    'amazon-pay',
    'https://sellercentral-europe.amazon.com/home?cor=mmd_EU',
    'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=mmd_EU',
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.de/home/',
  ],
  'sandbox-home': ['amazon-pay', 'https://sellercentral-europe.amazon.com/external-payments/sandbox/home'],
  'lwa-apps': [
    'seller-central-lwa',
    'https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA',
    'https://sellercentral.amazon.com/home?cor=login_NA',
    'https://sellercentral.amazon.com.au/gp/homepage.html?cor=login_FE',
    'https://sellercentral-japan.amazon.com/home?ref=x&cor=login_FE',
    'https://sellercentral.amazon.de/gp/homepage.html?cor=login_EU#apps',
  ],
  'lwa-clients': [
    'integration-central',
    'https://sellercentral-europe.amazon.com/external-payments/amazon-pay/integration-central/lwa',
    'https://sellercentral.amazon.com/external-payments/amazon-pay/integration-central/lwa/create?ref=ic',
  ],
  'api-keys': [
    'integration-central',
    'https://sellercentral-europe.amazon.com/external-payments/integration-central',
    'https://sellercentral.amazon.com/external-payments/integration-central/keys',
  ],
  overview: [
    'developer-console',
    'https://developer.amazon.com/loginwithamazon/console/site/lwa/overview.html',
    'https://developer.amazon.com/lwa/sp/overview.html',
    'https://developer.amazon.com/settings/console/securityprofile/overview.html',
  ],
  'create-security-profile': [
    'developer-console',
    'https://developer.amazon.com/lwa/sp/create-security-profile.html',
    'https://developer.amazon.com/settings/console/securityprofile/new.html',
    'https://developer.amazon.com/settings/console/securityprofile/create-security-profile.html',
  ],
  'web-settings-view': [
    'developer-console',
    'https://developer.amazon.com/settings/console/securityprofile/web-settings/view.html?identityAppFamilyId=amzn1.application.5d2f1c6b9a4e4f0e8c7b3a2d1e0f9a8b',
  ],
  'web-settings-edit': [
    'developer-console',
    'https://developer.amazon.com/settings/console/securityprofile/web-settings/update.html?identityAppFamilyId=x',
  ],
  'manage-apps': ['login-amazon', 'https://login.amazon.com/manageApps', 'https://login.amazon.com/manageApps?x=1'],
};

const ALL = Object.entries(PAGES).flatMap(([page, [console, ...urls]]) =>
  urls.map((url) => [`${console}/${page}`, url] as const),
);

describe('each page accepts its own examples and no other page claims them', () => {
  test.each(ALL)('%s: %s', (page, url) => {
    const found = classifyConsoleUrl(url);
    expect(found && `${found.console}/${found.page}`).toBe(page);
  });
});

describe('the region follows the host, never cor=', () => {
  test.each([
    ['https://sellercentral.amazon.com/home?cor=login_EU', 'NA'],
    ['https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA', 'EU'],
    ['https://sellercentral.amazon.de/home?cor=mmd_NA', 'EU'],
    ['https://sellercentral-japan.amazon.com/home?cor=login_NA', 'FE'],
    ['https://sellercentral.amazon.com.au/gp/homepage.html?cor=login_NA', 'FE'],
    ['https://developer.amazon.com/lwa/sp/overview.html', null],
    ['https://login.amazon.com/manageApps', null],
  ])('%s → %s', (url, region) => {
    expect(classifyConsoleUrl(url)?.region).toBe(region);
  });
  test('every Seller Central host has a region', () => {
    expect(Object.keys(SELLER_CENTRAL_HOSTS)).toHaveLength(5);
  });
});

test('host case does not matter; a trailing dot names the same host', () => {
  expect(classifyConsoleUrl('https://SellerCentral-Europe.Amazon.com/home?cor=login_NA')).toEqual({
    console: 'seller-central-lwa',
    page: 'lwa-apps',
    region: 'EU',
  });
  expect(classifyConsoleUrl('https://sellercentral.amazon.com./home')?.region).toBe('NA');
});

test.each([
  // Not https, or someone else's host.
  'http://sellercentral.amazon.com/home?cor=login_NA',
  'https://sellercentral.amazon.com.evil.net/home',
  'https://evil-sellercentral.amazon.com/home',
  'https://amazon.com.sellercentral.io/home',
  'https://sellercentral.amazon.com@evil.com/home',
  'https://user@sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com:8443/home',
  'https://sellercentral.amazon.co.uk/home',
  'https://constructor/home',
  // Amazon's shops and other consoles.
  'https://www.amazon.fr/',
  'https://www.amazon.com/gp/cart/view.html',
  'https://developer.amazon.com/alexa/console/ask',
  'https://developer.amazon.com/loginwithamazon/console/site/lwa/unknown.html',
  'https://developer.amazon.com/settings/console/securityprofile/overview.html.evil',
  'https://sellercentral.amazon.com/orders-v3',
  'https://sellercentral.amazon.com/homepage',
  'https://sellercentral.amazon.com/external-payments/amazon-pay/integration-central',
  'https://sellercentral.amazon.com/external-payments/integration-centralx',
  'https://login.amazon.com/',
  'https://sellercentral.amazon.com/lwa/sp/overview.html',
  // Not URLs at all.
  '',
  'sellercentral.amazon.com/home',
  'javascript:alert(1)',
])('%s → null', (url) => {
  expect(classifyConsoleUrl(url)).toBeNull();
});

// Chrome match patterns, to compare with what `classifyConsoleUrl` recognises.
function matches(pattern: string, url: string): boolean {
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const parsed = new URL(url);
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return parsed.hostname === host && new RegExp(`^${escaped}$`).test(parsed.pathname + parsed.search);
}

describe('CONSOLE_MATCHES', () => {
  test('covers every example page', () => {
    for (const [, url] of ALL) {
      const canonical = url.replace('SellerCentral-Europe.Amazon.com', 'sellercentral-europe.amazon.com');
      expect(
        CONSOLE_MATCHES.some((p) => matches(p, canonical)),
        url,
      ).toBe(true);
    }
  });
  test('are https patterns on the console hosts only', () => {
    const hosts = new Set([...Object.keys(SELLER_CENTRAL_HOSTS), 'developer.amazon.com', 'login.amazon.com']);
    for (const pattern of CONSOLE_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/[a-z.-]+\/[\w./-]*\*$/);
      expect(hosts.has(new URL(pattern.replace('*', 'x')).hostname)).toBe(true);
    }
    expect(CONSOLE_MATCHES).toContain('https://sellercentral.amazon.com/gp/homepage.html*');
    expect(CONSOLE_MATCHES).toContain('https://developer.amazon.com/settings/console/securityprofile/*');
    expect(CONSOLE_MATCHES).toContain('https://login.amazon.com/manageApps*');
  });
});

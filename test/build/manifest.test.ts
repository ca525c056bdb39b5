// The manifest runs the content scripts on Amazon's console pages and nowhere else, and asks for nothing more than
// the allow-list (issue 2: a manifest test; issue 8: permissions).
import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { manifestOverreach } from '../../scripts/manifest-check.mjs';
import { CONSOLE_MATCHES, classifyConsoleUrl } from '../../src/core';
import { manifestFor } from '../../vite.config';

/** Chrome's match-pattern semantics: exact scheme and host; `*` in the path matches anything, query included. */
function matches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const parsed = new URL(url);
  if (`${parsed.protocol}` !== `${scheme}:` || parsed.host !== host) return false;
  const glob = new RegExp(`^${(path ?? '').replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(parsed.pathname + parsed.search);
}

const contentMatches = (m: typeof manifest) => m.content_scripts.flatMap((script) => script.matches);
const injected = (url: string) => contentMatches(manifest).some((pattern) => matches(pattern, url));

// Every console URL named in shared/domain-facts.md ("Three generations of console", the hosts table).
const SELLER_CENTRAL = [
  'sellercentral.amazon.com',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.de',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.com.au',
];
const CONSOLE_URLS = [
  ...SELLER_CENTRAL.flatMap((host) => [
    `https://${host}/gp/homepage.html?cor=login_NA`,
    `https://${host}/home?cor=login_NA`,
    `https://${host}/home?cor=login_FE`,
    `https://${host}/home?cor=mmd_EU`,
    `https://${host}/external-payments/amazon-pay/integration-central/lwa`,
    `https://${host}/external-payments/integration-central`,
    `https://${host}/external-payments/sandbox/home`,
  ]),
  'https://developer.amazon.com/loginwithamazon/console/site/lwa/overview.html',
  'https://developer.amazon.com/lwa/sp/overview.html',
  'https://developer.amazon.com/lwa/sp/create-security-profile.html',
  'https://developer.amazon.com/settings/console/securityprofile/overview.html',
  'https://developer.amazon.com/settings/console/securityprofile/new.html',
  'https://developer.amazon.com/settings/console/securityprofile/create-security-profile.html',
  'https://developer.amazon.com/settings/console/securityprofile/web-settings/view.html',
  'https://developer.amazon.com/settings/console/securityprofile/web-settings/update.html',
  'https://login.amazon.com/manageApps',
];

const NOT_CONSOLES = [
  'https://www.amazon.fr/',
  'https://www.amazon.com/gp/cart/view.html',
  'https://www.amazon.de/gp/homepage.html',
  'https://pay.amazon.com/',
  'https://developer.amazon.com/alexa/console/ask',
  'https://developer.amazon.com/',
  'https://developer.amazon.com/apps-and-games/console/apps/list.html',
  'https://login.amazon.com/',
  'https://sellercentral.amazon.com/orders-v3',
  'https://sellercentral.amazon.com/inventory',
  'http://sellercentral.amazon.com/home?cor=login_NA',
  'https://sellercentral.amazon.com.evil.example/home?cor=login_NA',
  'https://console.cloud.google.com/apis/credentials',
];

describe('manifest.json', () => {
  test.each(CONSOLE_URLS)('injects on the console page %s', (url) => {
    expect(injected(url)).toBe(true);
    expect(classifyConsoleUrl(url)).not.toBeNull();
  });

  test.each(NOT_CONSOLES)('never injects on %s', (url) => {
    expect(injected(url)).toBe(false);
  });

  test('every content script runs on exactly the console patterns of the domain core', () => {
    for (const script of manifest.content_scripts)
      expect([...script.matches].sort()).toEqual([...CONSOLE_MATCHES].sort());
  });

  test('https only, never <all_urls> or a wildcard host', () => {
    for (const pattern of [...contentMatches(manifest), ...manifest.host_permissions]) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    }
  });

  test('host permissions name only the hosts the content scripts run on', () => {
    const hosts = (patterns: string[]) => new Set(patterns.map((p) => new URL(p.replace(/\*/g, 'x')).host));
    expect(hosts(manifest.host_permissions)).toEqual(hosts(contentMatches(manifest)));
  });

  test.each(['chrome', 'firefox'] as const)('the %s manifest asks for nothing beyond the allow-list', (browser) => {
    const built = manifestFor(browser) as unknown as Record<string, unknown>;
    expect(manifestOverreach(built)).toEqual([]);
    expect(built.permissions).toEqual(['storage']);
  });

  test('the allow-list check catches a new permission, host or web-accessible resource', () => {
    const grown = {
      ...manifest,
      permissions: ['storage', 'tabs'],
      host_permissions: [...manifest.host_permissions, '<all_urls>'],
      web_accessible_resources: [{ resources: ['x.js'], matches: ['<all_urls>'] }],
    };
    expect(manifestOverreach(grown)).toHaveLength(3);
  });

  // Each script's moment (src/content): the page world's clipboard report before the console's own scripts run; the
  // storage read once the page is parsed, not while it is (a frame of the half-parsed page was laid out in about half
  // the loads: bench/README "Session 18"); the main script when the page is idle, in the same world as the read.
  test('each content script runs at its moment and in its world', () => {
    expect(
      manifest.content_scripts.map((script) => [script.js[0], script.run_at, (script as { world?: string }).world]),
    ).toEqual([
      ['src/content/page-world.iife.ts', 'document_start', 'MAIN'],
      ['src/content/read-ahead.iife.ts', 'document_end', undefined],
      ['src/content/main.iife.ts', 'document_idle', undefined],
    ]);
  });

  test('the Firefox variant has a gecko id, a minimum version and no service_worker key', () => {
    const firefox = manifestFor('firefox') as unknown as {
      background: unknown;
      browser_specific_settings: {
        gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
      };
    };
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

// Tells from a URL alone whether it is one of Amazon's consoles that the assistant guides, which page, and the region.
// Pure: no DOM, no browser API (architecture: core/). Example URLs per page live in test/core/consoles.test.ts.

export type ConsoleKind =
  | 'amazon-pay'
  | 'seller-central-lwa'
  | 'integration-central'
  | 'developer-console'
  | 'login-amazon';
export type PageKind =
  | 'home'
  | 'sandbox-home'
  | 'lwa-apps'
  | 'lwa-clients'
  | 'api-keys'
  | 'overview'
  | 'create-security-profile'
  | 'web-settings-view'
  | 'web-settings-edit'
  | 'manage-apps';
export const REGIONS = ['NA', 'EU', 'FE'] as const;
export type Region = (typeof REGIONS)[number];
export type ConsolePage = { console: ConsoleKind; page: PageKind; region: Region | null };

// domain-facts: Three generations of console, "Hosts and the region each belongs to". The region follows the host,
// never the `cor=` parameter.
export const SELLER_CENTRAL_HOSTS: Readonly<Record<string, Region>> = {
  'sellercentral.amazon.com': 'NA',
  'sellercentral-europe.amazon.com': 'EU',
  'sellercentral.amazon.de': 'EU',
  'sellercentral-japan.amazon.com': 'FE',
  'sellercentral.amazon.com.au': 'FE',
};
const DEVELOPER_HOST = 'developer.amazon.com';
const LOGIN_HOST = 'login.amazon.com';

// developer.amazon.com hosts far more than LwA (Alexa, Appstore): restrict by path (domain-facts).
const DEVELOPER_PAGES: Record<string, PageKind> = {
  '/loginwithamazon/console/site/lwa/overview.html': 'overview',
  '/lwa/sp/overview.html': 'overview',
  '/lwa/sp/create-security-profile.html': 'create-security-profile',
  '/settings/console/securityprofile/overview.html': 'overview',
  '/settings/console/securityprofile/new.html': 'create-security-profile',
  '/settings/console/securityprofile/create-security-profile.html': 'create-security-profile',
  '/settings/console/securityprofile/web-settings/view.html': 'web-settings-view',
  '/settings/console/securityprofile/web-settings/update.html': 'web-settings-edit',
};

/** Chrome match patterns for every page `classifyConsoleUrl` can recognise (the manifest's content_scripts matches). */
export const CONSOLE_MATCHES: readonly string[] = /* @__PURE__ */ (() => [
  ...Object.keys(SELLER_CENTRAL_HOSTS).flatMap((host) =>
    ['/gp/homepage.html*', '/home*', '/external-payments/*'].map((path) => `https://${host}${path}`),
  ),
  ...['/loginwithamazon/*', '/lwa/*', '/settings/console/securityprofile/*'].map(
    (p) => `https://${DEVELOPER_HOST}${p}`,
  ),
  `https://${LOGIN_HOST}/manageApps*`,
])();

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function sellerCentralPage(path: string, cor: string): { console: ConsoleKind; page: PageKind } | null {
  if (path === '/home' || path === '/gp/homepage.html') {
    // domain-facts: the legacy LwA app console is `cor=login_NA`, `login_FE`…; `mmd_EU` is the Amazon Pay view.
    // Expect other regions in `cor`: any value starting with "login" is the app console.
    return /^login/i.test(cor)
      ? { console: 'seller-central-lwa', page: 'lwa-apps' }
      : { console: 'amazon-pay', page: 'home' };
  }
  if (path === '/external-payments/sandbox/home') return { console: 'amazon-pay', page: 'sandbox-home' };
  if (under(path, '/external-payments/amazon-pay/integration-central/lwa'))
    return { console: 'integration-central', page: 'lwa-clients' };
  if (under(path, '/external-payments/integration-central'))
    return { console: 'integration-central', page: 'api-keys' };
  return null;
}

/** The console page a URL belongs to, or null for any other page (then the assistant adds nothing). Never throws. */
export function classifyConsoleUrl(url: string): ConsolePage | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Only Amazon's own https pages; `https://sellercentral.amazon.com@evil.com/` and explicit ports are someone else's.
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  // The parser lower-cases the host; a trailing dot names the same host (and the same Amazon server).
  const host = parsed.hostname.replace(/\.$/, '');
  // One trailing slash is the same page to Amazon's router.
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, '') : parsed.pathname;
  const region = Object.hasOwn(SELLER_CENTRAL_HOSTS, host) ? SELLER_CENTRAL_HOSTS[host] : undefined;
  if (region) {
    const found = sellerCentralPage(path, parsed.searchParams.get('cor') ?? '');
    return found && { ...found, region };
  }
  if (host === DEVELOPER_HOST) {
    const page = Object.hasOwn(DEVELOPER_PAGES, path) ? DEVELOPER_PAGES[path] : undefined;
    return page ? { console: 'developer-console', page, region: null } : null;
  }
  if (host === LOGIN_HOST && path.startsWith('/manageApps'))
    return { console: 'login-amazon', page: 'manage-apps', region: null };
  return null;
}

// Where each checklist item is done, per region: the page the "next step" link and the no-Client-ID card open.
// Pure data, so the unit tests can check every region and item without a browser.
import type { ChecklistItem } from '../core/steps';
import type { Region } from '../platform/storage';

export const REGIONS: readonly Region[] = ['EU', 'NA', 'FE'];

// domain-facts: "Hosts and the region each belongs to" (core/consoles.ts SELLER_CENTRAL_HOSTS): one Seller Central
// host per region, the one its merchants sign in to. Kept here rather than derived, so the popup does not bundle the
// URL classifier; test/popup/links.test.ts checks it against SELLER_CENTRAL_HOSTS.
export const SELLER_CENTRAL_HOST: Readonly<Record<Region, string>> = {
  EU: 'sellercentral-europe.amazon.com',
  NA: 'sellercentral.amazon.com',
  FE: 'sellercentral-japan.amazon.com',
};

export type ConsoleLink = 'lwa' | 'keys' | 'sandbox' | 'home';

// domain-facts: "Three generations of console". The legacy LwA app console (`/gp/homepage.html?cor=login_NA`) is the
// page of the merchant's guide on the US and EU hosts; the `cor=` value of the Japan host is not known (inferred
// login_FE or login_EU), so there the current Integration Central client-ID page, whose path is the same everywhere.
function lwaConsole(region: Region): string {
  return region === 'FE' ? '/external-payments/amazon-pay/integration-central/lwa' : '/gp/homepage.html?cor=login_NA';
}

const PATHS: Record<Exclude<ConsoleLink, 'lwa'>, string> = {
  // domain-facts: Integration Central `/external-payments/integration-central` holds the API keys.
  keys: '/external-payments/integration-central',
  sandbox: '/external-payments/sandbox/home',
  home: '/home',
};

/** The console page for a checklist item (the dashboard's five-step guide for the items after the LwA setup). */
export const LINK_OF_ITEM: Readonly<Record<ChecklistItem, ConsoleLink>> = {
  'open-lwa-console': 'lwa',
  'register-app': 'lwa',
  'save-app-details': 'lwa',
  'show-client-id': 'lwa',
  'web-settings': 'lwa',
  'back-to-amazon-pay': 'home',
  credentials: 'keys',
  integration: 'keys',
  test: 'sandbox',
  'go-live': 'home',
};

export function consoleUrl(region: Region, link: ConsoleLink): string {
  const path = link === 'lwa' ? lwaConsole(region) : PATHS[link];
  return `https://${SELLER_CENTRAL_HOST[region]}${path}`;
}

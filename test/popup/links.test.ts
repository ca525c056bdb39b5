// The console pages the popup links to, per region.
import { expect, test } from 'vitest';
import { classifyConsoleUrl, SELLER_CENTRAL_HOSTS } from '../../src/core/consoles';
import { CHECKLIST } from '../../src/core/steps';
import { type ConsoleLink, consoleUrl, LINK_OF_ITEM, REGIONS, SELLER_CENTRAL_HOST } from '../../src/popup/links';

test('each region links to a Seller Central host of that region (domain-facts: hosts and regions)', () => {
  for (const region of REGIONS) expect(SELLER_CENTRAL_HOSTS[SELLER_CENTRAL_HOST[region]]).toBe(region);
});

test('every link opens a console page the assistant recognises, in the region it was asked for', () => {
  const expected: Record<ConsoleLink, string[]> = {
    lwa: ['seller-central-lwa', 'integration-central'],
    keys: ['integration-central'],
    sandbox: ['amazon-pay'],
    home: ['amazon-pay'],
  };
  for (const region of REGIONS) {
    for (const link of Object.keys(expected) as ConsoleLink[]) {
      const page = classifyConsoleUrl(consoleUrl(region, link));
      expect(page?.region, `${region} ${link}`).toBe(region);
      expect(expected[link], `${region} ${link}`).toContain(page?.console);
    }
  }
});

test('the LwA steps open the Login with Amazon console; the guide’s legacy page where its cor= value is known', () => {
  expect(consoleUrl('EU', 'lwa')).toBe('https://sellercentral-europe.amazon.com/gp/homepage.html?cor=login_NA');
  expect(consoleUrl('NA', 'lwa')).toBe('https://sellercentral.amazon.com/gp/homepage.html?cor=login_NA');
  expect(consoleUrl('FE', 'lwa')).toBe(
    'https://sellercentral-japan.amazon.com/external-payments/amazon-pay/integration-central/lwa',
  );
  for (const item of CHECKLIST.slice(0, 5)) expect(LINK_OF_ITEM[item]).toBe('lwa');
});

// Shared checks of the page contract (shared/dom-contract.md) for the console end-to-end tests in Chromium.
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { SetupProgress } from '../../src/platform/storage';

/** Every `data-lwa-next-step` on the page, in document order. */
export const nextSteps = (tab: Page) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('[data-lwa-next-step]')].map((el) => el.getAttribute('data-lwa-next-step')),
  );

/** Waits until exactly one element carries the step (dom-contract: "Exactly one element … at a time"). */
export async function expectStep(tab: Page, step: string | null) {
  await expect.poll(() => nextSteps(tab), { timeout: 5_000 }).toEqual(step ? [step] : []);
  return tab.locator(`[data-lwa-next-step="${step}"]`);
}

/** Waits until the step is on the element `selector` names (and on nothing else). */
export async function expectStepOn(tab: Page, step: string, selector: string) {
  await expectStep(tab, step);
  await expect
    .poll(() => tab.evaluate((s) => document.querySelector(s)?.getAttribute('data-lwa-next-step') ?? null, selector), {
      timeout: 5_000,
    })
    .toBe(step);
  return tab.locator(selector);
}

/** The accessible name of the element carrying the step, as the contract's tests read it. */
export const stepName = (tab: Page) =>
  tab.locator('[data-lwa-next-step]').evaluate((el) => {
    const byIds = el.getAttribute('aria-labelledby');
    if (byIds) {
      return byIds
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    const copy = el.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return (el.getAttribute('aria-label') ?? (copy.textContent || (el as HTMLInputElement).value || '')).trim();
  });

/** The elements the extension added under <body> and the data-lwa-* attributes it set, for "nothing at all" checks. */
export const injected = (tab: Page) =>
  tab.evaluate(() => ({
    elements: [...document.querySelectorAll('*')]
      .map((el) => el.tagName.toLowerCase())
      .filter((tag) => tag.startsWith('lwa-assistant-')),
    attributes: [...document.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith('data-lwa-')),
    ),
  }));

/** The setup progress of a region, read from the extension's own storage through its service worker. */
export const progressOf = (worker: Worker, region: string) =>
  worker.evaluate(
    async (key) => ((await chrome.storage.local.get(key))[key] ?? null) as unknown,
    `progress.${region}`,
  ) as Promise<SetupProgress | null>;

export const clearStorage = (worker: Worker) => worker.evaluate(() => chrome.storage.local.clear());

/** Clicks "Copy Client ID", reads the clipboard back, and returns it with the confirmation text. */
export async function copyClientId(tab: Page) {
  const button = tab.getByRole('button', { name: 'Copy Client ID', exact: true });
  await expect.poll(() => button.count()).toBe(1);
  await tab.evaluate(() => navigator.clipboard.writeText('—'));
  await button.click();
  const status = tab.locator('lwa-assistant-root').getByRole('status').filter({ hasText: 'Copied' });
  await status.first().waitFor({ timeout: 5_000 });
  return tab.evaluate(() => navigator.clipboard.readText());
}

/** Page errors and the extension's console errors, collected per tab. */
export function watchErrors(tab: Page, errors: string[]) {
  tab.on('pageerror', (error) => errors.push(`pageerror ${tab.url()}: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console ${tab.url()}: ${message.text()}`);
  });
}

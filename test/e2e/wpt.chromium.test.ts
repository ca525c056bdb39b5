// Issue 3: the web-platform-tests URL corpus gives identical verdicts when the validators run inside Chromium (the
// content scripts' engine, with its own URL parser) and in Node. The validators are bundled from the sources as they
// are, run in a page, and compared entry by entry.
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateOrigin, validateReturnUrl } from '../../src/core/urls';
import { wptEntries, wptVerdicts } from '../core/wpt-verdicts';
import { ROOT } from './browsers';
import { type ExtensionBrowser, launchChromium } from './chromium';

async function bundleValidators(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: { entry: `${ROOT}/src/core/urls.ts`, formats: ['iife'], name: 'lwaValidators' },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(output) ? output[0] : output)?.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the validators did not bundle');
  return chunk.code;
}

describe('WPT URL corpus: Chromium and Node agree', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium({ extension: false });
  });
  afterAll(() => browser?.close());

  test('every entry gets the same verdict from both validators in both engines', async () => {
    const code = await bundleValidators();
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><title>validators</title>');
    await page.addScriptTag({ content: code });
    const entries = wptEntries().map((e) => e.entry);
    const inChromium = await page.evaluate((list) => {
      const { validateOrigin, validateReturnUrl } = (
        globalThis as unknown as { lwaValidators: typeof import('../../src/core/urls') }
      ).lwaValidators;
      return list.map((entry) => ({ origin: validateOrigin(entry), returnUrl: validateReturnUrl(entry) }));
    }, entries);
    const inNode = wptVerdicts(validateOrigin, validateReturnUrl);
    expect(inChromium).toHaveLength(inNode.length);
    const differences = inNode
      .map((node, i) => ({
        entry: node.entry,
        node: { origin: node.origin, returnUrl: node.returnUrl },
        chromium: inChromium[i],
      }))
      .filter((d) => JSON.stringify(d.node) !== JSON.stringify(d.chromium));
    if (process.env.SHOW) console.log(JSON.stringify(differences.slice(0, 40), null, 0));
    expect(differences).toEqual([]);
    expect(entries.length).toBeGreaterThan(500);
  });
});

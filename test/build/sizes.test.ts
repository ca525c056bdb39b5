// Issue "Benchmark": the gzipped sizes of what the extension ships stay within budget (popup JavaScript ≤ 15 KB;
// content scripts within today's gate, the 8 KB target being missed and reported by the bench). Unit tests run before `npm run build`, so this test builds the Chrome extension
// itself, into a folder of its own: it always checks the sources as they are, never a stale or half-written dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildChrome, ROOT } from '../../bench/lib/build.mjs';
import { BUDGETS, measureSizes } from '../../bench/lib/sizes.mjs';

describe('shipped sizes, gzipped', () => {
  let sizes: ReturnType<typeof measureSizes>;
  let dist: string;
  beforeAll(async () => {
    dist = await buildChrome(join(ROOT, '.tmp/size-test/chrome'));
    sizes = measureSizes(dist);
  }, 60_000);

  const listing = (part: string) =>
    sizes.files
      .filter((f) => f.part === part)
      .map((f) => `${f.file}: ${f.gzip} B`)
      .join(', ');

  test('the manifest injects at least one content script, and the popup has JavaScript', () => {
    expect(sizes.files.some((f) => f.part === 'content')).toBe(true);
    expect(sizes.files.some((f) => f.part === 'popup')).toBe(true);
  });

  // The target is 8 KB; it is missed today and the bench reports it. This gate keeps the size from growing.
  test(`all content scripts together stay within today's gate (${BUDGETS.contentScriptsGate / 1024} KB; target 8 KB, see README)`, () => {
    expect(sizes.totals.contentScripts, listing('content')).toBeLessThanOrEqual(BUDGETS.contentScriptsGate);
  });

  // V8 keeps a script with a single non-ASCII character as UTF-16, twice its size, in every console tab.
  test('content scripts are ASCII only (vite.config.ts escapes the Japanese labels)', () => {
    for (const file of sizes.files.filter((f) => f.part === 'content')) {
      const text = readFileSync(join(dist, file.file), 'utf8');
      expect(text.match(/[^\0-\x7f]/g)?.slice(0, 5) ?? [], file.file).toEqual([]);
      expect(text.length, file.file).toBeGreaterThan(100);
    }
  });

  test('popup JavaScript ≤ 15 KB', () => {
    expect(sizes.totals.popupJs, listing('popup')).toBeLessThanOrEqual(BUDGETS.popupJs);
  });
});

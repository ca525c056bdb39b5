// `node bench/floor-variants.mjs`: what the size and heap of the content scripts buy, counted. Every page of the
// sweeps of console variants (test/fixtures/sweeps.ts: the consoles' shapes we cannot see, modelled in six
// languages) is loaded in Chromium with the plain floor that does every item of the page contract (bench/
// minimal-features: 9.49 KB gzipped, no console adapter) and with this extension, and each is judged as the sweeps'
// Chromium check judges the extension (test/e2e/variants-sweeps.chromium.test.ts): the marks each field carries, and
// the next step with nothing known yet. Writes bench/floor-variants.json (ignored by git) and prints the counts and the
// pages the floor reads wrong. Run by vitest for the fixtures' TypeScript (bench/floor-variants.config.ts); a
// measurement, not a test: it fails only when it cannot run. About 6 minutes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Expect } from '../test/console/variant-harness';
import { fixturePath, fixtureSource } from '../test/fixtures/pages';
import { SWEEP_PAGES } from '../test/fixtures/sweeps';
import { launchArm } from './lib/browser.mjs';
import { buildChrome, buildMinimalFeatures, ROOT } from './lib/build.mjs';

type Seen = { marks: Record<string, number>; steps: string[] };

/** Every mark and next step in the page and in its open shadow roots, as the Chromium check reads them. */
const read = (): Seen => {
  const deep = (scope: Document | ShadowRoot, selector: string): Element[] => [
    ...scope.querySelectorAll(selector),
    ...[...scope.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot, selector) : [])),
  ];
  const marks: Record<string, number> = {};
  for (const el of deep(document, '[data-lwa-field]')) {
    const name = el.getAttribute('data-lwa-field') as string;
    marks[name] = (marks[name] ?? 0) + 1;
  }
  return {
    marks,
    steps: deep(document, '[data-lwa-next-step]').map((el) => el.getAttribute('data-lwa-next-step') ?? ''),
  };
};

const sameMarks = (a: Record<string, number>, b: Record<string, number>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

async function readAll(arm: 'plain' | 'extension', dir: string) {
  // The route answers from this map when the page asks, so one URL serves each of its pages in turn.
  const pages: Record<string, string> = {};
  const launched = await launchArm(arm === 'extension' ? 'extension' : 'empty', {
    root: ROOT,
    extensionDir: dir,
    emptyDir: dir,
    pages,
  });
  const seen = new Map<string, Seen>();
  try {
    for (const [page] of SWEEP_PAGES) {
      pages[page.url.split('#')[0] as string] = fixtureSource(fixturePath(page.file));
      // Each page from nothing known, as the Chromium check does: what the last page taught the extension is gone.
      await launched.context
        .serviceWorkers()[0]
        ?.evaluate(() => (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.local.clear());
      const tab = await launched.context.newPage();
      await tab.goto(page.url, { waitUntil: 'load' });
      // Both mark the page ready once they have looked (dom-contract); then a few frames for what follows a look.
      await tab
        .waitForSelector('html[data-lwa-assistant="ready"]', { state: 'attached', timeout: 5000 })
        .catch(() => {});
      await tab.waitForTimeout(400);
      seen.set(page.file, await tab.evaluate(read));
      await tab.close();
    }
  } finally {
    await launched.close();
  }
  return seen;
}

test('every sweep page, read by the plain floor and by the extension', { timeout: 900_000 }, async () => {
  const plainDir = await buildMinimalFeatures(join(ROOT, '.tmp/bench/variants-features'));
  const extensionDir = await buildChrome(join(ROOT, '.tmp/bench/variants-chrome'));
  const plain = await readAll('plain', plainDir);
  const extension = await readAll('extension', extensionDir);
  const judge = (seen: Seen | undefined, expected: Expect) => {
    const marks = !!seen && sameMarks(seen.marks, expected.marks as Record<string, number>);
    const first = expected.steps[0];
    const step = !!seen && JSON.stringify(seen.steps) === JSON.stringify(first ? [first] : []);
    return { marks, step, both: marks && step };
  };
  const rows = SWEEP_PAGES.map(([page, expected]) => ({
    file: page.file,
    lang: page.lang,
    plain: judge(plain.get(page.file), expected),
    extension: judge(extension.get(page.file), expected),
    expected: { marks: expected.marks, step: expected.steps[0] ?? null },
    seen: { plain: plain.get(page.file), extension: extension.get(page.file) },
  }));
  const count = (arm: 'plain' | 'extension', key: 'marks' | 'step' | 'both') => rows.filter((r) => r[arm][key]).length;
  const totals = Object.fromEntries(
    (['plain', 'extension'] as const).map((arm) => [
      arm,
      { marks: count(arm, 'marks'), step: count(arm, 'step'), both: count(arm, 'both'), pages: rows.length },
    ]),
  );
  writeFileSync(join(ROOT, 'bench/floor-variants.json'), `${JSON.stringify({ totals, rows }, null, 1)}\n`);
  const line = (arm: 'plain' | 'extension') =>
    `${arm.padEnd(9)} marks right ${count(arm, 'marks')}/${rows.length}, next step right ${count(arm, 'step')}/${rows.length}, both ${count(arm, 'both')}/${rows.length}`;
  console.log(
    [
      line('plain'),
      line('extension'),
      'the floor wrong on:',
      ...rows
        .filter((r) => !r.plain.both)
        .map((r) => `  ${r.file}${r.plain.marks ? '' : ' (marks)'}${r.plain.step ? '' : ' (step)'}`),
    ].join('\n'),
  );
  expect(rows.length).toBeGreaterThan(0);
});

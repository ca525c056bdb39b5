// `node bench/ab.mjs <before> <after> [--loads N] [--fixtures LEGACY,WEB_SETTINGS_FORM,…]`: two builds of the
// extension (folders ready to load unpacked, e.g. from `npx vite build --outDir …` in two checkouts) measured the
// way `npm run bench` measures, the empty extension beside them, the three arms' loads interleaved so that a busier
// moment of the machine falls on all of them. Single bench runs of the same code differ by up to 10 ms in start →
// next step (bench/README.md): a change is judged by this interleaved comparison, not by two runs apart.
import { join } from 'node:path';
import { CHURN_SETTLED_MS, launchArm, measureInterleaved } from './lib/browser.mjs';
import { ROOT } from './lib/build.mjs';
import { CHURN, CONSOLES, pagesOf } from './lib/fixtures.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const [before, after] = argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!before || !after) {
  console.error('usage: node bench/ab.mjs <before-dir> <after-dir> [--loads N] [--fixtures NAME,…]');
  process.exit(2);
}
const LOADS = Number(option('--loads')) || 11;
const names = (option('--fixtures') ?? 'LEGACY,LEGACY_CONSOLE_SIZED,WEB_SETTINGS_FORM,INTEGRATION_CENTRAL').split(',');
// CHURN too: the churning single-page app, with its own line of what it costs while it churns.
const CHOICES = { ...CONSOLES, CHURN };
const fixtures = names.map((name) => {
  if (!Object.hasOwn(CHOICES, name)) throw new Error(`--fixtures: one of ${Object.keys(CHOICES).join(', ')}`);
  return CHOICES[name];
});
const pages = pagesOf(fixtures);

const arms = [];
try {
  arms.push({
    name: 'empty',
    arm: await launchArm('empty', { root: ROOT, emptyDir: join(ROOT, 'bench/empty-extension'), pages }),
  });
  for (const [name, dir] of [
    ['before', before],
    ['after', after],
  ]) {
    arms.push({ name, arm: await launchArm('extension', { root: ROOT, extensionDir: dir, pages }) });
  }
  const samples = await measureInterleaved(
    arms,
    fixtures.map((fixture) => ({ fixture, throttle: 1 })),
    LOADS,
  );
  const of = (arm, fixture, pick) => {
    const values = samples.filter((s) => s.arm === arm && s.fixture === fixture.id).map(pick);
    return values.some((v) => v == null) ? '–' : median(values).toFixed(1);
  };
  console.log(`${LOADS} loads per arm and fixture, 1x, medians.\n`);
  console.log(
    '| fixture | task time, ms: empty / before / after | heap KB: empty / before / after | start → next step, ms: before / after | own longest task, ms: before / after | loads with a task over 50 ms: empty / before / after | layouts: empty / before / after (loads above the empty median, plus one for ours) |',
  );
  console.log('|---|---|---|---|---|---|---|');
  // Long tasks as the page's own observer saw them (any task over 50 ms, the page's and ours), counted by load.
  const longLoads = (arm, fixture) =>
    samples.filter((s) => s.arm === arm && s.fixture === fixture.id && (s.longTasks?.length ?? 0) > 0).length;
  for (const f of fixtures) {
    const task = ['empty', 'before', 'after'].map((a) => of(a, f, (s) => s.taskMs)).join(' / ');
    const heap = ['empty', 'before', 'after'].map((a) => of(a, f, (s) => s.heapUsed / 1024)).join(' / ');
    const next = ['before', 'after'].map((a) => of(a, f, (s) => s.startToHighlightMs)).join(' / ');
    const own = ['before', 'after'].map((a) => of(a, f, (s) => s.extension?.longestMs)).join(' / ');
    const long = ['empty', 'before', 'after'].map((a) => longLoads(a, f)).join(' / ');
    // Layouts as counts: the median, and how many loads laid out more than the empty arm's median plus one (the
    // extension's own placement), since an extra early frame while the page is parsed comes in some loads only.
    const emptyLayouts = Number(of('empty', f, (s) => s.layouts));
    const moreLayouts = (a) =>
      samples.filter((s) => s.arm === a && s.fixture === f.id && s.layouts > emptyLayouts + (a === 'empty' ? 0 : 1))
        .length;
    const layouts = ['empty', 'before', 'after'].map((a) => `${of(a, f, (s) => s.layouts)} (${moreLayouts(a)})`);
    console.log(`| ${f.id} | ${task} | ${heap} | ${next} | ${own} | ${long} | ${layouts.join(' / ')} |`);
  }
  if (fixtures.includes(CHURN)) {
    // What npm run bench judges the churning page by: the main thread's time while it churns (trace), with the
    // extension's own script in that time; and both from CHURN_SETTLED_MS into the churn.
    const whileChurning = ['empty', 'before', 'after'].map((a) => of(a, CHURN, (s) => s.churn?.mainThreadMs));
    const script = ['before', 'after'].map((a) => of(a, CHURN, (s) => s.churn?.during?.wallMs));
    const settled = ['empty', 'before', 'after'].map((a) => of(a, CHURN, (s) => s.churn?.mainThreadSettledMs));
    const settledScript = ['before', 'after'].map((a) => of(a, CHURN, (s) => s.churn?.settled?.wallMs));
    const late = ['before', 'after'].map((a) => of(a, CHURN, (s) => s.churn?.formToHighlightMs));
    console.log(
      `\n${CHURN.id}: main-thread time while it churns, ms: ${whileChurning.join(' / ')} (empty / before / after), the extension's script then ${script.join(' / ')}; from ${CHURN_SETTLED_MS} ms into the churn ${settled.join(' / ')}, the extension's script then ${settledScript.join(' / ')}; form rendered → highlighted ${late.join(' / ')} ms (before / after)`,
    );
  }
} finally {
  for (const { arm } of arms) await arm.close();
}

// `npm test`: every check, in the order that fails fastest, ending with one plain line "N passed, N failed" that counts
// each test vitest ran plus each whole-tree check (typecheck, lint, build, web-ext lint) as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const results = `${root}test-results`;
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(title);
  }
  return ok;
}

/** Runs a vitest project and counts its tests from the JSON report (a crash before any report counts as a failure). */
function vitest(project) {
  const report = `${results}/${project}.json`;
  rmSync(report, { force: true });
  run(`vitest: ${project}`, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`vitest ${project} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no tests in the count: count it as a failure.
  const broken = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += broken.length;
  for (const file of json.testResults) {
    for (const test of file.assertionResults) if (test.status === 'failed') failures.push(test.fullName);
  }
  for (const file of broken) failures.push(`${file.name} (did not load)`);
}

check('typecheck', bin('tsc'), ['--noEmit']);
check('lint (biome)', bin('biome'), ['ci', '.']);
vitest('unit');
const built = check('build (npm run build)', 'node', ['scripts/build.mjs']);
if (built) {
  check('web-ext lint (dist/firefox)', 'node', ['scripts/web-ext-lint.mjs']);
  vitest('e2e');
} else {
  failed++;
  failures.push('e2e (not run: the build failed)');
}

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

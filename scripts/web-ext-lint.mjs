// web-ext lint on the Firefox build: no error, and no warning except those listed (with their reason) in
// scripts/web-ext-lint-allowed.json, which the README repeats.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(
  `${root}node_modules/.bin/web-ext`,
  ['lint', '--source-dir', `${root}dist/firefox`, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8' },
);
const report = JSON.parse(result.stdout);
const allowed = JSON.parse(readFileSync(`${root}scripts/web-ext-lint-allowed.json`, 'utf8'));
const isAllowed = (w) => allowed.some((a) => a.code === w.code && new RegExp(a.filePattern).test(w.file ?? ''));
const unexpected = report.warnings.filter((w) => !isAllowed(w));
for (const e of report.errors) console.log(`error ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of report.warnings)
  console.log(`warning ${w.code} ${w.file ?? ''}: ${w.message}${isAllowed(w) ? ' (allowed)' : ''}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
process.exit(report.errors.length === 0 && unexpected.length === 0 ? 0 : 1);

// `node bench/floor-variants.mjs`: runs bench/floor-variants.ts (see there) under vitest, which reads the fixtures'
// TypeScript catalogues.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/build.mjs';

const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/floor-variants.config.ts', '--reporter=dot'], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

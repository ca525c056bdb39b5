import { defineConfig } from 'vitest/config';

// bench/floor-variants.ts only: a measurement run by vitest for the fixtures' TypeScript, never part of `npm test`.
export default defineConfig({
  test: { include: ['bench/floor-variants.ts'], environment: 'node', testTimeout: 900_000 },
});

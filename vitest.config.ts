import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in Node or happy-dom with no browser; `e2e` drives the real browsers against the built
// extension, one file at a time because two browsers at once are too much for a 2-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/{core,console,content,popup,platform,ui,build}/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // After each file: the extension made no request (issue 8).
          setupFiles: ['test/e2e/setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

// Runs around every end-to-end test file (vitest.config.ts, e2e setupFiles): after the file, no browser it launched
// saw the extension send a request (issue 8: "No network"). What counts as the extension's request is decided by the
// harness (test/e2e/chromium.ts, test/e2e/firefox.ts, `extensionRequests`). A test that makes the extension's own
// contexts send a request on purpose, to prove the watch sees one, sends it to a path ending in /lwa-test-probe.
import { afterAll, beforeAll, expect } from 'vitest';
import { launchedBrowsers } from './chromium';

const PROBE = /\/lwa-test-probe(?:[?#]|$)/;

beforeAll(() => {
  launchedBrowsers().length = 0;
});

afterAll(() => {
  const sent = launchedBrowsers().flatMap(({ name, extensionRequests }) =>
    extensionRequests.filter((entry) => !PROBE.test(entry)).map((entry) => `${name} ${entry}`),
  );
  expect(sent, 'requests made by the extension during this file').toEqual([]);
});

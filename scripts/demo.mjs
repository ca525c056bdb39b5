// `npm run demo`: Chromium with the built extension on the fixture consoles, served at their real URLs exactly as in
// the end-to-end tests, so a merchant, a store reviewer or a new developer can try the whole flow without an Amazon
// account. With a display it opens a window and waits until it is closed; without one it says so and writes a
// screenshot tour of the legacy flow (English) to test-results/tour/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist/chrome');
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) {
  console.error('Chromium not found: `apt-get install -y chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

// The fixture catalogue is TypeScript; vite loads it for us.
const vite = await createServer({ root, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom' });
const { fixturePages, fixturePath, findFixture, fixtureUrl } = await vite.ssrLoadModule('/test/fixtures/pages.ts');
await vite.close();

const language = process.env.DEMO_LANG ?? 'en';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const profile = join(root, '.tmp/profiles/demo');
mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${language}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});

// One fixture per URL: the requested language where there is one, else English.
const byUrl = new Map();
for (const page of fixturePages) {
  if (page.console === 'unrecognised') continue;
  const current = byUrl.get(page.url);
  if (!current || (page.lang === language && current.lang !== language)) byUrl.set(page.url, page);
}
await context.route(
  (url) => url.protocol === 'https:' || url.protocol === 'http:',
  (route) => {
    const page = byUrl.get(route.request().url().split('#')[0]);
    if (!page) return route.abort('blockedbyclient');
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(fixturePath(page.file), 'utf8'),
    });
  },
);

const home = fixturePages.find((p) => p.console === 'amazon-pay-home' && p.lang === language) ?? fixturePages[0];
if (headed) {
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(home.url);
  console.log(`Demo open at ${home.url}. Other fixture consoles:`);
  for (const page of byUrl.values()) console.log(`  ${page.url}  (${page.models})`);
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  console.log('No display here: writing a screenshot tour to test-results/tour/ instead.');
  const out = join(root, 'test-results/tour');
  mkdirSync(out, { recursive: true });
  const legacy = findFixture(`seller-central/lwa-legacy.${language === 'fr' ? 'fr' : 'en'}.html`);
  const shots = [
    [home, undefined, '1-amazon-pay-home'],
    [legacy, 'no-app', '2-register'],
    [legacy, 'register', '3-app-details'],
    [legacy, 'app', '4-show-web-settings'],
    [legacy, 'web-settings', '5-client-id'],
    [legacy, 'edit', '6-origins'],
  ];
  for (const [page, state, name] of shots) {
    const tab = await context.newPage();
    await tab.goto(fixtureUrl(page, state));
    await tab.evaluate(
      () =>
        new Promise((resolve) => {
          const done = () => document.querySelector('[data-lwa-next-step]') && resolve(undefined);
          new MutationObserver(done).observe(document, { subtree: true, attributes: true, childList: true });
          done();
          setTimeout(resolve, 3000);
        }),
    );
    if (name === '6-origins') {
      await tab.locator('[data-lwa-field="allowed-origin"]').first().fill('http://www.example.com/checkout');
      await tab.waitForSelector('[data-lwa-field="allowed-origin"][aria-invalid="true"]');
    }
    await tab.screenshot({ path: join(out, `${name}.png`) });
    console.log(`  test-results/tour/${name}.png`);
    await tab.close();
  }
}
await context.close();

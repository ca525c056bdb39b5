// `node bench/heap-floor.mjs`: the JS heap after GC of the Amazon Pay home fixture with no extension, the empty
// extension, the minimal content script (bench/minimal-extension) and the built extension (dist/chrome: run
// `npm run build` first). It tells how much of the extension's heap any content script doing its job would cost.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchArm, readHtml } from './lib/browser.mjs';
import { ROOT } from './lib/build.mjs';

const URL = 'https://sellercentral-europe.amazon.com/home?cor=mmd_EU#state=sandbox';
const pages = { [URL.split('#')[0]]: readHtml(join(ROOT, 'test/fixtures/seller-central/amazon-pay-home.en.html')) };
const arms = [
  ['no extension', 'none', null],
  ['empty extension', 'empty', join(ROOT, 'bench/empty-extension')],
  ['minimal content script', 'empty', join(ROOT, 'bench/minimal-extension')],
  ['this extension', 'extension', join(ROOT, 'dist/chrome')],
];
if (!existsSync(join(ROOT, 'dist/chrome/manifest.json'))) throw new Error('dist/chrome is missing: npm run build');
const results = [];
for (const [name, kind, dir] of arms) {
  const arm = await launchArm(kind, { root: ROOT, extensionDir: dir, emptyDir: dir, pages });
  const sizes = [];
  for (let load = 0; load < 4; load++) {
    const page = await arm.context.newPage();
    const cdp = await arm.context.newCDPSession(page);
    await page.goto(URL, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    await cdp.send('HeapProfiler.collectGarbage');
    sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024);
    await page.close();
  }
  await arm.close();
  results.push([name, sizes.sort((a, b) => a - b)[2]]);
}
const empty = results[1][1];
for (const [name, kb] of results) {
  console.log(
    `${name.padEnd(24)} ${kb.toFixed(0).padStart(6)} KB  (${(kb - empty >= 0 ? '+' : '') + (kb - empty).toFixed(0)} KB over the empty extension)`,
  );
}

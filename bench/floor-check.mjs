// `node bench/floor-check.mjs`: what the floor that does every feature plainly (bench/minimal-features) and this
// extension each do on the bench's console fixtures, side by side: the next step and its element, the fields marked,
// the verdict after typing a wrong origin, the alert after copying the Application ID, the dialog after Save with a
// wrong entry. The floor is read against the extension's targets only where it does the same job (bench/README,
// "Session 21"); a line marked "differs" says where it does not. About 1 minute.
import { join } from 'node:path';
import { launchArm } from './lib/browser.mjs';
import { buildChrome, buildMinimalFeatures, ROOT } from './lib/build.mjs';
import { CHURN, CONSOLES, LEGACY, pagesOf, WEB_SETTINGS_FORM } from './lib/fixtures.mjs';

const fixtures = [...Object.values(CONSOLES), CHURN];
const dirs = {
  plain: await buildMinimalFeatures(join(ROOT, '.tmp/bench/check-features')),
  extension: await buildChrome(join(ROOT, '.tmp/bench/check-chrome')),
};
const TYPED = 'http://shop.example/x';

/** The texts of the elements matching `selector` inside our hosts' shadow roots. */
const shadowTexts = (page, selector) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('lwa-assistant') && el.shadowRoot)
        .flatMap((host) => [...host.shadowRoot.querySelectorAll(selector)])
        .map((el) => el.textContent.trim()),
    selector,
  );

async function observe(arm) {
  // measureLoad's checks are not used here: both arms launch as themselves.
  const launched = await launchArm(arm === 'extension' ? 'extension' : 'empty', {
    root: ROOT,
    extensionDir: dirs[arm],
    emptyDir: dirs[arm],
    pages: pagesOf(fixtures),
  });
  const seen = {};
  try {
    for (const fixture of fixtures) {
      const page = await launched.context.newPage();
      await page.goto(fixture.url, { waitUntil: 'load' });
      await page.waitForTimeout(fixture.churn ? 3000 : 800);
      const state = await page.evaluate(() => ({
        step: [...document.querySelectorAll('[data-lwa-next-step]')]
          .map(
            (el) =>
              `${el.getAttribute('data-lwa-next-step')} on <${el.localName}> "${el.textContent.trim().slice(0, 24)}"`,
          )
          .join('; '),
        fields: [...document.querySelectorAll('[data-lwa-field]')]
          .map((el) => el.getAttribute('data-lwa-field'))
          .join(' '),
      }));
      seen[`${fixture.id}: next step`] = state.step || '(none)';
      seen[`${fixture.id}: fields`] = state.fields || '(none)';
      if (fixture === WEB_SETTINGS_FORM) {
        await page.type('[data-lwa-field=allowed-origin]', TYPED);
        await page.waitForTimeout(200);
        seen[`${fixture.id}: verdict for ${TYPED}`] = await page.evaluate(() => {
          const input = document.querySelector('[data-lwa-field=allowed-origin]');
          const verdict = document.getElementById(input?.getAttribute('aria-describedby') ?? '');
          return verdict ? `${verdict.getAttribute('data-lwa-severity')}: ${verdict.textContent.trim()}` : '(none)';
        });
        // Save, by a click as the merchant would: whatever covers the button takes the click.
        await page.evaluate(() => {
          const save = [...document.querySelectorAll('button')].find((b) => /^save$/i.test(b.textContent.trim()));
          const box = save.getBoundingClientRect();
          document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.click();
        });
        await page.waitForTimeout(300);
        seen[`${fixture.id}: dialog after Save`] =
          (await shadowTexts(page, '[role=alertdialog]')).join(' | ') || '(none)';
      }
      if (fixture === LEGACY) {
        await page.evaluate(() => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('[data-lwa-field=app-id]'));
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          document.execCommand('copy');
        });
        await page.waitForTimeout(300);
        seen[`${fixture.id}: alert after copying the Application ID`] =
          (await shadowTexts(page, '[role=alert]')).join(' | ') || '(none)';
      }
      await page.close();
    }
  } finally {
    await launched.close();
  }
  return seen;
}

const plain = await observe('plain');
const extension = await observe('extension');
let differ = 0;
for (const [what, value] of Object.entries(extension)) {
  // The dialog and the alert are worded each in its own way: shown or not is what is compared.
  const shownOnly = /dialog|alert/.test(what);
  const same = shownOnly ? (plain[what] === '(none)') === (value === '(none)') : plain[what] === value;
  if (!same) differ++;
  console.log(
    `${same ? 'same   ' : 'differs'} ${what}\n        plain:     ${plain[what]}\n        extension: ${value}`,
  );
}
console.log(`\n${differ} of ${Object.keys(extension).length} differ.`);

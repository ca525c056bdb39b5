// `npm run build`: both browsers' builds (dist/chrome, dist/firefox, ready to load unpacked) and the store packages
// (artifacts/: the Chrome Web Store zip, the Firefox zip made by web-ext, and the source zip for Mozilla's review).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { manifestOverreach } from './manifest-check.mjs';
import { listFiles, writeZip } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const name = `${pkg.name}-${pkg.version}`;

for (const browser of ['chrome', 'firefox']) {
  process.env.BROWSER = browser;
  await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  const manifest = JSON.parse(readFileSync(`${root}dist/${browser}/manifest.json`, 'utf8'));
  // A page can probe web_accessible_resources to detect the extension, and every permission is a merchant's trust
  // spent: the build fails when the manifest asks for anything the allow-list does not hold.
  const overreach = manifestOverreach(manifest);
  if (overreach.length) {
    throw new Error(
      `dist/${browser}/manifest.json asks for more than scripts/manifest-allowlist.json:\n${overreach.join('\n')}`,
    );
  }
}

rmSync(`${root}artifacts`, { recursive: true, force: true });
mkdirSync(`${root}artifacts`);
writeZip(`${root}artifacts/${name}-chrome.zip`, `${root}dist/chrome`, listFiles(`${root}dist/chrome`));
execFileSync(
  `${root}node_modules/.bin/web-ext`,
  [
    'build',
    '--source-dir',
    `${root}dist/firefox`,
    '--artifacts-dir',
    `${root}artifacts`,
    '--filename',
    `${name}-firefox.zip`,
    '--overwrite-dest',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

// Mozilla's reviewers rebuild from source: everything git tracks (or, outside a checkout, the project's own folders).
const tracked = existsSync(`${root}.git`)
  ? execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  : ['package.json', 'package-lock.json', 'manifest.json', 'README.md'].concat(
      ...['src', '_locales', 'public', 'scripts', 'test'].map((d) => listFiles(`${root}${d}`).map((f) => `${d}/${f}`)),
    );
writeZip(
  `${root}artifacts/${name}-source.zip`,
  root,
  tracked.filter((f) => existsSync(`${root}${f}`)),
);

for (const file of listFiles(`${root}artifacts`)) console.log(`artifacts/${file}`);

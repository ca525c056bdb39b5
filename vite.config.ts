import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import en from './_locales/en/messages.json' with { type: 'json' };
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { isPageString } from './src/platform/page-strings';

// One manifest.json is the source of truth; the Firefox build derives its variant here (toolchain-notes: Firefox needs
// background `scripts`, a gecko id, strict_min_version >= 142 and data_collection_permissions).
export type Browser = 'chrome' | 'firefox';
export const GECKO_ID = 'lwa-setup-assistant@amazon-pay-setup.github.io';

export function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  manifest.version = pkg.version;
  if (browser === 'firefox') {
    // No `service_worker` key at all: web-ext lint warns on it, and Firefox runs event pages from `scripts`.
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * Escapes every non-ASCII character of the content scripts (`\\uXXXX`). V8 holds a script with any non-ASCII character
 * (our Japanese labels) as UTF-16, twice its size, in every console tab: about 50 KB of heap (bench/). crxjs builds
 * the content scripts in a build of its own that takes no output options, so this runs on what it emits. After
 * minification non-ASCII text can only sit in string, template and regular-expression literals, where the escape
 * means the same character.
 */
function asciiContentScripts(): Plugin {
  return {
    name: 'ascii-content-scripts',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.startsWith('src/content/') || !file.fileName.endsWith('.js')) continue;
        const toAscii = (text: string) =>
          text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        if (file.type === 'chunk') file.code = toAscii(file.code);
        else if (typeof file.source === 'string') file.source = toAscii(file.source);
        else file.source = toAscii(new TextDecoder().decode(file.source));
      }
    },
  };
}

/** A short hash of every locale's messages: the content script uses kept sentences of this build only. */
function localesHash(): string {
  const hash = createHash('sha256');
  const locales = new URL('./_locales/', import.meta.url);
  for (const locale of readdirSync(locales).sort())
    hash.update(readFileSync(new URL(`${locale}/messages.json`, locales)));
  return hash.digest('hex').slice(0, 16);
}

const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [crx({ manifest: manifestFor(browser), browser }), asciiContentScripts()],
  // The messages the background keeps for the content script (src/background/page-strings.ts).
  define: {
    __PAGE_STRING_KEYS__: JSON.stringify(Object.keys(en).filter(isPageString)),
    __PAGE_STRINGS_BUILD__: JSON.stringify(localesHash()),
  },
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox142' : 'chrome120',
    // Readable output is what store reviewers ask for; gzip makes the size difference small.
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // Both browsers support modulepreload; the polyfill would only add code to the popup.
    modulePreload: { polyfill: false },
  },
});

import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
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

const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [crx({ manifest: manifestFor(browser), browser })],
  // The messages the background keeps for the content script (src/background/page-strings.ts).
  define: { __PAGE_STRING_KEYS__: JSON.stringify(Object.keys(en).filter(isPageString)) },
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

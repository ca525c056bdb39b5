// Keeps the content script's sentences in storage, in the browser's UI language, so that a console page does not wait
// on getMessage's synchronous bundle request (platform/i18n.ts). Rewritten at every start of the background, which an
// install, an update and every browser start bring (a new browser language needs a restart; main.ts listens to
// runtime.onStartup so that the background starts then).
import { marker, PAGE_STRINGS, type PageStrings } from '../platform/i18n';
import { ext } from '../platform/native';

// From _locales/en/messages.json at build time (vite.config.ts), filtered by platform/page-strings.ts.
declare const __PAGE_STRING_KEYS__: string[];
// A hash of every _locales/*/messages.json of this build (vite.config.ts).
declare const __PAGE_STRINGS_BUILD__: string;

const MARKERS = Array.from({ length: 9 }, (_, i) => marker(i + 1));

export async function keepPageStrings(): Promise<void> {
  const messages: Record<string, string> = {};
  for (const key of __PAGE_STRING_KEYS__) {
    const message = ext.i18n.getMessage(key, MARKERS);
    if (message) messages[key] = message;
  }
  const kept: PageStrings = { build: __PAGE_STRINGS_BUILD__, messages };
  const stored = (await ext.storage.local.get(PAGE_STRINGS))[PAGE_STRINGS];
  if (JSON.stringify(stored) !== JSON.stringify(kept)) await ext.storage.local.set({ [PAGE_STRINGS]: kept });
}

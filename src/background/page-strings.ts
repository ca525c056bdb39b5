// Keeps the content script's sentences in storage, in the browser's UI language, so that a console page does not wait
// on getMessage's synchronous bundle request (platform/i18n.ts). Rewritten at every start of the background: an update
// or a new browser language (which needs a browser restart) starts it.
import { marker, PAGE_STRINGS } from '../platform/i18n';
import { ext } from '../platform/native';

// From _locales/en/messages.json at build time (vite.config.ts), filtered by platform/page-strings.ts.
declare const __PAGE_STRING_KEYS__: string[];

const MARKERS = Array.from({ length: 9 }, (_, i) => marker(i + 1));

export async function keepPageStrings(): Promise<void> {
  const messages: Record<string, string> = {};
  for (const key of __PAGE_STRING_KEYS__) {
    const message = ext.i18n.getMessage(key, MARKERS);
    if (message) messages[key] = message;
  }
  const stored = (await ext.storage.local.get(PAGE_STRINGS))[PAGE_STRINGS];
  if (JSON.stringify(stored) !== JSON.stringify(messages)) await ext.storage.local.set({ [PAGE_STRINGS]: messages });
}

import { ext } from './native';

// The content script's sentences come from `_locales` like every other, but not through `i18n.getMessage` on every
// page load: in a content script Chrome's first getMessage waits on a synchronous request for the whole message
// bundle, 2–15 ms of blocked main thread per console page (measured, bench/). The background asks getMessage once per
// start and keeps the page's sentences in storage (platform/page-strings.ts); the content script reads them with its
// other storage reads, asynchronously, and falls back to getMessage when they are missing.

/** Where the background keeps the content script's sentences, as getMessage gives them with markers for `$1`…`$9`. */
export const PAGE_STRINGS = 'pageStrings';
/** Marker n stands for substitution n: private-use characters, which no message contains. */
export const marker = (n: number) => String.fromCharCode(0xe000 + n);
const MARKERS = /[\ue001-\ue009]/g;

/** What the background keeps: the sentences, for which build of `_locales`. */
export interface PageStrings {
  build: string;
  messages: Record<string, string>;
}

let strings: Record<string, string> | undefined;

/**
 * The page sentences read from storage. They serve only if kept for this build's `_locales` (after an update, until
 * the background has kept them anew, getMessage).
 */
export function usePageStrings(kept: PageStrings | undefined, build: string): void {
  strings = kept?.build === build ? kept.messages : undefined;
}

/**
 * A sentence from `_locales`, in the browser's UI language (dom-contract: Language). A missing key falls back to the
 * key itself so a gap shows up in tests instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const template = strings?.[key];
  if (template !== undefined) {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return template.replace(MARKERS, (m) => subs[m.charCodeAt(0) - 0xe001] ?? '');
  }
  try {
    return ext.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

import { ext } from './native';

/**
 * A sentence from `_locales`, in the browser's UI language (dom-contract: Language). A missing key falls back to the
 * key itself so a gap shows up in tests instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return ext.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

// Sentences built from `_locales` for values the core returns as codes.
import type { Verdict } from '../core/urls';
import { t } from '../platform/i18n';
import { ext } from '../platform/native';
import type { Region } from '../platform/storage';

export const uiLanguage = (): string => {
  try {
    return ext.i18n.getUILanguage();
  } catch {
    return 'en';
  }
};

/** "a, b and c" in the popup's language. */
export const list = (items: string[]): string =>
  new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(items);

export const dateTime = (time: number): string =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(time);

/** Message keys are the core's codes with `_` for `-`: `client-id` → `credential_client_id`. */
export const key = (prefix: string, code: string) => `${prefix}_${code.replaceAll('-', '_')}`;

export const regionName = (region: Region) => t(key('popup_region', region.toLowerCase()));

export const consoleName = (console: string) => t(key('console', console));

/** A verdict of core/urls.ts; substitutions in the order the messages declare them (test/core/messages.test.ts). */
export function verdictText(verdict: Verdict): string {
  const p = verdict.params ?? {};
  return t(key('verdict', verdict.code), [
    p.value ?? '',
    p.suggestion ?? '',
    p.host ?? '',
    p.port ?? '',
    p.scheme ?? '',
  ]);
}

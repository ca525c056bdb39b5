// Which `_locales` messages the content script shows on console pages: the background keeps exactly these in storage
// (see platform/i18n.ts for why). vite.config.ts lists the keys from _locales/en at build time; a test checks that
// every key the content script asks for is among them.

/** Messages shown on console pages: verdicts, findings, steps, field names, the guard and the copy button. */
export const isPageString = (key: string): boolean =>
  /^(verdict|finding|step|field)_|^guard[A-Z]/.test(key) ||
  [
    'dismiss',
    'copied',
    'copyFailed',
    'copyClientId',
    'copyClientIdInstead',
    'pastedList',
    'splitList',
    'useSuggestion',
    'lineVerdict',
  ].includes(key);

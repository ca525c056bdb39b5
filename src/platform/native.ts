// The browser's own extension namespace, for code that cannot afford webextension-polyfill (the content scripts) or
// that runs in every context (storage, i18n). Firefox has `browser`; Chrome has `chrome`, whose MV3 APIs return
// promises too, and `browser` since Chrome 148.
export const ext: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;

/** False once the extension has been reloaded, updated or removed under a running content script. */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext?.runtime?.id);
  } catch {
    return false;
  }
}

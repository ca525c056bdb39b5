// The extension API for the popup and the background, through webextension-polyfill (promises and the `browser`
// namespace in both browsers). Content scripts do not import this module: the polyfill costs about 3 KB gzipped and
// they use `native.ts` instead.
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';

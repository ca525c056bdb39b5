// Storage keys that the content script's read-ahead (content/read-ahead.ts, a script of a few hundred bytes) names
// without the typed items of storage.ts.
import type { Region } from '../core/consoles';

export const SELECTED_REGION = 'selectedRegion';
export const progressKey = (region: Region) => `progress.${region}`;

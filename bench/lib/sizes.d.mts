// Types for sizes.mjs, so test/build/sizes.test.ts can import it.
export declare const BUDGETS: {
  contentScripts: number;
  contentScriptsStretch: number;
  contentScriptsGate: number;
  popupJs: number;
};
export interface SizedFile {
  part: 'content' | 'popup' | 'background';
  file: string;
  bytes: number;
  gzip: number;
}
export declare function measureSizes(dist: string): {
  files: SizedFile[];
  totals: { contentScripts: number; popupJs: number; background: number };
};

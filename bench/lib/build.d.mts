// Types for build.mjs.
export declare const ROOT: string;
export declare function buildChrome(outDir: string): Promise<string>;
export declare function buildMinimalDomain(outDir: string): Promise<string>;
export declare function buildMinimalFeatures(outDir: string): Promise<string>;

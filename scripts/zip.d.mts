export function listFiles(dir: string): string[];
export function writeZip(zipPath: string, baseDir: string, files: string[]): void;
export function extractZip(zipPath: string, outDir: string): void;

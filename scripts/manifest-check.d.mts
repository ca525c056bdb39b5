export function manifestOverreach(manifest: unknown): string[];

// Types for stats.mjs, so test/e2e/bench-counts.chromium.test.ts can import it.
export declare function quantile(values: number[], q: number): number;
export declare const median: (values: number[]) => number;
export declare const fewest: (values: number[]) => number;
export declare function summary(values: number[]): {
  n: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  p95: number;
  min: number;
  max: number;
};

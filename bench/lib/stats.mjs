// Order statistics for small samples (9 loads per arm): median, quartiles and p95 by linear interpolation.

/** @param {number[]} values @param {number} q in [0, 1] */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

/** The smallest value (NaN for none): what every sample reached, for counts that some samples exceed by chance. */
export const fewest = (values) => (values.length ? Math.min(...values) : Number.NaN);

/** Median, quartiles and their distance (the interquartile range), min, max, p95 and the number of samples. */
export function summary(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  return {
    n: finite.length,
    median: median(finite),
    q1,
    q3,
    iqr: q3 - q1,
    p95: quantile(finite, 0.95),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

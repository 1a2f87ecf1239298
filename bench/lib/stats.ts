// Small statistics of the bench: medians, nearest-rank percentiles, frame-time distributions.

export interface Distribution {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

export const distribution = (deltas: readonly number[]): Distribution => ({
  frames: deltas.length,
  p50: percentile(deltas, 50),
  p95: percentile(deltas, 95),
  max: deltas.length ? Math.max(...deltas) : Number.NaN,
  mean: deltas.length ? deltas.reduce((s, d) => s + d, 0) / deltas.length : Number.NaN,
});

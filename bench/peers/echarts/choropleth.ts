/** ColorBrewer Blues, 5 classes (the app's default scheme for the baseline urbanization rate). */
export const BLUES_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
/** Pilots without a value. */
export const NO_DATA = '#c8c8c8';
/** Counties that are not pilots. */
export const NEUTRAL = '#f3efe6';

/** A pilot drawn as a point (towns, zones): id, display name, [lng, lat]. */
export interface PilotPoint {
  id: string;
  name: string;
  coord: [number, number];
}

/** Inner breaks (k − 1) of k quantile classes by rank; class i starts at the value of rank round(i·n/k). Ties merge. */
export function quantileBreaks(values: readonly number[], k: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks = Array.from({ length: k - 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.round(((i + 1) * sorted.length) / k))]!);
  return breaks.filter((b, i) => b > sorted[0]! && (i === 0 || b > breaks[i - 1]!));
}

/** Decimal places of a number as written (68.9 → 1, 75 → 0, 61.63 → 2); at most 6. */
export function decimals(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9 * Math.max(1, Math.abs(x) * 10 ** d)) return d;
  return 6;
}

/** x rounded to d decimal places, without binary noise (75 − 68.9 = 6.099999… → 6.1). */
export function roundTo(x: number, d: number): number {
  return Number(x.toFixed(d));
}

/** A difference of stated values to the precision of the more precise of them. */
export function difference(a: number, b: number): number {
  return roundTo(a - b, Math.max(decimals(a), decimals(b)));
}

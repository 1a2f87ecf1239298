import type { Qualifier } from '../schema/indicators.ts';

/** A stated value entering a derived one, and which way it pushes the result: +1 added or multiplied, −1 subtracted or divided by. */
export interface Term {
  qualifier: Qualifier;
  sign: 1 | -1;
}

/** Which way a qualifier bounds the true value: at_least → the truth is at or above (+1), at_most → at or below (−1). */
const BOUND: Record<Qualifier, 1 | -1 | 0> = { exact: 0, about: 0, at_least: 1, at_most: -1 };

/**
 * The qualifier of a difference or a ratio of positive stated values.
 *
 * Rule (a bound survives only if every bounded term pushes the same way):
 * - any term `about` → `about` (an approximate input makes the result approximate);
 * - all terms `exact` → `exact`;
 * - otherwise each bounded term bounds the result by its qualifier times its sign:
 *   target ≥ 80 minus baseline 64.8 → increase ≥ 15.2 (`at_least`);
 *   resident 54 minus hukou ≥ 44.5 → gap ≤ 9.5 (`at_most`);
 *   population / area: at_least population → at_least density, at_least area → at_most density;
 * - bounds pushing both ways cancel into no bound at all: the result is `about`.
 */
export function combineQualifiers(terms: readonly Term[]): Qualifier {
  if (terms.some((t) => t.qualifier === 'about')) return 'about';
  const directions = new Set(terms.map((t) => BOUND[t.qualifier] * t.sign).filter((d) => d !== 0));
  if (directions.size === 0) return 'exact';
  if (directions.size > 1) return 'about';
  return directions.has(1) ? 'at_least' : 'at_most';
}

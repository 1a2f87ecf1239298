import type { IndicatorRecord } from '../schema/indicators.ts';

/**
 * Picking one pilot's own records. Only records without `scope` are the pilot's: a value stated
 * for a sub-area (中心城区, 县级市, …; yantai lines 189–203) must never stand for the whole pilot.
 */

/** Earlier document, then earlier line: the order the documents state things in. */
const byPlace = (a: IndicatorRecord, b: IndicatorRecord) =>
  a.source.doc === b.source.doc ? a.source.line - b.source.line : a.source.doc < b.source.doc ? -1 : 1;

/** The pilot's own records of one indicator and kind, in document order. */
export function own(records: readonly IndicatorRecord[], indicator: string, kind: IndicatorRecord['kind']): IndicatorRecord[] {
  return records.filter((r) => r.scope === undefined && r.indicator === indicator && r.kind === kind).sort(byPlace);
}

/**
 * The year the pilot's plan starts from: the earliest year it sets any target for (its own records).
 * A "baseline" dated at or after it cannot be the plan's starting point; null when it sets no dated target.
 */
export function planYear(records: readonly IndicatorRecord[]): number | null {
  const years = records.filter((r) => r.scope === undefined && r.kind === 'target' && r.year !== null).map((r) => r.year as number);
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * The latest own baseline of an indicator dated before `before` and before the plan's first target year;
 * an undated baseline (the text gives no year, e.g. batch2 line 814) only when no dated one qualifies.
 * Equal years: the first stated.
 */
export function latestBaseline(records: readonly IndicatorRecord[], indicator: string, before: number | null = null): IndicatorRecord | null {
  const limit = Math.min(before ?? Infinity, planYear(records) ?? Infinity);
  const candidates = own(records, indicator, 'baseline');
  const dated = candidates.filter((r) => r.year !== null && r.year < limit);
  if (dated.length > 0) return dated.reduce((best, r) => ((r.year as number) > (best.year as number) ? r : best));
  return candidates.find((r) => r.year === null) ?? null;
}

/** The own target of an indicator for a year (the first stated if the documents give several). */
export function targetFor(records: readonly IndicatorRecord[], indicator: string, year: number | null): IndicatorRecord | null {
  if (year === null) return null;
  return own(records, indicator, 'target').find((r) => r.year === year) ?? null;
}

/** The years the records set own targets of an indicator for, ascending (undated targets have none). */
export function targetYears(records: readonly IndicatorRecord[], indicator: string): number[] {
  const years = new Set(own(records, indicator, 'target').flatMap((r) => (r.year === null ? [] : [r.year])));
  return [...years].sort((a, b) => a - b);
}

/**
 * Own baselines of two indicators for the same year: the latest year both are stated for before the
 * plan's first target year; undated ones pair only when they stand in the same sentence (same doc and line).
 */
export function pairedBaselines(records: readonly IndicatorRecord[], a: string, b: string): [IndicatorRecord, IndicatorRecord] | null {
  const limit = planYear(records) ?? Infinity;
  const as = own(records, a, 'baseline');
  const bs = own(records, b, 'baseline');
  let best: [IndicatorRecord, IndicatorRecord] | null = null;
  for (const ra of as) {
    if (ra.year !== null && ra.year >= limit) continue;
    const rb = bs.find((r) =>
      ra.year === null ? r.year === null && r.source.doc === ra.source.doc && r.source.line === ra.source.line : r.year === ra.year,
    );
    if (!rb) continue;
    if (best === null || (ra.year !== null && (best[0].year === null || ra.year > best[0].year))) best = [ra, rb];
  }
  return best;
}

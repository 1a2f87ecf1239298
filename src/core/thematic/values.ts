import type { IndicatorRecord } from '../schema/indicators.ts';
import { THEMATIC_DEFAULTS } from './defaults.ts';
import type { PilotValue } from './measure.ts';
import { measureById } from './measures.ts';

/** Records grouped by pilot id, in first-seen order. */
function byPilot(records: readonly IndicatorRecord[]): Map<string, IndicatorRecord[]> {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const r of records) {
    const group = groups.get(r.pilot);
    if (group) group.push(r);
    else groups.set(r.pilot, [r]);
  }
  return groups;
}

/**
 * Each pilot's value of a measure: pilots whose records do not support one are absent.
 * For a measure chosen by year, `year` null means its default year (see defaultYear);
 * a year the data do not have gives an empty map. An unknown measure id throws.
 */
export function pilotValues(records: readonly IndicatorRecord[], measureId: string, year: number | null): Map<string, PilotValue> {
  const measure = measureById(measureId);
  const chosen = measure.years && year === null ? defaultYear(records, measureId) : year;
  const values = new Map<string, PilotValue>();
  for (const [pilot, own] of byPilot(records)) {
    const value = measure.compute(own, chosen);
    if (value !== null && Number.isFinite(value.value)) values.set(pilot, value);
  }
  return values;
}

/** Years a measure can be shown for, each with how many pilots have a value then, ascending; [] for measures without years. */
export function yearCoverage(records: readonly IndicatorRecord[], measureId: string): { year: number; pilots: number }[] {
  const measure = measureById(measureId);
  if (!measure.years) return [];
  return measure
    .years(records)
    .map((year) => ({ year, pilots: pilotValues(records, measureId, year).size }))
    .filter((c) => c.pilots > 0);
}

/** Years a measure can be shown for (at least one pilot has a value), ascending; [] for measures without years. */
export function availableYears(records: readonly IndicatorRecord[], measureId: string): number[] {
  return yearCoverage(records, measureId).map((c) => c.year);
}

/**
 * The year a measure opens at: the preferred year (2020, THEMATIC_DEFAULTS) when available, else the year
 * with most pilots (the earlier on a tie); null for measures without years or with no year at all.
 */
export function defaultYear(records: readonly IndicatorRecord[], measureId: string): number | null {
  const coverage = yearCoverage(records, measureId);
  if (coverage.some((c) => c.year === THEMATIC_DEFAULTS.preferredYear)) return THEMATIC_DEFAULTS.preferredYear;
  let best: { year: number; pilots: number } | null = null;
  for (const c of coverage) if (best === null || c.pilots > best.pilots) best = c;
  return best?.year ?? null;
}

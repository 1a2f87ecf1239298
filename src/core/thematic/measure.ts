import type { IndicatorRecord, Qualifier, SourceRef } from '../schema/indicators.ts';
import type { Lang } from '../url-state.ts';

/** One pilot's value of a measure, with what it rests on. */
export interface PilotValue {
  value: number;
  /** How the documents state it; derived values combine their inputs' (see qualifier.ts). */
  qualifier: Qualifier;
  /** The year the value refers to: the baseline year used, or the target year; null where the text gives none. */
  year: number | null;
  /** For a change from a baseline to a target: the baseline year it starts from (null where the text gives none). */
  baseYear?: number | null;
  /** The sentences the value comes from, in the order they entered it. */
  sources: SourceRef[];
}

/** sequential: low → high in one hue ramp; diverging: below and above a centre (0) in two. */
export type MeasureKind = 'sequential' | 'diverging';

/** A quantity the thematic map can show, computed from one pilot's indicator records. */
export interface Measure {
  id: string;
  label: Record<Lang, string>;
  /** Unit shown after a value ('' for none). */
  unit: Record<Lang, string>;
  kind: MeasureKind;
  /** For measures chosen by year (targets): the candidate years found in the records, ascending. */
  years?: (records: readonly IndicatorRecord[]) => number[];
  /**
   * The value for one pilot, or null when its records do not support one.
   * `records` are all records of that pilot (scoped ones included: the measure ignores them);
   * `year` is the chosen year for measures with `years`, and ignored by the others.
   */
  compute: (records: readonly IndicatorRecord[], year: number | null) => PilotValue | null;
}

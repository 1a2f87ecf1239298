import type { RecordKind } from './schema';
import type { YearMarker, YearType } from './years';

/** What a sentence knows about time besides its own year markers. */
export type TimeContext = {
  /** Last year of the document's past (years.ts referenceYear); null when unknown. */
  readonly refYear: number | null;
  /** A paragraph opening with “到2025年，…” lends its year to the goals listed after it. */
  readonly carriedYear: number | null;
  /**
   * The year in force at the end of the paragraph's earlier sentences about the same subject
   * (“到 2017 年，实现…一体化。常住人口城镇化率达到 65.5%。” — 宜都 line 1757).
   */
  readonly priorYear: { readonly year: number; readonly type: YearType } | null;
  /** Inside a section headed …目标 (一、总体目标, 第三节 主要目标). */
  readonly inTargetSection: boolean;
  /** Before the first outline heading of the pilot's section: the pilot's description. */
  readonly intro: boolean;
};

export type Time = { readonly kind: RecordKind; readonly year: number | null };

/** Words that make a value without a year a goal rather than a fact. */
const ASPIRATION = /(?:实现|力争|努力|争取|确保|打造成为|建设成为|建成|预计|将达到|目标)/u;

/** The year marker in force at `pos`: the last one before it that is not a comparison. */
export function markerAt(years: readonly YearMarker[], pos: number): YearMarker | null {
  let found: YearMarker | null = null;
  for (const y of years) if (y.end <= pos && y.type !== 'compare') found = y;
  return found;
}

/** Kind and year of a value standing at `pos` in `text`. */
export function timeAt(text: string, years: readonly YearMarker[], pos: number, ctx: TimeContext, year?: number): Time {
  const marker = markerAt(years, pos) ?? ctx.priorYear;
  if (marker) {
    const y = year ?? marker.year;
    if (marker.type === 'compare') return { kind: 'baseline', year: null };
    if (marker.type === 'target') return { kind: 'target', year: y };
    if (marker.type === 'until') return { kind: 'baseline', year: y };
    const future = ctx.refYear !== null && y > ctx.refYear;
    return { kind: future ? 'target' : 'baseline', year: y };
  }
  if (ctx.carriedYear !== null) return { kind: 'target', year: ctx.carriedYear };
  if (ctx.intro) return { kind: 'baseline', year: null };
  const goal = ctx.inTargetSection || ASPIRATION.test(text.slice(0, pos));
  return { kind: goal ? 'target' : 'baseline', year: null };
}

import { ckmeans } from 'simple-statistics';
import { THEMATIC_DEFAULTS } from './defaults.ts';
import { manualBreaks } from './manual-breaks.ts';

export const CLASS_METHODS = ['quantile', 'equal', 'jenks', 'manual'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

/** Why a classification has fewer classes than asked for (or none). */
export interface ClassifyNote {
  reason: 'empty' | 'single_value' | 'few_distinct' | 'merged_breaks';
  /** Classes asked for. */
  requested: number;
  /** Distinct values among those classified. */
  distinct: number;
  message: string;
}

export interface Classification {
  method: ClassMethod;
  /** Classes made (≤ the k asked for; 0 for no values). */
  k: number;
  /**
   * k + 1 bounds, ascending: class i holds breaks[i] ≤ v < breaks[i+1], the last class also v = breaks[k].
   * Strictly increasing, except that the last class may be the single value [max, max].
   */
  breaks: number[];
  /** Values per class (classOf of each value). */
  counts: number[];
  note?: ClassifyNote;
}

/**
 * The class of a value: i with breaks[i] ≤ value < breaks[i+1], the upper bound included for the
 * last class; −1 outside the bounds, for a non-finite value or without classes.
 */
export function classOf(value: number, breaks: readonly number[]): number {
  const k = breaks.length - 1;
  if (k < 1 || !Number.isFinite(value) || value < breaks[0]! || value > breaks[k]!) return -1;
  for (let i = k - 1; i > 0; i--) if (value >= breaks[i]!) return i;
  return 0;
}

/** Quantiles by rank: class i starts at the value of rank round(i·n/k), so classes hold n/k values each when no value ties. */
const quantile = (sorted: readonly number[], k: number) =>
  Array.from({ length: k - 1 }, (_, i) => sorted[Math.round(((i + 1) * sorted.length) / k)]!);

/** k equal steps from min to max. */
const equal = (sorted: readonly number[], k: number) => {
  const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
  return Array.from({ length: k - 1 }, (_, i) => min + ((i + 1) * (max - min)) / k);
};

/**
 * Natural breaks by Ckmeans (simple-statistics: optimal 1-D k-means, Jenks' aim done exactly).
 * Each class starts at its smallest member, so a class spans from its minimum up to the next class's minimum.
 */
const jenks = (sorted: readonly number[], k: number) => ckmeans(sorted, k).slice(1).map((cluster) => cluster[0]!);

/** The inner breaks (k − 1 of them) of each automatic method: a dispatch table. */
const INNER: Record<Exclude<ClassMethod, 'manual'>, (sorted: readonly number[], k: number) => number[]> = { quantile, equal, jenks };

const checkK = (k: number, minClasses: number = THEMATIC_DEFAULTS.minClasses) => {
  const { maxClasses } = THEMATIC_DEFAULTS;
  if (!Number.isInteger(k) || k < minClasses || k > maxClasses) throw new RangeError(`classify › classes must be an integer in ${minClasses}–${maxClasses}, got ${k}`);
};

const count = (values: readonly number[], breaks: readonly number[]) => {
  const counts = new Array<number>(breaks.length - 1).fill(0);
  for (const v of values) counts[classOf(v, breaks)]! += 1;
  return counts;
};

/**
 * Splits values into k classes (3–9). Fewer distinct values than k give one class per distinct value,
 * tied quantiles merge into one class, a single value gives one class [v, v], no values give none:
 * each says so in `note`. Manual breaks are validated (manual-breaks.ts) and kept as given, empty classes included.
 */
export function classify(values: readonly number[], method: ClassMethod, k: number, manual?: readonly number[]): Classification {
  // Manual breaks decide their own count: one break inside the data makes two classes.
  checkK(k, method === 'manual' ? 1 : THEMATIC_DEFAULTS.minClasses);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`classify › values[${i}] is ${v}, not a finite number`);
  });
  const sorted = [...values].sort((a, b) => a - b);
  if (method === 'manual') {
    const breaks = manualBreaks(manual, k, sorted);
    const empty: ClassifyNote = { reason: 'empty', requested: k, distinct: 0, message: 'no values to classify' };
    return { method, k, breaks, counts: count(sorted, breaks), ...(sorted.length === 0 ? { note: empty } : {}) };
  }
  if (!(method in INNER)) throw new Error(`classify › unknown method "${String(method)}" (known: ${CLASS_METHODS.join(', ')})`);
  if (sorted.length === 0) return { method, k: 0, breaks: [], counts: [], note: { reason: 'empty', requested: k, distinct: 0, message: 'no values to classify' } };
  const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
  const distinct = new Set(sorted).size;
  if (distinct === 1) {
    const message = `a single value (${min}): 1 class instead of ${k}`;
    return { method, k: 1, breaks: [min, max], counts: [sorted.length], note: { reason: 'single_value', requested: k, distinct, message } };
  }
  const made = Math.min(k, distinct);
  // Tied quantiles would give empty classes of zero width: merge them. Only the last class may have zero
  // width, [max, max] (e.g. Jenks on 5, 5, 7, 7, 7 → [5, 7, 7]): classOf puts the maximum there.
  const breaks = [...new Set([min, ...INNER[method](sorted, made)]), max];
  const actual = breaks.length - 1;
  const note: ClassifyNote | undefined =
    made < k
      ? { reason: 'few_distinct', requested: k, distinct, message: `only ${distinct} distinct values: ${actual} classes instead of ${k}` }
      : actual < k
        ? { reason: 'merged_breaks', requested: k, distinct, message: `tied values share a break: ${actual} classes instead of ${k}` }
        : undefined;
  return { method, k: actual, breaks, counts: count(sorted, breaks), ...(note ? { note } : {}) };
}

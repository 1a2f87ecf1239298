import { beforeAll, describe, expect, it } from 'vitest';
import { classify, classOf } from '../../../src/core/thematic/classify.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { realData } from './real-data.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('classOf', () => {
  const breaks = [0, 10, 20, 30];

  it('puts a value on a break into the class that starts there', () => {
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(9.999, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(1);
    expect(classOf(20, breaks)).toBe(2);
  });

  it('includes the upper bound in the last class only', () => {
    expect(classOf(30, breaks)).toBe(2);
  });

  it('returns −1 outside the bounds, for NaN and without classes', () => {
    expect(classOf(-0.1, breaks)).toBe(-1);
    expect(classOf(30.1, breaks)).toBe(-1);
    expect(classOf(Number.NaN, breaks)).toBe(-1);
    expect(classOf(5, [])).toBe(-1);
  });
});

describe('classify on the real baseline rates', () => {
  let rates: number[];
  beforeAll(async () => {
    rates = [...pilotValues((await realData()).records, 'urbanization_baseline', null).values()].map((v) => v.value);
  });

  it('makes quantile classes whose counts differ by at most one when values do not tie across a break', () => {
    const c = classify(rates, 'quantile', 5);
    expect(c.k).toBe(5);
    expect(sum(c.counts)).toBe(rates.length);
    expect(Math.max(...c.counts) - Math.min(...c.counts)).toBeLessThanOrEqual(1);
  });

  it.each([3, 9])('makes %i classes by every automatic method, bounded by the data’s min and max', (k) => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const c = classify(rates, method, k);
      expect(c.k, method).toBe(k);
      expect(c.breaks).toHaveLength(k + 1);
      expect(c.breaks[0]).toBe(Math.min(...rates));
      expect(c.breaks[k]).toBe(Math.max(...rates));
      expect(sum(c.counts), method).toBe(rates.length);
      expect(c.counts, method).toEqual(c.breaks.slice(0, -1).map((_, i) => rates.filter((v) => classOf(v, c.breaks) === i).length));
    }
  });

  it('makes equal intervals of equal width', () => {
    const c = classify(rates, 'equal', 4);
    const widths = c.breaks.slice(1).map((b, i) => b - c.breaks[i]!);
    for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 9);
  });
});

describe('classify', () => {
  it('finds Jenks breaks at the minima of the Ckmeans clusters', () => {
    // simple-statistics' own example: ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3) = [[-1 ×4], [2 ×3], [4, 5, 6]].
    const c = classify([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 'jenks', 3);
    expect(c).toEqual({ method: 'jenks', k: 3, breaks: [-1, 2, 4, 6], counts: [4, 3, 3] });
  });

  it('splits eight distinct values into four quantile classes of two', () => {
    expect(classify([8, 1, 7, 2, 6, 3, 5, 4], 'quantile', 4)).toMatchObject({ breaks: [1, 3, 5, 7, 8], counts: [2, 2, 2, 2] });
  });

  it('spreads the odd values of uneven quantiles to the outer classes (five values in three classes: 2, 1, 2)', () => {
    expect(classify([1, 2, 3, 4, 5], 'quantile', 3)).toMatchObject({ breaks: [1, 3, 4, 5], counts: [2, 1, 2] });
  });

  it('merges quantile classes that ties would leave empty, and says so', () => {
    const c = classify([1, 1, 1, 1, 1, 1, 2, 3, 4], 'quantile', 3);
    expect(c.k).toBeLessThan(3);
    expect(c.counts.every((n) => n > 0)).toBe(true);
    expect(sum(c.counts)).toBe(9);
    expect(c.note).toMatchObject({ reason: 'merged_breaks', requested: 3 });
  });

  it('makes one class per distinct value when there are fewer than k, and says so', () => {
    const c = classify([5, 5, 7, 7, 7], 'jenks', 5);
    expect(c).toMatchObject({ k: 2, breaks: [5, 7, 7], counts: [2, 3], note: { reason: 'few_distinct', requested: 5 } });
    expect(c.note!.message).toMatch(/only 2 distinct values: 2 classes instead of 5/);
  });

  it('makes one class [v, v] of a single value, repeated or not', () => {
    for (const values of [[61.5], [61.5, 61.5, 61.5]]) {
      expect(classify(values, 'quantile', 5)).toMatchObject({ k: 1, breaks: [61.5, 61.5], counts: [values.length], note: { reason: 'single_value' } });
    }
    expect(classOf(61.5, [61.5, 61.5])).toBe(0);
  });

  it('makes no classes of no values, and says so', () => {
    expect(classify([], 'equal', 5)).toMatchObject({ k: 0, breaks: [], counts: [], note: { reason: 'empty' } });
  });

  it('refuses a class count outside 3–9 and values that are not finite', () => {
    expect(() => classify([1, 2, 3], 'quantile', 2)).toThrow('classes must be an integer in 3–9, got 2');
    expect(() => classify([1, 2, 3], 'quantile', 10)).toThrow(/got 10/);
    expect(() => classify([1, 2, 3], 'quantile', 4.5)).toThrow(/got 4.5/);
    expect(() => classify([1, Number.NaN], 'equal', 3)).toThrow('values[1] is NaN, not a finite number');
  });
});

describe('classify with manual breaks', () => {
  const values = [13.8, 40, 55, 60, 68.9, 96.2];

  it('takes k + 1 bounds that span the data as they are, empty classes included', () => {
    expect(classify(values, 'manual', 4, [0, 40, 60, 80, 100])).toEqual({ method: 'manual', k: 4, breaks: [0, 40, 60, 80, 100], counts: [1, 2, 2, 1] });
    expect(classify(values, 'manual', 3, [0, 97, 98, 100]).counts).toEqual([6, 0, 0]);
  });

  it('takes k − 1 inner breaks and bounds them by the data', () => {
    expect(classify(values, 'manual', 3, [50, 65])).toMatchObject({ breaks: [13.8, 50, 65, 96.2], counts: [2, 2, 2] });
  });

  it('names what is wrong with them', () => {
    expect(() => classify(values, 'manual', 4)).toThrow('manual breaks › missing: give 5 bounds or 3 inner breaks for 4 classes');
    expect(() => classify(values, 'manual', 4, [0, 40, 60, 100])).toThrow('manual breaks › 4 numbers for 4 classes: give 5 bounds (min to max) or 3 inner breaks');
    expect(() => classify(values, 'manual', 4, [0, 60, 40, 80, 100])).toThrow('manual breaks › [2] 40 is not above [1] 60: breaks must increase');
    expect(() => classify(values, 'manual', 4, [0, 40, 40, 80, 100])).toThrow('[2] 40 is not above [1] 40');
    expect(() => classify(values, 'manual', 4, [0, 40, Number.POSITIVE_INFINITY, 80, 100])).toThrow('manual breaks › [2] is Infinity, not a finite number');
    expect(() => classify(values, 'manual', 4, [20, 40, 60, 80, 90])).toThrow(
      'manual breaks › the bounds 20–90 leave out 2 value(s) (13.8, 96.2): the first must be ≤ 13.8 and the last ≥ 96.2',
    );
    expect(() => classify(values, 'manual', 3, [10, 65])).toThrow('manual breaks › [0] 10 is outside the data (13.8–96.2): inner breaks must lie strictly between');
    expect(() => classify(values, 'manual', 3, [50, 96.2])).toThrow('manual breaks › [1] 96.2 is outside the data');
  });

  it('keeps full bounds over no values and refuses inner ones there', () => {
    expect(classify([], 'manual', 3, [0, 1, 2, 3])).toMatchObject({ k: 3, counts: [0, 0, 0], note: { reason: 'empty' } });
    expect(() => classify([], 'manual', 3, [1, 2])).toThrow(/inner breaks need values/);
  });
});

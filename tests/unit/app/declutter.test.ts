import { describe, expect, it } from 'vitest';
import { declutter, textWidth } from '../../../src/core/declutter.ts';

const box = (x: number, y: number, priority = 0, width = 40, height = 14) => ({ x, y, width, height, priority });

describe('declutter', () => {
  it('keeps labels that do not touch', () => {
    expect(declutter([box(0, 0), box(100, 0), box(0, 50)])).toEqual([true, true, true]);
  });

  it('drops the lower-priority label of two that overlap, whatever their order', () => {
    expect(declutter([box(0, 0, 1), box(10, 5, 5)])).toEqual([false, true]);
    expect(declutter([box(10, 5, 5), box(0, 0, 1)])).toEqual([true, false]);
  });

  it('keeps the first of equal priority and respects the padding', () => {
    expect(declutter([box(0, 0), box(41, 0)], 0)).toEqual([true, true]);
    expect(declutter([box(0, 0), box(41, 0)], 2)).toEqual([true, false]);
  });
});

describe('textWidth', () => {
  it('counts CJK characters as square and Latin ones as narrower', () => {
    expect(textWidth('烟台', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6);
  });
});

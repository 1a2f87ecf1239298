import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/format.ts';
import { formatRange, legendDecimals } from '../../../src/core/thematic/format.ts';

const NBSP = '\u00a0';

describe('legend number formatting', () => {
  it('writes a range with fixed decimals and the unit attached in Chinese', () => {
    expect(formatRange(55, 62.5, '%', 'zh', 1)).toBe('55.0–62.5%');
    expect(formatRange(71.4, 103.6, '万人', 'zh', 1)).toBe('71.4–103.6万人');
  });

  it('writes a range without trailing zeros in English, a no-break space before a unit but none before %', () => {
    expect(formatRange(55, 62.5, '%', 'en', 1)).toBe('55–62.5%');
    expect(formatRange(1990, 27691, 'km²', 'en', 0)).toBe(`1,990–27,691${NBSP}km²`);
  });

  it('groups thousands in both languages', () => {
    expect(formatNumber(1442.75, 'zh', 2)).toBe('1,442.75');
    expect(formatNumber(1442.75, 'en', 2)).toBe('1,442.75');
  });

  it('spells a range out where a bound is negative, with a true minus sign', () => {
    expect(formatRange(-54.04, -13, '万人', 'zh', 2)).toBe('−54.04至−13.00万人');
    expect(formatRange(-54.04, -13, '×10⁴ people', 'en', 2)).toBe(`−54.04 to −13${NBSP}×10⁴ people`);
  });

  it('shows a one-value class as that value', () => {
    expect(formatRange(61.5, 61.5, '%', 'en', 1)).toBe('61.5%');
  });

  it('uses as few decimals as the bounds need, at most two', () => {
    expect(legendDecimals([55, 62.5, 70])).toBe(1);
    expect(legendDecimals([13.8, 38.51, 96.2])).toBe(2);
    expect(legendDecimals([40, 882, 33000])).toBe(0);
    expect(legendDecimals([0, 1 / 3, 2 / 3, 1])).toBe(1);
  });
});

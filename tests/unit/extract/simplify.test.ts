import { describe, expect, it } from 'vitest';
import { convertLine, traditionalToSimplified } from '../../../pipeline/extract/simplify';
import { corpus } from './corpus';

describe('traditional → simplified', () => {
  it('converts with OpenCC and keeps each line’s length, so columns and lines stay true', () => {
    const line = '到2028年,全市常住人口城鎮化率提高至75.5%以上,城鄉居民收入比縮小到1.9以內';
    const out = convertLine(line, traditionalToSimplified());
    expect(out).toBe('到2028年,全市常住人口城镇化率提高至75.5%以上,城乡居民收入比缩小到1.9以内');
    expect(out.length).toBe(line.length);
  });

  it('falls back to converting character by character when a phrase would change the length', () => {
    const stretch = (s: string) => s.replace('城鎮', '城市城镇');
    expect(convertLine('城鎮化', stretch)).toBe('城鎮化');
  });

  it('reads the Fuzhou plan’s goals on their own line, quoting the source in its own script', () => {
    const fz = corpus().records.filter((r) => r.source.doc === 'fuzhou');
    expect(fz.map((r) => [r.indicator, r.kind, r.year, r.value, r.qualifier, r.source.line])).toEqual(
      expect.arrayContaining([
        ['resident_urbanization_rate', 'target', 2028, 75.5, 'at_least', 19],
        ['income_ratio', 'target', 2028, 1.9, 'at_most', 19],
      ]),
    );
    expect(fz[0]?.pilotName).toBe('福州市');
    expect(fz[0]?.source.text).toContain('城鎮化率');
  });

  it('keeps the Fuzhou formula in its own script', () => {
    const f = corpus().formulas.find((x) => x.source.doc === 'fuzhou');
    expect(f?.formula).toBe('雙核兩廊十四片');
    expect(f?.parts).toEqual([
      { count: 2, word: '核' },
      { count: 2, word: '廊' },
      { count: 14, word: '片' },
    ]);
    expect(f?.source.line).toBe(37);
  });
});

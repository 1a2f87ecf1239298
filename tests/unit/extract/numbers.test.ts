import { describe, expect, it } from 'vitest';
import { findNumbers, toWanRen } from '../../../pipeline/extract/numbers';

const first = (text: string) => findNumbers(text)[0];

describe('findNumbers', () => {
  it('reads 万 and 亿 as multipliers and keeps the unit after them', () => {
    expect(first('全市面积2.02万平方公里')).toMatchObject({ value: 20200, unit: 'km2', multiplier: 1e4 });
    expect(first('常住人口103.6万人')).toMatchObject({ value: 1036000, unit: 'person' });
    expect(first('户籍人口63.7万,')).toMatchObject({ value: 637000, unit: 'none', multiplier: 1e4 });
    expect(first('达到5亿元')).toMatchObject({ unit: 'other' });
  });

  it('tells percentages, ratios and other counts apart', () => {
    expect(first('城镇化率68.9%')?.unit).toBe('percent');
    expect(first('收入比2.2:1')).toMatchObject({ value: 2.2, unit: 'ratio' });
    expect(first('年均增长2个百分点')?.unit).toBe('other');
    expect(first('接待游客600万人次')?.unit).toBe('other');
    expect(first('2014年')?.unit).toBe('other');
    // Per mille (no line of the shipped corpus writes ‰): a rate of its own that feeds no indicator, never a plain 5 or 5%.
    expect(first('人口自然增长率控制在5‰以内')).toMatchObject({ value: 5, unit: 'other' });
    expect(first('出生率12.5‰，死亡率6‰')?.unit).toBe('other');
  });

  it('marks both ends of a range, which are never recorded', () => {
    expect(findNumbers('职住平衡系数达到65%—75%').map((t) => t.range)).toEqual([true, true]);
    expect(findNumbers('城镇人口达到5—7万人').map((t) => t.range)).toEqual([true, true]);
    expect(findNumbers('将有100万至150万人口').map((t) => t.range)).toEqual([true, true]);
    expect(findNumbers('由目前39.01%提高到60%').map((t) => t.range)).toEqual([false, false]);
  });

  it('ignores digits inside codes such as 5G, F1 or G206', () => {
    expect(findNumbers('城际铁路F1快线').length).toBe(0);
    expect(first('5G用户普及率')?.unit).toBe('other');
  });
});

describe('toWanRen', () => {
  it('converts people counted in 人 to 万人', () => {
    const tok = first('总人口27708人');
    expect(tok && toWanRen(tok)).toBe(2.7708);
  });

  it('takes 万 without 人 as 万人 and refuses a bare number', () => {
    expect(toWanRen(first('户籍人口63.7万,')!)).toBe(63.7);
    expect(toWanRen(first('人口63,')!)).toBeNull();
  });
});

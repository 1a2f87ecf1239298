import { describe, expect, it } from 'vitest';
import { findYears, referenceYear } from '../../../pipeline/extract/years';

describe('findYears', () => {
  it('tells goals (到/至/力争在) from bare years, cut-off dates and comparisons', () => {
    const types = (t: string) => findYears(t).map((y) => [y.year, y.type]);
    expect(types('到2017年,常住人口城镇化率达到72%')).toEqual([[2017, 'target']]);
    expect(types('力争在2020年使梨树县成为标杆')).toEqual([[2020, 'target']]);
    expect(types('2014年,全区常住人口103.6万人')).toEqual([[2014, 'bare']]);
    expect(types('截至2015年5月,建成区面积11平方公里')).toEqual([[2015, 'until']]);
    expect(types('比2020年提高3个百分点')).toEqual([[2020, 'compare']]);
    expect(types('在2017年基础上完成3.1万')).toEqual([[2017, 'compare']]);
  });

  it('reads “到2017年和2020年” as one marker listing both years', () => {
    const [y] = findYears('到2017年和2020年,常住人口城镇化率分别达到71%左右和75%左右');
    expect(y?.years).toEqual([2017, 2020]);
    expect(findYears('到2017年和2020年,').length).toBe(1);
  });

  it('takes the last year of a span and skips periods in titles', () => {
    expect(findYears('2025—2028年城镇新增就业50万人')[0]?.year).toBe(2028);
    expect(findYears('统筹《白城市林海·生态新区总体规划(2013—2030年)》')).toEqual([]);
  });
});

describe('referenceYear', () => {
  it('is the year before a title period', () => {
    expect(referenceYear('烟台市新型城镇化规划（2021—2035年）', '')).toBe(2020);
  });

  it('is otherwise the year before the earliest 到 YEAR goal', () => {
    expect(referenceYear('长乐市…试点方案', '到2017年,…到2020年,…')).toBe(2016);
    expect(referenceYear('无年份', '')).toBeNull();
  });
});

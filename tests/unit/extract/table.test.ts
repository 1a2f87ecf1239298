import { describe, expect, it } from 'vitest';
import { normaliseLine, splitLines } from '../../../pipeline/extract/normalise';
import { paragraphs } from '../../../pipeline/extract/paragraphs';
import { tableValues } from '../../../pipeline/extract/table';
import { corpus } from './corpus';

const yantai = () => corpus().records.filter((r) => r.source.doc === 'yantai');
const row = (indicator: string, scope?: string) =>
  yantai()
    .filter((r) => r.indicator === indicator && r.scope === scope && r.source.line >= 163 && r.source.line <= 403)
    .map((r) => [r.kind, r.year, r.value, r.qualifier, r.source.line]);

describe('the Yantai plan’s indicator table (表1, lines 163–403)', () => {
  it('reads the city row and each sub-row of the urbanization rate with its scope', () => {
    expect(row('resident_urbanization_rate', '中心城区')).toEqual([
      ['baseline', 2020, 81.42, 'exact', 189],
      ['target', 2025, 83, 'about', 191],
    ]);
    expect(row('resident_urbanization_rate', '县级市')).toEqual([
      ['baseline', 2020, 55.76, 'exact', 195],
      ['target', 2025, 60, 'about', 197],
    ]);
    expect(row('resident_urbanization_rate', '黄渤海新区')).toEqual([
      ['baseline', 2020, 75, 'exact', 201],
      ['target', 2025, 80, 'exact', 203],
    ]);
    // The city's own 2020 value is first stated in the text (line 119); the table repeats it.
    expect(yantai().find((r) => r.indicator === 'resident_urbanization_rate' && r.year === 2025 && !r.scope)).toMatchObject({ value: 70, qualifier: 'about' });
  });

  it('reads the income-ratio sub-rows whose labels run over two lines as 龙口市 and 海阳市', () => {
    expect(row('income_ratio')).toEqual([['baseline', 2020, 2.2, 'exact', 363]]);
    expect(row('income_ratio', '龙口市')).toEqual([
      ['baseline', 2020, 2.1, 'exact', 371],
      ['target', 2025, 1.3, 'exact', 373],
    ]);
    expect(row('income_ratio', '海阳市')).toEqual([
      ['baseline', 2020, 2.2, 'exact', 379],
      ['target', 2025, 1.8, 'exact', 381],
    ]);
  });

  it('reads bracketed five-year totals and “>50” with the table’s note in the source text', () => {
    const jobs = yantai().filter((r) => r.indicator === 'new_urban_jobs' && r.source.line < 403);
    expect(jobs.map((r) => [r.kind, r.year, r.value, r.qualifier])).toEqual([
      ['baseline', 2020, 65, 'exact'],
      ['target', 2025, 50, 'at_least'],
    ]);
    expect(jobs[0]?.source.text).toContain('五年累计数');
  });
});

describe('tableValues on any flattened table', () => {
  const read = (cells: string[]) => tableValues(paragraphs(splitLines(cells.join('\n\n')).map((l, i) => normaliseLine(l, i + 1))), 2014);

  it('maps year columns to baseline and target and skips rows whose values do not fill the columns', () => {
    const got = read(['表2:主要指标', '序号', '指标名称', '2014年', '2020年', '1', '户籍人口', '城镇化率(%)', '40', '55以上', '2', '常住人口城镇化率(%)', '60', '3', '每千人口医生数', '2', '3']);
    expect(got.map((v) => [v.indicator, v.kind, v.year, v.value, v.qualifier, v.label])).toEqual([
      ['hukou_urbanization_rate', 'baseline', 2014, 40, 'exact', null],
      ['hukou_urbanization_rate', 'target', 2020, 55, 'at_least', null],
    ]);
  });

  it('gives each sub-row its label', () => {
    const got = read(['表1', '序号', '指标名称', '2020年', '2025年', '1', '常住人口城镇化率(%)', '全市', '50', '60', '城区', '70', '80左右']);
    expect(got.map((v) => [v.label, v.year, v.value])).toEqual([
      ['全市', 2020, 50],
      ['全市', 2025, 60],
      ['城区', 2020, 70],
      ['城区', 2025, 80],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { numberFirstValues } from '../../../pipeline/extract/settled';
import { sentenceValues, type SentenceContext } from '../../../pipeline/extract/values';

const ctx = (over: Partial<SentenceContext> = {}): SentenceContext => ({
  refYear: 2014,
  carriedYear: null,
  inTargetSection: false,
  intro: true,
  priorYear: null,
  aliases: ['白沟镇', '白沟'],
  topic: null,
  before: '',
  ...over,
});
const goals = ctx({ intro: false, inTargetSection: true });
const brief = (found: { indicator: string; kind: string; year: number | null; value: number; qualifier: string; scope: string | null }[]) =>
  found.map((f) => [f.indicator, f.kind, f.year, f.value, f.qualifier, f.scope]);

describe('sentenceValues: keyword, then words like 达到, then the number', () => {
  it('reads a pilot description with the year it states (房山区 line 79)', () => {
    const s = '2014年,全区常住人口103.6万人,其中城镇人口71.4万人,常住人口城镇化率68.9%;户籍人口79.4万人,户籍人口城镇化率58.6%。';
    expect(brief(sentenceValues(s, ctx()))).toEqual([
      ['resident_population', 'baseline', 2014, 103.6, 'exact', null],
      ['urban_population', 'baseline', 2014, 71.4, 'exact', null],
      ['resident_urbanization_rate', 'baseline', 2014, 68.9, 'exact', null],
      ['hukou_population', 'baseline', 2014, 79.4, 'exact', null],
      ['hukou_urbanization_rate', 'baseline', 2014, 58.6, 'exact', null],
    ]);
  });

  it('turns 到 YEAR into goals with their qualifiers (威县 line 241)', () => {
    const s = '到2020年,常住人口城镇化率达到43.2%以上,户籍人口城镇化率达到36.1%。';
    expect(brief(sentenceValues(s, goals))).toEqual([
      ['resident_urbanization_rate', 'target', 2020, 43.2, 'at_least', null],
      ['hukou_urbanization_rate', 'target', 2020, 36.1, 'exact', null],
    ]);
  });

  it('pairs “分别” values with the years listed before them (准格尔旗 line 573)', () => {
    const s = '到2017年和2020年,常住人口城镇化率分别达到71%左右和75%左右。';
    expect(brief(sentenceValues(s, goals))).toEqual([
      ['resident_urbanization_rate', 'target', 2017, 71, 'about', null],
      ['resident_urbanization_rate', 'target', 2020, 75, 'about', null],
    ]);
  });

  it('keeps the keyword for a second goal that leaves it out (台州 line 1155)', () => {
    const s = '到2017年,常住人口城镇化率达到63%,到2020年达到66%,成为全国港产城融合发展示范区。';
    expect(brief(sentenceValues(s, goals)).map((r) => [r[2], r[3]])).toEqual([
      [2017, 63],
      [2020, 66],
    ]);
  });

  it('reads “由 A 提高到 B” as a baseline and a goal (茂名 line 2019)', () => {
    const s = '到2017年,…区内农民大部分都转化为市民,城镇化率由目前39.01%提高到60%,城市治理机制健全。';
    expect(brief(sentenceValues(s, goals))).toEqual([
      ['resident_urbanization_rate', 'baseline', null, 39.01, 'exact', null],
      ['resident_urbanization_rate', 'target', 2017, 60, 'exact', null],
    ]);
  });

  it('records sub-area figures only with their scope (白沟镇 line 307)', () => {
    const s = '白沟镇位于冀中平原中部,镇域面积54.5平方公里,建成区面积25平方公里,镇区常住人口16万多人,流动人口15万多人。';
    expect(brief(sentenceValues(s, ctx()))).toEqual([
      ['area_km2', 'baseline', null, 54.5, 'exact', null],
      ['area_km2', 'baseline', null, 25, 'exact', '建成区'],
      ['resident_population', 'baseline', null, 16, 'at_least', '镇区'],
    ]);
  });

  it('does not read 总人口, 外来常住人口 or a per-head green area as the pilot’s resident figures', () => {
    // 总人口 is another count of people: its own indicator, never resident population.
    expect(sentenceValues('2014年全县人口60万人,总人口83.46万。', ctx()).map((f) => [f.indicator, f.value])).toEqual([['population_other', 83.46]]);
    expect(sentenceValues('2014年常住人口7万人,其中,外来常住人口1.2万人。', ctx()).map((f) => f.value)).toEqual([7]);
    expect(sentenceValues('到2020年,城区人均公共绿地面积达到12平方米以上。', goals)).toEqual([]);
  });

  it('keeps 辖区人口, 实有人口, 人口规模 and 现状人口 apart from 常住人口', () => {
    const read = (text: string, c = ctx()) => sentenceValues(text, c).map((f) => [f.indicator, f.value]);
    expect(read('新区规划范围882平方公里,现状人口90万人。')).toEqual([['area_km2', 882], ['population_other', 90]]);
    expect(read('2014年辖区实有人口数约50万人,常住人口城镇化率64.15%。')).toEqual([['population_other', 50], ['resident_urbanization_rate', 64.15]]);
    expect(read('到2020年辖区人口达到20万人。', goals)).toEqual([['population_other', 20]]);
    expect(read('到2020年,人口规模预计达60万人。', goals)).toEqual([['population_other', 60]]);
    expect(read('到2020年,常住人口达到30万人。', goals)).toEqual([['resident_population', 30]]);
  });

  it('skips ranges, growth rates and attributes of other things', () => {
    expect(sentenceValues('到2030年,将有100万至150万常住人口在临港地区工作生活。', goals)).toEqual([]);
    expect(sentenceValues('2015—2020年城镇化率年均增速为3%。', goals)).toEqual([]);
    expect(sentenceValues('到2028年常住人口30万以上的县至少1所县级医院达到推荐标准。', goals)).toEqual([]);
  });

  it('converts 万平方公里 and people counted in 人', () => {
    expect(sentenceValues('全市面积1.2万平方公里。', ctx())[0]?.value).toBe(12000);
    expect(sentenceValues('到2020年,常住人口达到27708人。', goals)[0]?.value).toBe(2.7708);
  });

  it('leaves a figure stated without a year as a fact in the description and a goal under 目标', () => {
    expect(brief(sentenceValues('常住人口城镇化率达50.9%。', ctx()))).toEqual([['resident_urbanization_rate', 'baseline', null, 50.9, 'exact', null]]);
    expect(brief(sentenceValues('森林覆盖率达到55%以上。', goals))).toEqual([['forest_coverage', 'target', null, 55, 'at_least', null]]);
  });

  it('gives “分别” values the sub-areas a list named before them (烟台 line 458)', () => {
    const before = '到2025年,龙口、招远、莱州、莱阳、海阳、栖霞六个县级市城镇化建设取得重要进展。';
    const s = '六县市常住人口城镇化率分别达到72%、61%、58%、56%、54%和45%,在城乡融合发展中的纽带作用显著增强。';
    const found = sentenceValues(s, { ...goals, before, priorYear: { year: 2025, type: 'target' } });
    expect(found.map((f) => [f.scope, f.value, f.year])).toEqual([
      ['龙口市', 72, 2025],
      ['招远市', 61, 2025],
      ['莱州市', 58, 2025],
      ['莱阳市', 56, 2025],
      ['海阳市', 54, 2025],
      ['栖霞市', 45, 2025],
    ]);
  });
});

describe('numberFirstValues: counts before what they count', () => {
  it('counts people settling (落户) in towns by a target year (抚松县 line 820)', () => {
    const s = '到2017年,全面推行居住证制度,实现2万农业转移人口落户城镇。';
    expect(brief(numberFirstValues(s, goals))).toEqual([['settled_migrants', 'target', 2017, 2, 'exact', null]]);
  });

  it('pairs “分别实现 3 万和 6 万” with “到 2017 年和 2020 年” (邹城市 line 1591)', () => {
    const s = '到2017年和2020年,分别实现3万和6万农业转移人口落户城镇。';
    expect(numberFirstValues(s, goals).map((f) => [f.year, f.value])).toEqual([
      [2017, 3],
      [2020, 6],
    ]);
  });

  it('does not count 市民化, 转移 or yearly flows as settling', () => {
    expect(numberFirstValues('到2020年,累计实现5万外来务工人员市民化。', goals)).toEqual([]);
    expect(numberFirstValues('到2017年,每年实现1.5万农民工及随迁家属落户城镇。', goals)).toEqual([]);
  });

  it('reads “拥有 50 万以上城镇常住人口” as an urban population goal without a year (梨树县 line 739)', () => {
    const s = '着眼于将梨树县打造成为拥有50万以上城镇常住人口的中等城市,到2017年常住人口城镇化率达到47%。';
    expect(brief(numberFirstValues(s, goals))).toEqual([['urban_population', 'target', null, 50, 'at_least', null]]);
  });
});

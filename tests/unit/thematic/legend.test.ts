import { beforeAll, describe, expect, it } from 'vitest';
import { classOf } from '../../../src/core/thematic/classify.ts';
import { colourOf, legendModel } from '../../../src/core/thematic/legend.ts';
import type { PilotValue } from '../../../src/core/thematic/measure.ts';
import { colours, NO_DATA } from '../../../src/core/thematic/schemes.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { realData, type RealData } from './real-data.ts';

let data: RealData;
let ids: string[];
beforeAll(async () => {
  data = await realData();
  ids = data.pilots.map((p) => p.id);
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const value = (v: number, qualifier: PilotValue['qualifier'] = 'exact'): PilotValue => ({ value: v, qualifier, year: 2014, sources: [] });

describe('legendModel on the real pilots', () => {
  it('counts every pilot with a value in a class and the rest of the 63 as no data', () => {
    expect(ids).toHaveLength(63);
    for (const [measure, year] of [['urbanization_baseline', null], ['urbanization_target', 2020], ['urbanization_increase', 2017], ['area', null]] as const) {
      const values = pilotValues(data.records, measure, year);
      const model = legendModel(values, ids, { measure, year });
      expect(sum(model.classes.map((c) => c.count)), measure).toBe(values.size);
      expect(model.noData.count, measure).toBe(63 - values.size);
    }
  });

  it('titles a target with its year and labels each class in the legend’s language', () => {
    const values = pilotValues(data.records, 'urbanization_target', 2020);
    const zh = legendModel(values, ids, { measure: 'urbanization_target', year: 2020, lang: 'zh', k: 3 });
    const en = legendModel(values, ids, { measure: 'urbanization_target', year: 2020, lang: 'en', k: 3 });
    expect(zh.title).toBe('常住人口城镇化率目标（2020年）');
    expect(en.title).toBe('Urbanization rate target, resident (2020)');
    expect(zh.classes.map((c) => c.label)[0]).toMatch(/^43\.2–\d+\.\d%$/);
    expect(en.classes.map((c) => c.label)[0]).toMatch(/^43\.2–\d+(\.\d)?%$/);
    expect(legendModel(values, ids, { measure: 'urbanization_target', lang: 'en' }).title).toBe('Urbanization rate target, resident (2020)');
    expect(legendModel(values, ids, { measure: 'urbanization_baseline', year: 2014 }).title).toBe('常住人口城镇化率（基期）');
    expect(zh.noData.label).toBe('无数据');
    expect(en.noData.label).toBe('No data');
  });

  it('counts the qualified values among those shown', () => {
    const values = pilotValues(data.records, 'urbanization_target', 2020);
    const model = legendModel(values, ids, { measure: 'urbanization_target', year: 2020 });
    const count = (q: string) => [...values.values()].filter((v) => v.qualifier === q).length;
    expect(model.qualified).toEqual({ about: count('about'), at_least: count('at_least'), at_most: count('at_most') });
    expect(model.qualified.at_least).toBeGreaterThan(0); // e.g. 威县 ≥ 43.2 %, batch2 line 241
  });

  it('colours each pilot by its class and pilots without a value grey', () => {
    const values = pilotValues(data.records, 'urbanization_baseline', null);
    const model = legendModel(values, ids, { measure: 'urbanization_baseline', k: 5 });
    const fill = colourOf(model, values);
    expect(fill('beijing-fangshan')).toBe(model.classes[classOf(68.9, model.breaks)]!.colour);
    expect(fill('tianjin-dongli')).toBe(NO_DATA);
    for (const c of model.classes) expect(ids.filter((id) => fill(id) === c.colour)).toHaveLength(c.count);
  });
});

describe('legendModel', () => {
  const values = new Map([
    ['a', value(40)],
    ['b', value(50, 'about')],
    ['c', value(60, 'at_least')],
    ['d', value(70)],
    ['x', value(99)], // not on the map
  ]);

  it('uses the measure’s default scheme, quantiles and 5 classes unless told otherwise', () => {
    const model = legendModel(values, ['a', 'b', 'c', 'd', 'e'], { measure: 'urbanization_baseline' });
    expect(model).toMatchObject({ method: 'quantile', scheme: 'Blues', noData: { count: 1 } });
    expect(model.classes.map((c) => c.colour)).toEqual(colours('Blues', 4));
    expect(model.note).toBe('不同数值只有4个：分4类而非5类');
    expect(model.classes.map((c) => c.count)).toEqual([1, 1, 1, 1]);
  });

  it('refuses a scheme it does not know', () => {
    expect(() => legendModel(values, ['a'], { measure: 'area', scheme: 'Jet' as never })).toThrow('legend › unknown scheme "Jet"');
  });

  it('says in English why it has fewer classes than asked for', () => {
    const model = legendModel(values, ['a', 'b', 'c', 'd'], { measure: 'urbanization_baseline', lang: 'en', k: 9 });
    expect(model.note).toBe('Only 4 distinct values: 4 classes instead of 9');
  });

  it('says when tied values merge classes', () => {
    const tied = new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [id, value([1, 1, 1, 1, 2, 3][i]!)]));
    const model = legendModel(tied, [...tied.keys()], { measure: 'urbanization_baseline', lang: 'en', k: 5 });
    expect(model.classes.map((c) => c.count)).toEqual([4, 2]);
    expect(model.note).toBe('Only 3 distinct values: 2 classes instead of 5');
  });

  it('makes one class of a single value and none of no values', () => {
    const one = legendModel(new Map([['a', value(61.5)]]), ['a', 'b'], { measure: 'urbanization_baseline', lang: 'en' });
    expect(one.classes).toEqual([{ from: 61.5, to: 61.5, colour: colours('Blues', 1)[0], count: 1, label: '61.5%' }]);
    const none = legendModel(new Map(), ['a', 'b'], { measure: 'urbanization_baseline', lang: 'en' });
    expect(none).toMatchObject({ classes: [], noData: { count: 2 }, note: 'No pilot has a value' });
  });

  it('follows manual breaks and labels them with as many decimals as they need', () => {
    const model = legendModel(values, ['a', 'b', 'c', 'd'], { measure: 'urbanization_baseline', method: 'manual', k: 3, manual: [0, 45, 65, 100] });
    expect(model.classes.map((c) => [c.label, c.count])).toEqual([
      ['0–45%', 1],
      ['45–65%', 2],
      ['65–100%', 1],
    ]);
    const finer = legendModel(values, ['a', 'b', 'c', 'd'], { measure: 'urbanization_baseline', method: 'manual', k: 3, manual: [0, 45, 62.5, 100] });
    expect(finer.classes.map((c) => c.label)).toEqual(['0.0–45.0%', '45.0–62.5%', '62.5–100.0%']);
  });

  it('centres a diverging measure on 0', () => {
    const net = new Map([
      ['a', value(-29)],
      ['b', value(-2.6)],
      ['c', value(5)],
      ['d', value(24.2)],
      ['e', value(232.01)],
      ['f', value(13.9)],
    ]);
    const model = legendModel(net, [...net.keys()], { measure: 'net_residents', method: 'manual', k: 4, manual: [-30, 0, 10, 50, 240] });
    const puor = colours('PuOr', 6);
    expect(model.classes.map((c) => c.colour)).toEqual([puor[2], puor[3], puor[4], puor[5]]);
  });
});

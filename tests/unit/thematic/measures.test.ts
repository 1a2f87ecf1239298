import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorRecord } from '../../../src/core/schema/indicators.ts';
import { MEASURE_IDS, MEASURES, measureById } from '../../../src/core/thematic/measures.ts';
import { realData, type RealData } from './real-data.ts';

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

const pilotRecords = (id: string) => data.records.filter((r) => r.pilot === id);

/** A made-up record: only the fields a case is about differ from a plain exact 2014 baseline. */
const record = (fields: Partial<IndicatorRecord>): IndicatorRecord => ({
  pilot: 'test',
  pilotName: '测试',
  indicator: 'resident_urbanization_rate',
  kind: 'baseline',
  year: 2014,
  value: 50,
  unit: '%',
  qualifier: 'exact',
  source: { doc: 'test', line: 1, text: '…' },
  ...fields,
});

describe('the measure table', () => {
  it('lists every measure under its own id, with labels and units in both languages', () => {
    for (const id of MEASURE_IDS) {
      const m = MEASURES[id];
      expect(m.id).toBe(id);
      expect(m.label.zh).toMatch(/\p{Script=Han}/u);
      expect(m.label.en).toMatch(/^[A-Z]/);
      expect(typeof m.unit.zh).toBe('string');
    }
  });

  it('names the unknown id and the known ones when asked for a measure it does not have', () => {
    expect(() => measureById('urbanisation')).toThrow(/unknown measure "urbanisation" \(known: urbanization_baseline, /);
  });
});

describe('urbanization_baseline', () => {
  it('gives 北京市房山区 its 2014 resident rate of 68.9 %, citing batch2 line 79', () => {
    const v = MEASURES.urbanization_baseline.compute(pilotRecords('beijing-fangshan'), null);
    expect(v).toMatchObject({ value: 68.9, qualifier: 'exact', year: 2014 });
    expect(v!.sources.map((s) => [s.doc, s.line])).toEqual([['batch2', 79]]);
  });

  it('takes the latest baseline year before the plan’s first target year, and says which year it used', () => {
    const records = [
      record({ year: 2013, value: 40 }),
      record({ year: 2014, value: 42 }),
      record({ year: 2016, value: 47 }), // not a baseline of a plan whose first target is 2016
      record({ kind: 'target', year: 2016, value: 48 }),
    ];
    expect(MEASURES.urbanization_baseline.compute(records, null)).toMatchObject({ value: 42, year: 2014 });
  });

  it('falls back to a baseline without a year (year null) only when no dated one exists', () => {
    expect(MEASURES.urbanization_baseline.compute([record({ year: null, value: 39 })], null)).toMatchObject({ value: 39, year: null });
    expect(MEASURES.urbanization_baseline.compute([record({ year: null, value: 39 }), record({ year: 2013, value: 41 })], null)).toMatchObject({ value: 41, year: 2013 });
  });

  it('never passes a value stated for a sub-area off as the pilot’s', () => {
    expect(MEASURES.urbanization_baseline.compute([record({ scope: '中心城区', value: 81.42 })], null)).toBeNull();
    // 烟台市: 67.31 % for the city (line 119), 81.42 % for its 中心城区 (line 189).
    expect(MEASURES.urbanization_baseline.compute(pilotRecords('yantai'), null)).toMatchObject({ value: 67.31, year: 2020 });
  });
});

describe('urbanization_target and urbanization_increase', () => {
  it('gives 房山区 a 2020 target of 75 % and a planned rise of 6.1 points from 2014', () => {
    const records = pilotRecords('beijing-fangshan');
    expect(MEASURES.urbanization_target.compute(records, 2020)).toMatchObject({ value: 75, year: 2020, qualifier: 'exact' });
    const rise = MEASURES.urbanization_increase.compute(records, 2020);
    expect(rise).toMatchObject({ value: 6.1, year: 2020, baseYear: 2014, qualifier: 'exact' });
    expect(rise!.sources.map((s) => s.line)).toEqual([79, 83]);
  });

  it('has no target for a year the pilot sets none for', () => {
    expect(MEASURES.urbanization_target.compute(pilotRecords('beijing-fangshan'), 2025)).toBeNull();
  });

  it('carries an at-least target into an at-least rise (威县: 31.5 → ≥ 43.2 %)', () => {
    expect(MEASURES.urbanization_increase.compute(pilotRecords('hebei-weixian'), 2020)).toMatchObject({ value: 11.7, qualifier: 'at_least' });
  });

  it('makes a rise approximate when the target is approximate (准格尔旗: 68.2 → about 75 %)', () => {
    expect(MEASURES.urbanization_increase.compute(pilotRecords('neimenggu-zhungeer'), 2020)).toMatchObject({ value: 6.8, qualifier: 'about' });
  });

  it('starts a rise from the latest baseline before the target year, not from a later one', () => {
    const records = [record({ year: 2014, value: 50 }), record({ kind: 'target', year: 2020, value: 60 }), record({ kind: 'target', year: 2035, value: 70 })];
    expect(MEASURES.urbanization_increase.compute(records, 2035)).toMatchObject({ value: 20, baseYear: 2014, year: 2035 });
  });

  it('offers the target years present in the data', () => {
    expect(MEASURES.urbanization_target.years!(data.records)).toEqual(expect.arrayContaining([2017, 2020, 2025]));
  });
});

describe('hukou_gap', () => {
  it('subtracts the hukou rate from the resident rate of the same year (房山区 2014: 68.9 − 58.6 = 10.3)', () => {
    expect(MEASURES.hukou_gap.compute(pilotRecords('beijing-fangshan'), null)).toMatchObject({ value: 10.3, year: 2014 });
  });

  it('does not pair rates of different years', () => {
    const records = [record({ year: 2014, value: 60 }), record({ indicator: 'hukou_urbanization_rate', year: 2013, value: 40 })];
    expect(MEASURES.hukou_gap.compute(records, null)).toBeNull();
  });

  it('keeps a negative gap as stated', () => {
    const records = [record({ value: 40 }), record({ indicator: 'hukou_urbanization_rate', value: 42.5 })];
    expect(MEASURES.hukou_gap.compute(records, null)).toMatchObject({ value: -2.5 });
  });
});

describe('the other measures', () => {
  it('read 房山区’s resident population (103.6 万人, 2014), area (1990 km², no year) and density (521 people/km²)', () => {
    const records = pilotRecords('beijing-fangshan');
    expect(MEASURES.resident_population.compute(records, null)).toMatchObject({ value: 103.6, year: 2014 });
    expect(MEASURES.area.compute(records, null)).toMatchObject({ value: 1990, year: null });
    expect(MEASURES.density.compute(records, null)).toMatchObject({ value: 521, year: 2014 });
  });

  it('count fewer residents than hukou holders as a negative net (濮阳市: 388 − 417 = −29 万人)', () => {
    expect(MEASURES.net_residents.kind).toBe('diverging');
    expect(MEASURES.net_residents.compute(pilotRecords('henan-puyang'), null)).toMatchObject({ value: -29, year: 2014 });
  });

  it('take settled migrants by target year and leave undated ones out (龙口市: 4.3 万 by 2020; 2.4 万 undated)', () => {
    const records = pilotRecords('shandong-longkou');
    expect(MEASURES.settled_migrants.compute(records, 2020)).toMatchObject({ value: 4.3, year: 2020 });
    expect(MEASURES.settled_migrants.compute(records, 2017)).toBeNull();
    expect(MEASURES.settled_migrants.compute(records, null)).toBeNull();
  });
});

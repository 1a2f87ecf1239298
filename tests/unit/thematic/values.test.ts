import { beforeAll, describe, expect, it } from 'vitest';
import { availableYears, defaultYear, pilotValues, yearCoverage } from '../../../src/core/thematic/values.ts';
import { realData, type RealData } from './real-data.ts';

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

describe('pilotValues', () => {
  it('maps each pilot with a value to it and leaves the others out', () => {
    const values = pilotValues(data.records, 'urbanization_baseline', null);
    expect(values.get('beijing-fangshan')).toMatchObject({ value: 68.9, year: 2014 });
    expect(values.has('tianjin-dongli')).toBe(false); // 东丽区's section states its area only
    expect(values.size).toBeGreaterThan(40);
    expect(values.size).toBeLessThan(63);
  });

  it('opens a target measure at 2020 when no year is given', () => {
    const byDefault = pilotValues(data.records, 'urbanization_target', null);
    expect(byDefault.get('beijing-fangshan')!.value).toBe(75);
    expect([...byDefault.values()].every((v) => v.year === 2020)).toBe(true);
    expect(pilotValues(data.records, 'urbanization_target', 2017).get('beijing-fangshan')!.value).toBe(72);
  });

  it('is empty for a year the data do not have', () => {
    expect(pilotValues(data.records, 'urbanization_target', 2019).size).toBe(0);
  });

  it('throws on an unknown measure', () => {
    expect(() => pilotValues(data.records, 'nope', null)).toThrow(/unknown measure "nope"/);
  });

  it('only ever returns finite values whose sources are sentences of the corpus', () => {
    for (const id of ['urbanization_increase', 'hukou_gap', 'density', 'net_residents']) {
      for (const v of pilotValues(data.records, id, null).values()) {
        expect(Number.isFinite(v.value)).toBe(true);
        expect(v.sources.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('availableYears and defaultYear', () => {
  it('lists 2017, 2020 and 2025 among the years of resident-rate targets, ascending', () => {
    const years = availableYears(data.records, 'urbanization_target');
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([2017, 2020, 2025]));
  });

  it('counts more pilots with a 2020 target than with a 2017 one', () => {
    const coverage = new Map(yearCoverage(data.records, 'urbanization_target').map((c) => [c.year, c.pilots]));
    expect(coverage.get(2020)!).toBeGreaterThan(coverage.get(2017)!);
  });

  it('gives no years to measures that take none', () => {
    expect(availableYears(data.records, 'area')).toEqual([]);
    expect(defaultYear(data.records, 'area')).toBeNull();
  });

  it('prefers 2020, else the year most pilots have', () => {
    expect(defaultYear(data.records, 'urbanization_target')).toBe(2020);
    const without2020 = data.records.filter((r) => r.year !== 2020);
    expect(defaultYear(without2020, 'urbanization_target')).toBe(2017);
    // 2020 wins even where fewer pilots have it: here 2017 keeps all its targets, 2020 only 房山区's.
    const few2020 = data.records.filter((r) => r.year !== 2020 || r.pilot === 'beijing-fangshan');
    expect(defaultYear(few2020, 'urbanization_target')).toBe(2020);
  });
});

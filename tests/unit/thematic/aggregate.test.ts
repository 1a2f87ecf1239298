import { beforeAll, describe, expect, it } from 'vitest';
import { byProvince } from '../../../src/core/thematic/aggregate.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { realData, type RealData } from './real-data.ts';

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

describe('byProvince', () => {
  it('counts all 63 pilots once, in 29 provinces sorted in pinyin order', () => {
    const rows = byProvince(data.pilots, pilotValues(data.records, 'urbanization_baseline', null));
    expect(rows.reduce((n, r) => n + r.pilots, 0)).toBe(63);
    expect(rows).toHaveLength(29);
    expect(rows.slice(0, 3).map((r) => r.province)).toEqual(['北京市', '重庆市', '福建省']);
  });

  it('counts the pilots with a value as the map does', () => {
    const values = pilotValues(data.records, 'urbanization_baseline', null);
    expect(byProvince(data.pilots, values).reduce((n, r) => n + r.withValue, 0)).toBe(values.size);
  });

  it('gives each province the mean and the largest of its pilots’ values (北京市: 房山区 alone, 68.9 %)', () => {
    const rows = byProvince(data.pilots, pilotValues(data.records, 'urbanization_baseline', null));
    expect(rows.find((r) => r.province === '北京市')).toEqual({ province: '北京市', pilots: 1, withValue: 1, mean: 68.9, max: { pilot: 'beijing-fangshan', value: 68.9 } });
  });

  it('averages only the pilots with a value and gives null where none has one', () => {
    const pilots = [
      { id: 'a', province: '甲省' },
      { id: 'b', province: '甲省' },
      { id: 'c', province: '甲省' },
      { id: 'd', province: '乙省' },
    ];
    const at = (value: number) => ({ value, qualifier: 'exact' as const, year: 2014, sources: [] });
    const rows = byProvince(pilots, new Map([['a', at(40)], ['b', at(60)]]));
    expect(rows.find((r) => r.province === '甲省')).toEqual({ province: '甲省', pilots: 3, withValue: 2, mean: 50, max: { pilot: 'b', value: 60 } });
    expect(rows.find((r) => r.province === '乙省')).toEqual({ province: '乙省', pilots: 1, withValue: 0, mean: null, max: null });
  });
});

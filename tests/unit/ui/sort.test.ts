import { describe, expect, it } from 'vitest';
import { NAME_KEY, nextSort, PROVINCE_KEY, sortRows } from '../../../src/app/table/sort.ts';
import type { TableRow } from '../../../src/core/table-export/table-types.ts';
import { tableRows } from '../../../src/app/table/rows.ts';
import { pilotProps } from './pilots.ts';
import { RATE } from './rows.ts';

/** Rows of the real pilots with the given values of RATE (pilots not listed have no data). */
const rowsWith = (values: Record<string, number>): TableRow[] =>
  tableRows(
    pilotProps,
    [{ column: RATE, values: new Map(Object.entries(values).map(([id, value]) => [id, { value, qualifier: 'exact' as const, year: 2020, sources: [] }])) }],
    'zh',
  );
const ids = (rows: readonly TableRow[]) => rows.map((r) => r.id);

describe('sortRows', () => {
  const rows = rowsWith({ 'beijing-fangshan': 68.9, 'tianjin-dongli': 9, changle: 100, 'hebei-weixian': -3.5, fuzhou: 70 });

  it('sorts a value column as numbers, not as text (9 before 68.9 before 100)', () => {
    const sorted = ids(sortRows(rows, { key: RATE.id, direction: 'ascending' }, 'zh')).slice(0, 5);
    expect(sorted).toEqual(['hebei-weixian', 'tianjin-dongli', 'beijing-fangshan', 'fuzhou', 'changle']);
    const down = ids(sortRows(rows, { key: RATE.id, direction: 'descending' }, 'zh')).slice(0, 5);
    expect(down).toEqual(['changle', 'fuzhou', 'beijing-fangshan', 'tianjin-dongli', 'hebei-weixian']);
  });

  it('puts rows without a value last in both directions, in their own order', () => {
    const noData = ids(rows).filter((id) => !['beijing-fangshan', 'tianjin-dongli', 'changle', 'hebei-weixian', 'fuzhou'].includes(id));
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = ids(sortRows(rows, { key: RATE.id, direction }, 'zh'));
      expect(sorted).toHaveLength(63);
      expect(sorted.slice(5)).toEqual(noData);
    }
  });

  it('treats a null, NaN or missing cell alike as no data', () => {
    const base = rowsWith({ 'beijing-fangshan': 1 }).slice(0, 4);
    const odd: TableRow[] = [
      { ...base[1]!, cells: { [RATE.id]: { value: null, text: '', qualifier: null } } },
      { ...base[2]!, cells: { [RATE.id]: { value: Number.NaN, text: 'NaN', qualifier: 'exact' } } },
      { ...base[3]!, cells: {} },
      base[0]!,
    ];
    expect(ids(sortRows(odd, { key: RATE.id, direction: 'descending' }, 'zh'))[0]).toBe('beijing-fangshan');
  });

  it('sorts Chinese names by pinyin (zh collation), English names alphabetically', () => {
    const zh = sortRows(rows, { key: NAME_KEY, direction: 'ascending' }, 'zh').map((r) => r.name);
    // Pinyin order: 艾 (ai) opens, then 八一 / 巴公 (ba), 白沟 (bai); 遵义 (zun) closes.
    expect(zh.slice(0, 4)).toEqual(['艾城镇', '八一镇', '巴公镇', '白沟镇']);
    expect(zh.at(-1)).toBe('遵义县');
    // Not code-point order, which would open with 东丽区 (U+4E1C) and put 艾 (U+827E) late.
    expect(zh).not.toEqual([...zh].sort());
    const en = sortRows(rows, { key: NAME_KEY, direction: 'ascending' }, 'en').map((r) => r.nameEn);
    expect(en[0]).toBe('Aicheng Town, Jiangxi');
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('sorts provinces by collation and keeps the rows’ order within a province (stable)', () => {
    const sorted = sortRows(rows, { key: PROVINCE_KEY, direction: 'ascending' }, 'zh');
    expect(sorted[0]?.province).toBe('北京市');
    expect(sorted.at(-1)?.province).toBe('浙江省');
    const fujian = ids(sorted.filter((r) => r.province === '福建省'));
    expect(fujian).toEqual(ids(rows.filter((r) => r.province === '福建省')));
    const down = sortRows(rows, { key: PROVINCE_KEY, direction: 'descending' }, 'zh');
    expect(ids(down.filter((r) => r.province === '福建省'))).toEqual(fujian);
  });

  it('keeps the rows’ order for null and does not change its input', () => {
    const before = ids(rows);
    expect(ids(sortRows(rows, null, 'zh'))).toEqual(before);
    sortRows(rows, { key: RATE.id, direction: 'descending' }, 'zh');
    expect(ids(rows)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('starts a new key ascending and reverses the same key', () => {
    const a = nextSort(null, RATE.id);
    expect(a).toEqual({ key: RATE.id, direction: 'ascending' });
    const b = nextSort(a, RATE.id);
    expect(b).toEqual({ key: RATE.id, direction: 'descending' });
    expect(nextSort(b, RATE.id).direction).toBe('ascending');
    expect(nextSort(b, NAME_KEY)).toEqual({ key: NAME_KEY, direction: 'ascending' });
  });
});

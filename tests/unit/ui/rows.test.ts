import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/core/format.ts';
import { rowName, rowProvince, tableRows } from '../../../src/app/table/rows.ts';
import { pilotProps } from './pilots.ts';
import { RATE, ROWS } from './rows.ts';

describe('formatValue', () => {
  it('writes the qualifier, the number with a true minus and the unit the way each language does', () => {
    expect(formatValue(-2.5, 'about', '%', 'zh')).toBe('约−2.5%');
    expect(formatValue(103.6, 'at_least', '万人', 'zh')).toBe('≥103.6万人');
    expect(formatValue(103.6, 'exact', '×10⁴ people', 'en')).toBe('103.6\u00a0×10⁴ people');
    expect(formatValue(12345.678, 'at_most', '', 'en')).toBe('≤\u00a012,345.68');
  });
});

describe('tableRows', () => {
  const source = { doc: 'batch2', line: 79, text: '…' };
  const rows = tableRows(pilotProps, [{ column: RATE, values: new Map([['beijing-fangshan', { value: 68.9, qualifier: 'exact' as const, year: 2014, sources: [source] }]]) }], 'zh');

  it('makes a row per pilot in their order, with a cell only where there is a value', () => {
    expect(rows.map((r) => r.id)).toEqual(pilotProps.map((p) => p.id));
    expect(rows[0]?.cells[RATE.id]).toEqual({ value: 68.9, text: '68.9%', qualifier: 'exact', year: 2014, source, sources: [source] });
    expect(rows[1]?.cells).toEqual({});
  });

  it('leaves out values that are not finite', () => {
    const odd = tableRows(pilotProps.slice(0, 1), [{ column: RATE, values: new Map([['beijing-fangshan', { value: Infinity, qualifier: 'exact' as const, year: null, sources: [] }]]) }], 'zh');
    expect(odd[0]?.cells).toEqual({});
  });
});

describe('rowName and rowProvince', () => {
  it('show the English name without the province the next column shows', () => {
    expect(rowName(ROWS[0]!, 'en')).toBe('Fangshan District');
    expect(rowName(ROWS[1]!, 'en')).toBe('Lingang Area, Pudong New Area');
    expect(rowName(ROWS[0]!, 'zh')).toBe('房山区');
    expect(rowProvince(ROWS[0]!, 'en')).toBe('Beijing');
    expect(rowProvince({ ...ROWS[0]!, provinceEn: 'Peking' }, 'en')).toBe('Peking');
  });
});

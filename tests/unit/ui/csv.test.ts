import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/core/table-export/csv.ts';
import { exportFileName } from '../../../src/core/table-export/file-name.ts';
import type { TableRow } from '../../../src/core/table-export/table-types.ts';
import { POPULATION, RATE, ROWS, SENTENCE } from './rows.ts';

/** A strict RFC 4180 reader (CRLF records, "" inside quotes), to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

const meta = { title: '常住人口城镇化率', year: 2020 };
const read = (rows: readonly TableRow[], columns = [RATE], lang: 'zh' | 'en' = 'zh') => parseCsv(toCsv(rows, columns, lang, meta).slice(1));

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads the Chinese', () => {
    const csv = toCsv(ROWS, [RATE], 'zh', meta);
    expect(csv.startsWith(BOM)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.indexOf(BOM, 1)).toBe(-1);
  });

  it('writes the header row in the documented order', () => {
    expect(read(ROWS)[0]).toEqual([
      'id', 'name', 'name_en', 'province', 'level', 'extent', 'extent_note', 'value', 'unit', 'qualifier', 'year', 'source_doc', 'source_line', 'source_sentence',
    ]);
  });

  it('writes one record per row shown, in their order, plus the header', () => {
    const records = read(ROWS);
    expect(records).toHaveLength(ROWS.length + 1);
    expect(records.slice(1).map((r) => r[0])).toEqual(ROWS.map((r) => r.id));
    expect(read(ROWS.slice(0, 1))).toHaveLength(2);
    expect(read([])).toHaveLength(1);
  });

  it('quotes a sentence with commas, quotes and a line break so that it reads back unchanged', () => {
    const csv = toCsv(ROWS, [RATE], 'zh', meta);
    expect(csv).toContain('"2014年，全区常住人口103.6万人，""城镇化率""68.9%；\n户籍人口79.4万人。"');
    const fangshan = read(ROWS)[1];
    expect(fangshan).toEqual(['beijing-fangshan', '房山区', 'Fangshan District, Beijing', '北京市', 'district', 'boundary', '', '68.9', '%', 'exact', '2014', 'batch2', '79', SENTENCE]);
  });

  it('writes how the pilot is drawn and why, then leaves a row without a value empty', () => {
    const [, , lingang, , weixian] = read(ROWS);
    expect(lingang?.slice(0, 5)).toEqual(['shanghai-pudong-lingang', '浦东新区（临港地区）', 'Lingang Area, Pudong New Area, Shanghai', '上海市', 'new_area']);
    expect(lingang?.slice(5, 7)).toEqual(['approximate', '近似范围：临港 315 平方公里。']);
    expect(lingang?.slice(7)).toEqual(Array(7).fill(''));
    expect(weixian?.slice(5)).toEqual(Array(9).fill(''));
  });

  it('writes a negative value as a number, the year of the view where a cell has none, and every source', () => {
    const dongli = read(ROWS)[3];
    expect(dongli?.slice(7)).toEqual(['-2.5', '%', 'about', '2020', 'batch2 | fuzhou', '120 | 7', "'=SUM(A1) 一句以等号开头的话 | 另一句"]);
  });

  it('writes the unit in the language asked for', () => {
    expect(read(ROWS, [POPULATION], 'en')[1]?.[8]).toBe('×10⁴ people');
    expect(read(ROWS, [POPULATION], 'zh')[1]?.[8]).toBe('万人');
  });

  it('prefixes each column’s fields by its id when there are several', () => {
    const [header, fangshan] = read(ROWS, [RATE, POPULATION]);
    expect(header).toHaveLength(7 + 2 * 7);
    expect(header?.slice(7, 9)).toEqual(['urban_rate_value', 'urban_rate_unit']);
    expect(header?.slice(14, 16)).toEqual(['population_value', 'population_unit']);
    expect(fangshan?.[14]).toBe('103.6');
  });

  it('reads back any sentence unchanged (commas, quotes, CR, LF, unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(',', '"', '\r\n', '\n', '\r', '""', ''), (text, extra) => {
        const sentence = `句${extra}${text}${extra}`;
        const row: TableRow = { ...ROWS[0]!, cells: { urban_rate: { value: 1, text: '1%', qualifier: 'exact', source: { doc: 'd', line: 1, text: sentence } } } };
        expect(read([row])[1]?.[13]).toBe(sentence);
      }),
      { numRuns: 300 },
    );
  });
});

describe('csvField', () => {
  it('quotes only what needs quoting, and defuses spreadsheet formulas in text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
  });
});

describe('exportFileName', () => {
  it('names a file after the columns and the year, with nothing but [a-z0-9_-]', () => {
    expect(exportFileName([RATE], { year: 2020 }, 'csv')).toBe('pilot-atlas_urban_rate_2020.csv');
    expect(exportFileName([RATE, POPULATION], {}, 'geojson')).toBe('pilot-atlas_urban_rate_population.geojson');
    expect(exportFileName([{ ...RATE, id: '../../etc/passwd\u0000' }], { year: null }, 'csv')).toBe('pilot-atlas_etc-passwd.csv');
  });
});

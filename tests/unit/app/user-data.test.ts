import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRows, parseUserFile, problemEnglish, UserFileError, type Problem } from '../../../src/core/user-data.ts';
import { readRecords } from '../../../src/core/user-csv.ts';

const units = [
  { id: '370602', name: '芝罘区' },
  { id: '370681', name: '龙口市' },
  { id: '140502', name: '城区' },
  { id: '140302', name: '城区' },
  { id: 'yantai', name: '烟台市' },
];

/** The problems a parse throws with, or [] when it does not throw. */
const thrown = (name: string, text: string): Problem[] => {
  try {
    parseUserFile(name, text);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(UserFileError);
    return (error as UserFileError).problems;
  }
};

describe('a person’s CSV', () => {
  it('reads adcodes or names and values, with a BOM and thousands separators', () => {
    const file = parseUserFile('mine.csv', '\uFEFFname,value\n芝罘区,"1,234.5"\n370681,88\n烟台,\n');
    expect(file.kind).toBe('csv');
    expect(file.rows).toEqual([
      { key: '芝罘区', value: 1234.5, line: 2 },
      { key: '370681', value: 88, line: 3 },
    ]);
    expect(file.problems).toEqual([{ code: 'notNumber', line: 4, args: { field: 'value', raw: '' } }]);
    expect(problemEnglish(file.problems[0]!)).toBe('line 4 › value "" is not a number');
  });

  it('detects comma, tab and semicolon (with decimal commas), and Excel’s sep= line', () => {
    const comma = parseUserFile('c.csv', '名称,数值\n福建省,1.5\n浙江省,2\n');
    const tab = parseUserFile('t.tsv', '名称\t数值\n福建省\t1,234\n浙江省\t2\n');
    const semi = parseUserFile('s.csv', '名称;数值\n福建省;1,5\n浙江省;1.234,5\n');
    const sep = parseUserFile('e.csv', 'sep=;\n名称;数值\n福建省;3\n');
    expect([comma.delimiter, tab.delimiter, semi.delimiter, sep.delimiter]).toEqual([',', '\t', ';', ';']);
    expect(comma.rows.map((r) => r.value)).toEqual([1.5, 2]);
    expect(tab.rows.map((r) => r.value)).toEqual([1234, 2]);
    expect(semi.rows.map((r) => r.value)).toEqual([1.5, 1234.5]);
    // The sep= line is line 1 of the file: the header is line 2, the first row line 3.
    expect(sep.rows).toEqual([{ key: '福建省', value: 3, line: 3 }]);
  });

  it('keeps the file’s own line numbers across quoted fields that span lines (\\n, \\r\\n and \\r)', () => {
    const text = 'name,note,value\r\n福建省,"first\r\nsecond\r\nthird",1\r\n浙江省,"say ""hi""",x\r\n江苏省,plain,3\r\n';
    const file = parseUserFile('m.csv', text);
    expect(file.rows).toEqual([
      { key: '福建省', value: 1, line: 2 },
      { key: '江苏省', value: 3, line: 6 },
    ]);
    expect(file.problems).toEqual([{ code: 'notNumber', line: 5, args: { field: 'value', raw: 'x' } }]);
    expect(readRecords('a,"x\ry",1\rb,2', ',').records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('reads an unclosed quote as a plain character and says where it opened', () => {
    const file = parseUserFile('q.csv', 'name,value\n福建省,1\n"浙江省,2\n江苏省,3\n');
    expect(file.rows.map((r) => [r.key, r.line])).toEqual([
      ['福建省', 2],
      ['"浙江省', 3],
      ['江苏省', 4],
    ]);
    expect(file.problems).toEqual([{ code: 'unclosedQuote', line: 3 }]);
  });

  it('reads a file without a header when its first row already holds a number', () => {
    expect(parseUserFile('h.csv', '福建省,1\n浙江省,2\n').rows).toEqual([
      { key: '福建省', value: 1, line: 1 },
      { key: '浙江省', value: 2, line: 2 },
    ]);
  });

  it('refuses files that are not what they claim, naming the file and the place', () => {
    expect(() => parseUserFile('x.geojson', 'name,value\na,1')).toThrow('x.geojson › named as JSON but does not start with { or [');
    expect(() => parseUserFile('x.csv', '{"type": "Topology"}')).toThrow('x.csv › not a GeoJSON FeatureCollection');
    expect(() => parseUserFile('x.csv', '{"type": "Feature"}')).toThrow('x.csv › features[0] › no column holds numbers');
    expect(() => parseUserFile('x.csv', 'PNG\u0000\u0001')).toThrow('x.csv › a binary file');
    expect(() => parseUserFile('x.csv', 'name,label\na,b')).toThrow('x.csv › line 1 › no column holds numbers (columns: name, label)');
    expect(() => parseUserFile('x.csv', 'name|value\na|1')).toThrow('x.csv › line 1 › needs a name (or adcode) column'.replace(' (or adcode)', ' or adcode'));
    expect(thrown('x.json', '{"type":\n"Feature",\n')[0]).toMatchObject({ code: 'badJson' });
    expect(thrown('empty.csv', '\n\n')).toEqual([{ code: 'empty' }]);
  });

  it('never throws anything but a UserFileError naming the file, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '福', ',', ';', '\t', '"', '\n', '\r', '1', '.', ' ', '{', '[') }), (text) => {
        try {
          parseUserFile('f.csv', text);
        } catch (error) {
          expect(error).toBeInstanceOf(UserFileError);
          expect((error as Error).message.startsWith('f.csv › ')).toBe(true);
        }
      }),
    );
  });
});

/** A cell as a spreadsheet writes it: quoted when it holds the delimiter, a quote or a line break. */
const cell = (s: string, d: string) => (s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const breaksIn = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** Keys people write: any text without surrounding blanks, with delimiters, quotes and line breaks inside. */
const key = fc
  .string({ unit: fc.constantFrom('福', '建', '省', '市', 'a', 'Z', '0', ',', ';', '\t', '"', '\n', '\r\n', ' ', '-', '（'), minLength: 1, maxLength: 8 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^[\s"]*$/.test(s));
const value = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })).map((v) => (Object.is(v, -0) ? 0 : v));

describe('the CSV reader never loses valid input', () => {
  it('every valid row comes out with its value and its true line, whatever the delimiter, line ending, quoting and blank lines', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.record({ key, value, blankBefore: fc.boolean(), bad: fc.boolean() }), { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        (d, eol, rows, bom) => {
          let text = `${bom ? '\uFEFF' : ''}name${d}value${eol}`;
          let line = 2;
          const expected: { key: string; value: number; line: number }[] = [];
          const bad: number[] = [];
          for (const r of rows) {
            if (r.blankBefore) {
              text += eol;
              line++;
            }
            const k = cell(r.key, d);
            text += `${k}${d}${r.bad ? 'n/a' : String(r.value)}${eol}`;
            if (r.bad) bad.push(line);
            else expected.push({ key: r.key, value: r.value, line });
            line += 1 + breaksIn(k);
          }
          if (expected.length === 0) return;
          const file = parseUserFile('p.csv', text);
          expect(file.rows).toEqual(expected);
          expect(file.problems.map((p) => [p.code, p.line])).toEqual(bad.map((l) => ['notNumber', l]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a person’s GeoJSON', () => {
  const fcOf = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const feature = (geometry: unknown, value: unknown = 1, name = 'a') => ({ type: 'Feature', properties: { name, value }, geometry });

  it('keeps points, lines and polygons, with each feature’s index', () => {
    const file = parseUserFile(
      'zones.geojson',
      fcOf(
        feature({ type: 'Point', coordinates: [120, 30] }, '5'),
        feature({ type: 'LineString', coordinates: [[116, 40], [117, 41]] }, 7),
        feature({ type: 'Polygon', coordinates: [[[110, 30], [111, 30], [111, 31], [110, 30]]] }, 9),
      ),
    );
    expect(file.kind).toBe('geojson');
    expect(file.rows.map((r) => [r.value, r.line])).toEqual([[5, 0], [7, 1], [9, 2]]);
    expect(file.geojson?.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(file.problems).toEqual([]);
  });

  it('reports invalid shapes by feature index and what is wrong, and draws the valid ones', () => {
    const file = parseUserFile(
      'bad.geojson',
      fcOf(
        feature({ type: 'Polygon', coordinates: [[[110, 30], [111, 30], [111, 31]]] }),
        feature({ type: 'Polygon', coordinates: [[[110, 30], [111, 30], [111, 31], [110.5, 31.5]]] }),
        feature({ type: 'Point', coordinates: [13_000_000, 4_000_000] }),
        feature({ type: 'Point', coordinates: [120, 95] }),
        feature({ type: 'LineString', coordinates: [[116, 'x']] }),
        feature({ type: 'GeometryCollection', geometries: [] }),
        feature(null),
        feature({ type: 'Point', coordinates: [121, 31] }, 'n/a'),
        feature({ type: 'Point', coordinates: [121, 31] }, 4),
      ),
    );
    expect(file.problems.map(problemEnglish)).toEqual([
      'features[0] › ring coordinates[0] has 3 positions; a ring needs at least 4',
      'features[1] › ring coordinates[0] is not closed (its last position must repeat its first)',
      'features[2] › coordinates[0] looks like projected metres, not longitude/latitude (WGS84)',
      'features[3] › coordinates[0] is outside longitude −180…180 / latitude −90…90',
      'features[4] › coordinates[0] is not a [longitude, latitude] pair of numbers',
      'features[5] › GeometryCollection is not drawn (only points, lines and polygons)',
      'features[6] › no geometry',
      'features[7] › value "n/a" is not a number',
    ]);
    expect(file.rows).toEqual([{ key: 'a', value: 4, line: 8 }]);
  });

  it('splits a self-intersecting polygon at its crossing rather than letting it vanish', () => {
    const bowtie = { type: 'Polygon', coordinates: [[[110, 30], [112, 32], [112, 30], [110, 32], [110, 30]]] };
    const file = parseUserFile('bow.geojson', fcOf(feature(bowtie)));
    expect(file.problems).toEqual([{ code: 'geomKinked', feature: 0, args: { parts: 2 } }]);
    expect(file.geojson!.features[0]!.geometry.type).toBe('MultiPolygon');
  });

  it('reads a 200,000-vertex polygon and a point in linear time', { timeout: 60_000 }, () => {
    const n = 200_000;
    const ring = Array.from({ length: n }, (_, i) => [110 + 5 * Math.cos((2 * Math.PI * i) / n), 30 + 5 * Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0]!);
    const text = fcOf(feature({ type: 'Polygon', coordinates: [ring] }, 1, 'big'), feature({ type: 'Point', coordinates: [116, 40] }, 2, 'pt'));
    const start = performance.now();
    const file = parseUserFile('big.geojson', text);
    const ms = performance.now() - start;
    expect(file.rows.map((r) => r.value)).toEqual([1, 2]);
    // Quadratic work (a self-intersection test of every segment pair) would take minutes here.
    expect(ms).toBeLessThan(15_000);
  });

  it('joins features without geometry by name, like a CSV', () => {
    const file = parseUserFile('names.json', fcOf({ type: 'Feature', properties: { 名称: '芝罘区', 数值: 3 }, geometry: null }));
    expect(file.geojson).toBeUndefined();
    expect(matchRows(file.rows, units).values).toEqual(new Map([['370602', 3]]));
  });
});

describe('the join to units', () => {
  it('joins by adcode and name, and lists names it cannot place, never guessing between two', () => {
    const file = parseUserFile('m.csv', '名称,数值\n芝罘区,1\n龙口,2\n城区,3\n不存在县,4\n370602,5\n');
    const { values, unmatched } = matchRows(file.rows, units);
    expect([...values]).toEqual([
      ['370602', 1],
      ['370681', 2],
    ]);
    expect(unmatched).toEqual([
      { key: '城区', line: 4, reason: 'ambiguous', suggestions: ['城区', '城区'] },
      { key: '不存在县', line: 5, reason: 'unknown', suggestions: [] },
      { key: '370602', line: 6, reason: 'duplicate', suggestions: ['2'] },
    ]);
  });
});

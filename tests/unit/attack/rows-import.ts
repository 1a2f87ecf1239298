// Class 1: a person's own file (CSV, TSV, semicolons, encodings, GeoJSON), as the map takes it.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { importFile, type ImportSeen } from './api.ts';
import { bounded, eq, noted, ok, refusedNamed, shown, type Row } from './check.ts';

const FUZHOU = [
  ['闽侯县', '12.5'],
  ['长乐市', '30'],
  ['福清市', '41'],
  ['连江县', '8'],
  ['罗源县', '3'],
] as const;
const csv = (rows: readonly (readonly string[])[], d = ',', eol = '\n', header = `名称${d}数值`) => `${header}${eol}${rows.map((r) => r.join(d)).join(eol)}${eol}`;
const FUZHOU_CSV = csv(FUZHOU);
const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区', '台湾省', '香港特别行政区', '澳门特别行政区'];

const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM8 = [0xef, 0xbb, 0xbf];

/** The five Fuzhou counties, each with its value and line. */
const fuzhouRows = (firstLine = 2) => FUZHOU.map(([key, value], i) => ({ key, value: Number(value), line: firstLine + i }));

/** One of FUZHOU's rows replaced by `cells` (line 4): the other four still drawn, the bad one noted at its line. */
const oneBad = (id: string, input: string, cells: readonly string[], says: RegExp, sees: string): Row => ({
  id,
  cls: 1,
  input,
  sees,
  run: () => {
    const rows = FUZHOU.map((r, i) => (i === 2 ? cells : r));
    const seen = importFile('fuzhou.csv', csv(rows));
    shown(seen, 4);
    noted(seen, { line: 4 }, says);
  },
});

const fc_ = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: Record<string, unknown> = { name: 'a', value: 1 }) => ({ type: 'Feature', properties, geometry });
const square = (x: number, y: number, d = 0.5) => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const point = (x: number, y: number) => ({ type: 'Point', coordinates: [x, y] });
/** Three valid features (a polygon, a line, a point) with values 1, 2, 3, and `bad` at index 1. */
const withBad = (bad: unknown) =>
  fc_(
    feature(square(119, 26), { name: 'a', value: 1 }),
    bad,
    feature({ type: 'LineString', coordinates: [[118, 25], [119.5, 25.5]] }, { name: 'b', value: 2 }),
    feature(point(119.3, 26.1), { name: 'c', value: 3 }),
  );
const badFeature = (id: string, input: string, bad: unknown, says: RegExp, sees: string): Row => ({
  id,
  cls: 1,
  input,
  sees,
  run: () => {
    const seen = importFile('shapes.geojson', withBad(bad));
    shown(seen, 3);
    eq(seen.rows.map((r) => r.line), [0, 2, 3], 'features drawn');
    noted(seen, { feature: 1 }, says);
  },
});

const drawnAll = (id: string, input: string, name: string, make: () => Uint8Array | string, sees: string, more?: (seen: ImportSeen) => void): Row => ({
  id,
  cls: 1,
  input,
  sees,
  run: () => {
    const seen = importFile(name, make());
    shown(seen, 5);
    eq(seen.rows.map((r) => [r.key, r.value]), FUZHOU.map(([k, v]) => [k, Number(v)]), 'rows (key, value)');
    const first = seen.rows[0]?.line ?? 2;
    if (seen.rows.every((r, i) => r.line === first + i)) eq(seen.rows, fuzhouRows(first), 'rows (key, value, line)');
    more?.(seen);
  },
});

/** A GeoJSON ring of n positions around a centre (closed). */
const ring = (n: number, cx = 110, cy = 30, r = 2) => {
  const positions: number[][] = [];
  for (let i = 0; i < n; i++) positions.push([cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  positions.push(positions[0]!);
  return positions;
};

export const IMPORT_ROWS: Row[] = [
  // Delimiters, line endings, headers.
  drawnAll('1.csv-comma', 'comma-separated county names, UTF-8', 'fuzhou.csv', () => FUZHOU_CSV, 'five counties drawn, five-class legend'),
  drawnAll('1.tsv', 'tab-separated', 'fuzhou.tsv', () => csv(FUZHOU, '\t'), 'drawn, as with commas'),
  drawnAll('1.semicolon-decimal-comma', 'semicolons with decimal commas (12,5)', 'fuzhou.csv', () => csv(FUZHOU.map(([k, v]) => [k, v.replace('.', ',')]), ';'), 'drawn, 12,5 read as 12.5'),
  drawnAll('1.excel-sep-line', "Excel's sep=; first line", 'fuzhou.csv', () => `sep=;\n${csv(FUZHOU, ';')}`, 'drawn; lines counted from the sep= line', (seen) => eq(seen.rows[0]!.line, 3, 'first row line')),
  drawnAll('1.crlf', 'Windows line ends (\\r\\n)', 'fuzhou.csv', () => csv(FUZHOU, ',', '\r\n'), 'drawn'),
  drawnAll('1.cr-only', 'old Mac line ends (\\r)', 'fuzhou.csv', () => csv(FUZHOU, ',', '\r'), 'drawn'),
  drawnAll('1.headerless', 'no header row', 'fuzhou.csv', () => FUZHOU.map((r) => r.join(',')).join('\n'), 'drawn; the first row read as data', (seen) => eq(seen.rows[0]!.line, 1, 'first row line')),
  drawnAll('1.trailing-blank-lines', 'blank lines and spaces around cells', 'fuzhou.csv', () => `名称 , 数值\n\n${FUZHOU.map(([k, v]) => ` ${k} , ${v} `).join('\n\n')}\n\n\n`, 'drawn, true lines', (seen) => eq(seen.rows.map((r) => r.line), [3, 5, 7, 9, 11], 'lines')),
  {
    id: '1.pipe-delimited',
    cls: 1,
    input: 'pipe-delimited text (name|value)',
    sees: 'refused: needs comma, tab or semicolon columns; line 1 named',
    run: () => refusedNamed(importFile('fuzhou.csv', csv(FUZHOU, '|', '\n', 'name|value')), 'fuzhou.csv', { line: 1 }, /separated by commas, tabs or semicolons/),
  },
  { id: '1.empty-file', cls: 1, input: 'an empty file (0 bytes)', sees: 'refused: the file is empty', run: () => refusedNamed(importFile('empty.csv', ''), 'empty.csv', null, /empty/) },
  { id: '1.blank-file', cls: 1, input: 'only spaces and line breaks', sees: 'refused: the file is empty', run: () => refusedNamed(importFile('blank.csv', ' \n\n \r\n'), 'blank.csv', null, /empty/) },
  { id: '1.header-only', cls: 1, input: 'a header and no rows', sees: 'refused: no row has a name and a number', run: () => refusedNamed(importFile('header.csv', '名称,数值\n'), 'header.csv', null) },
  { id: '1.one-column', cls: 1, input: 'names only, no value column', sees: 'refused at line 1: one column found', run: () => refusedNamed(importFile('names.csv', '名称\n福清市\n长乐市\n'), 'names.csv', { line: 1 }, /one column/) },
  {
    id: '1.text-values-only',
    cls: 1,
    input: 'a value column of words (高/中/低)',
    sees: 'refused: no column holds numbers',
    run: () => refusedNamed(importFile('words.csv', '名称,等级\n福清市,高\n长乐市,低\n'), 'words.csv', { line: 1 }, /no column holds numbers/),
  },

  // Encodings.
  drawnAll('1.utf8-bom', 'UTF-8 with BOM', 'fuzhou.csv', () => bytes(BOM8, new TextEncoder().encode(FUZHOU_CSV)), 'drawn'),
  drawnAll('1.gbk', 'GBK from Excel on Chinese Windows', 'fuzhou.csv', () => iconv.encode(FUZHOU_CSV, 'gbk'), 'drawn; legend says GB18030', (seen) => eq(seen.encoding, 'gb18030', 'encoding')),
  drawnAll('1.gb18030', 'GB18030', 'fuzhou.csv', () => iconv.encode(FUZHOU_CSV, 'gb18030'), 'drawn'),
  drawnAll('1.gbk-txt', 'GBK tab-separated saved as .txt', 'fuzhou.txt', () => iconv.encode(csv(FUZHOU, '\t'), 'gbk'), 'drawn'),
  drawnAll('1.utf16le-bom', 'UTF-16 LE with BOM (Excel "Unicode text")', 'fuzhou.txt', () => bytes([0xff, 0xfe], iconv.encode(csv(FUZHOU, '\t'), 'utf16-le')), 'drawn'),
  drawnAll('1.utf16be-bom', 'UTF-16 BE with BOM', 'fuzhou.csv', () => bytes([0xfe, 0xff], iconv.encode(FUZHOU_CSV, 'utf16-be')), 'drawn'),
  drawnAll('1.utf16le-nobom', 'UTF-16 LE without BOM', 'fuzhou.csv', () => iconv.encode(FUZHOU_CSV, 'utf16-le'), 'drawn'),
  drawnAll('1.utf16be-nobom', 'UTF-16 BE without BOM', 'fuzhou.csv', () => iconv.encode(FUZHOU_CSV, 'utf16-be'), 'drawn'),
  {
    id: '1.xlsx-as-csv',
    cls: 1,
    input: 'an .xlsx workbook renamed .csv',
    sees: 'refused: an Excel workbook, save it as CSV first',
    run: () => refusedNamed(importFile('data.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0])), 'data.csv', null, /Excel/),
  },
  {
    id: '1.png-bytes',
    cls: 1,
    input: 'a PNG image chosen by mistake',
    sees: 'refused: a binary file',
    run: () => refusedNamed(importFile('map.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), 'map.csv', null, /binary/),
  },
  {
    id: '1.huge-file',
    cls: 1,
    input: 'a 21 MB CSV',
    sees: 'refused at once: larger than 20 MB',
    run: () => {
      const big = new Uint8Array(21 * 1024 * 1024).fill(0x31);
      refusedNamed(
        bounded(500, 'refusing', () => importFile('big.csv', big)),
        'big.csv',
        null,
        /20 MB/,
      );
    },
  },

  // Quoting.
  {
    id: '1.multiline-quoted',
    cls: 1,
    input: 'a quoted name spanning two lines',
    sees: 'later rows keep their true line numbers; the odd name noted at line 2',
    run: () => {
      const seen = importFile('fuzhou.csv', `名称,数值\n"福请\n(注)",1\n${FUZHOU.map((r) => r.join(',')).join('\n')}\n`);
      shown(seen, 5);
      eq(seen.rows.slice(1).map((r) => r.line), [4, 5, 6, 7, 8], 'lines after the two-line field');
      noted(seen, { line: 2 }, /names no province/);
    },
  },
  drawnAll('1.quoted-delimiters', 'quoted cells holding commas and doubled quotes', 'fuzhou.csv', () => `名称,备注,数值\n${FUZHOU.map(([k, v]) => `"${k}","a, ""b"", c",${v}`).join('\n')}\n`, 'drawn; commas inside quotes stay in the cell'),
  {
    id: '1.unclosed-quote',
    cls: 1,
    input: 'a quote that never closes',
    sees: 'read as a plain character; the note names line 3',
    run: () => {
      const rows = FUZHOU.map((r, i) => (i === 1 ? ['"长乐市', r[1]] : r));
      const seen = importFile('fuzhou.csv', csv(rows));
      eq(seen.rows.length, 5, 'rows read');
      noted(seen, { line: 3 }, /never closes/);
    },
  },

  // Formula injection and markup: shown as text, never run; the rest drawn.
  oneBad('1.formula-cmd', "a name =cmd|' /C calc'!A0", ["=cmd|' /C calc'!A0", '41'], /"=cmd\|' \/C calc'!A0" names no province/, 'the name noted as text at line 4; the rest drawn'),
  oneBad('1.formula-plus', 'a name +SUM(1,2) (quoted)', ['"+SUM(1,2)"', '41'], /"\+SUM\(1,2\)" names no/, 'noted as text at line 4'),
  oneBad('1.formula-minus-value', 'a value -2+3', ['福清市', '-2+3'], /"-2\+3" is not a number/, 'noted at line 4: not a number'),
  oneBad('1.formula-at', 'a name @SUM(A1:A9)', ['@SUM(A1:A9)', '41'], /"@SUM\(A1:A9\)" names no/, 'noted as text at line 4'),
  oneBad('1.formula-value', 'a value =1+1', ['福清市', '=1+1'], /is not a number/, 'noted at line 4: not a number'),
  oneBad('1.html-img', 'a name <img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>', '41'], /"<img src=x onerror=alert\(1\)>" names no/, 'the markup noted as text at line 4'),
  oneBad('1.html-script', 'a name <script>alert(1)</script>', ['<script>alert(1)</script>', '41'], /"<script>alert\(1\)<\/script>" names no/, 'noted as text at line 4'),
  drawnAll('1.html-header', 'a value column named <b onmouseover=alert(1)>值</b>', 'fuzhou.csv', () => csv(FUZHOU, ',', '\n', '名称,<b onmouseover=alert(1)>值</b>'), 'drawn; the column name shown as text'),

  // Numbers as people write them.
  oneBad('1.value-nan', 'a value NaN', ['福清市', 'NaN'], /"NaN" is not a number/, 'noted at line 4'),
  oneBad('1.value-infinity', 'a value Infinity', ['福清市', 'Infinity'], /"Infinity" is not a number/, 'noted at line 4'),
  oneBad('1.value-1e309', 'a value 1e309 (overflows to Infinity)', ['福清市', '1e309'], /"1e309" is not a number/, 'noted at line 4'),
  oneBad('1.value-empty', 'an empty value', ['福清市', ''], /is not a number/, 'noted at line 4'),
  oneBad('1.value-permille', 'a value 5‰', ['福清市', '5‰'], /"5‰" is not a number/, 'noted at line 4 rather than read as 5'),
  oneBad('1.value-dash', 'a value "-" (no data)', ['福清市', '-'], /"-" is not a number/, 'noted at line 4'),
  oneBad('1.key-empty', 'an empty name', ['', '41'], /empty 名称/, 'noted at line 4'),
  {
    id: '1.value-percent-fullwidth',
    cls: 1,
    input: 'values 68.9%, ４１．５ (全角), 1,234.5, −3',
    sees: 'read as 68.9, 41.5, 1234.5, −3',
    run: () => {
      const seen = importFile('fuzhou.csv', csv([['闽侯县', '68.9%'], ['长乐市', '４１．５'], ['福清市', '"1,234.5"'], ['连江县', '−3'], ['罗源县', '３％']]));
      shown(seen, 5);
      eq(seen.rows.map((r) => r.value), [68.9, 41.5, 1234.5, -3, 3], 'values');
    },
  },
  {
    id: '1.value-huge',
    cls: 1,
    input: 'values 1e308, -1e308 and 5e-324',
    sees: 'drawn; legend spans them',
    run: () => {
      const seen = importFile('fuzhou.csv', csv(FUZHOU.map(([k], i) => [k, ['1e308', '-1e308', '5e-324', '0', '1'][i]!])));
      shown(seen, 5);
    },
  },
  {
    id: '1.key-100k-chars',
    cls: 1,
    input: 'a name of 100,000 characters',
    sees: 'noted (clipped) at line 4 in bounded time; the rest drawn',
    run: () => {
      const seen = bounded(2000, 'the import', () => importFile('fuzhou.csv', csv(FUZHOU.map((r, i) => (i === 2 ? ['福'.repeat(100_000), '1'] : r)))));
      shown(seen, 4);
      noted(seen, { line: 4 }, /names no province/);
    },
  },

  // Joining names.
  {
    id: '1.duplicate-name',
    cls: 1,
    input: 'the same county twice',
    sees: 'the second noted at its line, naming the first; four drawn',
    run: () => {
      const seen = importFile('fuzhou.csv', csv([...FUZHOU.slice(0, 4), ['福清市', '99']]));
      shown(seen, 4);
      noted(seen, { line: 6 }, /already given on line 4/);
    },
  },
  {
    id: '1.provinces-beijing-shanghai',
    cls: 1,
    input: '北京市, 上海市, 福建省, 山东省 (province and prefecture names)',
    sees: 'read as four provinces',
    run: () => {
      const seen = importFile('p.csv', csv([['北京市', '86.6'], ['上海市', '89.3'], ['福建省', '69.7'], ['山东省', '64.5']]));
      shown(seen, 4);
      eq(seen.level, 'provinces', 'level');
    },
  },
  {
    id: '1.all-34-provinces',
    cls: 1,
    input: 'all 34 provinces by full name',
    sees: '34 provinces drawn, none unmatched',
    run: () => {
      const seen = importFile('p.csv', csv(PROVINCES.map((p, i) => [p, String(50 + i)])));
      shown(seen, 34, 5);
      eq(seen.level, 'provinces', 'level');
      eq(seen.notes.length, 0, 'notes');
    },
  },
  {
    id: '1.beijing-among-prefectures',
    cls: 1,
    input: '北京市 among prefectures (福州市, 厦门市, 泉州市)',
    sees: 'read as four prefectures',
    run: () => {
      const seen = importFile('p.csv', csv([['北京市', '1'], ['福州市', '2'], ['厦门市', '3'], ['泉州市', '4']]));
      shown(seen, 4);
      eq(seen.level, 'prefectures', 'level');
    },
  },
  {
    id: '1.ambiguous-name',
    cls: 1,
    input: '朝阳区 (in Beijing and in Changchun) among Beijing districts',
    sees: 'taken or noted, never guessed silently',
    run: () => {
      const seen = importFile('bj.csv', csv([['朝阳区', '1'], ['海淀区', '2'], ['丰台区', '3'], ['西城区', '4']]));
      shown(seen, 3);
      noted(seen, { line: 2 }, /"朝阳区" could be 北京市朝阳区 or 吉林省长春市朝阳区/);
    },
  },
  {
    id: '1.ambiguous-with-prefecture',
    cls: 1,
    input: '北京市朝阳区 and 长春市朝阳区 with their prefectures',
    sees: 'both drawn',
    run: () => shown(importFile('bj.csv', csv([['北京市朝阳区', '1'], ['长春市朝阳区', '2'], ['海淀区', '3']])), 3),
  },
  {
    id: '1.two-provinces',
    cls: 1,
    input: 'two provinces',
    sees: 'drawn in two classes',
    run: () => shown(importFile('two.csv', csv([['福建省', '69.7'], ['山东省', '64.5']])), 2, 2),
  },
  {
    id: '1.four-same-value',
    cls: 1,
    input: 'four provinces with the same value',
    sees: 'drawn in one class',
    run: () => shown(importFile('same.csv', csv([['福建省', '5'], ['山东省', '5'], ['浙江省', '5'], ['江苏省', '5']])), 4, 1),
  },
  {
    id: '1.one-row',
    cls: 1,
    input: 'a single row',
    sees: 'drawn in one class',
    run: () => shown(importFile('one.csv', csv([['福清市', '41']])), 1, 1),
  },
  {
    id: '1.unknown-names-only',
    cls: 1,
    input: 'names that match nothing (火星市, 月球县, 冥王星区)',
    sees: 'refused: none matched; each line named; the map kept',
    run: () => {
      const seen = importFile('mars.csv', csv([['火星市', '1'], ['月球县', '2'], ['冥王星区', '3']]));
      refusedNamed(seen, 'mars.csv', { line: 2 }, /none of the 3 names matched/);
    },
  },
  {
    id: '1.typo-suggestion',
    cls: 1,
    input: 'a mistyped county 福请市',
    sees: 'noted at line 4 with "did you mean 福清市"',
    run: () => {
      const seen = importFile('fuzhou.csv', csv(FUZHOU.map((r, i) => (i === 2 ? ['福请市', '41'] : r))));
      shown(seen, 4);
      noted(seen, { line: 4 }, /did you mean 福清市/);
    },
  },
  {
    id: '1.adcodes',
    cls: 1,
    input: '6-digit adcodes',
    sees: 'drawn',
    run: () => shown(importFile('codes.csv', csv([['350121', '1'], ['350182', '2'], ['350181', '3']], ',', '\n', 'adcode,value')), 3),
  },
  {
    id: '1.stats-codes-12-digit',
    cls: 1,
    input: '12-digit statistics codes (350121000000)',
    sees: 'drawn',
    run: () => shown(importFile('codes.csv', csv([['350121000000', '1'], ['350182000000', '2'], ['350181000000', '3']], ',', '\n', '代码,数值')), 3),
  },
  {
    id: '1.short-province-names',
    cls: 1,
    input: 'short names 广西, 内蒙古, 新疆',
    sees: 'read as the provinces',
    run: () => {
      const seen = importFile('p.csv', csv([['广西', '1'], ['内蒙古', '2'], ['新疆', '3']]));
      shown(seen, 3);
      eq(seen.level, 'provinces', 'level');
    },
  },
  {
    id: '1.20k-rows',
    cls: 1,
    input: '20,000 rows (eight counties, each many times)',
    sees: 'counties drawn once; repeats noted (capped), in bounded time',
    run: () => {
      const codes = ['350121', '350122', '350123', '350124', '350125', '350128', '350181', '350182'];
      const rows = Array.from({ length: 20_000 }, (_, i) => [codes[i % codes.length]!, String(i)]);
      const seen = bounded(5000, 'the import', () => importFile('many.csv', csv(rows, ',', '\n', 'adcode,value')));
      shown(seen, codes.length);
      ok(seen.notes.length <= 20_000 && seen.notes.length > 0, 'repeats not noted');
    },
  },

  // GeoJSON.
  {
    id: '1.geojson-truncated',
    cls: 1,
    input: 'GeoJSON cut short after its opening',
    sees: 'refused: not valid JSON, with its line',
    run: () => refusedNamed(importFile('cut.geojson', '{"type": "FeatureCollection",\n "features": [\n'), 'cut.geojson', { line: 3 }, /not valid JSON/),
  },
  {
    id: '1.geojson-syntax-line-3',
    cls: 1,
    input: 'GeoJSON with a stray comma on line 3',
    sees: 'refused at line 3',
    run: () => refusedNamed(importFile('bad.geojson', '{\n "type": "FeatureCollection",\n "features": [,]\n}'), 'bad.geojson', { line: 3 }, /not valid JSON/),
  },
  {
    id: '1.geojson-one-feature',
    cls: 1,
    input: 'a FeatureCollection of one polygon',
    sees: 'drawn, one class',
    run: () => shown(importFile('one.geojson', fc_(feature(square(119, 26)))), 1, 1),
  },
  {
    id: '1.geojson-bare-feature',
    cls: 1,
    input: 'a single Feature, not a collection',
    sees: 'drawn',
    run: () => shown(importFile('one.geojson', JSON.stringify(feature(square(119, 26)))), 1),
  },
  {
    id: '1.geojson-all-types',
    cls: 1,
    input: 'Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon',
    sees: 'all six drawn',
    run: () => {
      const seen = importFile(
        'all.geojson',
        fc_(
          feature(point(119, 26), { name: 'a', value: 1 }),
          feature({ type: 'MultiPoint', coordinates: [[119, 26], [119.2, 26.2]] }, { name: 'b', value: 2 }),
          feature({ type: 'LineString', coordinates: [[118, 25], [119, 26]] }, { name: 'c', value: 3 }),
          feature({ type: 'MultiLineString', coordinates: [[[118, 25], [119, 26]], [[117, 24], [117.5, 24.5]]] }, { name: 'd', value: 4 }),
          feature(square(119, 26), { name: 'e', value: 5 }),
          feature({ type: 'MultiPolygon', coordinates: [square(120, 27).coordinates, square(121, 27).coordinates] }, { name: 'f', value: 6 }),
        ),
      );
      shown(seen, 6);
      eq(seen.features, 6, 'features drawn');
    },
  },
  badFeature('1.geojson-geometrycollection', 'a GeometryCollection among valid features', feature({ type: 'GeometryCollection', geometries: [point(1, 1)] }, { name: 'x', value: 9 }), /GeometryCollection is not drawn/, 'noted at features[1]; the other three drawn'),
  badFeature('1.geojson-null-geometry', 'a feature with geometry null', feature(null, { name: 'x', value: 9 }), /no geometry/, 'noted at features[1]'),
  badFeature('1.geojson-unclosed-ring', 'an unclosed polygon ring', feature({ type: 'Polygon', coordinates: [[[119, 26], [120, 26], [120, 27], [119, 27]]] }, { name: 'x', value: 9 }), /not closed/, 'noted at features[1]'),
  badFeature('1.geojson-ring-3-positions', 'a ring of 3 positions', feature({ type: 'Polygon', coordinates: [[[119, 26], [120, 26], [119, 26]]] }, { name: 'x', value: 9 }), /needs at least 4/, 'noted at features[1]'),
  badFeature('1.geojson-out-of-range', 'longitude 200', feature(point(200, 26), { name: 'x', value: 9 }), /outside longitude/, 'noted at features[1]'),
  badFeature('1.geojson-projected-metres', 'Web Mercator metres', feature(point(13_280_000, 3_000_000), { name: 'x', value: 9 }), /projected metres/, 'noted at features[1]'),
  badFeature('1.geojson-string-coordinates', 'coordinates as strings ["119","26"]', feature({ type: 'Point', coordinates: ['119', '26'] }, { name: 'x', value: 9 }), /not a \[longitude, latitude\] pair/, 'noted at features[1]'),
  badFeature('1.geojson-nan-value', 'a value "n/a" in one feature', feature(point(119, 26), { name: 'x', value: 'n/a' }), /"n\/a" is not a number/, 'noted at features[1]'),
  badFeature('1.geojson-null-feature', 'null in place of a feature', null, /is not a number/, 'noted at features[1]'),
  badFeature('1.geojson-line-one-position', 'a LineString of one position', feature({ type: 'LineString', coordinates: [[119, 26]] }, { name: 'x', value: 9 }), /fewer than 2 positions/, 'noted at features[1]'),
  {
    id: '1.geojson-self-intersecting',
    cls: 1,
    input: 'a bow-tie polygon (crosses itself)',
    sees: 'drawn, split at the crossing; noted',
    run: () => {
      const seen = importFile('bow.geojson', fc_(feature({ type: 'Polygon', coordinates: [[[119, 26], [120, 27], [120, 26], [119, 27], [119, 26]]] }), feature(point(119, 26), { name: 'b', value: 2 })));
      shown(seen, 2);
      noted(seen, { feature: 0 }, /crosses itself/);
    },
  },
  {
    id: '1.geojson-200k-vertices',
    cls: 1,
    input: 'a 200,000-vertex polygon and a point',
    sees: 'both drawn, in bounded time',
    run: () => {
      const text = fc_(feature({ type: 'Polygon', coordinates: [ring(200_000)] }, { name: 'big', value: 1 }), feature(point(110, 30), { name: 'p', value: 2 }));
      shown(
        bounded(3000, 'the import', () => importFile('big.geojson', text)),
        2,
        2,
      );
    },
  },
  {
    id: '1.geojson-proto-keys',
    cls: 1,
    input: 'properties __proto__, constructor, toString beside name and value',
    sees: 'drawn; nothing reaches Object.prototype',
    run: () => {
      const text = `{"type":"FeatureCollection","features":[${[1, 2, 3].map((v) => `{"type":"Feature","geometry":{"type":"Point","coordinates":[119,${25 + v}]},"properties":{"__proto__":{"polluted":1,"value":7},"constructor":{"prototype":{"polluted":1}},"toString":"x","name":"n${v}","value":${v}}}`).join(',')}]}`;
      const seen = importFile('proto.geojson', text);
      shown(seen, 3);
      eq(seen.rows.map((r) => r.value), [1, 2, 3], 'values');
      eq(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype.polluted');
    },
  },
  {
    id: '1.geojson-proto-value-only',
    cls: 1,
    input: 'features whose only number is a property "__proto__"',
    sees: 'drawn or refused with a message; no pollution',
    run: () => {
      const text = `{"type":"FeatureCollection","features":[${[1, 2].map((v) => `{"type":"Feature","geometry":{"type":"Point","coordinates":[119,${25 + v}]},"properties":{"name":"n${v}","__proto__":${v}}}`).join(',')}]}`;
      const seen = importFile('proto.geojson', text);
      ok(!seen.crashed, `crashed: ${seen.crashed}`);
      ok(seen.drawn === 2 || seen.refused, 'neither drawn nor refused');
      eq(({} as Record<string, unknown>).name, undefined, 'Object.prototype.name');
    },
  },
  {
    id: '1.geojson-deep-properties',
    cls: 1,
    input: 'a property nested 100,000 arrays deep',
    sees: 'drawn (the deep property is not read) or refused with a message; no crash',
    run: () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[119,26]},"properties":{"name":"a","value":1,"extra":${deep}}},{"type":"Feature","geometry":{"type":"Point","coordinates":[119,27]},"properties":{"name":"b","value":2}}]}`;
      const seen = bounded(2000, 'the import', () => importFile('deep.geojson', text));
      ok(!seen.crashed, `crashed: ${seen.crashed}`);
      ok(seen.drawn === 2 || seen.refused, 'neither drawn nor refused');
    },
  },
  {
    id: '1.geojson-deep-coordinates',
    cls: 1,
    input: 'coordinates nested 100,000 arrays deep',
    sees: 'that feature noted (not a position); the other drawn; no crash',
    run: () => {
      const deep = `${'['.repeat(100_000)}1,2${']'.repeat(100_000)}`;
      const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":${deep}},"properties":{"name":"a","value":1}},{"type":"Feature","geometry":{"type":"Point","coordinates":[119,27]},"properties":{"name":"b","value":2}}]}`;
      const seen = bounded(2000, 'the import', () => importFile('deep.geojson', text));
      ok(!seen.crashed, `crashed: ${seen.crashed}`);
      shown(seen, 1);
      noted(seen, { feature: 0 }, /not a \[longitude, latitude\] pair|no coordinates|needs at least 4/);
    },
  },
  {
    id: '1.geojson-object-name',
    cls: 1,
    input: 'a feature named {"toString": "x", "valueOf": "y"}',
    sees: 'drawn with the others; nothing throws',
    run: () => {
      const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[119,26]},"properties":{"name":{"toString":"x","valueOf":"y"},"value":1}},{"type":"Feature","geometry":{"type":"Point","coordinates":[119,27]},"properties":{"name":"b","value":2}}]}`;
      shown(importFile('obj.geojson', text), 2);
    },
  },
  badFeature('1.geojson-object-value', 'a value {"toString": "x"} in one feature', feature(point(119, 26), { name: 'x', value: { toString: 'x', valueOf: 'y' } }), /is not a number/, 'noted at features[1]; nothing throws'),
  {
    id: '1.geojson-bom',
    cls: 1,
    input: 'GeoJSON with a UTF-8 BOM',
    sees: 'drawn',
    run: () => shown(importFile('bom.geojson', bytes(BOM8, new TextEncoder().encode(fc_(feature(square(119, 26)), feature(point(119, 26), { name: 'b', value: 2 }))))), 2),
  },
  {
    id: '1.geojson-utf16',
    cls: 1,
    input: 'GeoJSON in UTF-16 LE with BOM',
    sees: 'drawn',
    run: () => shown(importFile('u16.geojson', bytes([0xff, 0xfe], iconv.encode(fc_(feature(square(119, 26)), feature(point(119, 26), { name: 'b', value: 2 })), 'utf16-le'))), 2),
  },
  {
    id: '1.geojson-huge',
    cls: 1,
    input: 'a GeoJSON over 20 MB',
    sees: 'refused at once: larger than 20 MB',
    run: () => {
      const big = new Uint8Array(20 * 1024 * 1024 + 10).fill(0x20);
      big[0] = 0x7b;
      refusedNamed(bounded(500, 'refusing', () => importFile('big.geojson', big)), 'big.geojson', null, /20 MB/);
    },
  },
  {
    id: '1.geojson-not-collection',
    cls: 1,
    input: 'a FeatureCollection whose features is an object',
    sees: 'refused: not a GeoJSON FeatureCollection',
    run: () => refusedNamed(importFile('x.geojson', '{"type":"FeatureCollection","features":{"0":1}}'), 'x.geojson', null, /FeatureCollection/),
  },
  {
    id: '1.geojson-empty-collection',
    cls: 1,
    input: 'a FeatureCollection with no features',
    sees: 'refused with a message naming the file',
    run: () => refusedNamed(importFile('none.geojson', fc_()), 'none.geojson', null),
  },
  {
    id: '1.geojson-name-csv-content',
    cls: 1,
    input: 'CSV text in a file named .geojson',
    sees: 'refused: named as JSON but is not',
    run: () => refusedNamed(importFile('fuzhou.geojson', FUZHOU_CSV), 'fuzhou.geojson', null, /named as JSON/),
  },
  {
    id: '1.geojson-no-geometry-names',
    cls: 1,
    input: 'features without geometry, joined by name',
    sees: 'joined like a CSV: three counties drawn',
    run: () => {
      const seen = importFile('names.geojson', fc_(...FUZHOU.slice(0, 3).map(([k, v]) => ({ type: 'Feature', geometry: null, properties: { name: k, value: Number(v) } }))));
      shown(seen, 3);
      eq(seen.level, 'counties', 'level');
    },
  },
  {
    id: '1.geojson-string-values',
    cls: 1,
    input: 'values as strings ("12.5", "30%")',
    sees: 'read as numbers',
    run: () => {
      const seen = importFile('s.geojson', fc_(feature(point(119, 26), { name: 'a', value: '12.5' }), feature(point(119, 27), { name: 'b', value: '30%' })));
      shown(seen, 2);
      eq(seen.rows.map((r) => r.value), [12.5, 30], 'values');
    },
  },
  {
    id: '1.geojson-html-name',
    cls: 1,
    input: 'a feature named <img src=x onerror=alert(1)> with a bad value',
    sees: 'the name never runs: the note says features[1] as text',
    run: () => {
      const seen = importFile('x.geojson', withBad(feature(point(119, 26), { name: '<img src=x onerror=alert(1)>', value: '<script>alert(1)</script>' })));
      shown(seen, 3);
      noted(seen, { feature: 1 }, /"<script>alert\(1\)<\/script>" is not a number/);
    },
  },
];

// "Valid input is never lost" (fast-check): whatever else a GeoJSON holds, each valid feature is
// drawn with its value and index, and each invalid one is noted at its index. (The CSV reader's and
// the decoder's properties are in tests/unit/app/user-data.test.ts and user-import.test.ts.)
const lng = fc.double({ min: 73, max: 134, noNaN: true });
const lat = fc.double({ min: 18, max: 53, noNaN: true });
const validGeometry = fc.oneof(
  fc.tuple(lng, lat).map(([x, y]) => point(x, y)),
  fc.tuple(lng, lat, lng, lat).map(([a, b, c, d]) => ({ type: 'LineString', coordinates: [[a, b], [c, d]] })),
  fc.tuple(fc.double({ min: 73, max: 130, noNaN: true }), fc.double({ min: 18, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true })).map(([x, y, d]) => square(x, y, d)),
);
const invalidFeature = fc.constantFrom<[unknown, RegExp]>(
  [{ type: 'GeometryCollection', geometries: [] }, /not drawn/],
  [null, /no geometry/],
  [{ type: 'Polygon', coordinates: [[[119, 26], [120, 26], [120, 27], [119, 27]]] }, /not closed/],
  [{ type: 'Point', coordinates: [200, 26] }, /outside longitude/],
  [{ type: 'LineString', coordinates: [[119, 26]] }, /fewer than 2/],
);
const extraProps = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'note', '备注'), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 3 });

IMPORT_ROWS.push({
  id: '1.property-geojson-never-loses',
  cls: 1,
  input: 'fast-check: 150 GeoJSON files of valid and invalid features, with prototype keys among the properties',
  sees: 'every valid feature drawn with its value and index; every invalid one noted at its index',
  run: () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ valid: fc.boolean(), geometry: validGeometry, bad: invalidFeature, value: fc.integer({ min: -1e6, max: 1e6 }), badValue: fc.boolean(), extra: extraProps }), { minLength: 1, maxLength: 12 }),
        (list) => {
          const features = list.map((f, i) => {
            const properties = Object.fromEntries([...Object.entries(f.extra), ['name', `f${i}`], ['value', f.valid || !f.badValue ? f.value : 'n/a']]);
            return feature(f.valid || f.badValue ? f.geometry : f.bad[0], properties);
          });
          const valid = list.flatMap((f, i) => (f.valid ? [{ line: i, value: f.value }] : []));
          fc.pre(valid.length > 0);
          const seen = importFile('random.geojson', fc_(...features));
          shown(seen, valid.length);
          eq(seen.rows.map((r) => ({ line: r.line, value: r.value })), valid, 'features kept');
          list.forEach((f, i) => {
            if (!f.valid) noted(seen, { feature: i }, f.badValue ? /is not a number/ : f.bad[1]);
          });
        },
      ),
      { numRuns: 150 },
    ),
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { decodeUserBytes } from '../../../src/core/user-decode.ts';
import { readUserBytes, UserFileError, problemEnglish } from '../../../src/core/user-data.ts';
import { prepareUserLayer } from '../../../src/app/user-layer.ts';
import { problemText } from '../../../src/app/user-text.ts';

const root = join(import.meta.dirname, '../../..');
const topology: unknown = JSON.parse(readFileSync(join(root, 'data/geo/china.topo.json'), 'utf8'));
assertChinaTopology(topology, 'data/geo/china.topo.json');
const china = chinaLayers(topology);

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], bytes: Uint8Array) => Uint8Array.from([...bom, ...bytes]);
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** What a person would see of a file: its rows joined and classified on China's real boundaries. */
const shown = (name: string, bytes: Uint8Array) => {
  const file = readUserBytes(name, bytes);
  return { file, result: prepareUserLayer(china, file) };
};

/** The problems of a file that cannot be shown. */
const refused = (name: string, bytes: Uint8Array) => {
  try {
    shown(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFileError);
    return error as UserFileError;
  }
  throw new Error(`${name} was shown`);
};

const FUZHOU = '名称,数值\n闽侯县,12.5\n长乐市,30\n福清市,41\n连江县,8\n罗源县,3\n';

describe('the bytes of a person’s file', () => {
  it('decodes UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, and GBK/GB18030 as Excel writes them on Chinese Windows', { timeout: 60_000 }, () => {
    const cases: [string, Uint8Array, string][] = [
      ['utf-8', utf8(FUZHOU), 'utf-8'],
      ['utf-8 BOM', withBom([0xef, 0xbb, 0xbf], utf8(FUZHOU)), 'utf-8'],
      ['utf-16le BOM', withBom([0xff, 0xfe], iconv.encode(FUZHOU, 'utf16-le')), 'utf-16le'],
      ['utf-16be BOM', withBom([0xfe, 0xff], iconv.encode(FUZHOU, 'utf16-be')), 'utf-16be'],
      ['utf-16le', iconv.encode(FUZHOU, 'utf16-le'), 'utf-16le'],
      ['utf-16be', iconv.encode(FUZHOU, 'utf16-be'), 'utf-16be'],
      ['gbk', iconv.encode(FUZHOU, 'gbk'), 'gb18030'],
      ['gb18030', iconv.encode(FUZHOU, 'gb18030'), 'gb18030'],
    ];
    for (const [label, bytes, encoding] of cases) {
      const decoded = decodeUserBytes(bytes);
      expect(decoded, label).toEqual({ text: FUZHOU, encoding });
      const { file, result } = shown(`${label}.csv`, bytes);
      expect(file.rows.map((r) => [r.key, r.value, r.line]), label).toEqual([
        ['闽侯县', 12.5, 2],
        ['长乐市', 30, 3],
        ['福清市', 41, 4],
        ['连江县', 8, 5],
        ['罗源县', 3, 6],
      ]);
      expect(result.matched.values.size, label).toBe(5);
      expect(result.matched.level, label).toBe('counties');
    }
    // What reading the GBK bytes as UTF-8 gave before: replacement characters, matching nothing.
    expect(new TextDecoder().decode(iconv.encode(FUZHOU, 'gbk'))).toContain('\uFFFD');
  });

  it('tells binary files and workbooks apart from UTF-16 text', () => {
    expect(refused('map.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])).problems).toEqual([{ code: 'binary' }]);
    expect(refused('book.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])).problems).toEqual([{ code: 'xlsx' }]);
    expect(refused('book.csv', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).problems).toEqual([{ code: 'xls' }]);
    // UTF-16 puts zero bytes between ASCII letters: that is text, not binary.
    expect(decodeUserBytes(iconv.encode('name\tvalue\nBeijing\t1\n', 'utf16-le')).binary).toBeUndefined();
  });

  it('reads UTF-16 without a mark when many names have a character whose code ends in 00 (怀 U+6000)', () => {
    // The case the property below found: 怀's zero byte falls where ASCII's do not.
    // Every such county name, alone in a file with a one-digit value, and all of them in one file.
    const zeroEnded = china.counties.features.map((f) => f.properties.name).filter((n) => [...n].some((c) => (c.codePointAt(0)! & 0xff) === 0));
    expect(zeroEnded).toContain('怀柔区');
    const files = [...zeroEnded.map((name) => [{ name, value: 5 }]), zeroEnded.map((name, value) => ({ name, value }))];
    for (const rows of files) {
      const text = `名称,数值\r\n${rows.map((r) => `${r.name},${r.value}`).join('\r\n')}\r\n`;
      for (const encoding of ['utf16-le', 'utf16-be'] as const) {
        const file = readUserBytes('p.csv', iconv.encode(text, encoding));
        expect(file.rows, `${encoding}: ${rows[0]!.name}…`).toEqual(rows.map((r, i) => ({ key: r.name, value: r.value, line: i + 2 })));
      }
    }
  });

  it('never loses a valid row to the encoding: UTF-16 and GB18030 give the rows UTF-8 gives', { timeout: 60_000 }, () => {
    const names = china.counties.features.slice(0, 400).map((f) => f.properties.name);
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom(...names), value: fc.integer({ min: -1e6, max: 1e6 }) }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('utf16-le', 'utf16-be', 'gb18030'),
        fc.boolean(),
        fc.constantFrom(',', '\t', ';'),
        (rows, encoding, bom, d) => {
          const text = `${bom ? '\uFEFF' : ''}名称${d}数值\r\n${rows.map((r) => `${r.name}${d}${r.value}`).join('\r\n')}\r\n`;
          const bytes = iconv.encode(text, encoding);
          // GB18030 bytes that happen to be valid UTF-8 are read as UTF-8 (no way to tell): not this property's case.
          fc.pre(encoding !== 'gb18030' || !isUtf8(bytes));
          const file = readUserBytes('p.csv', bytes);
          expect(file.rows).toEqual(rows.map((r, i) => ({ key: r.name, value: r.value, line: i + 2 })));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a person’s figures on China’s boundaries', () => {
  it('maps one or two distinct values in fewer classes instead of failing', () => {
    const two = shown('two.csv', utf8('省份,数值\n福建省,1\n浙江省,2\n')).result;
    expect(two.colours).toHaveLength(2);
    expect(two.ranges).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const same = shown('same.csv', utf8('省份,数值\n福建省,5\n浙江省,5\n江苏省,5\n广东省,5\n')).result;
    expect(same.colours).toHaveLength(1);
    expect(same.ranges).toEqual([[5, 5]]);
    expect(same.matched.values.size).toBe(4);
    const one = shown('one.geojson', utf8(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x', value: 3 }, geometry: { type: 'LineString', coordinates: [[116, 40], [117, 41]] } }] }))).result;
    expect(one.colours).toHaveLength(1);
    expect(one.bounds).toEqual([116, 40, 117, 41]);
  });

  it('reads 北京市 and 上海市 as provinces in a file of provinces, and as prefectures in a file of prefectures', () => {
    const provinces = china.provinces.features.map((f, i) => `${f.properties.name},${i}`).join('\n');
    const p = shown('provinces.csv', utf8(`name,value\n${provinces}\n`)).result;
    expect(p.matched.level).toBe('provinces');
    expect(p.matched.values.size).toBe(china.provinces.features.length);
    expect(p.problems).toEqual([]);
    expect([...p.matched.units.values()].every((u) => u.level === 'provinces')).toBe(true);
    const two = shown('two.csv', utf8('name,value\n北京市,1\n上海市,2\n')).result;
    expect([...two.matched.units.values()].map((u) => [u.name, u.level])).toEqual([
      ['北京市', 'provinces'],
      ['上海市', 'provinces'],
    ]);
    const cities = shown('cities.csv', utf8('name,value\n福州市,1\n厦门市,2\n泉州市,3\n北京市,4\n')).result;
    expect(cities.matched.level).toBe('prefectures');
    expect([...cities.matched.units.values()].find((u) => u.name === '北京市')?.level).toBe('prefectures');
  });

  it('reports a name several counties share, naming them, and takes it with its prefecture', () => {
    const { result } = shown('c.csv', utf8('name,value\n朝阳区,1\n北京市朝阳区,2\n闽侯县,3\n'));
    expect(result.matched.values.size).toBe(2);
    expect(result.problems.map((p) => problemText('zh', p))).toEqual(['第 2 行 › “朝阳区”可能是 北京市朝阳区 或 吉林省长春市朝阳区：请加上省或地级市名，或使用行政区划代码']);
  });

  it('suggests the boundary name a mistyped one meant (福请市 → 福清市)', { timeout: 30_000 }, () => {
    const { result } = shown('fuzhou.csv', utf8('名称,数值\n闽侯县,1\n福请市,2\n长乐市,3\n'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'unknown', line: 3, args: { key: '福请市' } });
    expect(String(result.problems[0]!.args!.suggestion).split('、')[0]).toBe('福清市');
    expect(problemText('en', result.problems[0]!)).toMatch(/^line 3 › "福请市" names no province, prefecture or county \(did you mean 福清市 or /);
    expect(problemText('zh', result.problems[0]!)).toMatch(/^第 3 行 › “福请市”不是省、地级或县级行政区的名称。是否指 福清市 或 /);
  });

  it('refuses a file of unknown names with a message naming the file, each line and a suggestion', { timeout: 30_000 }, () => {
    const error = refused('names.csv', utf8('名称,数值\n福请市,1\n闽候县,2\n火星县,3\n'));
    expect(error.message.startsWith('names.csv › none of the 3 names matched')).toBe(true);
    expect(error.problems.map(problemEnglish)).toEqual([
      'none of the 3 names matched a province, prefecture or county',
      expect.stringMatching(/^line 2 › "福请市" names no province, prefecture or county \(did you mean 福清市/),
      expect.stringMatching(/^line 3 › "闽候县" names no province, prefecture or county \(did you mean 闽侯县/),
      'line 4 › "火星县" names no province, prefecture or county',
    ]);
  });

  it('frames what it shows: the bounds of the matched units', () => {
    const { result } = shown('fz.csv', utf8(FUZHOU));
    const [w, s, e, n] = result.bounds!;
    expect(w).toBeGreaterThan(118);
    expect(e).toBeLessThan(120.5);
    expect(s).toBeGreaterThan(25);
    expect(n).toBeLessThan(27);
  });

  it('joins a file of all 3,243 counties by adcode in linear time', { timeout: 60_000 }, () => {
    const rows = china.counties.features.map((f, i) => `${f.properties.id},${i}`).join('\n');
    const bytes = utf8(`adcode,value\n${rows}\n`);
    shown('warm.csv', bytes);
    const start = performance.now();
    const { result } = shown('all.csv', bytes);
    const ms = performance.now() - start;
    expect(result.matched.values.size).toBe(china.counties.features.length);
    // Tens of milliseconds on an idle machine; the bound leaves room for a loaded CI runner.
    expect(ms).toBeLessThan(3000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRows, parseUserFile } from '../../../src/core/user-data.ts';

const units = [
  { id: '370602', name: '芝罘区' },
  { id: '370681', name: '龙口市' },
  { id: '140502', name: '城区' },
  { id: '140302', name: '城区' },
  { id: 'yantai', name: '烟台市' },
];

describe('a user’s own data', () => {
  it('reads a CSV of adcodes or names and values, with a BOM and thousands separators', () => {
    const file = parseUserFile('mine.csv', '\uFEFFname,value\n芝罘区,"1,234.5"\n370681,88\n烟台,\n');
    expect(file.kind).toBe('csv');
    expect(file.rows).toEqual([
      { key: '芝罘区', value: 1234.5, line: 2 },
      { key: '370681', value: 88, line: 3 },
    ]);
    expect(file.skipped).toEqual(['mine.csv › line 4 › value "" is not a number']);
  });

  it('joins by adcode and name, and lists names it cannot place, never guessing between two', () => {
    const file = parseUserFile('m.csv', '名称,数值\n芝罘区,1\n龙口,2\n城区,3\n不存在县,4\n');
    const { values, unmatched } = matchRows(file.rows, units);
    expect([...values]).toEqual([['370602', 1], ['370681', 2]]);
    expect(unmatched).toEqual([
      { key: '城区', line: 4, reason: 'ambiguous' },
      { key: '不存在县', line: 5, reason: 'unknown' },
    ]);
  });

  it('reads a GeoJSON with a numeric property and keeps its geometry', () => {
    const geo = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A', value: '5' }, geometry: { type: 'Point', coordinates: [120, 30] } }] });
    const file = parseUserFile('zones.geojson', geo);
    expect(file.kind).toBe('geojson');
    expect(file.geojson?.features).toHaveLength(1);
  });

  it('refuses files that are not what they claim, naming the file and the place', () => {
    expect(() => parseUserFile('x.geojson', 'name,value\na,1')).toThrow('x.geojson › named as JSON but does not start with { or [');
    expect(() => parseUserFile('x.csv', '{"type": "Feature"}')).toThrow('x.csv › (root) › not a GeoJSON FeatureCollection');
    expect(() => parseUserFile('x.csv', 'PNG\u0000\u0001')).toThrow('x.csv › a binary file');
    expect(() => parseUserFile('x.csv', 'name,label\na,b')).toThrow("x.csv › line 1 › no column holds numbers");
    expect(() => parseUserFile('x.json', '{"type":')).toThrow(/x\.json › not valid JSON/);
  });

  it('never throws anything but a named Error on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseUserFile('f.csv', text);
        } catch (error) {
          expect((error as Error).message.startsWith('f.csv › ')).toBe(true);
        }
      }),
    );
  });
});

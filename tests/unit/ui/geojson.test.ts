import { describe, expect, it } from 'vitest';
import { fieldNames } from '../../../src/core/table-export/fields.ts';
import { toGeoJson, type ExportCollection } from '../../../src/core/table-export/geojson.ts';
import type { PilotFeature } from '../../../src/core/schema/pilots.ts';
import { RATE, ROWS, SENTENCE } from './rows.ts';

const feature = (id: string, coordinates: [number, number]): PilotFeature => ({
  type: 'Feature',
  properties: { id, name: id, nameEn: id, province: 'p', level: 'district', approximate: false },
  geometry: { type: 'Point', coordinates },
});
// Geometries for three of the four rows (威县 has none) and one pilot not shown.
const FEATURES = [
  feature('tianjin-dongli', [117.4, 39.1]),
  feature('beijing-fangshan', [115.9, 39.7]),
  feature('shanghai-pudong-lingang', [121.9, 30.9]),
  feature('not-shown', [100, 30]),
];
const META = {
  title: '常住人口城镇化率',
  year: 2020,
  url: 'https://example.org/?indicator=urban_rate',
  generated: '2025-01-01T00:00:00Z',
  documents: [
    { id: 'batch2', title: '第二批国家新型城镇化综合试点工作方案要点', date: '2015-11' },
    { id: 'fuzhou', title: '福州市…' },
    { id: 'uncited', title: '未引用' },
  ],
};
const parse = (text: string) => JSON.parse(text) as ExportCollection;

describe('toGeoJson', () => {
  const out = parse(toGeoJson(FEATURES, ROWS, [RATE], 'zh', META));

  it('parses as a FeatureCollection of exactly the rows shown, in their order', () => {
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.id)).toEqual(ROWS.map((r) => r.id));
  });

  it('puts each row on its pilot’s geometry, and a null geometry where the pilot has none', () => {
    expect(out.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [115.9, 39.7] });
    expect(out.features[3]?.geometry).toBeNull();
  });

  it('has the CSV’s fields as properties, numbers as numbers', () => {
    const props = out.features[0]?.properties ?? {};
    expect(Object.keys(props)).toEqual([...fieldNames([RATE]), 'sources']);
    expect(props).toMatchObject({ id: 'beijing-fangshan', name: '房山区', value: 68.9, unit: '%', qualifier: 'exact', year: 2014, source_line: 79 });
    expect(out.features[1]?.properties).toMatchObject({ value: null, unit: null, source_sentence: null, sources: [] });
  });

  it('carries every source of a value with its document, line and sentence', () => {
    expect(out.features[0]?.properties.sources).toEqual([{ doc: 'batch2', line: 79, text: SENTENCE }]);
    expect(out.features[2]?.properties.sources).toEqual([
      { doc: 'batch2', line: 120, text: '=SUM(A1) 一句以等号开头的话' },
      { doc: 'fuzhou', line: 7, text: '另一句' },
    ]);
  });

  it('says in its metadata what it is and lists only the documents it cites', () => {
    expect(out.metadata).toMatchObject({ title: META.title, year: 2020, url: META.url, generated: META.generated });
    expect(out.metadata.documents.map((d) => d.id)).toEqual(['batch2', 'fuzhou']);
  });

  it('keeps each column’s sources apart when there are several', () => {
    const two = parse(toGeoJson(FEATURES, ROWS, [RATE, { ...RATE, id: 'population' }], 'en', { title: 't' }));
    expect(Object.keys(two.features[0]?.properties ?? {})).toEqual(expect.arrayContaining(['urban_rate_sources', 'population_sources']));
    expect(two.metadata.documents).toEqual([]);
  });
});

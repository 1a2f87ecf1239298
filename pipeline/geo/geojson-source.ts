import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { findProvince } from './provinces.ts';
import type { Datum, SourceUnit } from './unit.ts';

/**
 * Adapter for any county-level GeoJSON with a code, a name and a province, so that licensed
 * boundaries can replace the default source: `npm run data:geo -- --input counties.geojson
 * --code-field adcode --name-field name --province-field province --datum wgs84`.
 */
export interface GeoJsonSourceOptions {
  /** Property holding the county's code (adcode); required. @default 'code' */
  codeField: string;
  /** Property holding the county's name. @default 'name' */
  nameField: string;
  /** Property holding the province, as a code (any adcode in it) or a name (河北省 or 河北). @default 'province' */
  provinceField: string;
  /** Optional properties with the prefecture's name and code; when absent the code's first four digits decide. */
  prefectureField?: string;
  prefectureCodeField?: string;
  /** Datum of the coordinates: 'gcj02' for AMap/Tencent-derived data, else 'wgs84'. @default 'wgs84' */
  datum: Datum;
}

export const GEOJSON_SOURCE_DEFAULTS: GeoJsonSourceOptions = {
  codeField: 'code',
  nameField: 'name',
  provinceField: 'province',
  datum: 'wgs84',
};

export function unitsFromGeoJson(
  collection: FeatureCollection,
  options: Partial<GeoJsonSourceOptions> = {},
  label = 'input',
): SourceUnit[] {
  const o = { ...GEOJSON_SOURCE_DEFAULTS, ...options };
  return collection.features.map((feature: Feature, index): SourceUnit => {
    const p = feature.properties ?? {};
    const source = `${label} › features[${index}]`;
    const code = p[o.codeField];
    const name = p[o.nameField];
    const provinceValue = p[o.provinceField] ?? code;
    if (name == null || name === '') throw new Error(`${source} › missing name in "${o.nameField}"`);
    const province = provinceValue == null ? undefined : findProvince(String(provinceValue));
    if (!province) throw new Error(`${source} › unknown province "${String(provinceValue)}" in "${o.provinceField}"`);
    const type = feature.geometry?.type;
    if (feature.geometry && type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`${source} › geometry must be Polygon or MultiPolygon, not ${type}`);
    }
    const unit: SourceUnit = {
      id: code == null || code === '' ? null : String(code),
      name: String(name),
      provinceId: province.id,
      province: province.name,
      datum: o.datum,
      geometry: (feature.geometry as Polygon | MultiPolygon | null) ?? null,
      source,
    };
    if (o.prefectureField && p[o.prefectureField] != null) unit.prefecture = String(p[o.prefectureField]);
    if (o.prefectureCodeField && p[o.prefectureCodeField] != null) unit.prefectureId = String(p[o.prefectureCodeField]);
    return unit;
  });
}

import type { MultiPolygon, Polygon } from 'geojson';

/** The datum of a source's coordinates: AMap-derived shapes are GCJ-02, Taiwan's and most others WGS84. */
export type Datum = 'gcj02' | 'wgs84';

/**
 * One county-level unit as an adapter delivers it, before repairs. Every stage of the
 * build takes and returns these; only the last turns them into output features.
 */
export interface SourceUnit {
  /** Administrative code; null where the source has none (repaired by `assignMissingIds`). */
  id: string | null;
  name: string;
  /** Set by adapters that know it (Taiwan, or a swapped-in source); otherwise derived from `id`. */
  prefectureId?: string;
  prefecture?: string;
  provinceId: string;
  province: string;
  datum: Datum;
  /** null when the source's geometry is empty (repaired by `fillEmptyGeometries`). */
  geometry: Polygon | MultiPolygon | null;
  /** Where the unit came from, for error messages: `file › feature index`. */
  source: string;
  nameCurrent?: string;
  idCurrent?: string;
}

/** A unit after all repairs: every field present. */
export type CountyUnit = SourceUnit & { id: string; prefectureId: string; prefecture: string; geometry: Polygon | MultiPolygon };

/** True when a geometry has no ring with at least 4 positions. */
export function isEmptyGeometry(geometry: Polygon | MultiPolygon | null | undefined): boolean {
  if (!geometry || !Array.isArray(geometry.coordinates)) return true;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return !polygons.some((rings) => Array.isArray(rings[0]) && rings[0].length >= 4);
}

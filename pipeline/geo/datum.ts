import gcoord from 'gcoord';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SourceUnit } from './unit.ts';

/** GCJ-02 → WGS84 for one position (gcoord's iterative inverse, to 1e-6°). */
export function gcj02ToWgs84(position: Position): Position {
  const [lng, lat] = gcoord.transform([position[0]!, position[1]!], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [lng, lat];
}

/** Applies a position transform to every vertex of a polygonal geometry (returns a new geometry). */
export function mapPositions<G extends Polygon | MultiPolygon>(geometry: G, f: (p: Position) => Position): G {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) } as G;
  }
  return {
    type: 'MultiPolygon',
    coordinates: (geometry as MultiPolygon).coordinates.map((rings) => rings.map((ring) => ring.map(f))),
  } as G;
}

/** Converts a unit to WGS84 when its source was GCJ-02; WGS84 units pass unchanged. */
export function toWgs84(unit: SourceUnit): SourceUnit {
  if (unit.datum === 'wgs84' || !unit.geometry) return unit;
  return { ...unit, datum: 'wgs84', geometry: mapPositions(unit.geometry, gcj02ToWgs84) };
}

import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SourceUnit } from './unit.ts';

/** Splits units into those kept and those a predicate drops (returned, e.g. for the datum check). */
export function partitionUnits(units: SourceUnit[], drop: (unit: SourceUnit) => boolean): [kept: SourceUnit[], dropped: SourceUnit[]] {
  const kept: SourceUnit[] = [];
  const dropped: SourceUnit[] = [];
  for (const unit of units) (drop(unit) ? dropped : kept).push(unit);
  return [kept, dropped];
}

/** Removes the polygons of a geometry for which `drop(outerRing)` holds; null when none is left. */
export function dropPolygons(
  geometry: Polygon | MultiPolygon,
  drop: (outer: Position[]) => boolean,
): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((rings) => !drop(rings[0] ?? []));
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** True when every position of a ring lies west of a meridian. */
export const westOf = (lng: number) => (ring: Position[]) => ring.length > 0 && ring.every((p) => p[0]! < lng);

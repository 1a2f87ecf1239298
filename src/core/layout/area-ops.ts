import { area, booleanPointInPolygon, centerOfMass, featureCollection, pointOnFeature, polygon as turfPolygon, union } from '@turf/turf';
import type { LngLat } from '../schema/gazetteer.ts';
import type { Areal } from './context.ts';

/** A point well inside an area: the centre of mass of its largest polygon, or a point on it. */
export function anchorOf(geometry: Areal): LngLat {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const rings of polygons) {
    const a = area(turfPolygon(rings));
    if (a > largestArea) [largest, largestArea] = [rings, a];
  }
  const poly = turfPolygon(largest);
  const c = centerOfMass(poly).geometry.coordinates;
  const inside = booleanPointInPolygon(c, poly) ? c : pointOnFeature(poly).geometry.coordinates;
  return [inside[0]!, inside[1]!];
}

/** Union of areas; undefined when there are none or the union is empty. */
export function unionAll(areas: readonly Areal[]): Areal | undefined {
  if (areas.length === 0) return undefined;
  if (areas.length === 1) return areas[0];
  const u = union(featureCollection(areas.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g }))));
  return u?.geometry ?? undefined;
}

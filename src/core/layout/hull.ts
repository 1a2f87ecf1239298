import { area, buffer, circle, convex, featureCollection, point } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPoint, Point } from 'geojson';
import type { LngLat } from '../schema/gazetteer.ts';
import type { Areal } from './context.ts';
import { DEFAULTS } from './defaults.ts';

/** Distinct points (to about a metre). */
export function distinct(points: readonly LngLat[]): LngLat[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Buffers any geometry by `km`; undefined when the result is empty. */
export function bufferKm(geometry: Geometry, km: number): Areal | undefined {
  const out = buffer(geometry as Point | LineString | MultiPoint | Areal, km, { units: 'kilometers', steps: DEFAULTS.bufferSteps }) as
    | Feature<Areal>
    | undefined;
  const g = out?.geometry;
  return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && g.coordinates.length > 0 ? g : undefined;
}

/**
 * A soft hull: the convex hull of the points buffered by `km`; a disc for one point and a capsule
 * for two (or for points on one line, where a hull has no area).
 */
export function softHull(points: readonly LngLat[], km: number): Areal | undefined {
  const pts = distinct(points);
  if (pts.length === 0) return undefined;
  if (pts.length === 1) return circle(pts[0]!, km, { units: 'kilometers', steps: DEFAULTS.circleSteps }).geometry;
  const hull = pts.length >= 3 ? convex(featureCollection(pts.map((p) => point(p)))) : null;
  if (hull && area(hull) > 1) return bufferKm(hull.geometry, km);
  return bufferKm({ type: 'LineString', coordinates: extremes(pts) }, km);
}

/** The two points farthest apart (for collinear sets). */
function extremes(pts: readonly LngLat[]): LngLat[] {
  let best: [LngLat, LngLat] = [pts[0]!, pts[1]!];
  let bestD = -1;
  for (const a of pts)
    for (const b of pts) {
      const d = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
      if (d > bestD) [best, bestD] = [[a, b], d];
    }
  return best;
}

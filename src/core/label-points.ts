import { area, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Where a label point is stored on an areal feature (set by the pipeline, so the browser does not compute it). */
export interface Labelled {
  label?: readonly [number, number];
}

/**
 * The label point of an areal geometry: the pole of inaccessibility (polylabel) of its largest part, the
 * point inside it farthest from its edges, so that a label sits well inside concave and crescent-shaped
 * units, where a centre of mass lands near an edge or outside. Longitudes are scaled by cos(latitude) so
 * that "farthest" is in ground distance. `precision` in degrees of latitude. Null for an empty geometry.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.002): [number, number] | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const rings of parts) {
    if (!rings[0] || rings[0].length < 4) continue;
    const a = area(polygon(rings));
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  if (!best) return null;
  const ys = best[0]!.map((p) => p[1]!);
  const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  const [x, y] = polylabel(best.map((ring) => ring.map(([lng, lat]) => [lng! * k, lat!])), precision);
  return [Math.round((x / k) * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
}

/** A label point per areal feature, properties kept: the one the pipeline stored (`label`), else labelPoint's. */
export function labelPoints<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const f of fc.features) {
    const at = (f.properties as Labelled | null)?.label ?? labelPoint(f.geometry);
    if (at) features.push({ type: 'Feature', properties: f.properties, geometry: { type: 'Point', coordinates: [at[0], at[1]] } });
  }
  return { type: 'FeatureCollection', features };
}

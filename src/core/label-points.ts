import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * A label point per areal feature: the centre of mass of its largest part, or a point on that
 * part when the centre falls outside it (crescent-shaped units). Properties are kept.
 */
export function labelPoints<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const f of fc.features) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: ReturnType<typeof polygon> | null = null;
    let bestArea = -1;
    for (const rings of parts) {
      if (!rings[0] || rings[0].length < 4) continue;
      const p = polygon(rings);
      const a = area(p);
      if (a > bestArea) [best, bestArea] = [p, a];
    }
    if (!best) continue;
    const centre = centerOfMass(best);
    const at = booleanPointInPolygon(centre, best) ? centre : pointOnFeature(best);
    features.push({ type: 'Feature', properties: f.properties, geometry: at.geometry });
  }
  return { type: 'FeatureCollection', features };
}

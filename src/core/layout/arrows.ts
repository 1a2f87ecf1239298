import { bearing, destination, distance } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import type { LayoutFeatureProps } from './features.ts';

/**
 * Arrowheads for a directed line (a belt's centreline, a link): a triangle at the end, and at the
 * start too for `both`. Size is a share of the line's length, clamped to `[minKm, maxKm]`.
 */
export function arrowheads(
  line: Feature<LineString, LayoutFeatureProps>,
  options = { share: 0.04, minKm: 1, maxKm: 5 },
): Feature<Polygon, LayoutFeatureProps>[] {
  const direction = line.properties.direction ?? 'none';
  const coords = line.geometry.coordinates;
  if (direction === 'none' || coords.length < 2) return [];
  let length = 0;
  for (let i = 1; i < coords.length; i++) length += distance(coords[i - 1]!, coords[i]!, { units: 'kilometers' });
  const size = Math.min(options.maxKm, Math.max(options.minKm, length * options.share));
  const head = (tip: Position, from: Position): Feature<Polygon, LayoutFeatureProps> => {
    const b = bearing(from, tip);
    const left = destination(tip, size, b + 155, { units: 'kilometers' }).geometry.coordinates;
    const right = destination(tip, size, b - 155, { units: 'kilometers' }).geometry.coordinates;
    return { type: 'Feature', properties: line.properties, geometry: { type: 'Polygon', coordinates: [[tip, left, right, tip]] } };
  };
  const heads = [head(coords[coords.length - 1]!, coords[coords.length - 2]!)];
  if (direction === 'both') heads.push(head(coords[0]!, coords[1]!));
  return heads;
}

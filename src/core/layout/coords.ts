import type { Geometry } from 'geojson';
import { DEFAULTS } from './defaults.ts';

/** Rounds coordinates in place to `digits` decimals. */
export function roundCoords<T extends Geometry>(geometry: T, digits: number = DEFAULTS.precision): T {
  const f = 10 ** digits;
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? (c as number[]).map((v) => Math.round(v * f) / f)
      : (c as unknown[]).map(walk);
  if (geometry.type !== 'GeometryCollection') (geometry as { coordinates: unknown }).coordinates = walk(geometry.coordinates);
  return geometry;
}

/** Whether every coordinate is a finite number. */
export function finiteGeometry(geometry: Geometry): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(finiteGeometry);
  const walk = (c: unknown): boolean =>
    typeof (c as number[])[0] === 'number' ? (c as number[]).every(Number.isFinite) : (c as unknown[]).length > 0 && (c as unknown[]).every(walk);
  return walk(geometry.coordinates);
}

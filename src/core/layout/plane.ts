import type { Position } from 'geojson';
import type { LngLat } from '../schema/gazetteer.ts';

/** A local plane around `origin`: x east and y north in degrees of latitude (fine over a few hundred km). */
export function plane(origin: LngLat) {
  const k = Math.cos((origin[1] * Math.PI) / 180) || 1e-9;
  return {
    to: ([lng, lat]: Position): [number, number] => [(lng! - origin[0]) * k, lat! - origin[1]],
    from: ([x, y]: [number, number]): LngLat => [x / k + origin[0], y + origin[1]],
  };
}

export const mean = (pts: readonly LngLat[]): LngLat => [
  pts.reduce((s, p) => s + p[0], 0) / pts.length,
  pts.reduce((s, p) => s + p[1], 0) / pts.length,
];

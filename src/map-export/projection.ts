import { geoConicEqualArea, geoDistance, type GeoConicProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/**
 * The projection of China's national maps: Albers equal-area conic with standard parallels 25° N
 * and 47° N on the central meridian 105° E (the parameters of the national 1:4 000 000 maps).
 * `d3` (d3-geo 3) rather than `d3-geo`, which resolves to turf's d3-geo 2 (no `path.digits`).
 */
export const CHINA_ALBERS = {
  /** Standard parallels, degrees north. */
  parallels: [25, 47] as [number, number],
  /** Central meridian, degrees east. */
  centralMeridian: 105,
};

export type Extent = [west: number, south: number, east: number, north: number];
export type Box = [[x0: number, y0: number], [x1: number, y1: number]];

/** Earth's mean radius, km (the sphere d3-geo draws on). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A fresh Albers projection for China (not yet scaled or translated). */
export const chinaAlbers = (): GeoConicProjection =>
  geoConicEqualArea().parallels(CHINA_ALBERS.parallels).rotate([-CHINA_ALBERS.centralMeridian, 0]);

/**
 * Points along the edges of a lon/lat box, every `step` degrees. A Polygon box would not do: d3-geo
 * draws its edges as great circles, which bow north of the parallels they are meant to follow.
 */
export function boxOutline([w, s, e, n]: Extent, step = 1): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let x = w; x < e; x += step) coordinates.push([x, s], [x, n]);
  for (let y = s; y < n; y += step) coordinates.push([w, y], [e, y]);
  coordinates.push([e, s], [e, n]);
  return { type: 'MultiPoint', coordinates };
}

/** The Albers projection with `extent` fitted into `box` (px), drawing clipped to `clip` (default: the box). */
export const fitAlbers = (extent: Extent, box: Box, clip: Box = box): GeoConicProjection =>
  chinaAlbers().fitExtent(box, boxOutline(extent)).clipExtent(clip);

/**
 * Kilometres per pixel along the parallel through the point at pixel `at`: the horizontal scale a scale
 * bar there should use (an equal-area projection's scale differs between directions off its standard parallels).
 */
export function kmPerPx(projection: { invert?: ((p: [number, number]) => [number, number] | null) | null }, at: [number, number], dx = 50): number {
  const a = projection.invert?.([at[0] - dx / 2, at[1]]);
  const b = projection.invert?.([at[0] + dx / 2, at[1]]);
  if (!a || !b) throw new Error(`scale bar › the point [${at.join(', ')}] px is outside the projection`);
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / dx;
}

import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Decoder for echarts' compressed GeoJSON (`UTF8Encoding: true`), as in echarts 4.9
 * `src/coord/geo/parseGeoJson.js` (`decode` / `decodePolygon`): each ring is a string
 * read two characters at a time; `code − 64` is zigzag-decoded, added to the previous
 * value (starting from the ring's `encodeOffsets`) and divided by the scale (1024).
 */

/** One encoded ring: the string and its [x, y] start offsets. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Position[] {
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1); // zigzag
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** The geometry shape echarts stores: strings instead of rings, with `encodeOffsets` beside them. */
export interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

/** Decodes one geometry; returns it unchanged (minus `encodeOffsets`) when its rings are already arrays. */
export function decodeGeometry(geometry: EncodedGeometry, scale = 1024): Polygon | MultiPolygon {
  const ring = (r: unknown, o: unknown): Position[] =>
    typeof r === 'string' ? decodeRing(r, o as [number, number], scale) : (r as Position[]);
  if (geometry.type === 'Polygon') {
    const offsets = (geometry.encodeOffsets ?? []) as unknown[];
    const rings = geometry.coordinates as unknown[];
    return { type: 'Polygon', coordinates: rings.map((r, i) => ring(r, offsets[i])) };
  }
  const offsets = (geometry.encodeOffsets ?? []) as unknown[][];
  const polygons = geometry.coordinates as unknown[][];
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) => rings.map((r, i) => ring(r, offsets[p]?.[i]))),
  };
}

/** Decodes a whole FeatureCollection when it says it is encoded; always drops the leftover `encodeOffsets`. */
export function decodeCollection<T extends { UTF8Encoding?: boolean; UTF8Scale?: number; features: { geometry: EncodedGeometry | null }[] }>(
  json: T,
): T {
  const scale = json.UTF8Scale ?? 1024;
  for (const feature of json.features) {
    const g = feature.geometry;
    if (!g || !Array.isArray(g.coordinates)) continue;
    feature.geometry = json.UTF8Encoding ? (decodeGeometry(g, scale) as EncodedGeometry) : { type: g.type, coordinates: g.coordinates };
  }
  json.UTF8Encoding = false;
  return json;
}

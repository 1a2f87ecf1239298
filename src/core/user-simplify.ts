import type { Geometry, Position } from 'geojson';

/**
 * The finest detail MapLibre keeps of a GeoJSON source: geojson-vt drops, when it indexes the data,
 * every vertex closer than `tolerance / (2^maxzoom × extent)` of the world's width to the line
 * through its neighbours (MapLibre's defaults: tolerance 0.375, source maxzoom 18, extent 8192).
 * In degrees of longitude that is 360 × that share; a degree of latitude is longer on the Mercator
 * world (by 1 / cos φ), so the tolerance in degrees is scaled by the cosine of the highest latitude.
 */
export const MAPLIBRE_DETAIL_DEG = (360 * 0.375) / (2 ** 18 * 8192);

/** Squared distance from p to the segment a–b (in degrees, as the positions are). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  let [x, y] = a as [number, number];
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b as [number, number];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker with an explicit stack: keeps the ends and every vertex farther than √tol2 from the kept line. */
function simplifyLine(line: Position[], tol2: number, minimum: number): Position[] {
  const n = line.length;
  if (n <= minimum) return line;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let far = -1;
    let farD = tol2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(line[i]!, line[first]!, line[last]!);
      if (d > farD) [far, farD] = [i, d];
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push(first, far, far, last);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(line[i]!);
  // A closed ring must stay a ring: when too few survive, the ring is kept as it was.
  return out.length >= minimum ? out : line;
}

/** The highest |latitude| of a geometry's positions (0 for none). */
function highestLatitude(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return Math.abs(coordinates[1] as number);
  let most = 0;
  for (const c of coordinates) most = Math.max(most, highestLatitude(c));
  return most;
}

/**
 * A checked geometry without the vertices MapLibre would drop anyway (see MAPLIBRE_DETAIL_DEG): the
 * map looks the same at every zoom, and far less has to cross to MapLibre's worker. Points are kept
 * as they are; rings keep at least 4 positions and stay closed.
 */
export function simplifyForMap(geometry: Geometry): Geometry {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'GeometryCollection') return geometry;
  const cos = Math.cos((Math.min(85, highestLatitude(geometry.coordinates)) * Math.PI) / 180);
  const tol = MAPLIBRE_DETAIL_DEG * cos;
  const tol2 = tol * tol;
  const line = (l: Position[]) => simplifyLine(l, tol2, 2);
  const ring = (r: Position[]) => simplifyLine(r, tol2, 4);
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: line(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
  }
}

/** How many positions a geometry has. */
export function positionCount(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  let n = 0;
  for (const c of coordinates) n += positionCount(c);
  return n;
}

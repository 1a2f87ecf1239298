import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import { kinks, unkinkPolygon } from '@turf/turf';

/** Geometry types a person's GeoJSON may bring: areas, lines and points. */
export const DRAWN_TYPES = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point', 'MultiPoint'] as const;

/**
 * The self-intersection check is quadratic in a polygon's positions: a file's polygons are checked
 * while the sum of their squared position counts stays within this budget (about 100 ms of work);
 * larger ones are drawn as they are, unchecked.
 */
export const KINK_BUDGET = 8_000_000;

export type GeometryFault =
  | { fault: 'type'; type: string }
  | { fault: 'empty' }
  | { fault: 'position'; path: string }
  | { fault: 'range'; path: string; projected: boolean }
  | { fault: 'ring-short'; path: string; count: number }
  | { fault: 'ring-open'; path: string }
  | { fault: 'line-short'; path: string };

export interface CheckedGeometry {
  /** The geometry to draw: polygons wound as RFC 7946 asks, self-intersecting ones split at their crossings. */
  geometry?: Geometry;
  fault?: GeometryFault;
  /** A polygon crossed itself: it was split into `parts` (or drawn as it is when it could not be). */
  kinked?: { parts: number } | { parts: 0 };
  vertices: number;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Checks positions: finite numbers, longitude in ±180, latitude in ±90. Returns the first fault. */
function checkPositions(list: unknown, path: string): GeometryFault | null {
  if (!Array.isArray(list)) return { fault: 'position', path };
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i];
    if (!isPosition(p)) return { fault: 'position', path: `${path}[${i}]` };
    const x = p[0]!;
    const y = p[1]!;
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      // Metres of a projected system (Web Mercator, a Gauss–Krüger zone …) are thousands or millions.
      return { fault: 'range', path: `${path}[${i}]`, projected: Math.abs(x) > 1000 || Math.abs(y) > 1000 };
    }
  }
  return null;
}

function checkRing(ring: unknown, path: string): GeometryFault | null {
  const bad = checkPositions(ring, path);
  if (bad) return bad;
  const r = ring as Position[];
  if (r.length < 4) return { fault: 'ring-short', path, count: r.length };
  const [a, b] = [r[0]!, r[r.length - 1]!];
  if (a[0] !== b[0] || a[1] !== b[1]) return { fault: 'ring-open', path };
  return null;
}

const checkPolygon = (rings: unknown, path: string): GeometryFault | null => {
  if (!Array.isArray(rings)) return { fault: 'position', path };
  if (rings.length === 0) return { fault: 'empty' };
  for (let i = 0; i < rings.length; i++) {
    const bad = checkRing(rings[i], `${path}[${i}]`);
    if (bad) return bad;
  }
  return null;
};

const checkLine = (line: unknown, path: string): GeometryFault | null => {
  const bad = checkPositions(line, path);
  if (bad) return bad;
  return (line as Position[]).length < 2 ? { fault: 'line-short', path } : null;
};

/** Positions in nested coordinate arrays, without recursion (a hostile file may nest 100,000 levels deep). */
function countPositions(c: unknown): number {
  let n = 0;
  const stack: unknown[] = [c];
  while (stack.length > 0) {
    const x = stack.pop();
    if (isPosition(x)) n++;
    else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) stack.push(x[i]);
  }
  return n;
}

/** Twice the signed area of a ring: positive when it runs anticlockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/** Winds a polygon's outer ring anticlockwise and its holes clockwise (RFC 7946), copying only the rings it reverses. */
const wind = (rings: Position[][]): Position[][] => rings.map((ring, i) => ((signedArea(ring) > 0) === (i === 0) ? ring : [...ring].reverse()));

/** Splits a self-intersecting polygon at its crossings, if the budget allows the check (see KINK_BUDGET). */
function unkinked(geometry: Polygon | MultiPolygon, vertices: number, budget: { left: number }): { geometry: Geometry; kinked?: CheckedGeometry['kinked'] } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (vertices * vertices > budget.left) return { geometry };
  budget.left -= vertices * vertices;
  if (kinks(geometry).features.length === 0) return { geometry };
  try {
    const parts = polygons.flatMap((coordinates) => unkinkPolygon({ type: 'Polygon', coordinates }).features.map((f) => f.geometry.coordinates));
    return { geometry: { type: 'MultiPolygon', coordinates: parts }, kinked: { parts: parts.length } };
  } catch {
    return { geometry, kinked: { parts: 0 } };
  }
}

/**
 * Checks a feature's geometry, linear in its positions: a known type, finite coordinates in
 * longitude/latitude range, rings closed with at least 4 positions, lines of at least 2. A valid
 * polygon comes back wound outer-anticlockwise (as the renderer tells holes from outer rings) and,
 * if it crosses itself, split into simple parts.
 */
export function checkGeometry(g: unknown, budget = { left: KINK_BUDGET }): CheckedGeometry {
  const geometry = g as { type?: unknown; coordinates?: unknown };
  const type = String(geometry?.type);
  if (!(DRAWN_TYPES as readonly string[]).includes(type)) return { fault: { fault: 'type', type }, vertices: 0 };
  const c = geometry.coordinates;
  const vertices = countPositions(c);
  let fault: GeometryFault | null;
  switch (type) {
    case 'Point':
      fault = checkPositions([c], 'coordinates');
      break;
    case 'MultiPoint':
      fault = checkPositions(c, 'coordinates');
      if (!fault && (c as unknown[]).length === 0) fault = { fault: 'empty' };
      break;
    case 'LineString':
      fault = checkLine(c, 'coordinates');
      break;
    case 'MultiLineString':
      fault = !Array.isArray(c) ? { fault: 'position', path: 'coordinates' } : c.length === 0 ? { fault: 'empty' } : null;
      for (let i = 0; !fault && i < (c as unknown[]).length; i++) fault = checkLine((c as unknown[])[i], `coordinates[${i}]`);
      break;
    case 'Polygon':
      fault = checkPolygon(c, 'coordinates');
      break;
    default:
      fault = !Array.isArray(c) ? { fault: 'position', path: 'coordinates' } : c.length === 0 ? { fault: 'empty' } : null;
      for (let i = 0; !fault && i < (c as unknown[]).length; i++) fault = checkPolygon((c as unknown[])[i], `coordinates[${i}]`);
  }
  if (fault) return { fault, vertices };
  const clean = { type, coordinates: c } as Geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return { geometry: clean, vertices };
  const wound: Polygon | MultiPolygon =
    type === 'Polygon' ? { type, coordinates: wind(c as Position[][]) } : { type: 'MultiPolygon', coordinates: (c as Position[][][]).map(wind) };
  const { geometry: drawn, kinked } = unkinked(wound, vertices, budget);
  return { geometry: drawn, vertices, ...(kinked ? { kinked } : {}) };
}

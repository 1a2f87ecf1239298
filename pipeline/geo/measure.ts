import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Mean Earth radius (m), as turf uses. */
const R = 6_371_008.8;
const rad = Math.PI / 180;

/** Signed planar area of a ring in degrees² (shoelace; positive when counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    sum += (ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!);
  }
  return sum / 2;
}

/** The polygons of a polygonal geometry. */
export const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Planar area of a polygon (outer ring minus holes), in degrees². */
export const polygonArea = (rings: readonly Position[][]): number =>
  rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);

/** The polygon of largest area of a geometry. */
export function largestPolygon(g: Polygon | MultiPolygon): Position[][] {
  return polygonsOf(g).reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
}

/**
 * Area-weighted centroid of a polygon (holes subtracted). Planar in degrees, which is exact
 * enough for an island a few km across (the error is far below the metres we compare).
 */
export function polygonCentroid(rings: readonly Position[][]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  rings.forEach((ring, k) => {
    const sign = (k === 0 ? 1 : -1) * Math.sign(ringArea(ring));
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [x0, y0] = ring[j] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      const cross = (x0 * y1 - x1 * y0) * sign;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  });
  return [cx / (3 * a), cy / (3 * a)];
}

/** Offset of `to` from `from` in metres east and north (local equirectangular), and its length. */
export function offsetMetres(from: readonly number[], to: readonly number[]): { east: number; north: number; distance: number } {
  const lat = ((from[1]! + to[1]!) / 2) * rad;
  const east = (to[0]! - from[0]!) * rad * R * Math.cos(lat);
  const north = (to[1]! - from[1]!) * rad * R;
  return { east, north, distance: Math.hypot(east, north) };
}

/** Geodesic area of a polygonal geometry in km² (spherical excess, as d3-geo / turf compute it). */
export function areaKm2(g: Polygon | MultiPolygon): number {
  const ringKm2 = (ring: readonly Position[]) => {
    let sum = 0;
    for (let i = 0, n = ring.length; i < n - 1; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      sum += (x1 - x0) * rad * (2 + Math.sin(y0 * rad) + Math.sin(y1 * rad));
    }
    return Math.abs((sum * R * R) / 2) / 1e6;
  };
  return polygonsOf(g).reduce((total, rings) => total + rings.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * ringKm2(ring), 0), 0);
}

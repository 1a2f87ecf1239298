import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bigPolygonGeoJson } from '../../../bench/lib/inputs.ts';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { readUserBytes } from '../../../src/core/user-data.ts';
import { MAPLIBRE_DETAIL_DEG, positionCount, simplifyForMap } from '../../../src/core/user-simplify.ts';
import { prepareUserLayer, userShapes } from '../../../src/app/user-prepare.ts';

const root = join(import.meta.dirname, '../../..');

/** Distance from p to the segment a–b, in degrees. */
function distance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

/**
 * The farthest a dropped vertex lies from the segment that replaced it, checking that the kept
 * vertices are the line's own, in order, with both ends.
 */
function worstDrop(line: Position[], kept: Position[]): number {
  expect(kept[0]).toBe(line[0]);
  expect(kept.at(-1)).toBe(line.at(-1));
  let k = 0;
  let worst = 0;
  for (const p of line) {
    if (p === kept[k]) {
      k++;
      continue;
    }
    worst = Math.max(worst, distance(p, kept[k - 1]!, kept[k]!));
  }
  expect(k).toBe(kept.length);
  return worst;
}

describe('a GeoJSON shape as the map is given it', () => {
  // The bench's heavy import: a circle of 5° round 110° E 30° N drawn with 200,000 vertices, and a point.
  const bench = JSON.parse(bigPolygonGeoJson()) as { features: { geometry: Polygon }[] };
  const ring = bench.features[0]!.geometry.coordinates[0]!;

  it('drops only vertices closer to the kept line than MapLibre keeps at its finest zoom', () => {
    const simple = simplifyForMap(bench.features[0]!.geometry) as Polygon;
    const kept = simple.coordinates[0]!;
    expect(kept.length).toBeGreaterThan(4);
    expect(kept.length).toBeLessThan(ring.length / 4);
    // Every dropped vertex lies within the tolerance of the segment that replaced it.
    const tolerance = MAPLIBRE_DETAIL_DEG * Math.cos((35 * Math.PI) / 180);
    const worst = worstDrop(ring, kept);
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(tolerance);
  });

  it('keeps real boundaries (quantized far coarser than the tolerance) but for points on a straight line, and points and minimal rings as they are', () => {
    const topology: unknown = JSON.parse(readFileSync(join(root, 'data/geo/china.topo.json'), 'utf8'));
    assertChinaTopology(topology, 'data/geo/china.topo.json');
    const counties = chinaLayers(topology).counties.features.slice(0, 300);
    let before = 0;
    let after = 0;
    for (const f of counties) {
      const simple = simplifyForMap(f.geometry);
      const rings = (g: typeof f.geometry) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
      rings(f.geometry).forEach((ring, i) => expect(worstDrop(ring, rings(simple as typeof f.geometry)[i]!), f.properties.name).toBeLessThanOrEqual(MAPLIBRE_DETAIL_DEG));
      before += positionCount(f.geometry.coordinates);
      after += positionCount((simple as typeof f.geometry).coordinates);
    }
    // Only straight runs of the quantized grid go: nearly every vertex stays.
    expect(after).toBeGreaterThan(before * 0.95);
    const point = { type: 'Point' as const, coordinates: [116, 40] };
    expect(simplifyForMap(point)).toBe(point);
    const tiny: Polygon = { type: 'Polygon', coordinates: [[[110, 30], [110 + 1e-9, 30], [110, 30 + 1e-9], [110, 30]]] };
    expect((simplifyForMap(tiny) as Polygon).coordinates[0]).toHaveLength(4);
  });

  it('colours each shape by its class and lists the layers the map needs', () => {
    const file = readUserBytes('big.geojson', new TextEncoder().encode(bigPolygonGeoJson()));
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const lines = { type: 'MultiLineString' as const, coordinates: [] };
    const result = prepareUserLayer({ counties: empty, prefectures: empty, provinces: empty, countyLines: lines, prefectureLines: lines, provinceLines: lines, outline: lines }, file);
    const shapes = userShapes(file, result)!;
    expect(shapes.types.sort()).toEqual(['Point', 'Polygon']);
    const colours = shapes.data.features.map((f) => f.properties!.colour as string);
    expect(colours[0]).not.toBe(colours[1]);
    for (const c of colours) expect(result.colours).toContain(c);
    expect(positionCount((shapes.data.features[0]!.geometry as Polygon).coordinates)).toBeLessThan(50_000);
    expect(positionCount((shapes.data.features[0]!.geometry as Polygon).coordinates)).toBeGreaterThan(100);
    expect(result.bounds![0]).toBeCloseTo(105, 3);
    expect(result.bounds![2]).toBeCloseTo(116, 3);
  });
});

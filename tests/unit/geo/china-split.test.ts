import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASE_GRID_DIVISOR, splitChina } from '../../../pipeline/china-split.ts';
import { buildPilots, indexUnits, pilotsCollection } from '../../../pipeline/pilots.ts';
import type { ExtentsFile } from '../../../pipeline/extents.ts';
import { statedAreas } from '../../../pipeline/area-check.ts';
import { applySectionScopes } from '../../../pipeline/extract/section-scope.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { corpusWithGazetteer } from '../fixtures/corpus.ts';

// The real inputs of the data step: the committed national topology and the pilots built as it builds them.
const china = JSON.parse(readFileSync('data/geo/china.topo.json', 'utf8')) as Topology;
const gazetteer = validateGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')), 'data/gazetteer.json');
const detail = readdirSync('data/geo/detail')
  .filter((f) => f.endsWith('.topo.json'))
  .map((f) => JSON.parse(readFileSync(`data/geo/detail/${f}`, 'utf8')) as Topology);
const extents = JSON.parse(readFileSync('data/quality/extents.json', 'utf8')) as ExtentsFile;
const scopes = JSON.parse(readFileSync('data/quality/section-scopes.json', 'utf8')) as { scopes: Parameters<typeof applySectionScopes>[1] };
const records = applySectionScopes(corpusWithGazetteer().records, scopes.scopes);
const pilots = pilotsCollection(buildPilots(gazetteer, indexUnits(detail), 'data/gazetteer.json', { extents, statedAreas: statedAreas(records) }).features);

const { base, counties } = splitChina(china, pilots);
const gzipKB = (t: Topology) => gzipSync(JSON.stringify(t)).length / 1024;

type Areal = Polygon | MultiPolygon;
const decode = (t: Topology, name: string) => (feature(t, t.objects[name] as GeometryCollection) as FeatureCollection).features;
const rings = (g: Areal): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const km2 = (f: Feature) => area(f as Feature<Areal>) / 1e6;

/** The distinct national-grid nodes of some points (a point off that grid is kept as such, and fails a comparison). */
function nodes(points: Position[]): string[] {
  const [sx, sy] = china.transform!.scale;
  const [tx, ty] = china.transform!.translate;
  const keys = new Set<string>();
  for (const [x, y] of points) {
    const i = Math.round((x! - tx) / sx);
    const j = Math.round((y! - ty) / sy);
    keys.add(Math.abs(x! - (tx + i * sx)) > 1e-9 || Math.abs(y! - (ty + j * sy)) > 1e-9 ? `off the grid: ${x}, ${y}` : `${i},${j}`);
  }
  return [...keys].sort();
}

describe('china-base.topo.json and china-counties.topo.json', () => {
  it('splits the national file: provinces, prefectures and pilots in the base, the counties alone in the other', () => {
    expect(Object.keys(base.objects).sort()).toEqual(['pilots', 'prefectures', 'provinces']);
    expect(Object.keys(counties.objects)).toEqual(['counties']);
    expect(decode(base, 'provinces')).toHaveLength(34);
    expect(decode(base, 'prefectures')).toHaveLength(390);
    expect(decode(counties, 'counties')).toHaveLength(3243);
    expect(decode(base, 'pilots')).toHaveLength(63);
  });

  it('puts every province and prefecture vertex exactly where the national file has it (a finer grid, same origin)', () => {
    expect(base.transform!.translate).toEqual(china.transform!.translate);
    expect(base.transform!.scale[0] * BASE_GRID_DIVISOR).toBeCloseTo(china.transform!.scale[0], 15);
    for (const name of ['provinces', 'prefectures']) {
      const before = decode(china, name);
      const after = decode(base, name);
      expect(after.map((f) => f.properties)).toEqual(before.map((f) => f.properties));
      // The same vertices, each on a node of the national grid (rings may start elsewhere once lines are shared).
      before.forEach((f, i) => expect(nodes(rings(after[i]!.geometry as Areal).flat()), `${name} ${f.properties!.id}`).toEqual(nodes(rings(f.geometry as Areal).flat())));
    }
    // The borders between provinces, and all the provinces' lines with the national outline, pass through the same points.
    // (The outline alone may differ by a zero-width spike of one grid step, which the national file keeps as an arc of its own.)
    const lines = (t: Topology, filter: (a: unknown, b: unknown) => boolean) => nodes((mesh(t, t.objects.provinces as GeometryCollection, filter) as MultiLineString).coordinates.flat());
    expect(lines(base, (a, b) => a !== b)).toEqual(lines(china, (a, b) => a !== b));
    expect(lines(base, () => true)).toEqual(lines(china, () => true));
  });

  it('keeps the counties, their properties and their arcs as the national file has them', () => {
    expect(counties.transform).toEqual(china.transform);
    expect(decode(counties, 'counties')).toEqual(decode(china, 'counties'));
    const countyLines = (t: Topology) => mesh(t, t.objects.counties as GeometryCollection, (a, b) => a !== b);
    expect(countyLines(counties)).toEqual(countyLines(china));
  });

  it('carries each pilot with its pilots.geojson properties and its polygon to within the base grid', () => {
    const drawn = decode(base, 'pilots');
    const half = Math.max(...base.transform!.scale) / 2 + 1e-9;
    pilots.features.forEach((f, i) => {
      const g = drawn[i]!;
      const id = (f.properties as { id: string }).id;
      expect(g.properties, id).toEqual(f.properties);
      expect(g.geometry.type === 'Point', id).toBe(f.geometry.type === 'Point');
      if (f.geometry.type === 'Point') {
        const [x, y] = (g.geometry as Point).coordinates;
        expect(Math.abs(x! - f.geometry.coordinates[0]!), id).toBeLessThanOrEqual(half);
        expect(Math.abs(y! - f.geometry.coordinates[1]!), id).toBeLessThanOrEqual(half);
      } else {
        // The areas the panel and the area check speak of do not move: within 0.5 % (1 % for the smallest).
        expect(Math.abs(km2(g) / km2(f) - 1), id).toBeLessThan(km2(f) < 50 ? 0.01 : 0.005);
      }
    });
    // Approximate extents, the zone drawn as 81 km² and the city drawn without a later transfer are there as drawn.
    const byId = new Map(drawn.map((g) => [(g.properties as { id: string }).id, g]));
    expect(Math.round(km2(byId.get('guangdong-maoming')!))).toBeGreaterThan(75);
    expect(Math.round(km2(byId.get('guangdong-maoming')!))).toBeLessThan(87);
    expect((byId.get('shaanxi-xixian')!.properties as { extent: string }).extent).toBe('approximate');
  });

  it('makes the first view’s boundaries and pilots lighter than the national file alone (gzip)', () => {
    const national = gzipKB(china);
    const pilotsKB = gzipSync(JSON.stringify(pilots)).length / 1024;
    // Measured at this commit: national ≈ 306 KB, pilots.geojson ≈ 98 KB, base ≈ 116 KB.
    expect(gzipKB(base)).toBeLessThan(130);
    expect(gzipKB(base)).toBeLessThan((national + pilotsKB) / 3);
    expect(gzipKB(counties)).toBeLessThan(national);
  });
});

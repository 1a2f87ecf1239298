import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, centerOfMass, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { PilotProps } from '../../../src/core/schema/pilots.ts';
import { describe, expect, it } from 'vitest';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { labelPoint, labelPoints } from '../../../src/core/label-points.ts';

// The label points `npm run data` stores in public/data/china.topo.json (poles of inaccessibility).
const topology: unknown = JSON.parse(readFileSync('public/data/china.topo.json', 'utf8'));
assertChinaTopology(topology, 'public/data/china.topo.json');
const china = chinaLayers(topology);
const county = (id: string) => china.counties.features.find((f) => f.properties.id === id)!;

/** Distance in km from a point to the nearest edge of a county. */
function edgeKm(at: readonly [number, number], f: (typeof china.counties.features)[number]): number {
  const lines = polygonToLine(f) as Feature<LineString | MultiLineString> | { features: Feature<LineString | MultiLineString>[] };
  const all = 'features' in lines ? lines.features : [lines];
  return Math.min(
    ...all.flatMap((l) =>
      l.geometry.type === 'LineString'
        ? [pointToLineDistance(point([...at]), l.geometry)]
        : l.geometry.coordinates.map((c) => pointToLineDistance(point([...at]), { type: 'LineString', coordinates: c })),
    ),
  );
}

describe('label points shipped with the boundaries', () => {
  it('gives every one of the 3,243 counties a label point inside it, so the browser computes none', () => {
    expect(china.counties.features).toHaveLength(3243);
    const outside = china.counties.features.filter((f) => !f.properties.label || !booleanPointInPolygon([...f.properties.label], f));
    expect(outside.map((f) => f.properties.name)).toEqual([]);
    expect(labelPoints(china.counties).features.map((f) => f.geometry.coordinates)).toEqual(china.counties.features.map((f) => f.properties.label));
  });

  it('gives every areal pilot of the page’s topology a label point inside it, and the markers none', () => {
    const base = JSON.parse(readFileSync('public/data/china-base.topo.json', 'utf8')) as Topology;
    const pilots = feature(base, base.objects.pilots!) as unknown as FeatureCollection<Polygon | MultiPolygon | Point, PilotProps>;
    const areal = pilots.features.filter((f) => f.geometry.type !== 'Point') as Feature<Polygon | MultiPolygon, PilotProps>[];
    expect(areal.length).toBeGreaterThan(55);
    expect(areal.filter((f) => !f.properties.label || !booleanPointInPolygon([...f.properties.label], f)).map((f) => f.properties.id)).toEqual([]);
    expect(pilots.features.filter((f) => f.geometry.type === 'Point' && f.properties.label)).toEqual([]);
    // The page's label points are the stored ones.
    expect(labelPoints({ type: 'FeatureCollection', features: areal }).features.map((f) => f.geometry.coordinates)).toEqual(areal.map((f) => f.properties.label));
  });

  it('puts the label of a county wrapped around its city well inside it, where the centre of mass falls outside (磁县, 沧县)', () => {
    for (const id of ['130427', '130921']) {
      const f = county(id);
      expect(booleanPointInPolygon(centerOfMass(f), f), `${f.properties.name}: centre of mass`).toBe(false);
      expect(booleanPointInPolygon([...f.properties.label!], f), `${f.properties.name}: label`).toBe(true);
      // The pole of inaccessibility is the point farthest from the edges: several km in, not on a border.
      expect(edgeKm(f.properties.label!, f), f.properties.name).toBeGreaterThan(3);
    }
  });

  it('computes the same point the pipeline stored (one algorithm for both)', () => {
    const f = county('130427');
    expect(labelPoint(f.geometry)).toEqual(f.properties.label);
  });
});

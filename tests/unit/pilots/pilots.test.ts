import { readFileSync, readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import { area, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildPilots, indexUnits } from '../../../pipeline/pilots.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';

const gazetteer = validateGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')), 'data/gazetteer.json');
const detail = readdirSync('data/geo/detail')
  .filter((f) => f.endsWith('.topo.json'))
  .map((f) => JSON.parse(readFileSync(`data/geo/detail/${f}`, 'utf8')) as Topology);
const units = indexUnits(detail);
const { features, problems } = buildPilots(gazetteer, units);

type Areal = Feature<Polygon | MultiPolygon, { id: string; name: string }>;
const polygons = new Map<string, Areal>();
for (const t of detail) {
  for (const name of ['counties', 'prefectures']) {
    const object = t.objects[name];
    if (!object) continue;
    for (const f of (feature(t, object) as unknown as { features: Areal[] }).features) polygons.set(f.properties.id, f);
  }
}

describe('pilots.geojson', () => {
  it('has one feature per gazetteer pilot, each with geometry, and no problems', () => {
    expect(problems).toEqual([]);
    expect(features.map((f) => f.properties.id).sort()).toEqual(gazetteer.pilots.map((p) => p.id).sort());
    expect(features).toHaveLength(63);
  });

  it('keeps the contract shape {id, name, nameEn, province, level, approximate}', () => {
    expect(PilotsFileSchema.safeParse({ type: 'FeatureCollection', features }).success).toBe(true);
    for (const f of features) expect(Object.keys(f.properties).sort()).toEqual(['approximate', 'id', 'level', 'name', 'nameEn', 'province']);
  });

  it('draws towns and zones as points and every other pilot as a polygon', () => {
    for (const f of features) {
      const pointLevel = f.properties.level === 'town' || f.properties.level === 'dev_zone';
      expect(f.geometry.type === 'Point', f.properties.id).toBe(pointLevel);
    }
  });

  it('merges the joint pilot 津市市—澧县 from both counties, without the shared border', () => {
    const joint = features.find((f) => f.properties.level === 'joint')!;
    const parts = (['430781', '430723'] as const).map((id) => area(polygons.get(id)!));
    const merged = area(joint as Feature<MultiPolygon>);
    expect(merged).toBeCloseTo(parts[0]! + parts[1]!, -6);
    expect((joint.geometry as MultiPolygon).coordinates).toHaveLength(1);
  });

  it('flags new areas and approximate town points as approximate', () => {
    const xixian = features.find((f) => f.properties.id === 'shaanxi-xixian')!;
    expect(xixian.properties.approximate).toBe(true);
    expect(features.find((f) => f.properties.id === 'beijing-fangshan')!.properties.approximate).toBe(false);
  });
});

describe('the gazetteer against the boundary data', () => {
  it('names only adcodes the boundary data has', () => {
    const missing = gazetteer.pilots.flatMap((p) => p.adcodes.filter((code) => !units.has(code)).map((code) => `${p.id}: ${code}`));
    expect(missing).toEqual([]);
  });

  it.each(gazetteer.pilots.filter((p) => p.point))('puts the point of $id inside its parent county', (pilot) => {
    const county = polygons.get(pilot.point!.parentAdcode);
    expect(county, `parent ${pilot.point!.parentAdcode}`).toBeDefined();
    expect(booleanPointInPolygon(pilot.point!.at, county!)).toBe(true);
  });

  it('puts every named place within 8 km of its county (ports, bays and islands lie off the coast)', () => {
    const far = gazetteer.places.flatMap((place) => {
      const unit = polygons.get(place.adcode ?? place.parentAdcode);
      if (!unit) return []; // province-level parents (bays) have no county polygon
      const km = booleanPointInPolygon(place.at, unit) ? 0 : pointToPolygonDistance(place.at, unit, { units: 'kilometers' });
      return km > 8 ? [`${place.id} ${km.toFixed(1)} km`] : [];
    });
    expect(far).toEqual([]);
  });
});

describe('the area check: polygons against the areas the documents state', async () => {
  const { checkAreas, offBy } = await import('../../../pipeline/area-check.ts');
  const { loadSources } = await import('../../../pipeline/sources.ts');
  const { extractCorpus } = await import('../../../pipeline/extract/index.ts');
  const sources = await loadSources('data/sources');
  const { records } = extractCorpus(sources, JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));
  const checks = checkAreas(features, records);
  const notes = JSON.parse(readFileSync('data/quality/area-notes.json', 'utf8')) as { reasons: Record<string, unknown> };

  it('compares at least 30 county-level pilots and finds Fangshan’s polygon within 1 % of its stated 1,990 km²', () => {
    expect(checks.length).toBeGreaterThanOrEqual(30);
    const fangshan = checks.find((c) => c.pilot === 'beijing-fangshan')!;
    expect(fangshan.stated).toBe(1990);
    expect(Math.abs(fangshan.ratio - 1)).toBeLessThan(0.01);
  });

  it('has a documented reason for every pilot off by more than 25 %, and no stale reason', () => {
    const off = checks.filter((c) => offBy(c)).map((c) => c.pilot).sort();
    expect(off).toEqual(Object.keys(notes.reasons).sort());
  });
});

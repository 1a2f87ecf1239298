// One test per element kind on small real inputs: the real gazetteer and the real county polygons.
import { area, booleanPointInPolygon, distance, length, lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, Point, Polygon, MultiPolygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import {
  compileLayout,
  countyLookup,
  layoutContext,
  type CountyFeature,
  type Element,
  type LayoutContext,
  type LayoutFeature,
} from '../../../src/core/layout/index.ts';
import { ctx, gazetteer, topologies } from './fixtures.ts';

const km2 = (f: Feature) => area(f) / 1e6;

/** Compiles a one-element layout and returns its features, failing on any error. */
function compile(element: Element, context: LayoutContext = ctx): LayoutFeature[] {
  const spec = { id: 'test', formula: '测试', title: 'test', pilot: 'yantai', source: { doc: 'yantai', line: 1 }, parts: [{ part: '部', elements: [element] }] };
  const { features, errors } = compileLayout(spec, context);
  expect(errors).toEqual([]);
  return features;
}
const byRole = (features: LayoutFeature[], role: string) => features.filter((f) => f.properties.role === role);
const only = (features: LayoutFeature[], role: string) => {
  const found = byRole(features, role);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const seat = (name: string) => gazetteer.places.find((p) => p.name.zh === name)!.at;
const county = (adcode: string) => ({ type: 'Feature' as const, properties: {}, geometry: ctx.counties(adcode)! });

describe('circle', () => {
  test('a circle of 20 km has the area of a 20 km disc (within 1 %) and is labelled at its centre', () => {
    const features = compile({ kind: 'circle', label: '龙口圈', center: { place: '龙口市' }, radiusKm: 20 });
    expect(km2(only(features, 'area'))).toBeCloseTo(Math.PI * 400, -1);
    expect(Math.abs(km2(only(features, 'area')) / (Math.PI * 400) - 1)).toBeLessThan(0.01);
    expect((only(features, 'label').geometry as Point).coordinates).toEqual(seat('龙口市'));
    expect(only(features, 'area').properties).toMatchObject({ kind: 'circle', label: '龙口圈', radiusKm: 20 });
  });

  test('a circle is geodesic: every vertex is radiusKm from the centre', () => {
    const ring = (only(compile({ kind: 'circle', label: 'c', center: { place: '莱阳市' }, radiusKm: 50 }), 'area').geometry as Polygon).coordinates[0]!;
    for (const v of ring) expect(distance(seat('莱阳市'), v)).toBeCloseTo(50, 1);
  });
});

describe('core and zone', () => {
  test('a core of two county-level places is their union: its area is the sum of theirs (within 0.5 %)', () => {
    const features = compile({ kind: 'core', label: '核', area: [{ place: '芝罘区' }, { place: '莱山区' }] });
    const sum = km2(county('370602')) + km2(county('370613'));
    expect(Math.abs(km2(only(features, 'area')) / sum - 1)).toBeLessThan(0.005);
    // A composite shows its members, named as the gazetteer names them.
    expect(byRole(features, 'point').map((f) => f.properties.label).sort()).toEqual(['芝罘区', '莱山区'].sort());
  });

  test('without TopoJSON merging, the polygon union gives the same area (within 0.5 %)', () => {
    const counties: CountyFeature[] = topologies.flatMap((t) =>
      (topoFeature(t, t.objects.counties as GeometryCollection) as unknown as { features: CountyFeature[] }).features,
    );
    const plain = layoutContext(gazetteer, countyLookup(counties));
    expect(plain.mergeCounties).toBeUndefined();
    const el: Element = { kind: 'core', label: '核', area: [{ adcode: '370602' }, { adcode: '370613' }, { adcode: '370611' }] };
    const merged = km2(only(compile(el), 'area'));
    const unioned = km2(only(compile(el, plain), 'area'));
    expect(Math.abs(unioned / merged - 1)).toBeLessThan(0.005);
  });

  test('a zone of a county-level place without radiusKm is the county polygon', () => {
    const features = compile({ kind: 'zone', label: '闽侯拓展区', area: [{ place: '闽侯县' }] });
    expect(km2(only(features, 'area'))).toBeCloseTo(km2(county('350121')), 3);
    expect(booleanPointInPolygon((only(features, 'label').geometry as Point).coordinates, only(features, 'area') as Feature<Polygon | MultiPolygon>)).toBe(true);
    expect(byRole(features, 'point')).toHaveLength(0);
  });

  test('radiusKm turns a place into its surroundings: a 3 km zone is a 3 km disc (within 1 %)', () => {
    const features = compile({ kind: 'zone', label: '大学城', area: [{ place: '福州大学城' }], radiusKm: 3 });
    expect(Math.abs(km2(only(features, 'area')) / (Math.PI * 9) - 1)).toBeLessThan(0.01);
  });

  test('a zone of several towns is a soft hull that holds every town', () => {
    const towns = ['营前街道', '航城街道', '吴航街道'];
    const features = compile({ kind: 'zone', label: '临江城', area: towns.map((place) => ({ place })), radiusKm: 3 });
    const hull = only(features, 'area') as Feature<Polygon | MultiPolygon>;
    for (const t of towns) expect(booleanPointInPolygon(seat(t), hull)).toBe(true);
    expect(km2(hull)).toBeGreaterThan(Math.PI * 9);
  });
});

describe('belt, axis, corridor', () => {
  test('a belt between two places is a band of widthKm around their line: area ≈ length × width + the round ends (within 2 %)', () => {
    const features = compile({ kind: 'belt', label: '带', through: [{ place: '莱州市' }, { place: '龙口市' }], widthKm: 10 });
    const centre = only(features, 'centreline') as Feature<LineString>;
    const expected = length(centre) * 10 + Math.PI * 25;
    expect(Math.abs(km2(only(features, 'area')) / expected - 1)).toBeLessThan(0.02);
    expect(centre.geometry.coordinates[0]).toEqual(seat('莱州市'));
    expect(centre.geometry.coordinates.at(-1)).toEqual(seat('龙口市'));
  });

  test('the smoothed centreline passes through every place, in order, and carries a direction for arrows', () => {
    const places = ['烟台中心城区', '栖霞市', '莱阳市', '海阳市'];
    const features = compile({ kind: 'axis', label: '轴', through: places.map((place) => ({ place })), direction: 'forward' });
    const centre = only(features, 'centreline') as Feature<LineString>;
    const coords = centre.geometry.coordinates.map((c) => c.join());
    const at = places.map((p) => coords.indexOf(seat(p).join()));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(centre.properties).toMatchObject({ kind: 'axis', direction: 'forward', widthKm: 6 });
    // Smooth: many more vertices than places, none far from the polyline through them.
    expect(coords.length).toBeGreaterThan(places.length * 10);
    const polyline = lineString(places.map(seat));
    for (const c of centre.geometry.coordinates) expect(pointToLineDistance(c, polyline)).toBeLessThan(15);
  });

  test('the places a belt passes through are labelled member points', () => {
    const features = compile({ kind: 'corridor', label: '廊', through: [{ place: '即墨市' }, { place: '丁字湾' }, { place: '海阳市', label: '海阳' }] });
    expect(byRole(features, 'point').map((f) => [f.properties.label, f.properties.member])).toEqual([
      ['即墨市', true],
      ['丁字湾', true],
      ['海阳', true],
    ]);
    expect(only(features, 'label').properties.label).toBe('廊');
    expect(only(features, 'centreline').properties.direction).toBe('both');
  });
});

describe('cluster', () => {
  test('one member: a disc of padKm (within 1 %)', () => {
    const features = compile({ kind: 'cluster', label: '群', members: [{ place: '潭头镇' }], padKm: 4 });
    expect(Math.abs(km2(only(features, 'area')) / (Math.PI * 16) - 1)).toBeLessThan(0.01);
  });

  test('two members: a capsule, area ≈ 2·pad·d + π·pad² (within 2 %)', () => {
    const features = compile({ kind: 'cluster', label: '闽江口南岸城镇群', members: [{ place: '潭头镇' }, { place: '梅花镇' }], padKm: 3 });
    const d = distance(seat('潭头镇'), seat('梅花镇'));
    expect(Math.abs(km2(only(features, 'area')) / (2 * 3 * d + Math.PI * 9) - 1)).toBeLessThan(0.02);
    expect(byRole(features, 'point').map((f) => f.properties.label)).toEqual(['潭头镇', '梅花镇']);
  });

  test('three or more members: a hull holding every member; collinear members still give a capsule', () => {
    const members = ['首占镇', '玉田镇', '罗联乡', '古槐镇'];
    const hull = only(compile({ kind: 'cluster', label: '西部城镇群', members: members.map((place) => ({ place })) }), 'area');
    for (const m of members) expect(booleanPointInPolygon(seat(m), hull as Feature<Polygon>)).toBe(true);
    const line = compile({ kind: 'cluster', label: '线', members: [{ at: [120, 30] }, { at: [120.1, 30] }, { at: [120.2, 30] }], padKm: 2 });
    expect(km2(only(line, 'area'))).toBeGreaterThan(2 * 2 * distance([120, 30], [120.2, 30]));
  });
});

describe('node and link', () => {
  test('a node is one point at its place, labelled', () => {
    const features = compile({ kind: 'node', label: '桃村镇', at: { place: '桃村镇' } });
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toMatchObject({ role: 'point', kind: 'node', label: '桃村镇' });
    expect((features[0]!.geometry as Point).coordinates).toEqual(seat('桃村镇'));
  });

  test('a link is an arc from one place to the other, bulging about 12 % of its chord, with arrows forward by default', () => {
    const features = compile({ kind: 'link', label: '莱阳莱西一体化', from: { place: '莱阳市' }, to: { place: '莱西市' } });
    const line = only(features, 'line') as LayoutFeature & Feature<LineString>;
    expect(line.geometry.coordinates[0]).toEqual(seat('莱阳市'));
    expect(line.geometry.coordinates.at(-1)).toEqual(seat('莱西市'));
    expect(line.properties.direction).toBe('forward');
    const chord = distance(seat('莱阳市'), seat('莱西市'));
    const mid = line.geometry.coordinates[(line.geometry.coordinates.length - 1) / 2]!;
    expect(pointToLineDistance(mid, lineString([seat('莱阳市'), seat('莱西市')])) / chord).toBeCloseTo(0.12, 2);
    expect(only(features, 'label').properties.label).toBe('莱阳莱西一体化');
  });
});

describe('resolving places', () => {
  const resolveNode = (at: Element & { kind: 'node' }) => compileLayout(
    { id: 't', formula: 'f', title: 't', pilot: 'yantai', source: { doc: 'yantai', line: 1 }, parts: [{ part: 'p', elements: [at] }] },
    ctx,
  );

  test('an adcode is drawn at the unit’s seat when the gazetteer has one, else at a point inside the unit', () => {
    const longkou = resolveNode({ kind: 'node', label: 'n', at: { adcode: '370681' } });
    expect((longkou.features[0]!.geometry as Point).coordinates).toEqual(seat('龙口市'));
    const jiaojiang = resolveNode({ kind: 'node', label: 'n', at: { adcode: '331002' } });
    expect(booleanPointInPolygon((jiaojiang.features[0]!.geometry as Point).coordinates, county('331002'))).toBe(true);
  });

  test('a name two places share is ambiguous and the error asks for an id; a full name or id still resolves', () => {
    const { errors } = resolveNode({ kind: 'node', label: 'n', at: { place: '中心城区' } });
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['ambiguous-place', 'ambiguous place "中心城区" (fuzhou-central-city, yantai-central-city): use a place id'],
    ]);
    expect(resolveNode({ kind: 'node', label: 'n', at: { place: '八角湾新城' } }).errors).toEqual([]);
    expect(resolveNode({ kind: 'node', label: 'n', at: { place: 'yantai-central-city' } }).errors).toEqual([]);
  });
});

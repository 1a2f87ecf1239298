import type { FeatureCollection, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTY_ALIASES, currentOf, unmatchedAliases } from '../../../pipeline/geo/aliases.ts';
import { boundaryFile } from '../../../pipeline/geo/boundary-file.ts';
import { gcj02ToWgs84, toWgs84 } from '../../../pipeline/geo/datum.ts';
import { dropEmptyArcs } from '../../../pipeline/geo/drop-empty-arcs.ts';
import { dropPolygons, westOf } from '../../../pipeline/geo/duplicates.ts';
import { dropQijinRemoteIslands, isTaiwanKinmenOrMatsu } from '../../../pipeline/geo/echarts-cities-fixes.ts';
import { provinceOfFile, unitsFromEchartsFile } from '../../../pipeline/geo/echarts-cities.ts';
import { fillEmptyGeometries } from '../../../pipeline/geo/fill-empty.ts';
import { unitsFromGeoJson } from '../../../pipeline/geo/geojson-source.ts';
import { assignPrefectures, prefectureOf } from '../../../pipeline/geo/hierarchy.ts';
import { cleanTopology, simplifyTopology } from '../../../pipeline/geo/mapshaper.ts';
import { areaKm2 } from '../../../pipeline/geo/measure.ts';
import { assignMissingIds } from '../../../pipeline/geo/missing-ids.ts';
import { subsetTopology } from '../../../pipeline/geo/subset.ts';
import type { SourceUnit } from '../../../pipeline/geo/unit.ts';

const square = (x: number, y: number, d = 0.1): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]],
});
const unit = (over: Partial<SourceUnit>): SourceUnit => ({
  id: '130902', name: '新华区', provinceId: '130000', province: '河北省', datum: 'gcj02',
  geometry: square(116, 38), source: 'he2_bei3_cang1_zhou1.geojson › features[0]', ...over,
});

describe('source adapters', () => {
  it('provinceOfFile reads the province from the pinyin file name', () => {
    expect(provinceOfFile('he2_bei3_cang1_zhou1.geojson')).toBe('130000');
    expect(provinceOfFile('he2_nan2_ji4_yuan2.geojson')).toBe('410000');
    expect(provinceOfFile('xianggang.geojson')).toBe('810000');
    expect(() => provinceOfFile('atlantis.geojson')).toThrow(/no province/);
  });

  it('unitsFromEchartsFile reads Taiwan townships with Taiwan’s own codes, in WGS84', () => {
    const [u] = unitsFromEchartsFile('tai2_wan1_tai2_bei3.geojson', {
      features: [{ properties: { TOWNCODE: '63000030', TOWNNAME: '大安區', COUNTYCODE: '63000', COUNTYNAME: '臺北市' }, geometry: square(121.5, 25) }],
    });
    expect(u).toMatchObject({ id: '63000030', name: '大安區', prefectureId: '63000', prefecture: '臺北市', provinceId: '710000', datum: 'wgs84' });
  });

  it('unitsFromGeoJson takes any code/name/province fields, the province by name or code', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { adcode: 350112, NAME: '长乐区', prov: '福建' }, geometry: square(119.5, 25.9) },
        { type: 'Feature', properties: { adcode: '440300', NAME: '深圳市', prov: '440000' }, geometry: square(114, 22.5) },
      ],
    };
    const units = unitsFromGeoJson(input, { codeField: 'adcode', nameField: 'NAME', provinceField: 'prov', datum: 'wgs84' });
    expect(units.map((u) => [u.id, u.name, u.provinceId, u.province, u.datum])).toEqual([
      ['350112', '长乐区', '350000', '福建省', 'wgs84'],
      ['440300', '深圳市', '440000', '广东省', 'wgs84'],
    ]);
    expect(() => unitsFromGeoJson(input, { provinceField: 'nope', codeField: 'x', nameField: 'NAME' })).toThrow(/unknown province/);
  });
});

describe('repairs', () => {
  it('assignMissingIds codes units without an id by name within their file, and rejects stale rows', () => {
    const tables = [{ source: 'he2_bei3_cang1_zhou1.geojson', ids: { 新华区: '130902' } }];
    expect(assignMissingIds([unit({ id: null })], tables)[0]!.id).toBe('130902');
    expect(() => assignMissingIds([unit({ id: null, name: '运河区' })], tables)).toThrow(/no row/);
    expect(() => assignMissingIds([unit({})], tables)).toThrow(/matched no unit/);
  });

  it('fillEmptyGeometries fills an empty geometry from a donor and fails without one', () => {
    const empty = unit({ id: '120119', name: '蓟州区', geometry: { type: 'Polygon', coordinates: [] } });
    const donors = new Map([['120119', { geometry: square(117.4, 40), from: 'echarts@4.9.0' }]]);
    expect(fillEmptyGeometries([empty], donors)[0]!.geometry).toEqual(square(117.4, 40));
    expect(() => fillEmptyGeometries([empty], new Map())).toThrow(/empty geometry/);
  });

  it('drops Taiwan’s 金門縣/連江縣 and the far islands of 旗津區, keeping its own', () => {
    expect(isTaiwanKinmenOrMatsu(unit({ provinceId: '710000', prefectureId: '09020' }))).toBe(true);
    expect(isTaiwanKinmenOrMatsu(unit({ provinceId: '710000', prefectureId: '64000' }))).toBe(false);
    const qijin = unit({
      id: '64000100',
      geometry: { type: 'MultiPolygon', coordinates: [square(114.36, 10.37).coordinates, square(120.27, 22.6).coordinates] },
    });
    expect(dropQijinRemoteIslands(qijin).geometry).toEqual(square(120.27, 22.6));
    expect(dropPolygons(square(100, 30), westOf(119.5))).toBeNull();
  });
});

describe('hierarchy and aliases', () => {
  const names = new Map([['130900', '沧州市']]);
  it('prefectureOf: first four digits, the unit itself for province-direct units, the province for municipalities', () => {
    expect(prefectureOf({ ...unit({}), id: '130902' }, names)).toEqual({ prefectureId: '130900', prefecture: '沧州市' });
    expect(prefectureOf({ ...unit({}), id: '419001', name: '济源市', provinceId: '410000' }, names)).toEqual({ prefectureId: '419001', prefecture: '济源市' });
    expect(prefectureOf({ ...unit({}), id: '441900', name: '东莞市', provinceId: '440000' }, names)).toEqual({ prefectureId: '441900', prefecture: '东莞市' });
    expect(prefectureOf({ ...unit({}), id: '500101', name: '万州区', provinceId: '500000', province: '重庆市' }, names)).toEqual({ prefectureId: '500000', prefecture: '重庆市' });
    expect(() => prefectureOf({ ...unit({}), id: '130102' }, names)).toThrow(/no name for prefecture 130100/);
  });

  it('assignPrefectures rejects a unit filed under another province', () => {
    expect(() => assignPrefectures([unit({ id: '320102' })], names)).toThrow(/filed under province 130000/);
  });

  it('currentOf adds only what changed; every alias row matches its id and name', () => {
    expect(currentOf('350182', '长乐市', COUNTY_ALIASES)).toEqual({ idCurrent: '350112', nameCurrent: '长乐区' });
    expect(currentOf('370181', '章丘区', COUNTY_ALIASES)).toEqual({ idCurrent: '370114' });
    expect(currentOf('350182', '长乐区', COUNTY_ALIASES)).toEqual({});
    expect(unmatchedAliases([{ id: '350182', name: '长乐市' }], COUNTY_ALIASES.slice(0, 1))).toHaveLength(1);
  });
});

describe('datum', () => {
  it('gcj02ToWgs84 moves a point in Fujian by GCJ-02’s ≈ 0.5 km, and round-trips through gcoord', () => {
    const [lng, lat] = gcj02ToWgs84([118.4, 24.45]);
    expect(lng).toBeCloseTo(118.3951, 3);
    expect(lat).toBeCloseTo(24.4526, 3);
    expect(toWgs84(unit({ datum: 'wgs84' })).geometry).toEqual(square(116, 38));
    expect(toWgs84(unit({})).datum).toBe('wgs84');
  });
});

describe('topology', () => {
  it('subsetTopology keeps only the arcs a subset uses, renumbered', () => {
    const t: Topology = {
      type: 'Topology',
      arcs: [[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[1, 1], [0, 0]], [[5, 5], [6, 6]]],
      objects: {
        counties: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1, 2]], properties: { id: 'a' } },
            { type: 'Polygon', arcs: [[~3]], properties: { id: 'b' } },
          ],
        },
      },
    };
    const sub = subsetTopology(t, 'counties', (g) => (g.properties as { id: string }).id === 'b');
    expect(sub.arcs).toEqual([[[5, 5], [6, 6]]]);
    expect((sub.objects.counties as GeometryCollection).geometries[0]).toMatchObject({ arcs: [[~0]] });
  });

  it('dropEmptyArcs removes arcs that quantized to a point, keeping rings closed', () => {
    const t: Topology = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      arcs: [[[0, 0], [4, 0], [0, 4]], [[4, 4], [0, 0]], [[4, 4], [-4, -4]]],
      objects: { counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1, 2]] }] } },
    };
    const out = dropEmptyArcs(t);
    expect(out.arcs).toHaveLength(2);
    expect((out.objects.counties as GeometryCollection).geometries[0]).toMatchObject({ arcs: [[0, 1]] });
  });

  it('builds counties, prefectures and provinces on shared arcs from a swapped-in source', async () => {
    // Two counties of one prefecture and one of another, side by side, with a sliver overlap.
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '130102', name: 'A', province: '河北' }, geometry: square(115, 38) },
        { type: 'Feature', properties: { code: '130104', name: 'B', province: '河北' }, geometry: square(115.0999, 38) },
        { type: 'Feature', properties: { code: '130202', name: 'C', province: '河北' }, geometry: square(115.2, 38) },
      ],
    };
    const counties = assignPrefectures(unitsFromGeoJson(input), new Map([['130100', '石家庄市'], ['130200', '唐山市']]));
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: counties.map((c) => ({
        type: 'Feature',
        properties: { id: c.id, name: c.name, prefecture: c.prefecture, prefectureId: c.prefectureId, province: c.province, provinceId: c.provinceId },
        geometry: c.geometry,
      })),
    };
    const clean = await cleanTopology(fc, '1km');
    const t = boundaryFile(await simplifyTopology(clean, '100%'), 10_000);
    const area = (name: string) =>
      (feature(t, t.objects[name] as GeometryCollection).features as unknown as { geometry: Polygon; properties: { id: string } }[]).map(
        (f) => [f.properties.id, Math.round((10 * areaKm2(f.geometry)) / areaKm2(square(115, 38))) / 10],
      );
    // In squares: prefecture 130100 is A + B, 130200 is C, the province all three, overlap settled.
    expect(area('prefectures')).toEqual([['130100', 2], ['130200', 1]]);
    expect(area('provinces')).toEqual([['130000', 3]]);
  });
});

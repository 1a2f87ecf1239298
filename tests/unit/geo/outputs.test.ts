import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../../../pipeline/geo/measure.ts';
import {
  BoundaryTopologySchema,
  type CountyProps,
  IslandsTopologySchema,
  type PrefectureProps,
  type ProvinceProps,
} from '../../../pipeline/geo/schema.ts';

// Tests on the committed outputs of `npm run data:geo` (data/geo/). They read the files as
// the app does: topojson-client `feature` on each layer.
const dir = path.resolve(import.meta.dirname, '../../../data/geo');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Topology;
const layer = <P>(t: Topology, name: string) =>
  feature(t, t.objects[name] as GeometryCollection<P & object>).features as Feature<Polygon | MultiPolygon, P>[];

const national = read('china.topo.json');
const counties = layer<CountyProps>(national, 'counties');
const prefectures = layer<PrefectureProps>(national, 'prefectures');
const provinces = layer<ProvinceProps>(national, 'provinces');
const county = (id: string) => counties.find((f) => f.properties.id === id);
const detailFiles = fs.readdirSync(path.join(dir, 'detail')).filter((f) => f.endsWith('.topo.json')).sort();

function* positions(t: Topology) {
  for (const name of Object.keys(t.objects)) {
    for (const f of layer<unknown>(t, name)) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const rings of polygons) for (const ring of rings) yield* ring;
    }
  }
}

describe('data/geo/china.topo.json (national, first load)', () => {
  it('matches the schema: counties, prefectures and provinces on one set of arcs, quantized', () => {
    expect(() => BoundaryTopologySchema.parse(national)).not.toThrow();
  });

  it('gives every county an id, name, prefecture and province', () => {
    expect(counties.length).toBeGreaterThan(3200);
    for (const c of counties) {
      const p = c.properties;
      expect([p.id, p.name, p.prefecture, p.prefectureId, p.province, p.provinceId].every(Boolean), JSON.stringify(p)).toBe(true);
    }
  });

  it('has unique ids in each layer', () => {
    for (const features of [counties, prefectures, provinces]) {
      const ids = features.map((f) => f.properties.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has no empty geometry: every county has a positive area', () => {
    const empty = counties.filter((c) => !(areaKm2(c.geometry) > 0)).map((c) => c.properties.name);
    expect(empty).toEqual([]);
  });

  it('fills 蓟州区 (empty in the source) with about 1,590 km²', () => {
    const jizhou = county('120119');
    expect(jizhou?.properties.name).toBe('蓟州区');
    expect(areaKm2(jizhou!.geometry)).toBeGreaterThan(1500);
    expect(areaKm2(jizhou!.geometry)).toBeLessThan(1700);
  });

  it('keeps small island counties: 长岛县 is there', () => {
    const changdao = county('370634');
    expect(changdao?.properties.name).toBe('长岛县');
    expect(areaKm2(changdao!.geometry)).toBeGreaterThan(1);
  });

  it('codes 沧州市’s 16 counties and 崇明区, which lack ids in the source', () => {
    const cangzhou = counties.filter((c) => c.properties.prefectureId === '130900');
    expect(cangzhou).toHaveLength(16);
    expect(cangzhou.every((c) => /^1309\d\d$/.test(c.properties.id))).toBe(true);
    expect(cangzhou.map((c) => c.properties.name)).toContain('泊头市');
    expect(cangzhou.find((c) => c.properties.name === '泊头市')?.properties.id).toBe('130981');
    expect(county('310151')?.properties.name).toBe('崇明区');
  });

  it('has 34 province-level units, Taiwan, Hong Kong and Macau included', () => {
    const ids = provinces.map((p) => p.properties.id);
    expect(ids).toHaveLength(34);
    expect(ids).toEqual(expect.arrayContaining(['110000', '650000', '710000', '810000', '820000']));
    expect(provinces.find((p) => p.properties.id === '450000')?.properties.name).toBe('广西壮族自治区');
  });

  it('has a plausible number of prefectures, each within one province', () => {
    // ≈ 334 prefecture-level units of 2016 + 29 province-direct county-level units + 4 municipalities
    // + 2 SARs + Taiwan's 20 counties/cities + 东沙群岛.
    expect(prefectures.length).toBeGreaterThan(370);
    expect(prefectures.length).toBeLessThan(400);
    expect(prefectures.find((p) => p.properties.id === '371200')).toMatchObject({
      properties: { name: '莱芜市', nameCurrent: '济南市', idCurrent: '370100' },
    });
    for (const c of counties) {
      const p = prefectures.find((f) => f.properties.id === c.properties.prefectureId);
      expect(p?.properties.provinceId).toBe(c.properties.provinceId);
    }
  });

  it('covers China’s ≈ 9.6 million km² within a few percent, counted by counties and by provinces alike', () => {
    const byCounties = counties.reduce((s, c) => s + areaKm2(c.geometry), 0);
    const byProvinces = provinces.reduce((s, p) => s + areaKm2(p.geometry), 0);
    expect(Math.abs(byCounties / 9.6e6 - 1)).toBeLessThan(0.03);
    expect(Math.abs(byProvinces / byCounties - 1)).toBeLessThan(0.001);
  });

  it('is in WGS84 longitude/latitude within China’s range', () => {
    let n = 0;
    const outside: string[] = [];
    for (const [lng, lat] of positions(national)) {
      n++;
      if (!(lng! >= 73 && lng! <= 136 && lat! >= 3 && lat! <= 54)) outside.push(`${lng},${lat}`);
    }
    expect(outside.slice(0, 5)).toEqual([]);
    expect(n).toBeGreaterThan(10_000);
  });

  it('keeps one 金门 and one 马祖: Fujian’s 350527 and 350122, not Taiwan’s 金門縣/連江縣', () => {
    expect(county('350527')?.properties.name).toBe('金门县');
    expect(county('350122')?.properties.name).toBe('连江县');
    expect(counties.filter((c) => ['09020', '09007'].includes(c.properties.prefectureId))).toEqual([]);
  });

  it('adds today’s name and code to units renamed since the 2016 vintage, keeping the data’s own', () => {
    expect(county('350182')?.properties).toMatchObject({ name: '长乐市', nameCurrent: '长乐区', idCurrent: '350112' });
    expect(county('370181')?.properties).toMatchObject({ name: '章丘区', idCurrent: '370114' });
    expect(county('370181')?.properties.nameCurrent).toBeUndefined();
    expect(county('451023')?.properties).toMatchObject({ name: '平果县', nameCurrent: '平果市' });
  });
});

describe('data/geo/detail/<provinceId>.topo.json (zoomed views)', () => {
  it('has one file per province-level unit', () => {
    expect(detailFiles).toEqual(provinces.map((p) => `${p.properties.id}.topo.json`).sort());
  });

  it('holds the same counties as the national file, with the same properties and close areas', () => {
    const national = new Map(counties.map((c) => [c.properties.id, c]));
    for (const file of detailFiles) {
      const t = read(`detail/${file}`);
      expect(() => BoundaryTopologySchema.parse(t), file).not.toThrow();
      const own = layer<CountyProps>(t, 'counties');
      const provinceId = file.replace('.topo.json', '');
      expect(own.length, file).toBe(counties.filter((c) => c.properties.provinceId === provinceId).length);
      for (const c of own) {
        const n = national.get(c.properties.id)!;
        expect(c.properties, file).toEqual(n.properties);
        expect(areaKm2(c.geometry), `${file} ${c.properties.name}`).toBeGreaterThan(0);
      }
      // Province areas agree, leaving out the South China Sea units, most of whose 220 islets the
      // national file drops (keep-shapes keeps each unit's largest ring; the inset file has them all).
      const land = (features: Feature<Polygon | MultiPolygon, CountyProps>[]) =>
        features.filter((f) => !['460300', '442100'].includes(f.properties.id)).reduce((sum, f) => sum + areaKm2(f.geometry), 0);
      const nationalLand = land(counties.filter((c) => c.properties.provinceId === provinceId));
      // Most agree within 1%; Hong Kong, with many islets the national file drops, within 6%.
      // Macau (≈ 30 km²) is a few cells of the national file's 300 m grid: left out.
      if (provinceId !== '820000') expect(Math.abs(land(own) / nationalLand - 1), file).toBeLessThan(0.06);
    }
  });
});

describe('data/geo/south-china-sea.topo.json (inset)', () => {
  const islands = read('south-china-sea.topo.json');
  it('holds 三沙市 and 东沙群岛 with all their islands, in WGS84', () => {
    expect(() => IslandsTopologySchema.parse(islands)).not.toThrow();
    const features = layer<CountyProps>(islands, 'islands');
    expect(features.map((f) => f.properties.name).sort()).toEqual(['三沙市', '东沙群岛'].sort());
    const sansha = features.find((f) => f.properties.id === '460300')!;
    expect(sansha.geometry.type).toBe('MultiPolygon');
    expect((sansha.geometry as MultiPolygon).coordinates.length).toBeGreaterThan(100);
    for (const [lng, lat] of positions(islands)) expect(lng! > 109 && lng! < 118.5 && lat! > 3 && lat! < 21.5).toBe(true);
  });
});

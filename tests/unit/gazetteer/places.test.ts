import { describe, expect, it } from 'vitest';
import { validateGazetteer, type Place } from '../../../src/core/schema/gazetteer';
import { GAZETTEER_FILE, distanceKm, docText, manifest, rawGazetteer } from './corpus';

const g = validateGazetteer(rawGazetteer(), GAZETTEER_FILE);
const CHANGLE = '350182';
const changleSeat = manifest.documents.find((d) => d.id === 'changle')!.seat!.at;
const names = (q: Place) => [q.name.zh, ...q.aliases];
/** Places inside Changle called `name`, by their name or an alias. */
const inChangle = (name: string) => g.places.filter((q) => q.parentAdcode === CHANGLE && names(q).includes(name));

/** The six groups of the Changle plan's “三城三群” sentence, read from the text. */
function sanchengSanqun(): string[] {
  const line = docText('changle').split('\n').find((l) => l.includes('等“三城三群”重要组团'));
  const list = line?.match(/重点推进(.+?)等“三城三群”/)?.[1];
  if (!list) throw new Error('the “三城三群” sentence is not in the Changle plan any more');
  return list.split(/、|和/);
}

// The towns and streets of 长乐 (2016) that the “三城三群” groups are built from.
const CHANGLE_TOWNS = [
  '营前', '航城', '吴航', '漳港', '湖南', '文武砂', '松下', '江田',
  '金峰', '潭头', '梅花', '文岭', '古槐', '鹤上', '首占', '玉田', '罗联', '猴屿',
];

describe('Changle places', () => {
  it('reads six groups from the “三城三群” sentence of the Changle plan', () => {
    expect(sanchengSanqun()).toEqual(['临江城', '临空城', '海港城', '闽江口南岸城镇群', '东北部城镇群', '西部城镇群']);
  });

  it.each(sanchengSanqun())('has the group %s as a place within 30 km of Changle’s seat', (name) => {
    const found = inChangle(name);
    expect(found).toHaveLength(1);
    expect(found[0]!.docs).toContain('changle');
    expect(distanceKm(found[0]!.at, changleSeat)).toBeLessThan(30);
  });

  it.each(CHANGLE_TOWNS)('has the town or street %s within 30 km of Changle’s seat', (name) => {
    const found = inChangle(name);
    expect(found).toHaveLength(1);
    expect(['town', 'street']).toContain(found[0]!.kind);
    expect(distanceKm(found[0]!.at, changleSeat)).toBeLessThan(30);
  });

  it('has the airport, the port and the river mouth the plan names', () => {
    for (const name of ['长乐国际机场', '松下港', '闽江口']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });
});

describe('Yantai and Fuzhou places', () => {
  it('has the six county cities of the “六圈” and 长岛, each with its 2016 id', () => {
    const code = (name: string) => g.places.find((q) => q.parentAdcode === '370600' && names(q).includes(name))?.adcode;
    expect(['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳', '长岛'].map(code)).toEqual(
      ['370681', '370685', '370683', '370686', '370682', '370687', '370634'],
    );
  });

  it('has the central-city districts and the outside cities the belts link to', () => {
    for (const name of ['芝罘区', '莱山区', '福山区', '牟平区', '蓬莱市', '烟台开发区', '烟台高新区', '即墨', '乳山', '莱西']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });

  it('has the Fuzhou plan’s science city, university town and Fuqing', () => {
    for (const name of ['东南科学城', '大学城', '福清']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });
});

describe('every place', () => {
  it.each(g.places.map((q) => [q.id, q] as const))('%s is named by each document it cites', (_id, q) => {
    const ids = new Set(manifest.documents.map((d) => d.id));
    const forms = names(q).flatMap((n) => [n, n.replace(/(街道|新城|镇|乡|区|县|市)$/, '')]).filter((n) => n.length >= 2);
    for (const doc of q.docs) {
      expect(ids.has(doc), `unknown doc ${doc}`).toBe(true);
      expect(forms.some((n) => docText(doc).includes(n)), `${doc} does not name ${q.name.zh}`).toBe(true);
    }
  });

  it('that no document names says in its source why it is listed', () => {
    for (const q of g.places.filter((p) => p.docs.length === 0)) expect(q.source, q.id).toMatch(/not named in/);
  });

  it('claims seat precision only for county-level units', () => {
    for (const q of g.places.filter((p) => p.precision === 'seat')) expect(q.adcode, q.id).toBeDefined();
  });
});

describe('every place and pilot point against the detail boundaries', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { feature } = await import('topojson-client');
  const { booleanPointInPolygon, pointToPolygonDistance, bearing } = await import('@turf/turf');
  type Unit = import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon, { id: string; name: string }>;
  const units = new Map<string, Unit>();
  /** County polygons of each province's detail file, keyed by the province's two digits. */
  const countiesOf = new Map<string, Unit[]>();
  for (const file of readdirSync('data/geo/detail').filter((f) => f.endsWith('.topo.json'))) {
    const t = JSON.parse(readFileSync(`data/geo/detail/${file}`, 'utf8')) as import('topojson-specification').Topology;
    for (const name of ['counties', 'prefectures', 'provinces']) {
      const fc = feature(t, t.objects[name]!) as unknown as { features: Unit[] };
      for (const f of fc.features) if (!units.has(f.properties.id)) units.set(f.properties.id, f);
      if (name === 'counties') countiesOf.set(file.slice(0, 2), fc.features);
    }
  }
  /** The county polygon a point lies in (land), or null (at sea, or in another province). */
  const countyAt = (at: readonly [number, number], province: string) => countiesOf.get(province)?.find((c) => booleanPointInPolygon([...at], c)) ?? null;
  const unitOf = (q: Place) => q.adcode ?? q.parentAdcode;
  const landPlaces = g.places.filter((q) => !q.offshore);

  it.each(landPlaces.map((q) => [q.id, q] as const))('%s lies on land inside the unit the gazetteer names', (_id, q) => {
    const unit = units.get(unitOf(q));
    expect(unit, unitOf(q)).toBeDefined();
    expect(booleanPointInPolygon([...q.at], unit!), `outside ${unit!.properties.name}`).toBe(true);
    const county = countyAt(q.at, unitOf(q).slice(0, 2));
    expect(county, 'at sea').not.toBeNull();
    // A county-level unit's own place, or a place in a county: the county it lies in is that one.
    if (!unitOf(q).endsWith('00')) expect(county!.properties.id).toBe(unitOf(q));
  });

  it.each(g.places.filter((q) => q.offshore).map((q) => [q.id, q] as const))('%s, offshore, lies at sea within 15 km of its unit', (_id, q) => {
    expect(countyAt(q.at, unitOf(q).slice(0, 2))).toBeNull();
    expect(pointToPolygonDistance([...q.at], units.get(unitOf(q))!, { units: 'kilometers' })).toBeLessThan(15);
  });

  it('draws only bays and islands offshore', () => {
    expect(g.places.filter((q) => q.offshore).map((q) => q.name.zh).sort()).toEqual(['丁字湾', '套子湾', '崆峒岛', '莱州湾', '裕龙岛']);
  });

  it.each(g.pilots.filter((p) => p.point).map((p) => [p.id, p.point!] as const))('pilot %s: its point lies on land inside its county', (_id, point) => {
    expect(countyAt(point.at, point.parentAdcode.slice(0, 2))?.properties.id).toBe(point.parentAdcode);
  });

  it('says for every point where its position came from', () => {
    for (const q of g.places) expect(q.positionFrom.length, q.id).toBeGreaterThan(20);
    for (const p of g.pilots.filter((x) => x.point)) expect(p.point!.positionFrom.length, p.id).toBeGreaterThan(20);
  });

  it('cites, where a position comes from a text, a line that says it', () => {
    const cited = [...g.places.map((q) => q.positionFrom), ...g.pilots.flatMap((p) => (p.point ? [p.point.positionFrom] : []))]
      .flatMap((s) => [...s.matchAll(/^text: batch line (\d+), .*?\((.+?)\)/g)]);
    expect(cited.length).toBeGreaterThanOrEqual(2);
    const lines = docText('batch2').split('\n');
    for (const [, line, words] of cited) expect(lines[Number(line) - 1], `line ${line}`).toContain(words);
  });

  it('puts 榆树沟镇 13 km from 昌吉, west-north-west toward 呼图壁, as the text says', () => {
    const town = g.pilots.find((p) => p.id === 'xinjiang-yushugou')!.point!;
    const changji: [number, number] = [87.304, 44.013];
    expect(distanceKm(town.at, changji)).toBeGreaterThan(12);
    expect(distanceKm(town.at, changji)).toBeLessThan(14);
    expect(bearing(changji, [...town.at])).toBeGreaterThan(-80);
    expect(bearing(changji, [...town.at])).toBeLessThan(-40);
  });

  it('puts 林海镇 south-west of 白城, within 15 km of its urban area', () => {
    const town = g.pilots.find((p) => p.id === 'jilin-linhai')!.point!;
    const baicheng: [number, number] = [122.839, 45.62];
    expect(distanceKm(town.at, baicheng)).toBeLessThan(15);
    const b = bearing(baicheng, [...town.at]);
    expect(b).toBeGreaterThan(-170);
    expect(b).toBeLessThan(-100);
  });
});

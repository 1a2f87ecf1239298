import { readFileSync, readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import { area, booleanPointInPolygon, booleanWithin, buffer, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildPilots, indexUnits } from '../../../pipeline/pilots.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';
import type { ExtentsFile } from '../../../pipeline/extents.ts';
import { checkAreas, noteMarkers, offBy, statedAreas } from '../../../pipeline/area-check.ts';
import { applySectionScopes } from '../../../pipeline/extract/section-scope.ts';
import { nationalSvg } from '../../../src/map-export/national-svg.ts';
import { realInputs } from '../export/real-inputs.ts';
import { tableRows } from '../../../src/app/table/rows.ts';
import { extentNotesLine } from '../../../src/app/extent-legend.ts';
import { toCsv } from '../../../src/core/table-export/csv.ts';
import { toGeoJson, type ExportCollection } from '../../../src/core/table-export/geojson.ts';
import { corpusWithGazetteer } from '../fixtures/corpus.ts';

const gazetteer = validateGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')), 'data/gazetteer.json');
const detail = readdirSync('data/geo/detail')
  .filter((f) => f.endsWith('.topo.json'))
  .map((f) => JSON.parse(readFileSync(`data/geo/detail/${f}`, 'utf8')) as Topology);
const units = indexUnits(detail);
const extents = JSON.parse(readFileSync('data/quality/extents.json', 'utf8')) as ExtentsFile;
const areaNotes = JSON.parse(readFileSync('data/quality/area-notes.json', 'utf8')) as { reasons: Record<string, { zh: string; en: string }> };
// The records as the data step has them (sections scoped), for the areas the documents state.
const scopes = JSON.parse(readFileSync('data/quality/section-scopes.json', 'utf8')) as { scopes: Parameters<typeof applySectionScopes>[1] };
const records = applySectionScopes(corpusWithGazetteer().records, scopes.scopes);
const { features, problems } = buildPilots(gazetteer, units, 'data/gazetteer.json', { extents, areaNotes: areaNotes.reasons, statedAreas: statedAreas(records) });
const byId = (id: string) => features.find((f) => f.properties.id === id)!;
const km2 = (id: string) => area(byId(id) as Feature<MultiPolygon>) / 1e6;

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

  it('keeps the contract shape {id, name, nameEn, province, level, approximate} and only adds extent, extentNote, centre, pinyin', () => {
    expect(PilotsFileSchema.safeParse({ type: 'FeatureCollection', features }).success).toBe(true);
    const contract = ['approximate', 'id', 'level', 'name', 'nameEn', 'province'];
    for (const f of features) {
      const keys = Object.keys(f.properties);
      expect(contract.filter((k) => !keys.includes(k)), f.properties.id).toEqual([]);
      expect(keys.filter((k) => !contract.includes(k) && !['extent', 'extentNote', 'centre', 'pinyin'].includes(k)), f.properties.id).toEqual([]);
      // One toneless syllable per character of the Chinese name.
      expect(f.properties.pinyin?.length, f.properties.id).toBe([...f.properties.name].length);
      expect(f.properties.extent, f.properties.id).toBe(f.geometry.type === 'Point' ? 'point' : f.properties.extent === 'approximate' ? 'approximate' : 'boundary');
    }
  });

  it('draws towns and zones at an approximate extent of their stated area around their point, as points where no area is stated', () => {
    const areas = statedAreas(records);
    for (const f of features) {
      const pilot = gazetteer.pilots.find((p) => p.id === f.properties.id)!;
      if (f.properties.level !== 'town' && f.properties.level !== 'dev_zone') expect(f.geometry.type, pilot.id).not.toBe('Point');
      else if (!areas.has(pilot.id)) expect(f.geometry.type, pilot.id).toBe('Point');
      else {
        expect(f.properties.extent, pilot.id).toBe('approximate');
        expect(f.properties.centre, pilot.id).toEqual(pilot.point!.at);
        expect(Math.abs(km2(pilot.id) / areas.get(pilot.id)!.km2 - 1), pilot.id).toBeLessThan(0.02);
        expect(f.properties.extentNote?.zh, pilot.id).toContain(`第 ${areas.get(pilot.id)!.line} 行`);
      }
    }
    expect(features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id).sort()).toEqual(['guangdong-shishan', 'xizang-zedang']);
  });

  it('shows approximate extents as circles on the national SVG, a boundary as a path', () => {
    const svg = nationalSvg({ ...realInputs(), pilots: { type: 'FeatureCollection', features }, title: 't', source: 's', date: 'd', lang: 'zh' });
    for (const id of ['shaanxi-xixian', 'guangdong-maoming', 'xinjiang-yushugou']) expect(svg).toMatch(new RegExp(`<circle [^>]*data-id="${id}"`));
    expect(svg).toMatch(/<path [^>]*data-id="beijing-fangshan"/);
    expect(svg).not.toMatch(/<path [^>]*data-id="shaanxi-xixian"/);
    // A pilot's title (its tooltip in an SVG viewer) carries the note on its extent: 遵义县 is drawn as 播州区.
    expect(svg).toMatch(/<path [^>]*data-id="guizhou-zunyixian"[^>]*><title>遵义县（边界年代不符：[^<]*播州区（约 2477 平方公里，文中 4092.66 平方公里）。）<\/title>/);
    expect(svg).toMatch(/<path [^>]*data-id="beijing-fangshan"[^>]*><title>房山区<\/title>/);
    // And its legend names the pilots drawn at a boundary with a note, for a map read away from the app.
    const caveat = [...svg.matchAll(/<text [^>]*class="legend-caveat"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(caveat).toBe('范围附说明（边界年代或所述面积与图不同）：同江市、津市市—澧县、成都市、遵义县');
  }, 60_000);

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

describe('approximate extents: a stated area with no boundary we hold is never a filled county', () => {
  const cases = [
    // pilot, stated km², the unit it was drawn as before, its area then (km²)
    ['shaanxi-xixian', 882, ['610112', '610116', '610125', '610402', '610404', '610423', '610481']],
    ['shanghai-pudong-lingang', 315, ['310115']],
    ['guizhou-guian', 1795, ['520111', '520181', '520402', '520403']],
    ['guangdong-maoming', 81, ['440904']],
    ['xinjiang-yushugou', 426, ['652301']],
    ['jiangxi-nanchang-gaoxin', 231, ['360111']],
  ] as const;

  it.each(cases)('draws %s at about its stated %s km², dashed as approximate, inside the units it lies in', (id, stated, within) => {
    const f = byId(id);
    expect(f.properties.extent).toBe('approximate');
    expect(f.properties.extentNote?.zh).toMatch(/近似范围/);
    expect(f.properties.extentNote?.en).toMatch(/Approximate extent/);
    expect(Math.abs(km2(id) / stated - 1)).toBeLessThan(0.02);
    // Inside its units, up to the boundary data's vertex rounding.
    const hosts = within.map((code) => polygons.get(code)!);
    const outside = (f.geometry as MultiPolygon).coordinates.flat(2).filter(
      (p) => !hosts.some((h) => booleanPointInPolygon(p, h) || pointToPolygonDistance(p, h, { units: 'kilometers' }) < 0.05),
    );
    expect(outside).toEqual([]);
  });

  it('cites, for each approximate extent, a line of its document that states that area', async () => {
    const { docText } = await import('../gazetteer/corpus.ts');
    for (const [id, e] of Object.entries(extents.approximate)) {
      const line = docText(e.area.doc).split('\n')[e.area.line - 1]!;
      expect(line, id).toContain(e.area.quote);
      expect(e.area.quote.replace(/\s/g, ''), id).toContain(`${e.area.km2}平方公里`);
    }
  });

  it('no longer draws Maoming as its 11,469 km² prefecture, nor Lingang as all of Pudong', () => {
    expect(km2('guangdong-maoming')).toBeLessThan(100);
    expect(km2('shanghai-pudong-lingang')).toBeLessThan(area(polygons.get('310115')!) / 1e6 / 4);
    expect(booleanWithin(byId('shanghai-pudong-lingang') as Feature<MultiPolygon>, buffer(polygons.get('310115')!, 0.1, { units: 'kilometers' })!)).toBe(true);
  });
});

describe('boundary vintage: units as the documents knew them', () => {
  it('draws Chengdu without Jianyang (transferred in 2016), within 2 % of the stated 12,000 km²', () => {
    const jianyang = polygons.get('510180')!;
    expect(Math.abs(km2('sichuan-chengdu') / 12000 - 1)).toBeLessThan(0.02);
    expect(area(jianyang) / 1e6).toBeGreaterThan(2000);
    const inside = (jianyang.geometry.type === 'Polygon' ? [jianyang.geometry.coordinates] : jianyang.geometry.coordinates)
      .flat(2)
      .filter((p, i) => i % 20 === 0 && booleanPointInPolygon(p, byId('sichuan-chengdu') as Feature<MultiPolygon>) && pointToPolygonDistance(p, byId('sichuan-chengdu') as Feature<MultiPolygon>, { units: 'kilometers' }) < -0.5);
    expect(inside).toEqual([]);
    expect(byId('sichuan-chengdu').properties.extentNote?.en).toMatch(/Jianyang/);
  });

  it('says where the data cannot: Zunyi County is drawn as the smaller Bozhou District, with a note', () => {
    expect(byId('guizhou-zunyixian').properties.extentNote?.zh).toMatch(/播州区/);
  });

  it('and the legend counts the pilots drawn at a boundary with a note, naming them in its title, in each language', () => {
    const shown = features.map((f) => f.properties);
    expect(extentNotesLine('zh', shown)).toEqual({ text: '4 个试点的范围附说明，见详情', names: '同江市、津市市—澧县、成都市、遵义县' });
    expect(extentNotesLine('en', shown)?.text).toBe('Extent notes on 4 pilots: see each');
    expect(extentNotesLine('en', shown)?.names).toMatch(/^Tongjiang[^;]*; .*; Chengdu[^;]*; Zunyi County$/);
    expect(extentNotesLine('zh', shown.filter((p) => p.extent === 'approximate' || !p.extentNote))).toBeNull();
  });

  it('and the table’s downloads keep that note with the pilot, in the download’s language', () => {
    const zunyi = byId('guizhou-zunyixian').properties;
    const read = (lang: 'zh' | 'en') => {
      const [header, row] = toCsv(tableRows([zunyi], [], lang), [], lang, { title: 'x' }).slice(1).trim().split('\r\n');
      return { header: header!.split(','), row: row! };
    };
    const zh = read('zh');
    expect(zh.header.slice(5, 7)).toEqual(['extent', 'extent_note']);
    expect(zh.row).toContain('boundary');
    expect(zh.row).toContain('播州区（约 2477 平方公里，文中 4092.66 平方公里）');
    expect(read('en').row).toContain('about 2,477 km² against the text');
    const geo = JSON.parse(toGeoJson([byId('guizhou-zunyixian')], tableRows([zunyi], [], 'en'), [], 'en', { title: 'x' })) as ExportCollection;
    expect(geo.features[0]?.properties).toMatchObject({ extent: 'boundary', extent_note: expect.stringMatching(/Bozhou District/) });
    // A pilot drawn at its own boundary without a note says nothing more.
    expect(read('zh').header).toHaveLength(7);
    const fangshan = toCsv(tableRows([byId('beijing-fangshan').properties], [], 'zh'), [], 'zh', { title: 'x' }).slice(1).trim().split('\r\n')[1];
    expect(fangshan).toBe('beijing-fangshan,房山区,"Fangshan District, Beijing",北京市,district,boundary,');
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
  const checks = checkAreas(features, records, extents);
  noteMarkers(features, checks);
  const notes = areaNotes;

  it('compares at least 30 county-level pilots and finds Fangshan’s polygon within 1 % of its stated 1,990 km²', () => {
    expect(checks.length).toBeGreaterThanOrEqual(30);
    const fangshan = checks.find((c) => c.pilot === 'beijing-fangshan')!;
    expect(fangshan.stated).toBe(1990);
    expect(Math.abs(fangshan.ratio! - 1)).toBeLessThan(0.01);
  });

  it('checks every pilot whose document states an area: all 49 drawn with an extent, 18 of them approximate', () => {
    expect(checks).toHaveLength(49);
    expect(checks.filter((c) => c.measured !== null)).toHaveLength(49);
    expect(checks.filter((c) => c.extent === 'approximate')).toHaveLength(18);
    expect(checks.map((c) => c.pilot)).toEqual(expect.arrayContaining(['shaanxi-xixian', 'shanghai-pudong-lingang', 'guizhou-guian', 'guangdong-maoming']));
  });

  it.each(gazetteer.pilots.map((p) => p.id))('%s: drawn within 25 per cent of its stated area, or with an explained exception the panel shows', (id) => {
    const c = checks.find((x) => x.pilot === id);
    if (!c) return; // its documents state no area
    const note = byId(id).properties.extentNote;
    if (c.measured === null) {
      // A marker claims no extent: its note says so, citing the stated area.
      expect(note?.en).toMatch(/marker/);
      expect(note?.zh).toContain(String(c.stated));
    } else if (offBy(c)) {
      expect(note, `${id} is off (ratio ${c.ratio}) with no note`).toBeDefined();
      expect(note!.zh.length).toBeGreaterThan(10);
    } else expect(Math.abs(c.ratio! - 1)).toBeLessThanOrEqual(0.25);
  });

  it('has a documented reason for every pilot off by more than 25 %, and no stale reason', () => {
    const off = checks.filter((c) => offBy(c)).map((c) => c.pilot).sort();
    expect(off).toEqual(Object.keys(notes.reasons).sort());
  });
});

describe('the legend key for approximate extents', async () => {
  const { approximateCount } = await import('../../../src/app/extent-legend.ts');
  it('counts the pilots drawn at an approximate extent: the 4 zones and new areas and 14 towns and zones with a stated area', () => {
    expect(approximateCount(features.map((f) => f.properties))).toBe(18);
  });
});

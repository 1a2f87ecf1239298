// Whose each element's member list is: the text's, checked against the lines it cites, or our
// reading, explained. And 长乐's reading no longer lays one group over another city.
import { describe, expect, test } from 'vitest';
import { area, booleanPointInPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { compileLayout, formatLayoutError, LayoutSchema, resolveRef, type Element, type Layout, type PlaceRef } from '../../../src/core/layout/index.ts';
import { ctx, docLines, gazetteer, readJson, specs } from './fixtures.ts';

const layouts = specs().map(({ spec }) => LayoutSchema.parse(spec));
const zh = (l: Element['label']) => (typeof l === 'string' ? l : l.zh);
const refsOf = (e: Element): PlaceRef[] =>
  'area' in e ? e.area : 'through' in e ? e.through : 'members' in e ? e.members : 'center' in e ? [e.center] : 'at' in e ? [e.at] : [e.from, e.to];

/** Ways a line may write a place: its name, aliases, label, and those without 市/县/区/镇 or a city prefix (台州市区 → 市区). */
const prefixes = [...gazetteer.pilots, ...gazetteer.places].map((p) => p.name.zh.replace(/(市|县|区)$/, '')).filter((n) => n.length >= 2);
function spellings(ref: PlaceRef): string[] {
  const resolved = resolveRef(ref, ctx);
  const key = 'place' in ref ? ref.place : undefined;
  const place = key ? gazetteer.places.find((p) => p.id === key || p.name.zh === key || p.aliases.includes(key)) : undefined;
  const names = [ref.label, key, 'name' in resolved ? resolved.name : undefined, place?.name.zh, ...(place?.aliases ?? [])].filter(
    (n): n is string => typeof n === 'string',
  );
  const more = names.flatMap((n) => [n.replace(/(新城|市|县|区|镇|乡|街道)$/, ''), ...prefixes.filter((p) => n.startsWith(p)).map((p) => n.slice(p.length))]);
  return [...names, ...more].filter((n) => n.length >= 2);
}

const elements = layouts.flatMap((layout) =>
  layout.parts.flatMap((part, i) => part.elements.map((element, j) => ({ layout, part, element, where: `${layout.id} › parts[${i}].elements[${j}] (${zh(element.label)})` }))),
);

describe('membership of every shipped element', () => {
  test('each element says whose its member list is, and on which lines of its document', () => {
    for (const { layout, element, where } of elements) {
      expect(element.membership, where).toMatch(/^(text|reading)$/);
      const lines = docLines(layout.source.doc);
      for (const n of element.basis ?? []) expect(lines[n - 1]?.trim().length ?? 0, `${where} › basis line ${n}`).toBeGreaterThan(0);
    }
  });

  test('a member list marked as the text’s is named on the lines it cites', () => {
    const checked = elements.filter((e) => e.element.membership === 'text');
    expect(checked.length).toBeGreaterThan(40);
    for (const { layout, element, where } of checked) {
      const lines = docLines(layout.source.doc);
      const cited = (element.basis ?? []).map((n) => lines[n - 1] ?? '').join('\n');
      for (const ref of refsOf(element))
        expect(
          spellings(ref).some((s) => cited.includes(s)),
          `${where}: ${JSON.stringify(ref)} is not on lines ${element.basis?.join(', ')}`,
        ).toBe(true);
    }
  });

  test('a member list that is our reading says why', () => {
    const readings = elements.filter((e) => e.element.membership === 'reading');
    // 长乐's six, 福州's two cores, 全州's three areas, 韩城's two, …
    expect(readings.length).toBeGreaterThan(20);
    for (const { element, where } of readings) {
      const note = typeof element.note === 'string' ? { zh: element.note, en: element.note } : element.note;
      expect(note?.en.length ?? 0, where).toBeGreaterThan(20);
      expect(note?.zh.length ?? 0, where).toBeGreaterThan(10);
    }
  });

  test('membership without basis (or basis without membership) is an error naming the element', () => {
    const spec = structuredClone(readJson('data/layouts/hancheng.json')) as Layout;
    delete (spec.parts[1]!.elements[1] as { basis?: number[] }).basis;
    const { errors } = compileLayout(spec, ctx);
    expect(errors.map(formatLayoutError)).toEqual([
      'data/layouts/hancheng.json › parts[1].elements[1].basis › membership and basis go together: say whose the member list is and the lines it rests on',
    ]);
  });
});

describe('长乐 三城三群', () => {
  const changle = layouts.find((l) => l.id === 'changle')!;
  const { features, errors } = compileLayout(changle, ctx);
  const areaOf = (label: string) => features.find((f) => f.properties.role === 'area' && f.properties.label === label)!.geometry as Polygon | MultiPolygon;
  const km2 = (a: Polygon | MultiPolygon, b: Polygon | MultiPolygon) => {
    const x = intersect(featureCollection([feature(a), feature(b)]));
    return x ? area(x) / 1e6 : 0;
  };

  test('compiles, and every membership is our reading (line 19 names no town)', () => {
    expect(errors).toEqual([]);
    expect(changle.parts.flatMap((p) => p.elements.map((e) => e.membership))).toEqual(Array(6).fill('reading'));
    expect(docLines('changle')[18]).toContain('临江城、临空城、海港城和闽江口南岸城镇群、东北部城镇群、西部城镇群');
  });

  test('no town group overlaps 临空城 by more than 1 km²', () => {
    const airportCity = areaOf('临空城');
    for (const group of ['闽江口南岸城镇群', '东北部城镇群', '西部城镇群']) expect(km2(areaOf(group), airportCity), group).toBeLessThan(1);
  });

  test('金峰镇 goes with 漳港街道 (line 45), not in the northeast', () => {
    expect(docLines('changle')[44]).toContain('支持金峰镇和漳港街道按照城市的标准');
    const members = (label: string) => features.filter((f) => f.properties.role === 'point' && f.properties.element === label).map((f) => f.properties.label);
    expect(members('临空城')).toEqual(expect.arrayContaining(['金峰镇', '漳港街道', '长乐国际机场']));
    expect(members('东北部城镇群')).not.toContain('金峰镇');
  });

  test('no element’s outline covers another element’s member, nor the airport', () => {
    const areas = features.filter((f) => f.properties.role === 'area');
    const points = features.filter((f) => f.properties.role === 'point');
    for (const a of areas)
      for (const p of points.filter((q) => q.properties.element !== a.properties.element))
        expect(booleanPointInPolygon((p.geometry as Point).coordinates, a.geometry as Polygon), `${p.properties.label} inside ${a.properties.label}`).toBe(false);
  });
});

// A zone or core drawn as a disc around one place claims only that place's surroundings: two such
// discs of one plan never overlap (韩城's central city and 芝川 did by 2.7 km², 西咸's 空港 and 秦汉 by 8.5 km²).
describe('discs around one place each', () => {
  const discs = (layout: Layout) =>
    layout.parts.flatMap((part) =>
      part.elements.filter((e) => (e.kind === 'zone' || e.kind === 'core') && e.radiusKm !== undefined && e.area.length === 1).map((e) => zh(e.label)),
    );
  const withDiscs = layouts.filter((l) => discs(l).length >= 2);

  test('the plans this is about', () => {
    expect(withDiscs.map((l) => l.id)).toEqual(expect.arrayContaining(['hancheng', 'xixian', 'shaowu', 'longkou', 'chengdu', 'yantai-new-cities', 'quanzhou']));
  });

  test.each(withDiscs.map((l) => [l.id, l] as const))('%s: no two overlap', (_id, layout) => {
    const { features, errors } = compileLayout(layout, ctx);
    expect(errors.map(formatLayoutError)).toEqual([]);
    const labels = new Set(discs(layout));
    const areas = features.filter((f) => f.properties.role === 'area' && labels.has(f.properties.label));
    expect(areas.length).toBe(labels.size);
    const overlaps: string[] = [];
    for (let i = 0; i < areas.length; i++)
      for (let j = i + 1; j < areas.length; j++) {
        const x = intersect(featureCollection([feature(areas[i]!.geometry as Polygon), feature(areas[j]!.geometry as Polygon)]));
        const km2 = x ? area(x) / 1e6 : 0;
        if (km2 > 0.01) overlaps.push(`${areas[i]!.properties.label} × ${areas[j]!.properties.label}: ${km2.toFixed(2)} km²`);
      }
    expect(overlaps).toEqual([]);
  });
});

// The layout editor's “在地图上放置”: the Yantai plan's draft (its six circles placed on their counties,
// its three belts left to place) edited by clicks on the map, and a place reference under the caret
// moved to a clicked point; each result compiled on the real boundaries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/document/extract-document.ts';
import { draftSpec } from '../../../src/core/document/draft-spec.ts';
import { boundaryIndex } from '../../../src/core/document/match-units.ts';
import { assertChinaTopology, chinaLayers, countyLayers } from '../../../src/core/china-topology.ts';
import { compileSpecText, countyLookup, layoutContext } from '../../../src/core/layout/index.ts';
import { placeMember, placeRefAtCaret, refAt } from '../../../src/core/layout/place-by-click.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const gazetteerJson: unknown = JSON.parse(read('data/gazetteer.json'));
const topology = (file: string) => JSON.parse(read(file)) as Parameters<typeof chinaLayers>[0];
const base = topology('public/data/china-base.topo.json');
assertChinaTopology(base, 'china-base', ['provinces', 'prefectures']);
const china = { ...chinaLayers(base), ...countyLayers(topology('public/data/china-counties.topo.json') as Parameters<typeof countyLayers>[0]) };
const ctx = layoutContext(validateGazetteer(gazetteerJson, 'data/gazetteer.json'), countyLookup(china.counties.features));

const extract = extractDocument('烟台.txt', read('data/sources/yantai-new-urbanization-plan-2021-2035.txt'), { gazetteer: gazetteerJson });
const formula = extract.formulas.find((f) => f.formula === '一核引领、三带贯通、六圈聚力、多点支撑')!;
const { index } = boundaryIndex(china);
const draft = draftSpec(formula, 'mine-1-formula-1', 'yantai', (m) => {
  const list = index.candidates(m).filter((u) => u.level === 'counties' && u.prefecture === '烟台市');
  return list.length === 1 ? { adcode: list[0]!.id, name: list[0]!.name } : null;
});
const text = JSON.stringify(draft.spec, null, 2);

describe('placing by a click on the map', () => {
  it('lists the Yantai draft’s three belts to place, with their part, kind and line', () => {
    expect(draft.toPlace).toEqual([
      { member: '北部沿海城镇化综合发展带', part: '三带贯通', kind: 'belt', line: 407 },
      { member: '中部城镇化提升发展带', part: '三带贯通', kind: 'belt', line: 407 },
      { member: '南部滨海城镇化融合发展带', part: '三带贯通', kind: 'belt', line: 407 },
    ]);
  });

  it('draws a belt through two clicked points in a part of its own, marked as the person’s reading; a second joins that part', () => {
    const north = placeMember(text, draft.toPlace[0]!, [[120.4, 37.6], [121.4, 37.55]])!;
    expect(placeMember(text, draft.toPlace[0]!, [[120.4, 37.6]])).toBeNull();
    const before = compileSpecText(text, ctx);
    const after = compileSpecText(north, ctx);
    expect(after.problems).toEqual([]);
    const belt = after.features.filter((f) => f.properties.label === '北部沿海城镇化综合发展带');
    expect(belt.map((f) => [f.properties.kind, f.properties.part])).toContainEqual(['belt', '三带贯通']);
    expect(after.features.length).toBeGreaterThan(before.features.length);
    const spec = JSON.parse(north) as { parts: { part: string; elements: Record<string, unknown>[] }[] };
    const element = spec.parts.find((p) => p.part === '三带贯通')!.elements[0]!;
    expect(element).toMatchObject({ kind: 'belt', membership: 'reading', basis: [407], through: [{ at: [120.4, 37.6] }, { at: [121.4, 37.55] }] });
    expect((element.note as { zh: string }).zh).toContain('由使用者在地图上点选');
    // The text around it is as it was: the first lines unchanged.
    expect(north.split('\n').slice(0, 5)).toEqual(text.split('\n').slice(0, 5));
    const both = placeMember(north, draft.toPlace[1]!, [[120.5, 37.3], [121.2, 37.2]])!;
    const parts = (JSON.parse(both) as { parts: { part: string; elements: unknown[] }[] }).parts.filter((p) => p.part === '三带贯通');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.elements).toHaveLength(2);
    expect(compileSpecText(both, ctx).problems).toEqual([]);
  });

  it('drafts 龙口’s “五大组团”, none of whose members the boundaries hold, without parts to start from; each 组团 placed by a click is a cluster the compiler draws', () => {
    const batch = read('data/sources/national-pilots-batch2-work-plan-highlights.txt');
    const longkou = extractDocument('批次.txt', batch, { gazetteer: gazetteerJson }).formulas.find((f) => f.pilot === 'shandong-longkou' && f.formula === '五大组团')!;
    const empty = draftSpec(longkou, 'mine-1-formula-1', 'shandong-longkou', () => null);
    expect(empty.placed).toEqual([]);
    expect(empty.toPlace.map((m) => [m.member, m.kind])).toEqual([
      ['东城', 'cluster'],
      ['西城', 'cluster'],
      ['南山', 'cluster'],
      ['东海', 'cluster'],
      ['新城', 'cluster'],
    ]);
    const start = JSON.stringify(empty.spec, null, 2);
    expect(compileSpecText(start, ctx).problems.map((p) => p.message)).toEqual(['a layout needs at least one part']);
    let spec = start;
    empty.toPlace.forEach((m, i) => (spec = placeMember(spec, m, [[120.3 + i * 0.05, 37.62]])!));
    const { features, problems } = compileSpecText(spec, ctx);
    expect(problems).toEqual([]);
    expect([...new Set(features.filter((f) => f.properties.kind === 'cluster').map((f) => f.properties.label))]).toEqual(['东城', '西城', '南山', '东海', '新城']);
    expect((JSON.parse(spec) as { parts: { part: string }[] }).parts.map((p) => p.part)).toEqual(['五大组团']);
  });

  it('moves the place reference under the caret to the clicked point, keeping its name as the label', () => {
    const caret = text.indexOf('"adcode"', text.indexOf('"label": "招远"'));
    expect(refAt(text, caret)).toMatchObject({ label: '招远', element: ['parts', 0, 'elements', 1] });
    const moved = placeRefAtCaret(text, caret, [120.41, 37.36])!;
    const spec = JSON.parse(moved) as { parts: { elements: Record<string, unknown>[] }[] };
    const zhaoyuan = spec.parts[0]!.elements[1]!;
    expect(zhaoyuan).toMatchObject({ label: '招远', center: { at: [120.41, 37.36], label: '招远' }, membership: 'reading' });
    expect(compileSpecText(moved, ctx).problems).toEqual([]);
    expect(placeRefAtCaret(text, text.indexOf('"formula"'), [120, 37])).toBeNull();
  });
});

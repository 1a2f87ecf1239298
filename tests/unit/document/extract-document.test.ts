// A person's document read by the browser-side extraction (src/core/document), against the shipped
// extraction of the same text (public/data/indicators.json, written by `npm run data`): one pilot's
// section cut from the batch document, and whole plans; the match of its units to the boundaries;
// the draft specs of its formulas, compiled by the layout compiler.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertChinaTopology, chinaLayers, countyLayers } from '../../../src/core/china-topology.ts';
import { DocumentExtractError, extractDocument } from '../../../src/core/document/extract-document.ts';
import { boundaryIndex, boundaryIndexInSteps, matchUnits, type GazetteerPilot } from '../../../src/core/document/match-units.ts';
import { draftSpec } from '../../../src/core/document/draft-spec.ts';
import { compileSpecText, countyLookup, layoutContext } from '../../../src/core/layout/index.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import type { IndicatorRecord } from '../../../src/core/schema/indicators.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const gazetteerJson: unknown = JSON.parse(read('data/gazetteer.json'));
const gazetteerPilots = (gazetteerJson as { pilots: GazetteerPilot[] }).pilots;
const shipped = (JSON.parse(read('public/data/indicators.json')) as { records: IndicatorRecord[] }).records;
const manifest = JSON.parse(read('data/sources/manifest.json')) as { documents: { id: string; file: string }[] };
const BATCH = 'data/sources/national-pilots-batch2-work-plan-highlights.txt';
const batchLines = read(BATCH).split(/\r?\n/);

/** The pilot headings of the batch document (1-based lines), and each one's section: its heading to the line before the next. */
const headings = batchLines.flatMap((l, i) => {
  const text = l.replace(/\s/g, '');
  return /国家新型城镇化.*工作方案要点$/.test(text) && !text.startsWith('第二批') ? [i] : [];
});
const section = (k: number) => ({ first: headings[k]! + 1, lines: batchLines.slice(headings[k]!, headings[k + 1] ?? batchLines.length) });

/** What the issue compares: pilot, indicator, kind, year, value, qualifier and line (relative to `first`). */
const key = (r: IndicatorRecord, first = 1) => [r.pilot, r.indicator, r.kind, r.year, r.value, r.qualifier, r.source.line - first + 1].join('|');

const topology = (file: string) => JSON.parse(read(file)) as Parameters<typeof chinaLayers>[0];
const base = topology('public/data/china-base.topo.json');
assertChinaTopology(base, 'china-base', ['provinces', 'prefectures']);
const china = { ...chinaLayers(base), ...countyLayers(topology('public/data/china-counties.topo.json') as Parameters<typeof countyLayers>[0]) };
const shippedPilots = new Set(gazetteerPilots.map((p) => p.id));

describe('a person’s document, read by the browser-side extraction', () => {
  it(`gives each of the batch document's ${headings.length} pilot sections, cut out alone, the shipped records of that section`, () => {
    expect(headings.length).toBe(59);
    for (let k = 0; k < headings.length; k++) {
      const { first, lines } = section(k);
      const result = extractDocument('section.txt', lines.join('\n'), { gazetteer: gazetteerJson });
      const last = first + lines.length - 1;
      const expected = shipped.filter((r) => r.source.doc === 'batch2' && r.source.line >= first && r.source.line <= last).map((r) => key(r, first)).sort();
      expect(result.kind, lines[0]).toBe('batch');
      expect(result.units.map((u) => u.name), lines[0]).toHaveLength(1);
      expect(result.records.map((r) => key(r)).sort(), lines[0]).toEqual(expected);
    }
  });

  it('dates a cut-out section by the year its description states: 绵阳’s bare “2020 年…达到 57.9%” under 总体目标 is a target, as in the whole document', () => {
    const k = headings.findIndex((i) => batchLines[i]!.startsWith('四川省绵阳市'));
    const { lines } = section(k);
    const rates = extractDocument('绵阳.txt', lines.join('\n'), { gazetteer: gazetteerJson }).records.filter((r) => r.indicator === 'resident_urbanization_rate');
    expect(rates.map((r) => [r.kind, r.year, r.value, r.source.line])).toEqual([
      ['baseline', 2014, 46.5, 3],
      ['target', 2020, 57.9, 7],
      ['target', 2017, 52.5, 9],
    ]);
  });

  it('gives the whole plans the shipped records (a single unit named by the title), and says when a plan states no figure', () => {
    for (const doc of manifest.documents) {
      const text = read(`data/sources/${doc.file}`);
      const expected = shipped.filter((r) => r.source.doc === doc.id).map((r) => key(r)).sort();
      if (expected.length === 0) {
        // 闽侯's plan (2021) states no urbanization figure: the shipped extraction has none either.
        expect(() => extractDocument(doc.file, text, { gazetteer: gazetteerJson })).toThrowError(expect.objectContaining({ code: 'noFigures' }) as Error);
        continue;
      }
      const result = extractDocument(doc.file, text, { gazetteer: gazetteerJson });
      expect(result.records.map((r) => key(r)).sort(), doc.id).toEqual(expected);
    }
    const fuzhou = extractDocument('fz.txt', read('data/sources/fuzhou-new-urbanization-plan-2025-2028.txt'), { gazetteer: gazetteerJson });
    expect(fuzhou.script).toBe('traditional');
    expect(fuzhou.units.map((u) => u.name)).toEqual(['福州市']);
  });

  it('names no unit, or no figure, in an error the page words in both languages', () => {
    const noUnit = () => extractDocument('notes.txt', '关于进一步做好新型城镇化工作的几点意见\n\n常住人口城镇化率达到 60%。\n');
    expect(noUnit).toThrowError(DocumentExtractError);
    expect(noUnit).toThrowError(expect.objectContaining({ code: 'noUnit', file: 'notes.txt' }) as Error);
    expect(() => extractDocument('blank.txt', '\n  \n')).toThrowError(expect.objectContaining({ code: 'empty' }) as Error);
    expect(() => extractDocument('x.txt', '烟台市工作要点\n\n加强领导，落实责任。\n')).toThrowError(expect.objectContaining({ code: 'noFigures' }) as Error);
  });
});

describe('its units matched to the boundaries', () => {
  const { index } = boundaryIndex(china);
  const unit = (name: string, province: string | null = null, pilot = 'mine') => ({ name, unit: name, province, line: 1, pilot, joined: false });

  it('is the same index when the page builds it in steps (a few hundred units a task)', async () => {
    const fresh = { ...china };
    let pauses = 0;
    await boundaryIndexInSteps(fresh, async () => void pauses++);
    const stepped = boundaryIndex(fresh).index;
    expect(pauses).toBe(Math.ceil(index.units.length / 500));
    expect(stepped).not.toBe(index);
    expect([...stepped.byName.entries()]).toEqual([...index.byName.entries()]);
    expect([...stepped.byBare.entries()]).toEqual([...index.byBare.entries()]);
    expect([...stepped.byId.entries()]).toEqual([...index.byId.entries()]);
    expect(stepped.names).toEqual(index.names);
    for (const name of ['房山区', '北京市朝阳区', '长乐市', '烟台']) expect(stepped.candidates(name)).toEqual(index.candidates(name));
  });

  it('finds counties, prefectures and provinces by name, with the province a heading gives', () => {
    const [fangshan, yantai, jiangsu, chaoyang] = matchUnits([unit('房山区', '北京市'), unit('烟台市'), unit('江苏省'), unit('朝阳区', '北京市')], index, [], new Set());
    expect(fangshan!.chosen).toMatchObject({ kind: 'unit', key: 'counties:110111' });
    expect(yantai!.chosen).toMatchObject({ kind: 'unit', key: 'prefectures:370600' });
    expect(jiangsu!.chosen).toMatchObject({ kind: 'unit', key: 'provinces:320000' });
    expect(chaoyang!.chosen).toMatchObject({ kind: 'unit', key: 'counties:110105' });
    // The person may correct a match among the units of the same province.
    expect(fangshan!.options.some((o) => o.kind === 'unit' && o.key === 'counties:110105')).toBe(true);
  });

  it('finds a unit renamed since the boundaries’ vintage by the gazetteer’s names (长乐区 → 长乐市), and draws a town as the atlas’s pilot', () => {
    const [changle, bagong] = matchUnits([unit('长乐区', '福建省'), unit('巴公镇', '山西省', 'shanxi-bagong')], index, gazetteerPilots, shippedPilots);
    expect(changle!.chosen).toMatchObject({ kind: 'unit', key: 'counties:350182' });
    expect(bagong!.chosen).toMatchObject({ kind: 'pilot', id: 'shanxi-bagong' });
  });

  it('leaves a name the boundaries do not hold unmatched', () => {
    const [mars] = matchUnits([unit('火星县')], index, gazetteerPilots, shippedPilots);
    expect(mars!.chosen).toBeNull();
  });
});

describe('its formulas as draft layouts', () => {
  it('drafts Yantai’s “一核引领、三带贯通、六圈聚力、多点支撑” with six circles on the counties it names, leaving the belts for the person to place, and the compiler draws it', () => {
    const result = extractDocument('烟台.txt', read('data/sources/yantai-new-urbanization-plan-2021-2035.txt'), { gazetteer: gazetteerJson });
    const formula = result.formulas.find((f) => f.formula === '一核引领、三带贯通、六圈聚力、多点支撑')!;
    expect(formula.source.line).toBe(407);
    const { index } = boundaryIndex(china);
    const resolve = (m: string) => {
      const list = index.candidates(m).filter((u) => u.level === 'counties' && u.prefecture === '烟台市');
      return list.length === 1 ? { adcode: list[0]!.id, name: list[0]!.name } : null;
    };
    const draft = draftSpec(formula, 'mine-1-formula-1', 'yantai', resolve);
    expect(draft.placed).toEqual(['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳']);
    expect(draft.unplaced).toEqual(['北部沿海城镇化综合发展带', '中部城镇化提升发展带', '南部滨海城镇化融合发展带']);
    expect(draft.partsWithoutMembers).toEqual(['一核引领', '多点支撑']);
    const gazetteer = validateGazetteer(gazetteerJson, 'data/gazetteer.json');
    const ctx = layoutContext(gazetteer, countyLookup(china.counties.features));
    const { features, problems } = compileSpecText(JSON.stringify(draft.spec, null, 2), ctx);
    expect(problems).toEqual([]);
    const circles = features.filter((f) => f.properties.kind === 'circle');
    expect([...new Set(circles.map((f) => f.properties.label))]).toEqual(['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳']);
  });
});

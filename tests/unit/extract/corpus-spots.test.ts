import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, corpusWithGazetteer, root } from './corpus';

// Spot checks beyond the hand-checked sample, each read against the text at the line given.
const find = (doc: string, pilotName: string, indicator: string, year: number | null, value: number) =>
  corpus().records.find(
    (r) => r.source.doc === doc && r.pilotName === pilotName && r.indicator === indicator && r.year === year && r.value === value,
  );

describe('values of the batch document beyond the sample', () => {
  it('carries a goal year into the next sentence of its paragraph (宜都 line 1757, 泽当 line 3039)', () => {
    expect(find('batch2', '湖北省宜都市', 'resident_urbanization_rate', 2017, 65.5)).toMatchObject({ kind: 'target', source: { line: 1757 } });
    expect(find('batch2', '西藏自治区泽当镇', 'resident_urbanization_rate', 2017, 47.5)).toMatchObject({ kind: 'target' });
  });

  it('reads the rate cut by the page break on the line where its number stands (津市市—澧县 line 1905)', () => {
    expect(find('batch2', '湖南省津市市—澧县', 'resident_urbanization_rate', 2017, 55)?.source.line).toBe(1905);
    expect(find('batch2', '湖南省津市市—澧县', 'settled_migrants', 2017, 12.1)?.source.line).toBe(1903);
  });

  it('finds a pilot that opens with its full ethnic name (芷江侗族自治县 line 1953)', () => {
    expect(find('batch2', '湖南省芷江县', 'resident_urbanization_rate', 2014, 38.4)).toBeDefined();
  });

  it('records the figures of a sentence about a named part of the pilot with the part as scope (茂名高新区 line 2015)', () => {
    const maoming = corpus().records.filter((r) => r.pilotName === '广东省茂名市');
    expect(maoming.map((r) => [r.indicator, r.kind, r.year, r.value, r.scope ?? null, r.source.line])).toEqual([
      ['area_km2', 'baseline', null, 81, '茂名高新区', 2015],
      ['resident_population', 'baseline', 2014, 30, '茂名高新区', 2015],
      ['hukou_population', 'baseline', 2014, 8.7, '茂名高新区', 2015],
      ['resident_urbanization_rate', 'baseline', null, 39.01, null, 2019],
      ['resident_urbanization_rate', 'target', 2017, 60, null, 2019],
      ['resident_urbanization_rate', 'target', 2020, 80, null, 2019],
    ]);
  });

  it('reads 户籍城镇化率 without 人口 and a year range “2015—2017 年” as its end year (韩城 line 3141, 绵阳 line 2489)', () => {
    expect(find('batch2', '陕西省韩城市', 'hukou_urbanization_rate', 2017, 70)).toBeDefined();
    expect(find('batch2', '四川省绵阳市', 'urban_population', 2017, 263)).toMatchObject({ kind: 'target' });
  });

  it('reads area given in 万平方公里 (成都 line 2407, 敦煌 line 3217)', () => {
    expect(find('batch2', '四川省成都市', 'area_km2', null, 12000)).toBeDefined();
    expect(find('batch2', '甘肃省敦煌市', 'area_km2', null, 31200)).toBeDefined();
  });
});

describe('sub-areas of the Yantai plan read from its text', () => {
  it('scopes a figure to the area a sentence turns to (line 438 黄渤海新区, line 725 龙口)', () => {
    expect(find('yantai', '烟台市', 'resident_population', 2025, 65)?.scope).toBe('黄渤海新区');
    expect(find('yantai', '烟台市', 'new_urban_jobs', 2025, 4)?.scope).toBe('龙口市');
  });

  it('scopes 中心城区常住人口 and the six county-level cities’ rates (lines 436 and 458)', () => {
    expect(find('yantai', '烟台市', 'resident_population', 2025, 350)).toMatchObject({ scope: '中心城区', qualifier: 'at_least' });
    const six = corpus().records.filter((r) => r.source.doc === 'yantai' && r.source.line === 458);
    expect(six.map((r) => [r.scope, r.value])).toEqual([
      ['龙口市', 72],
      ['招远市', 61],
      ['莱州市', 58],
      ['莱阳市', 56],
      ['海阳市', 54],
      ['栖霞市', 45],
    ]);
  });

  it('keeps the city’s own goals unscoped (lines 146, 158, 160)', () => {
    const own = corpus().records.filter((r) => r.source.doc === 'yantai' && !r.scope && r.kind === 'target');
    expect(own.map((r) => [r.indicator, r.year, r.value, r.qualifier])).toEqual([
      ['resident_urbanization_rate', 2025, 70, 'about'],
      ['income_ratio', 2025, 1.9, 'about'],
      ['resident_urbanization_rate', 2035, 75, 'about'],
      ['new_urban_jobs', 2025, 50, 'at_least'],
    ]);
  });
});

describe('the whole corpus', () => {
  it('has no value over 100 % and no internal error', () => {
    expect(corpus().report.errors).toEqual([]);
    expect(corpus().records.filter((r) => r.unit === '%' && r.value > 100)).toEqual([]);
  });

  it('finds no rate for the Minhou plan, which states none, and says so', () => {
    expect(corpus().records.filter((r) => r.source.doc === 'minhou')).toEqual([]);
    expect(corpus().report.missingUrbanizationRate.map((p) => p.pilotName)).toContain('闽侯县');
  });

  it.skipIf(!fs.existsSync(path.join(root, 'data/gazetteer.json')))('joins every pilot to data/gazetteer.json when it is there', () => {
    expect(corpusWithGazetteer().report.unjoined).toEqual([]);
  });
});

describe('figures a document states for another pilot', () => {
  it('gives 龙口 the Yantai plan’s 2025 target (yantai line 458), with that line, and keeps it scoped under 烟台', () => {
    const { records } = corpusWithGazetteer();
    const longkou = records.filter((r) => r.pilot === 'shandong-longkou' && r.indicator === 'resident_urbanization_rate' && r.year === 2025);
    expect(longkou).toEqual([expect.objectContaining({ kind: 'target', value: 72, source: expect.objectContaining({ doc: 'yantai', line: 458 }) })]);
    expect(longkou[0]!.scope).toBeUndefined();
    expect(records.some((r) => r.pilot === 'yantai' && r.scope === '龙口市' && r.year === 2025 && r.value === 72)).toBe(true);
  });

  it('adds nothing a pilot’s own document already states, and nothing for a scope that is no pilot', () => {
    const { records } = corpusWithGazetteer();
    const keys = records.filter((r) => r.scope === undefined).map((r) => `${r.pilot}|${r.indicator}|${r.kind}|${r.year}|${r.source.doc}|${r.source.line}`);
    expect(new Set(keys).size).toBe(keys.length);
    // 招远 and 莱州 are not pilots: their figures stay scoped under 烟台 only.
    expect(records.filter((r) => r.pilotName.includes('招远') || r.pilotName.includes('莱州'))).toEqual([]);
  });
});

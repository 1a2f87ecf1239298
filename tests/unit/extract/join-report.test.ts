import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../pipeline/extract/extract-corpus';
import { suspicious } from '../../../pipeline/extract/report';
import type { IndicatorRecord, SourceDoc } from '../../../pipeline/extract/schema';

const doc = (over: Partial<SourceDoc>): SourceDoc => ({
  id: 'b',
  file: 'b.txt',
  title: '批',
  sha256: 'abc',
  script: 'simplified',
  kind: 'pilot_batch',
  text: '',
  ...over,
});

const batch = doc({
  text: [
    '北京市房山区国家新型城镇化综合试点 工作方案要点',
    '',
    '房山区是首都北京的西南门户。2014 年，全区常住人口 103.6 万人，常住人口城镇化率 68.9%。',
    '',
    '贵州省玉屏县国家新型城镇化综合试点 工作方案要点',
    '',
    '玉屏侗族自治县位于贵州省东部，全县总面积 517 平方公里。',
    '',
    '湖南省津市市—澧县国家新型城镇化综合试点 工作方案要点',
    '',
    '两地主城区相距仅 8 公里，总面积 2061 平方公里。',
  ].join('\n'),
});

const gazetteer = {
  pilots: [
    { id: 'beijing-fangshan', name: { zh: '房山区' }, sourceNames: ['北京市房山区'], aliases: [], province: { zh: '北京市' } },
    { id: 'guizhou-yuping', name: { zh: '玉屏县' }, sourceNames: [], aliases: [{ name: '玉屏侗族自治县', note: 'full name' }], province: { zh: '贵州省' } },
    { id: 'elsewhere-yuping', name: { zh: '玉屏县' }, sourceNames: [], aliases: [], province: { zh: '湖南省' } },
  ],
};

describe('joining pilots to the gazetteer', () => {
  it('joins by an exact source name, then by name or alias within the heading’s province', () => {
    const r = extractCorpus([batch], gazetteer);
    expect(r.report.recordsPerPilot.map((p) => p.pilot)).toEqual(['beijing-fangshan', 'guizhou-yuping', 'b-03']);
  });

  it('keeps a stable own id for a pilot it cannot join and lists it in the report', () => {
    const r = extractCorpus([batch], gazetteer);
    expect(r.report.unjoined.map((p) => [p.pilot, p.pilotName])).toEqual([['b-03', '湖南省津市市—澧县']]);
    expect(r.records.find((x) => x.indicator === 'area_km2' && x.value === 2061)?.pilot).toBe('b-03');
  });

  it('reports an unreadable gazetteer and goes on with its own ids', () => {
    const r = extractCorpus([batch], { pilots: 'none' });
    expect(r.report.errors[0]).toMatch(/^gazetteer: not read/);
    expect(r.report.recordsPerPilot[0]?.pilot).toBe('b-01');
  });

  it('lists the sources in the contract shape', () => {
    expect(extractCorpus([batch]).sources).toEqual([{ id: 'b', title: '批', sha256: 'abc' }]);
  });
});

describe('the quality report', () => {
  const rec = (over: Partial<IndicatorRecord>): IndicatorRecord => ({
    pilot: 'p',
    pilotName: 'P',
    indicator: 'resident_urbanization_rate',
    kind: 'baseline',
    year: 2014,
    value: 50,
    unit: '%',
    qualifier: 'exact',
    source: { doc: 'd', line: 1, text: '' },
    ...over,
  });

  it('flags a rate over 100 %, a goal below its baseline and fewer residents than townspeople', () => {
    const found = suspicious([
      rec({ value: 120 }),
      rec({ kind: 'target', year: 2020, value: 45, source: { doc: 'd', line: 2, text: '' } }),
      rec({ indicator: 'resident_population', unit: '万人', value: 10 }),
      rec({ indicator: 'urban_population', unit: '万人', value: 12 }),
    ]);
    expect(found.map((s) => s.reason)).toEqual([
      '120% is over 100%',
      'target 45 (2020) is below baseline 120 (2014)',
      'resident population 10 is smaller than urban population 12',
    ]);
  });

  it('does not flag a falling income ratio or a goal for another scope', () => {
    expect(
      suspicious([
        rec({ indicator: 'income_ratio', unit: 'ratio', value: 2.2 }),
        rec({ indicator: 'income_ratio', unit: 'ratio', kind: 'target', year: 2025, value: 1.9 }),
        rec({ value: 80, scope: '中心城区' }),
        rec({ kind: 'target', year: 2020, value: 60 }),
      ]),
    ).toEqual([]);
  });

  it('names the pilots without a resident urbanization rate', () => {
    const r = extractCorpus([batch]);
    expect(r.report.missingUrbanizationRate.map((p) => p.pilotName)).toEqual(['贵州省玉屏县', '湖南省津市市—澧县']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../pipeline/extract/extract-corpus';
import { IndicatorRecord } from '../../../pipeline/extract/schema';
import { formatReport } from '../../../pipeline/extract/format-report';

// Text made of the characters the extractor reacts to, so that the generator reaches its rules.
const pieces = [
  '常住人口', '城镇化率', '户籍人口', '面积', '平方公里', '万人', '人', '%', '到', '年', '2017', '2020', '14', '55.5',
  '，', '。', '；', '、', '“', '”', '一核', '两轴', '三带', '分别', '达到', '以上', '左右', '约', '由', '提高到', '—',
  '（', '）', '表1', '序号', '指标名称', '2025年', '\n', '\n\n', ' ', '落户', '万', '县', '镇区', '是', '位于', '全市',
];
const textArb = fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')));

describe('extractCorpus on arbitrary text', () => {
  it('never throws for a single-pilot document with any non-empty text, and returns valid records', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('simplified', 'traditional') as fc.Arbitrary<'simplified' | 'traditional'>, (text, script) => {
        fc.pre(text.trim().length > 0);
        const r = extractCorpus([{ id: 'p', file: 'p.txt', title: '某某县规划', sha256: '', script, kind: 'pilot_plan', text }]);
        for (const rec of r.records) IndicatorRecord.parse(rec);
        expect(r.report.errors).toEqual([]);
        expect(typeof formatReport(r.report)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for a pilot batch with a heading followed by any text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const batch = `河北省威县国家新型城镇化综合试点 工作方案要点\n\n${text}`;
        const r = extractCorpus([{ id: 'b', file: 'b.txt', title: '批', sha256: '', script: 'simplified', kind: 'pilot_batch', text: batch }]);
        expect(r.report.recordsPerPilot.length).toBeGreaterThanOrEqual(1);
        for (const rec of r.records) expect(rec.source.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

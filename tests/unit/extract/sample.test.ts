import { describe, expect, it } from 'vitest';
import { CONTRACT_IDS } from '../../../pipeline/extract/indicators';
import { corpus, fixtureSample } from './corpus';

// The hand-checked sample (fixtures/README.md): 17 pilots of the batch document, read line by line.
const sample = fixtureSample();
const result = corpus();

const headingOf = (name: string) => name.replace(/\s+/g, '');
const recordsOf = (pilot: string) =>
  result.records.filter((r) => r.source.doc === 'batch2' && headingOf(r.pilotName) === headingOf(pilot));
const formulasOf = (pilot: string) =>
  result.formulas.filter((f) => f.source.doc === 'batch2' && headingOf(f.pilotName) === headingOf(pilot));

describe('the hand-checked sample of the batch document', () => {
  it('covers the 17 pilots whose headings stand at lines 77–1027', () => {
    expect(sample).toHaveLength(17);
    expect(sample.map((p) => p.heading_line)).toEqual([...sample.map((p) => p.heading_line)].sort((a, b) => a - b));
  });

  for (const pilot of sample) {
    describe(pilot.pilot, () => {
      it('reproduces every expected record with its kind, year, value, qualifier and line', () => {
        const got = recordsOf(pilot.pilot).map((r) => ({
          indicator: r.indicator,
          kind: r.kind,
          year: r.year,
          value: r.value,
          qualifier: r.qualifier,
          line: r.source.line,
        }));
        for (const want of pilot.records) expect(got).toContainEqual(want);
      });

      it('adds no contract record of its own that the sample does not have (sub-areas only with a scope)', () => {
        const extra = recordsOf(pilot.pilot).filter(
          (r) =>
            CONTRACT_IDS.includes(r.indicator) &&
            r.scope === undefined &&
            !pilot.records.some((w) => w.indicator === r.indicator && w.kind === r.kind && w.year === r.year && w.value === r.value),
        );
        expect(extra).toEqual([]);
      });

      it('finds exactly the quoted spatial formulas of the sample, on their lines, with their named members', () => {
        const got = formulasOf(pilot.pilot).map((f) => ({
          phrase: f.formula,
          line: f.source.line,
          members: f.parts.flatMap((p) => p.members ?? []),
        }));
        expect(got).toEqual(pilot.layouts);
      });
    });
  }

  it('cites the sentence each sampled value came from, and that sentence holds the number', () => {
    for (const pilot of sample) {
      for (const r of recordsOf(pilot.pilot)) expect(r.source.text).toContain(String(r.value));
    }
  });
});

describe('the sample scored as the project scores it (pilot, indicator, kind, year, value, scope)', () => {
  const key = (unit: string, r: { indicator: string; kind: string; year: number | null; value: number; scope?: string }) =>
    [unit, r.indicator, r.kind, r.year, Math.round(r.value * 100) / 100, r.scope ?? ''].join('|');
  const expected = new Set(sample.flatMap((p) => p.records.map((r) => key(headingOf(p.pilot), r))));
  const extracted = new Set(
    sample.flatMap((p) => recordsOf(p.pilot).filter((r) => CONTRACT_IDS.includes(r.indicator)).map((r) => key(headingOf(p.pilot), r))),
  );
  const found = [...expected].filter((k) => extracted.has(k)).length;

  it('reaches precision ≥ 0.98 and recall ≥ 0.97', () => {
    expect(found / extracted.size).toBeGreaterThanOrEqual(0.98);
    expect(found / expected.size).toBeGreaterThanOrEqual(0.97);
  });

  it('records no built-up-area figure (白沟’s 建成区面积 and 镇区常住人口, line 307), scoped or not', () => {
    const baigou = recordsOf('河北省白沟镇').filter((r) => r.source.line === 307);
    expect(baigou.map((r) => r.value).sort((a, b) => a - b)).toEqual([54.5, 61.63, 64.8]);
  });
});

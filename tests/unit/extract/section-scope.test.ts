import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySectionScopes } from '../../../pipeline/extract/section-scope';
import { corpusWithGazetteer } from './corpus';

const { scopes } = JSON.parse(readFileSync('data/quality/section-scopes.json', 'utf8'));
const records = applySectionScopes(corpusWithGazetteer().records, scopes);

describe('section scopes', () => {
  it('scopes 茂名’s urbanization figures to its high-tech zone, so none is the city’s own', () => {
    const maoming = records.filter((r) => r.pilot === 'guangdong-maoming' && r.indicator === 'resident_urbanization_rate');
    expect(maoming.map((r) => r.value).sort((a, b) => a - b)).toEqual([39.01, 60, 80]);
    expect(maoming.every((r) => r.scope === '茂名高新区')).toBe(true);
  });

  it('leaves every other pilot’s records as they were', () => {
    const before = corpusWithGazetteer().records.filter((r) => r.pilot !== 'guangdong-maoming');
    expect(records.filter((r) => r.pilot !== 'guangdong-maoming')).toEqual(before);
  });

  it('cites, for each entry, a line inside the range it scopes', () => {
    for (const s of Object.values(scopes) as { fromLine: number; toLine: number; reason: string }[]) {
      expect(s.toLine).toBeGreaterThan(s.fromLine);
      expect(s.reason).toMatch(/Line \d+/);
    }
  });
});

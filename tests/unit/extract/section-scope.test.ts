import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subAreaScope } from '../../../pipeline/extract/scope';
import { applySectionScopes } from '../../../pipeline/extract/section-scope';
import { corpusWithGazetteer } from './corpus';

const { scopes } = JSON.parse(readFileSync('data/quality/section-scopes.json', 'utf8'));
const records = applySectionScopes(corpusWithGazetteer().records, scopes);

describe('a sentence subject that names a part of the pilot', () => {
  it('is the part, by its short name', () => {
    expect(subAreaScope('茂名高新技术产业开发区', ['茂名市', '茂名'])).toBe('茂名高新区');
    expect(subAreaScope('白城市生态新区', ['白城市', '白城'])).toBe('白城市生态新区');
  });

  it('is nothing for another place or the pilot itself', () => {
    expect(subAreaScope('保定市', ['白沟镇', '白沟'])).toBeNull();
    expect(subAreaScope('茂名市', ['茂名市', '茂名'])).toBeNull();
    expect(subAreaScope('湛江经济技术开发区', ['茂名市', '茂名'])).toBeNull();
  });
});

describe('section scopes', () => {
  it('extracts the figures a section gives for a named part of the pilot, scoped to the part (茂名 line 2015)', () => {
    const raw = corpusWithGazetteer().records.filter((r) => r.pilot === 'guangdong-maoming' && r.source.line === 2015);
    expect(raw.map((r) => [r.indicator, r.year, r.value, r.scope])).toEqual([
      ['area_km2', null, 81, '茂名高新区'],
      ['resident_population', 2014, 30, '茂名高新区'],
      ['hukou_population', 2014, 8.7, '茂名高新区'],
    ]);
    for (const r of raw) expect(r.source.text).toContain(String(r.value));
  });

  it('makes the high-tech zone’s figures 茂名’s map entry’s own, since the map draws 茂名 as the zone', () => {
    expect(scopes['guangdong-maoming']).toMatchObject({ scope: '茂名高新区', mapEntry: true });
    const maoming = records.filter((r) => r.pilot === 'guangdong-maoming');
    const own = (indicator: string) => maoming.filter((r) => r.indicator === indicator && r.scope === undefined).map((r) => [r.kind, r.year, r.value, r.source.line]);
    expect(own('resident_urbanization_rate')).toEqual([['baseline', null, 39.01, 2019], ['target', 2017, 60, 2019], ['target', 2020, 80, 2019]]);
    expect(own('area_km2')).toEqual([['baseline', null, 81, 2015]]);
    expect(own('resident_population')).toEqual([['baseline', 2014, 30, 2015]]);
    expect(own('hukou_population')).toEqual([['baseline', 2014, 8.7, 2015]]);
  });

  it('scopes a section’s figures to the part when the map does not draw the pilot as it', () => {
    const notEntry = { 'guangdong-maoming': { ...scopes['guangdong-maoming'], mapEntry: false } };
    const scoped = applySectionScopes(corpusWithGazetteer().records, notEntry).filter((r) => r.pilot === 'guangdong-maoming');
    expect(scoped.length).toBe(6);
    expect(scoped.every((r) => r.scope === '茂名高新区')).toBe(true);
  });

  it('leaves every other pilot’s records as they were', () => {
    const before = corpusWithGazetteer().records.filter((r) => r.pilot !== 'guangdong-maoming');
    expect(records.filter((r) => r.pilot !== 'guangdong-maoming')).toEqual(before);
  });

  it('cites, for each entry, a line inside the range it scopes, and says why a part is the map entry', () => {
    for (const s of Object.values(scopes) as { fromLine: number; toLine: number; reason: string; mapEntry?: boolean; mapEntryReason?: string }[]) {
      expect(s.toLine).toBeGreaterThan(s.fromLine);
      expect(s.reason).toMatch(/Line \d+/);
      if (s.mapEntry) expect(s.mapEntryReason).toMatch(/extents\.json/);
    }
  });
});

// The batch-2 overview states figures computed from the data: they must be what the extracted
// indicators give for the cited pilots — the records of indicators.json, built here as `npm run data`
// builds them (extraction, then the section scopes of data/quality/section-scopes.json).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { applySectionScopes, type SectionScope } from '../../../pipeline/extract/section-scope.ts';
import type { IndicatorRecord } from '../../../src/core/schema/indicators.ts';
import { validateStory, type Slide } from '../../../src/core/schema/story.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { realData } from '../thematic/real-data.ts';
import { docLine, gazetteer, known, numbersIn, storyFiles } from './fixtures.ts';

const file = 'data/stories/batch2-overview.json';
const story = validateStory(storyFiles().find((f) => f.file === file)!.json, file, known);
const batch2 = gazetteer.pilots.filter((p) => p.docs.includes('batch2'));

const scopes = JSON.parse(readFileSync(new URL('../../../data/quality/section-scopes.json', import.meta.url), 'utf8')) as { scopes: Record<string, SectionScope> };
let data: { records: IndicatorRecord[] };
beforeAll(async () => {
  data = { records: applySectionScopes((await realData()).records, scopes.scopes) };
}, 60_000);

/** A figure as a caption writes it (at most 2 decimals, no trailing zeros). */
const shown = (value: number) => String(Number(value.toFixed(2)));

/** Every number the data back for a slide: its measure's count, extremes and year, and its pilots' own figures. */
function backed(slide: Slide): Set<string> {
  const out = new Set<string>([String(batch2.length), String(new Set(batch2.map((p) => p.province.zh)).size)]);
  const { indicator, year } = slide.state ?? {};
  if (indicator) {
    const values = [...pilotValues(data.records, indicator, year ?? null).values()].map((v) => v.value);
    for (const n of [values.length, Math.min(...values), Math.max(...values), year ?? NaN]) out.add(shown(n));
  }
  for (const pilot of slide.highlight ?? []) {
    for (const r of data.records.filter((r) => r.pilot === pilot && !r.scope)) {
      out.add(shown(r.value));
      if (r.year !== null) out.add(String(r.year));
    }
    const value = indicator ? pilotValues(data.records, indicator, year ?? null).get(pilot) : undefined;
    if (value) out.add(shown(value.value));
  }
  return out;
}

const top = (indicator: string, year: number) =>
  [...pilotValues(data.records, indicator, year)].sort((a, b) => b[1].value - a[1].value).map(([id, v]) => ({ id, ...v }));

describe('the batch-2 overview', () => {
  test('counts 59 pilots in 29 provinces, as the batch document’s table of contents does', () => {
    expect(batch2).toHaveLength(59);
    expect(numbersIn(story.slides[0]!.caption.zh)).toEqual(['59', '29']);
    expect(new Set(batch2.map((p) => p.province.zh)).size).toBe(29);
  });

  test('every number in a caption is backed by the data for its measure and pilots', () => {
    story.slides.forEach((slide, i) => {
      const ok = backed(slide);
      for (const n of numbersIn(slide.caption.zh)) expect(ok.has(n), `slides[${i}]: ${n} (backed: ${[...ok].join(' ')})`).toBe(true);
    });
  });

  test('slides 2–4 are the three largest planned rises by 2020, in order, with their figures', () => {
    const ranked = top('urbanization_increase', 2020);
    const slides = story.slides.slice(2, 5);
    expect(slides.map((s) => s.highlight)).toEqual(ranked.slice(0, 3).map((r) => [r.id]));
    slides.forEach((slide, i) => {
      expect(slide.state).toEqual({ indicator: 'urbanization_increase', year: 2020 });
      expect(numbersIn(slide.caption.zh)).toContain(shown(ranked[i]!.value));
    });
  });

  test('a rise resting on an “at least” target is said to be “at least”', () => {
    const ranked = top('urbanization_increase', 2020);
    story.slides.slice(2, 5).forEach((slide, i) => {
      expect(slide.caption.zh.includes('至少'), slide.highlight![0]).toBe(ranked[i]!.qualifier === 'at_least');
    });
  });

  test('Banqiao’s baseline is the lowest of all pilots, as its caption says', () => {
    const baselines = top('urbanization_baseline', 2020);
    expect(baselines.at(-1)).toMatchObject({ id: 'yunnan-banqiao', value: 13.8 });
    expect(story.slides.find((s) => s.highlight?.[0] === 'yunnan-banqiao')!.caption.zh).toContain('最低');
  });

  test('each pilot slide cites the line of its 2020 target', () => {
    for (const slide of story.slides.slice(2, 5)) {
      const pilot = slide.highlight![0]!;
      const target = data.records.find((r) => r.pilot === pilot && r.indicator === 'resident_urbanization_rate' && r.kind === 'target' && r.year === 2020 && !r.scope)!;
      expect(slide.source).toMatchObject({ doc: target.source.doc, line: target.source.line });
      expect(numbersIn(docLine(target.source.doc, target.source.line))).toContain(shown(target.value));
    }
  });
});

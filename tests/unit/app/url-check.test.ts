import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkKnown, checkSlide, knownValues, withDefaults } from '../../../src/app/url-check.ts';
import { DEFAULT_STATE, parseState, serializeState } from '../../../src/core/url-state.ts';
import { MEASURE_IDS } from '../../../src/core/thematic/measures.ts';

// The shipped data the page loads (npm run data writes it).
const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as never;
const pilots = read('pilots.geojson') as { features: { properties: { id: string; province: string; level: string } }[] };
const known = knownValues({ pilots, layouts: (read('layouts-index.json') as { layouts: { id: string }[] }).layouts, documents: (read('sources.json') as { documents: { id: string }[] }).documents });

describe('URL values checked against the loaded data', () => {
  it('knows the 63 pilots, their provinces and levels, the plans and the documents', () => {
    expect(known.pilots.size).toBe(63);
    expect(known.provinces.has('山东省')).toBe(true);
    expect(known.layouts.has('yantai')).toBe(true);
    expect(known.docs.size).toBeGreaterThan(0);
  });

  it('drops an unknown province and measure, naming each, and keeps the rest', () => {
    const { state } = parseState('?province=火星&indicator=nope&year=2020&lang=en');
    const checked = checkKnown(state, known);
    expect(checked.dropped).toEqual([
      { key: 'province', value: '火星', reason: 'unknown' },
      { key: 'indicator', value: 'nope', reason: 'unknown' },
    ]);
    // Left out of a change; a whole state (the URL's) takes the defaults: the opening measure, no filter.
    expect(checked.state).not.toHaveProperty('province');
    expect(checked.state).not.toHaveProperty('indicator');
    expect(withDefaults(state, checked.dropped)).toEqual({ ...state, province: DEFAULT_STATE.province, indicator: DEFAULT_STATE.indicator });
  });

  it('drops unknown levels, documents, pilots and plans; keeps known ones', () => {
    const bad = checkKnown({ ...DEFAULT_STATE, level: 'nope', doc: 'nope', pilot: 'nope', layout: 'nope' }, known);
    expect(bad.dropped.map((d) => d.key)).toEqual(['level', 'doc', 'pilot', 'layout']);
    expect(withDefaults(bad.state as typeof DEFAULT_STATE, bad.dropped)).toEqual(DEFAULT_STATE);
    const good = { ...DEFAULT_STATE, province: '山东省', level: 'county', pilot: 'beijing-fangshan', layout: 'yantai', indicator: 'urbanization_baseline' };
    expect(checkKnown(good, known)).toEqual({ state: good, dropped: [] });
  });

  it('never drops a value the data has, and always drops one it has not (any mix)', () => {
    const pick = (set: ReadonlySet<string>) => fc.constantFrom(...set);
    const value = (set: ReadonlySet<string>) => fc.option(fc.oneof(pick(set).map((v) => ({ v, ok: true })), fc.stringMatching(/^[a-z]{3,8}-x$/).map((v) => ({ v, ok: false }))), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ pilot: value(known.pilots), layout: value(known.layouts), province: value(known.provinces), level: value(known.levels), doc: value(known.docs), indicator: value(new Set(MEASURE_IDS)) }),
        (given) => {
          const state = { ...DEFAULT_STATE, ...Object.fromEntries(Object.entries(given).map(([k, g]) => [k, g?.v ?? null])) };
          const { state: kept, dropped } = checkKnown(state, known);
          for (const [key, g] of Object.entries(given)) {
            if (g === null || g.ok) expect(kept[key as 'pilot']).toBe(g ? g.v : null);
            else expect(kept).not.toHaveProperty(key);
            expect(dropped.some((d) => d.key === key)).toBe(g !== null && !g.ok);
          }
        },
      ),
    );
  });

  it('checks nothing against a list the data left empty (its file broken)', () => {
    const none = { ...known, docs: new Set<string>() };
    expect(checkKnown({ doc: 'yantai' }, none).dropped).toEqual([]);
  });

  it('finds a slide the story does not have, with the number as the URL writes it', () => {
    expect(checkSlide(0, 7)).toBeNull();
    expect(checkSlide(6, 7)).toBeNull();
    expect(checkSlide(null, 7)).toBeNull();
    const out = checkSlide(99, 7)!;
    expect(out).toMatchObject({ key: 'slide', reason: 'range', count: 7 });
    // The value shown is what the URL carries for that slide, whatever base the URL counts from.
    expect(new URLSearchParams(serializeState({ ...DEFAULT_STATE, slide: 99 })).get('slide')).toBe(out.value);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from '../../../src/core/url-state.ts';

describe('the URL state', () => {
  it('parses an empty query into the defaults with no warnings', () => {
    expect(parseState('')).toEqual({ state: DEFAULT_STATE, warnings: [] });
  });

  it('reads the camera and the scalar parameters', () => {
    const { state, warnings } = parseState('?lang=en&indicator=resident_urbanization_rate&year=2020&classes=5&center=121.45,37.46&zoom=7.5');
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({ lang: 'en', indicator: 'resident_urbanization_rate', year: 2020, classes: 5 });
    expect(state.camera).toEqual({ center: [121.45, 37.46], zoom: 7.5, bearing: 0, pitch: 0 });
  });

  it('drops garbage and hostile values with a warning naming the parameter, keeping the rest', () => {
    const { state, warnings } = parseState('?lang=fr&year=20x0&classes=12&pilot=<script>alert(1)</script>&center=200,10&zoom=5&layout=yantai');
    expect(state.lang).toBe('zh');
    expect(state.year).toBeNull();
    expect(state.classes).toBeNull();
    expect(state.pilot).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.layout).toBe('yantai');
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['lang', 'year', 'classes', 'pilot', 'center']);
  });

  it('writes only what differs from the defaults, with a readable centre', () => {
    const state: ViewState = { ...DEFAULT_STATE, lang: 'en', camera: { center: [119.52345678, 25.96], zoom: 8.123, bearing: 0, pitch: 0 } };
    expect(serializeState(state)).toBe('lang=en&center=119.5235,25.96&zoom=8.12');
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  it('round-trips any valid state through the query string', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
    const state = fc.record({
      lang: fc.constantFrom('zh' as const, 'en' as const),
      // `none` is how the URL says "no measure" (null), since the atlas opens on a measure.
      indicator: fc.option(id.filter((v) => v !== 'none'), { nil: null }),
      year: fc.option(fc.integer({ min: 1949, max: 2100 }), { nil: null }),
      classes: fc.option(fc.integer({ min: 3, max: 9 }), { nil: null }),
      layout: fc.option(id, { nil: null }),
      pilot: fc.option(id, { nil: null }),
      story: fc.option(id, { nil: null }),
      slide: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
      part: fc.option(fc.constantFrom('三带贯通', '六圈聚力', '三城'), { nil: null }),
      method: fc.option(fc.constantFrom('quantile' as const, 'equal' as const, 'jenks' as const, 'manual' as const), { nil: null }),
      breaks: fc.option(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 10 }).map((a) => a.sort((x, y) => x - y)),
        { nil: null },
      ),
      scheme: fc.option(fc.constantFrom('Blues', 'YlOrRd', 'RdBu'), { nil: null }),
      province: fc.option(fc.constantFrom('山东省', '福建省', '新疆维吾尔自治区'), { nil: null }),
      level: fc.option(id, { nil: null }),
      doc: fc.option(id, { nil: null }),
      view: fc.option(fc.constant('table' as const), { nil: null }),
      agg: fc.option(fc.constant('province' as const), { nil: null }),
      sort: fc.option(fc.tuple(fc.boolean(), fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/)).map(([down, key]) => `${down ? '-' : ''}${key}`), { nil: null }),
      camera: fc.constant(null),
      bounds: fc.constant(null),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseState(serializeState(s))).toEqual({ state: s, warnings: [] });
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const { state } = parseState(raw);
        expect(['zh', 'en']).toContain(state.lang);
      }),
    );
  }, 30_000);
});

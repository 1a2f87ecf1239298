import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, sanitiseState } from '../../../src/app/embed/sanitise.ts';
import { DEFAULT_STATE, mergeState, PARAM_KEYS, type ViewState } from '../../../src/core/url-state.ts';

/** Valid values of each key, as a host would send them. */
const VALID: Record<string, fc.Arbitrary<unknown>> = {
  lang: fc.constantFrom('zh', 'en'),
  indicator: fc.constantFrom('urbanization_baseline', 'urbanization_increase', 'area'),
  year: fc.integer({ min: 1949, max: 2100 }),
  classes: fc.integer({ min: 3, max: 9 }),
  layout: fc.constantFrom('yantai', 'changle'),
  part: fc.constantFrom('三带贯通', '一核引领'),
  pilot: fc.constantFrom('beijing-fangshan', 'neimenggu-baotou'),
  story: fc.constantFrom('yantai'),
  slide: fc.integer({ min: 0, max: 999 }),
  method: fc.constantFrom('quantile', 'equal', 'jenks', 'manual'),
  breaks: fc.constantFrom([1, 2, 3], [10, 20]),
  scheme: fc.constantFrom('Blues', 'YlOrRd'),
  province: fc.constantFrom('山东省', '福建省'),
  level: fc.constantFrom('county', 'district'),
  doc: fc.constantFrom('yantai'),
  view: fc.constant('table'),
  agg: fc.constant('province'),
  sort: fc.constantFrom('name', '-urbanization_baseline'),
};
/** Values no key accepts. */
const INVALID = fc.oneof(
  fc.constantFrom('not a value!', '<script>', '=&', -1, 1.5, Number.NaN, Infinity, true, false, [], [Number.NaN], ['a', 'b'], { x: 1 }, 'x'.repeat(5000)),
  fc.array(fc.integer(), { minLength: 11, maxLength: 20 }),
);
const PROTO_KEYS = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];

describe('the host state sanitiser (postMessage)', () => {
  it('never loses a valid key because of an invalid one, and never clears a key given a bad value', () => {
    const message = fc.record(
      Object.fromEntries(PARAM_KEYS.map((key) => [key, fc.option(fc.oneof(VALID[key]!.map((v) => ({ ok: true, v })), INVALID.map((v) => ({ ok: false, v }))), { nil: undefined })])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(message, (given) => {
        const input = Object.fromEntries(Object.entries(given).filter(([, g]) => g !== undefined).map(([k, g]) => [k, (g as { v: unknown }).v]));
        const { partial, warnings } = sanitiseState(input);
        const before: ViewState = { ...DEFAULT_STATE, indicator: 'area', year: 2020, pilot: 'yantai', lang: 'en' };
        const after = mergeState(before, partial);
        for (const [key, g] of Object.entries(given) as [keyof ViewState, { ok: boolean; v: unknown } | undefined][]) {
          if (!g) continue;
          if (g.ok) expect(Array.isArray(g.v) ? after[key] : String(after[key])).toEqual(Array.isArray(g.v) ? g.v : String(g.v));
          else expect(after[key]).toEqual(before[key]);
        }
        expect(warnings.length).toBe(Object.values(given).filter((g) => g && !g.ok).length);
      }),
    );
  });

  it('never makes a prototype key an own property of the state, whatever the message', () => {
    const hostile = fc.dictionary(fc.constantFrom(...PROTO_KEYS, 'indicator', 'year'), fc.oneof(fc.string(), fc.constant(null), fc.integer()));
    fc.assert(
      fc.property(hostile, (raw) => {
        // As it arrives by postMessage: structured-cloned from JSON, so `__proto__` is an own key.
        const input = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        const { partial } = sanitiseState(input);
        const state = mergeState(DEFAULT_STATE, partial);
        for (const key of PROTO_KEYS) {
          expect(Object.hasOwn(partial, key)).toBe(false);
          expect(Object.hasOwn(state, key)).toBe(false);
        }
        expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
        expect(Object.getPrototypeOf(partial)).toBeNull();
      }),
    );
  });

  it('does work bounded by the known keys for a message with 100,000 keys', () => {
    const big: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) big[`k${i}`] = i;
    big.indicator = 'urbanization_baseline';
    big.year = 'abc';
    let reads = 0;
    const counted = new Proxy(big, {
      get: (target, key) => {
        reads++;
        return Reflect.get(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        reads++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: () => {
        throw new Error('the sanitiser enumerated the message');
      },
    });
    const { partial, warnings, examined } = sanitiseState(counted);
    expect(partial).toEqual(Object.assign(Object.create(null), { indicator: 'urbanization_baseline' }));
    expect(warnings).toEqual(['year: "abc" is not valid; ignored']);
    expect(examined).toBe(2);
    // Each known key looked up at most twice (is it own? its value), never the message's keys.
    expect(reads).toBeLessThanOrEqual(2 * (PARAM_KEYS.length + 1));
  });

  it('refuses an over-long query string and caps each value', () => {
    expect(sanitiseState(`indicator=area&${'x=1&'.repeat(MESSAGE_LIMITS.maxQueryLength)}`)).toMatchObject({ partial: {}, examined: 0 });
    expect(sanitiseState({ indicator: 'a'.repeat(10_000_000) }).partial).toEqual(Object.create(null));
    expect(sanitiseState({ breaks: Array.from({ length: 1_000_000 }, (_, i) => i) }).partial).toEqual(Object.create(null));
  });

  it('reads a query string key by key, keeping the valid ones', () => {
    const { partial, warnings } = sanitiseState('indicator=urbanization_increase&year=20x0&layout=not%20a%20layout!&pilot=&center=120,36&zoom=7');
    expect({ ...partial }).toEqual({ indicator: 'urbanization_increase', pilot: null, camera: { center: [120, 36], zoom: 7, bearing: 0, pitch: 0 } });
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['year', 'layout']);
  });

  it('takes a camera object, drops a bad one, and clears a key given null', () => {
    expect({ ...sanitiseState({ camera: { center: [121, 37], zoom: 7 } }).partial }).toEqual({ camera: { center: [121, 37], zoom: 7, bearing: 0, pitch: 0 } });
    const bad = sanitiseState({ camera: { center: [500, 37], zoom: 7 }, indicator: null, lang: null });
    expect({ ...bad.partial }).toEqual({ indicator: null, lang: 'zh' });
    expect(bad.warnings[0]).toMatch(/^camera: /);
    expect(sanitiseState(42).warnings).toEqual(['state: 42 is neither an object nor a query string; ignored']);
  });

  it('takes bounds as the URL does, as numbers or text, keeping the other keys when they are bad', () => {
    expect({ ...sanitiseState({ bounds: [119, 36.5, 122.5, 38], indicator: 'area' }).partial }).toEqual({ bounds: [119, 36.5, 122.5, 38], indicator: 'area' });
    expect({ ...sanitiseState('bounds=119,36.5,122.5,38&year=2020').partial }).toEqual({ bounds: [119, 36.5, 122.5, 38], year: 2020 });
    // Bounds fit the map's own size and win over a camera sent with them, as in the URL.
    expect({ ...sanitiseState({ bounds: '119,36.5,122.5,38', camera: { center: [100, 30], zoom: 5 } }).partial }).toEqual({ bounds: [119, 36.5, 122.5, 38] });
    for (const bad of [[122.5, 36.5, 119, 38], [119, 36.5, 122.5], [119, 36.5, 122.5, 95], ['119', 36.5, 122.5, 38], 'west,south,east,north', { west: 119 }, Array(1000).fill(1)]) {
      const { partial, warnings } = sanitiseState({ bounds: bad, indicator: 'area' });
      expect({ ...partial }, JSON.stringify(bad).slice(0, 40)).toEqual({ indicator: 'area' });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^bounds: .* is not \[west, south, east, north\] in degrees; ignored$/);
    }
    expect({ ...sanitiseState({ bounds: null }).partial }).toEqual({ bounds: null });
  });
});

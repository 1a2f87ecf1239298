// Property tests: the compiler answers every input with features and errors, and never throws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileLayout, ELEMENT_KINDS, type LayoutContext } from '../../../src/core/layout/index.ts';
import { ctx } from './fixtures.ts';

const finite = (g: unknown): boolean => JSON.stringify(g).match(/null|NaN|Infinity/) === null;

/**
 * Place references: mostly ones that resolve, some that do not (unknown, ambiguous, no boundary);
 * with `junk`, also values that are not references at all.
 */
const placeRef = (junk: boolean) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('营前', '松下港', '龙口市', '莱阳市', 'yantai-zhifu', '芝罘区', '闽侯县', 'A').map((place) => ({ place })) },
    { weight: 1, arbitrary: fc.constantFrom('中心城区', '八角湾', '文岭乡', 'B').map((place) => ({ place })) },
    { weight: 2, arbitrary: fc.constantFrom('370681', '331002', '350182', '100000', '999999').map((adcode) => ({ adcode })) },
    { weight: 3, arbitrary: fc.tuple(fc.double({ min: 73, max: 135, noNaN: true }), fc.double({ min: 18, max: 53, noNaN: true })).map((at) => ({ at, label: '点' })) },
    { weight: 1, arbitrary: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })).map((at) => ({ at })) },
    { weight: junk ? 2 : 0, arbitrary: fc.anything() },
  );
const sizes = (max: number, junk: boolean) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.double({ min: 1e-3, max, noNaN: true }) },
    { weight: junk ? 2 : 0, arbitrary: fc.oneof(fc.constantFrom(0, -1, 1e9, Number.MAX_VALUE), fc.string(), fc.constant(null)) },
  );
const direction = fc.constantFrom('forward', 'both', 'none');

function elementArb(junk: boolean) {
  const ref = placeRef(junk);
  const refs = (min: number) => fc.array(ref, { minLength: min, maxLength: 5 });
  const km = (max: number) => sizes(max, junk);
  const label = fc.oneof(fc.string({ minLength: 1 }), fc.record({ zh: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) }));
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('core', 'zone'), label, area: refs(1), radiusKm: km(500) }, { requiredKeys: ['kind', 'label', 'area'] }),
    fc.record({ kind: fc.constantFrom('belt', 'axis', 'corridor'), label, through: refs(2), widthKm: km(200), direction }, { requiredKeys: ['kind', 'label', 'through'] }),
    fc.record({ kind: fc.constant('circle'), label, center: ref, radiusKm: km(500) }),
    fc.record({ kind: fc.constant('cluster'), label, members: refs(1), padKm: km(50) }, { requiredKeys: ['kind', 'label', 'members'] }),
    fc.record({ kind: fc.constant('node'), label, at: ref }),
    fc.record({ kind: fc.constant('link'), label, from: ref, to: ref, direction }, { requiredKeys: ['kind', 'label', 'from', 'to'] }),
    // Unknown kinds and missing fields.
    { weight: junk ? 1 : 0, arbitrary: fc.record({ kind: fc.oneof(fc.constantFrom(...ELEMENT_KINDS), fc.string()), label: fc.anything(), at: ref }, { requiredKeys: ['kind'] }) },
  );
}

/** Spec-shaped values; `junk` lets malformed references, sizes and elements in. */
export const specArb = (junk: boolean) =>
  fc.record({
    id: fc.constant('prop'),
    formula: fc.constant('测试'),
    title: fc.constant('test'),
    pilot: fc.constantFrom('changle', 'yantai', 'nowhere'),
    source: fc.record({ doc: fc.constantFrom('changle', 'yantai', 'x'), line: fc.integer({ min: 1, max: 500 }) }),
    parts: fc
      .array(fc.array(elementArb(junk), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.map((elements, i) => ({ part: `第${i}部`, elements }))),
  });

/** A small context of its own: two places and one square county. */
const tiny: LayoutContext = {
  places: (k) => (k === 'A' ? { at: [120, 30] } : k === 'B' ? [{ at: [1, 2], id: 'b1' }, { at: [3, 4], id: 'b2' }] : undefined),
  counties: (a) => (a === '100000' ? { type: 'Polygon', coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30.1], [120, 30]]] } : undefined),
};

describe('compileLayout never throws', () => {
  test('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = compileLayout(value, ctx);
        expect(Array.isArray(r.features) && Array.isArray(r.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const check = (value: { parts: { elements: unknown[] }[] }, context: LayoutContext) => {
    const { features, errors } = compileLayout(value, context);
    for (const f of features) {
      expect(finite(f.geometry)).toBe(true);
      expect(typeof f.properties.label).toBe('string');
    }
    for (const e of errors) {
      expect(e.file).toMatch(/\.json$/);
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
    // Each element either drew something or has an error naming it; never both.
    const drawn = new Set(features.map((f) => `parts[${f.properties.partIndex}].elements[${f.properties.elementIndex}]`));
    const failed = new Set(errors.flatMap((e) => e.path.match(/^parts\[\d+\]\.elements\[\d+\]/) ?? []));
    for (const key of drawn) expect(failed.has(key), key).toBe(false);
    if (!errors.some((e) => e.code === 'schema'))
      expect(drawn.size + failed.size).toBe(value.parts.reduce((s, p) => s + p.elements.length, 0));
    return errors;
  };

  test('on well-formed specs with good and bad places: no schema errors; every element draws or says why', () => {
    fc.assert(
      fc.property(specArb(false), fc.constantFrom(ctx, tiny), (value, context) => {
        expect(check(value, context).filter((e) => e.code === 'schema')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000); // 300 compiles against the real boundaries: ~2 s alone, over 5 s on a loaded 2-core machine

  test('on malformed specs (junk references, sizes and kinds): features are finite, errors are well formed', () => {
    fc.assert(
      fc.property(specArb(true), fc.constantFrom(ctx, tiny), (value, context) => {
        check(value, context);
      }),
      { numRuns: 300 },
    );
  });
});

// Class 4: a host page's `pilot-atlas:set-state` messages: wrong types per key, prototype keys,
// 100,000 keys, huge nested arrays, messages that are not objects, and valid keys mixed with invalid
// ones (the valid ones must be kept, the invalid ones must leave their key as it was).
import fc from 'fast-check';
import { hostSends, START, type MessageSeen } from './api.ts';
import { bounded, clip, eq, ok, type Row } from './check.ts';
import type { ViewState } from '../../../src/core/url-state.ts';

/** The embed's state before each message: a measure, a year, 5 classes, Chinese. */
const before = (): ViewState => ({ ...START });

/** `key` given a value of the wrong type beside a valid classes: 7. */
const wrongType = (key: string, value: unknown, what: string): Row => ({
  id: `4.${key}-${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
  cls: 4,
  input: `{${key}: ${clip(typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)), 30)}, ${key === 'classes' ? 'year: 2021' : 'classes: 7'}} (${what})`,
  sees: `${key} left as it was, with a console warning naming it; ${key === 'classes' ? 'year 2021' : 'classes 7'} applied`,
  run: () => {
    const seen = bounded(200, 'the message', () => hostSends(before(), { [key]: value, ...(key === 'classes' ? { year: 2021 } : { classes: 7 }) }));
    const k = key as keyof ViewState;
    eq(seen.state[k], before()[k], `state.${key}`);
    if (key === 'classes') eq(seen.state.year, 2021, 'the valid neighbour year');
    else eq(seen.state.classes, 7, 'the valid neighbour classes');
    warned(seen, key);
  },
});

const warned = (seen: MessageSeen, key: string) => ok(seen.warnings.some((w) => w.startsWith(`${key}:`) || w.startsWith(`${key}=`)), `no warning names ${key} (warnings: ${clip(seen.warnings.join('; ') || 'none')})`);
const unchanged = (seen: MessageSeen) => eq(seen.state, before(), 'the state');

export const MESSAGE_ROWS: Row[] = [
  wrongType('lang', 42, 'a number'),
  wrongType('indicator', { toString: 'area' }, 'an object'),
  wrongType('year', true, 'a boolean'),
  wrongType('year', '2020abc', 'a non-numeric string'),
  wrongType('year', Number.NaN, 'NaN'),
  wrongType('year', -2020, 'negative'),
  wrongType('classes', 3.5, 'a fraction'),
  wrongType('classes', Infinity, 'Infinity'),
  wrongType('layout', ['yantai'], 'an array'),
  wrongType('pilot', {}, 'an empty object'),
  wrongType('story', [1, 2], 'an array of numbers'),
  wrongType('slide', 'two', 'a word'),
  wrongType('part', '<img src=x onerror=alert(1)>', 'markup'),
  wrongType('method', 'kmeans', 'an unknown method'),
  wrongType('breaks', [3, 2, 1], 'decreasing'),
  wrongType('breaks', ['a', 'b'], 'strings'),
  wrongType('scheme', { name: 'Blues' }, 'an object'),
  wrongType('province', 42, 'a number'),
  wrongType('level', true, 'a boolean'),
  wrongType('doc', [], 'an empty array'),
  wrongType('view', 1, 'a number'),
  wrongType('agg', 'city', 'an unknown value'),
  wrongType('sort', { by: 'name' }, 'an object'),
  wrongType('indicator', 'x'.repeat(100_000), 'a 100,000-character string'),
  wrongType('pilot', 'atlantis', 'an unknown pilot'),
  wrongType('province', '火星省', 'an unknown province'),
  {
    id: '4.camera-bad',
    cls: 4,
    input: '{camera: {center: [NaN, 0], zoom: 3}, classes: 7}',
    sees: 'camera left as it was, warning; classes 7',
    run: () => {
      const seen = hostSends(before(), { camera: { center: [Number.NaN, 0], zoom: 3 }, classes: 7 });
      eq(seen.state.camera, null, 'state.camera');
      eq(seen.state.classes, 7, 'classes');
      warned(seen, 'camera');
    },
  },
  {
    id: '4.valid-mixed-invalid',
    cls: 4,
    input: "{indicator: 'area', year: 'abc', province: '山东省', classes: 99, lang: 'en'}",
    sees: 'indicator, province and lang applied; year and classes kept; both named in warnings',
    run: () => {
      const seen = hostSends(before(), { indicator: 'area', year: 'abc', province: '山东省', classes: 99, lang: 'en' });
      eq([seen.state.indicator, seen.state.province, seen.state.lang, seen.state.year, seen.state.classes], ['area', '山东省', 'en', 2020, 5], 'indicator, province, lang, year, classes');
      warned(seen, 'year');
      warned(seen, 'classes');
    },
  },
  {
    id: '4.proto-keys',
    cls: 4,
    input: '{"__proto__": {"year": 1999}, constructor: "x", toString: "y", valueOf: 1, year: 2021} (as JSON)',
    sees: 'year 2021 applied; no prototype key becomes a property',
    run: () => {
      const message = JSON.parse('{"__proto__": {"year": 1999, "polluted": 1}, "constructor": "x", "toString": "y", "valueOf": 1, "year": 2021}') as unknown;
      const seen = hostSends(before(), message);
      eq(seen.state.year, 2021, 'state.year');
      for (const key of ['__proto__', 'constructor', 'toString', 'valueOf']) ok(!Object.hasOwn(seen.state, key), `state has an own ${key}`);
      eq(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype.polluted');
      eq(Object.keys(seen.state).sort(), Object.keys(before()).sort(), 'state keys');
    },
  },
  {
    id: '4.100k-keys',
    cls: 4,
    input: 'a message of 100,000 keys and indicator: area',
    sees: 'area applied within 200 ms of CPU',
    run: () => {
      const message: Record<string, unknown> = {};
      for (let i = 0; i < 100_000; i++) message[`k${i}`] = i;
      message.indicator = 'area';
      const seen = bounded(200, 'the message', () => hostSends(before(), message));
      eq(seen.state.indicator, 'area', 'state.indicator');
    },
  },
  {
    id: '4.huge-array',
    cls: 4,
    input: '{breaks: an array of 1,000,000 numbers, classes: 7}',
    sees: 'breaks left as they were, within 200 ms of CPU; classes 7',
    run: () => {
      const message = { breaks: Array.from({ length: 1_000_000 }, (_, i) => i), classes: 7 };
      const seen = bounded(200, 'the message', () => hostSends(before(), message));
      eq(seen.state.breaks, null, 'state.breaks');
      eq(seen.state.classes, 7, 'classes');
    },
  },
  {
    id: '4.nested-arrays',
    cls: 4,
    input: '{camera: {center: [[[…10,000 deep…]]], zoom: 3}, year: 2021}',
    sees: 'camera left, year applied, within 200 ms of CPU',
    run: () => {
      let deep: unknown = [1, 2];
      for (let i = 0; i < 10_000; i++) deep = [deep];
      const message = { camera: { center: deep, zoom: 3 }, year: 2021 };
      const seen = bounded(200, 'the message', () => hostSends(before(), message));
      eq(seen.state.camera, null, 'state.camera');
      eq(seen.state.year, 2021, 'state.year');
    },
  },
  ...(
    [
      ['number', 42],
      ['boolean', true],
      ['array', ['indicator', 'area']],
      ['null', null],
      ['undefined', undefined],
    ] as const
  ).map(
    ([what, value]): Row => ({
      id: `4.not-object-${what}`,
      cls: 4,
      input: `state: ${JSON.stringify(value) ?? 'undefined'} (not an object)`,
      sees: 'nothing changes; no exception',
      run: () => unchanged(hostSends(before(), value)),
    }),
  ),
  {
    id: '4.query-string-mixed',
    cls: 4,
    input: "state: 'indicator=area&year=abc&classes=7' (a query)",
    sees: 'indicator and classes applied; year kept',
    run: () => {
      const seen = hostSends(before(), 'indicator=area&year=abc&classes=7');
      eq([seen.state.indicator, seen.state.year, seen.state.classes], ['area', 2020, 7], 'indicator, year, classes');
      warned(seen, 'year');
    },
  },
  {
    id: '4.query-string-huge',
    cls: 4,
    input: 'state: a query of 1 MB',
    sees: 'refused at once; nothing changes',
    run: () => unchanged(bounded(200, 'the message', () => hostSends(before(), `indicator=area&${'x=1&'.repeat(250_000)}`))),
  },
  {
    id: '4.null-clears',
    cls: 4,
    input: '{year: null, province: null}',
    sees: 'year and province cleared (null is how a host clears a key)',
    run: () => {
      const seen = hostSends({ ...before(), province: '山东省' }, { year: null, province: null });
      eq([seen.state.year, seen.state.province], [null, null], 'year, province');
    },
  },
];

// "Valid input is never lost" (fast-check), extending tests/unit/app/embed-sanitise.test.ts with
// what a hostile host adds around valid keys: unknown keys by the thousand and prototype keys.
const VALID: Record<string, fc.Arbitrary<unknown>> = {
  lang: fc.constantFrom('zh', 'en'),
  indicator: fc.constantFrom('urbanization_baseline', 'area'),
  year: fc.integer({ min: 1949, max: 2100 }),
  classes: fc.integer({ min: 3, max: 9 }),
  province: fc.constantFrom('山东省', '福建省'),
  method: fc.constantFrom('quantile', 'equal', 'jenks', 'manual'),
  scheme: fc.constantFrom('Blues', 'YlOrRd'),
  view: fc.constant('table'),
};
const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

MESSAGE_ROWS.push({
  id: '4.property-never-loses',
  cls: 4,
  input: 'fast-check: 100 messages of valid keys among up to 300 unknown keys and prototype keys (as JSON)',
  sees: 'every valid key applied; no other key reaches the state',
  run: () =>
    fc.assert(
      fc.property(
        fc.record(VALID, { requiredKeys: [] }),
        fc.integer({ min: 0, max: 300 }),
        fc.subarray(PROTO),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
        (valid, unknown, proto, junk) => {
          const message: Record<string, unknown> = {};
          for (let i = 0; i < unknown; i++) message[`x${i}`] = junk;
          let text = JSON.stringify({ ...message, ...valid });
          if (proto.length > 0) text = `{${proto.map((k) => `${JSON.stringify(k)}: ${JSON.stringify(junk)}`).join(', ')}${text === '{}' ? '}' : `, ${text.slice(1)}`}`;
          const seen = hostSends(before(), JSON.parse(text));
          for (const [key, value] of Object.entries(valid)) eq(seen.state[key as keyof ViewState], value, `state.${key}`);
          eq(Object.keys(seen.state).sort(), Object.keys(before()).sort(), 'state keys');
        },
      ),
      { numRuns: 100 },
    ),
});

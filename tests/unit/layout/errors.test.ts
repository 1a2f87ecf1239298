// Errors name the file, the path to the element and the problem, and never stop the other elements.
import { describe, expect, test } from 'vitest';
import { compileAll, compileLayout, formatLayoutError, type LayoutError } from '../../../src/core/layout/index.ts';
import { ctx, readJson } from './fixtures.ts';

const changle = () => structuredClone(readJson('data/layouts/changle.json')) as {
  id: string;
  pilot: string;
  source: { doc: string; line: number };
  parts: { part: string; elements: Record<string, unknown>[] }[];
};
const lines = (errors: LayoutError[]) => errors.map(formatLayoutError);

describe('unknown places', () => {
  test('an unknown place names the file, the member and the place', () => {
    const spec = changle();
    (spec.parts[1]!.elements[1]!.members as unknown[])[0] = { place: '文岭乡' };
    const { errors, features } = compileLayout(spec, ctx, 'data/layouts/changle.json');
    expect(lines(errors)).toEqual(['data/layouts/changle.json › parts[1].elements[1].members[0] › unknown place "文岭乡"']);
    expect(errors[0]).toMatchObject({ code: 'unknown-place', layout: 'changle', part: '三群', element: '东北部城镇群' });
    // The other five elements are still drawn.
    expect(new Set(features.map((f) => f.properties.element)).size).toBe(5);
  });

  test('every failing reference of an element is reported at once', () => {
    const spec = changle();
    spec.parts[0]!.elements[0]!.area = [{ place: '营前' }, { place: '无名镇' }, { adcode: '999999' }];
    expect(lines(compileLayout(spec, ctx).errors)).toEqual([
      'data/layouts/changle.json › parts[0].elements[0].area[1] › unknown place "无名镇"',
      'data/layouts/changle.json › parts[0].elements[0].area[2] › unknown adcode "999999" (no boundary with that id)',
    ]);
  });

  test('an unknown adcode is an error with its own code', () => {
    const spec = changle();
    spec.parts[0]!.elements[2]!.area = [{ adcode: '350199' }];
    expect(compileLayout(spec, ctx).errors.map((e) => [e.code, e.path])).toEqual([['unknown-adcode', 'parts[0].elements[2].area[0]']]);
  });

  test('without county polygons, a zone of a county-level place is an error, not a silent disc', () => {
    const noBoundaries = { ...ctx, counties: () => undefined, mergeCounties: undefined };
    const spec = { ...changle(), parts: [{ part: '拓展区', elements: [{ kind: 'zone', label: '闽侯拓展区', area: [{ place: '闽侯县' }] }] }] };
    expect(lines(compileLayout(spec, noBoundaries).errors)).toEqual([
      'data/layouts/changle.json › parts[0].elements[0].area[0] › no boundary for "闽侯县" (adcode 350121): load the county polygons, or set radiusKm',
    ]);
    // With radiusKm the place is a point, and needs no polygon.
    (spec.parts[0]!.elements[0] as Record<string, unknown>).radiusKm = 5;
    expect(compileLayout(spec, noBoundaries).errors).toEqual([]);
  });

  test('an unknown pilot or document is an error, and the elements are still drawn', () => {
    const spec = changle();
    spec.pilot = 'nowhere';
    spec.source.doc = 'no-such-doc';
    const { errors, features } = compileLayout(spec, ctx);
    expect(lines(errors)).toEqual([
      'data/layouts/changle.json › pilot › unknown pilot "nowhere"',
      'data/layouts/changle.json › source.doc › unknown document "no-such-doc"',
    ]);
    expect(features.length).toBeGreaterThan(0);
  });
});

describe('schema errors', () => {
  test('an empty part names the part, and the other part is still drawn', () => {
    const spec = changle();
    spec.parts[1]!.elements = [];
    const { errors, features, layout } = compileLayout(spec, ctx);
    expect(lines(errors)).toEqual(['data/layouts/changle.json › parts[1].elements › empty part "三群": a part needs at least one element']);
    expect(errors[0]).toMatchObject({ code: 'schema', part: '三群' });
    expect(layout).toBeUndefined();
    expect(new Set(features.map((f) => f.properties.part))).toEqual(new Set(['三城']));
    expect(new Set(features.map((f) => f.properties.element))).toEqual(new Set(changle().parts[0]!.elements.map((e) => (e.label as { zh: string }).zh)));
  });

  test('one element that breaks the schema is listed, and every valid element is still drawn', () => {
    const whole = compileLayout(changle(), ctx);
    const spec = changle();
    spec.parts[0]!.elements[1] = { kind: 'circle', label: '圈', center: { place: '长乐国际机场' }, radiusKm: 0 };
    const { errors, features } = compileLayout(spec, ctx);
    expect(lines(errors)).toEqual(['data/layouts/changle.json › parts[0].elements[1].radiusKm › radius must be > 0 and ≤ 500 km, got 0']);
    const broken = (changle().parts[0]!.elements[1]!.label as { zh: string }).zh;
    const expected = whole.features.filter((f) => f.properties.element !== broken);
    expect(expected.length).toBeGreaterThan(20);
    // The same features as the whole spec gives, less the broken element's.
    expect(features).toEqual(expected);
  });

  test('a schema error and an unknown place in different elements are both reported, the rest drawn', () => {
    const spec = changle();
    spec.parts[0]!.elements[0] = { kind: 'ring', label: '环' };
    (spec.parts[1]!.elements[1]!.members as unknown[])[0] = { place: '文岭乡' };
    const { errors, features } = compileLayout(spec, ctx);
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['schema', 'parts[0].elements[0].kind'],
      ['unknown-place', 'parts[1].elements[1].members[0]'],
    ]);
    expect(new Set(features.map((f) => f.properties.element)).size).toBe(4);
  });

  test.each([
    [0, 'radius must be > 0 and ≤ 500 km, got 0'],
    [-5, 'radius must be > 0 and ≤ 500 km, got -5'],
    [500.5, 'radius must be > 0 and ≤ 500 km, got 500.5'],
  ])('a circle of radius %s km is refused, naming the radius', (radiusKm, message) => {
    const spec = changle();
    spec.parts[0]!.elements[1] = { kind: 'circle', label: '圈', center: { place: '长乐国际机场' }, radiusKm };
    const { errors } = compileLayout(spec, ctx);
    expect(lines(errors)).toEqual([`data/layouts/changle.json › parts[0].elements[1].radiusKm › ${message}`]);
    expect(errors[0]).toMatchObject({ part: '三城', element: '圈' });
  });

  test('a radius of exactly 500 km is allowed', () => {
    const spec = changle();
    spec.parts[0]!.elements[1] = { kind: 'circle', label: '圈', center: { place: '长乐国际机场' }, radiusKm: 500 };
    expect(compileLayout(spec, ctx).errors).toEqual([]);
  });

  test('a belt needs at least two places', () => {
    const spec = changle();
    spec.parts[0]!.elements[0] = { kind: 'belt', label: '带', through: [{ place: '营前' }] };
    expect(lines(compileLayout(spec, ctx).errors)).toEqual([
      'data/layouts/changle.json › parts[0].elements[0].through › a belt needs at least 2 places, got 1',
    ]);
  });

  test('an unknown kind, a malformed reference and an out-of-range point name their paths', () => {
    const spec = changle();
    spec.parts[0]!.elements = [
      { kind: 'ring', label: '环' },
      { kind: 'node', label: '点', at: { place: '营前', adcode: '350182' } },
      { kind: 'node', label: '点', at: { at: [119.5, 95] } },
    ];
    expect(lines(compileLayout(spec, ctx).errors)).toEqual([
      'data/layouts/changle.json › parts[0].elements[0].kind › unknown element kind "ring" (expected one of core, belt, axis, corridor, circle, cluster, zone, node, link)',
      'data/layouts/changle.json › parts[0].elements[1].at › a place reference needs exactly one of {adcode}, {place} or {at} (plus an optional label)',
      'data/layouts/changle.json › parts[0].elements[2].at.at › latitude 95 out of range',
    ]);
  });

  test('a value that is not a spec at all is one error, not an exception', () => {
    expect(lines(compileLayout('三城三群', ctx).errors)).toEqual(['data/layouts/(unnamed).json › (root) › Invalid input: expected object, received string']);
  });
});

describe('impossible geometry', () => {
  test('a belt through one place twice has no length', () => {
    const spec = changle();
    spec.parts[0]!.elements[0] = { kind: 'belt', label: '带', through: [{ place: '营前' }, { place: '营前街道' }] };
    expect(compileLayout(spec, ctx).errors.map((e) => [e.code, formatLayoutError(e)])).toEqual([
      ['geometry', 'data/layouts/changle.json › parts[0].elements[0].through › a belt through coincident places has no length'],
    ]);
  });

  test('a link from a place to itself has no length', () => {
    const spec = changle();
    spec.parts[0]!.elements[0] = { kind: 'link', label: '联动', from: { place: '松下港' }, to: { place: 'changle-songxia-port' } };
    expect(lines(compileLayout(spec, ctx).errors)).toEqual([
      'data/layouts/changle.json › parts[0].elements[0].to › a link from a place to the same place has no length',
    ]);
  });

  test('a context that throws gives an error, not an exception', () => {
    const broken = { ...ctx, places: () => { throw new Error('gazetteer unavailable'); } };
    const { errors } = compileLayout(changle(), broken);
    expect(errors.length).toBe(6);
    expect(errors[0]!.message).toBe('impossible geometry: gazetteer unavailable');
  });
});

test('compileAll refuses a second spec with the same id', () => {
  const { errors, layouts } = compileAll(
    [
      { file: 'data/layouts/changle.json', spec: changle() },
      { file: 'data/layouts/changle-copy.json', spec: changle() },
    ],
    ctx,
  );
  expect(lines(errors)).toEqual(['data/layouts/changle-copy.json › id › duplicate layout id "changle" (already in data/layouts/changle.json)']);
  expect(layouts.map((l) => l.features)).toEqual([31, 0]);
});

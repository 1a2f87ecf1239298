// Every problem the editor can list has a Chinese text (SpecProblem.zh) that says what the English
// says: the same numbers, quoted names, ids and paths. Driven by real broken specs made from the
// shipped data/layouts/*.json, through the editor's own check (compileSpecText) and its list's words.
import { describe, expect, test } from 'vitest';
import { compileAll, compileSpecText, LayoutSchema, type SpecProblem } from '../../../src/core/layout/index.ts';
import { specProblemText } from '../../../src/app/editor/problem-text.ts';
import { ctx, readJson, specFiles } from './fixtures.ts';

type Spec = { id: string; pilot: string; title: unknown; source: { doc: string; line: number }; parts: { part: string; elements: Record<string, unknown>[] }[] } & Record<string, unknown>;
const changle = () => structuredClone(readJson('data/layouts/changle.json')) as Spec;
const yantai = () => structuredClone(readJson('data/layouts/yantai.json')) as Spec;
const pretty = (spec: unknown) => JSON.stringify(spec, null, 2);
/** changle.json with element `j` of part `i` replaced. */
const withElement = (element: Record<string, unknown>, i = 0, j = 0) => {
  const spec = changle();
  spec.parts[i]!.elements[j] = element;
  return spec;
};

/**
 * What the English cites and the Chinese must cite too: numbers, "quoted" names, ids and keys,
 * paths (parts[1].elements[0]) and file names, and the words of a list (`one of core, belt, …`).
 */
function facts(en: string): string[] {
  const quoted = en.match(/"[^"]*"/g) ?? [];
  const rest = quoted.reduce((s, q) => s.replace(q, ' '), en);
  const lists = [...rest.matchAll(/(?:one of|\() *([a-z0-9-]+(?:, [a-z0-9-]+)+)(?=\)|$)/g)].flatMap((m) => m[1]!.split(', '));
  const files = rest.match(/data\/layouts\/[^ )]+/g) ?? [];
  const paths = rest.match(/\w+\[\d+\]/g) ?? [];
  const numbers = rest.replace(/data\/layouts\/[^ )]+/g, ' ').match(/-?\d+(?:\.\d+)?/g) ?? [];
  return [...quoted, ...lists, ...files, ...paths, ...numbers];
}

/** A problem's Chinese is Chinese, is not the English, and cites every fact of the English. */
function expectSaidInChinese(p: SpecProblem): void {
  const zh = specProblemText(p, 'zh');
  const en = specProblemText(p, 'en');
  expect(zh, en).toMatch(/[\u4e00-\u9fff]/);
  expect(zh).not.toBe(en);
  for (const fact of facts(en)) expect(zh, `“${zh}” leaves out ${fact} of “${en}”`).toContain(fact);
}

/** Each problem code of the editor, with broken texts that produce it. */
const CASES: Record<SpecProblem['code'], [string, () => string][]> = {
  syntax: [
    ['a missing comma', () => pretty(changle()).replace(/("formula": "[^"]*"),/, '$1')],
    ['a trailing comma', () => pretty(changle()).replace(/\n}$/, ',\n}').replace(/(\n  )("parts")/, '$1$2').replace(/]\n}$/, '],\n}')],
    ['a comment', () => `// 长乐\n${pretty(changle())}`],
  ],
  'too-deep': [['a note nested 100 levels', () => pretty({ ...changle(), note: 'x' }).replace('"x"', `${'['.repeat(100)}${']'.repeat(100)}`)]],
  failure: [['a value that is not text at all', () => null as unknown as string]],
  schema: [
    ['an id of capitals and a missing formula', () => pretty({ ...changle(), id: 'Chang Le', formula: undefined })],
    ['a pilot given as a number', () => pretty({ ...changle(), pilot: 350182 })],
    ['an empty formula and unknown keys', () => pretty({ ...changle(), formula: '', colour: 'red', zoom: 9 })],
    ['a title of a number', () => pretty({ ...changle(), title: 3 })],
    ['a title with a third language', () => pretty({ ...changle(), title: { zh: '长乐', en: 'Changle', fr: 'Changle' } })],
    ['a source line 0 and 2.5', () => pretty({ ...changle(), source: { doc: 'changle', line: 0 } }).replace('"line": 0', '"line": 0, "doc2": 2.5')],
    ['a line 1.5', () => pretty({ ...changle(), source: { doc: 'changle', line: 1.5 } })],
    ['no parts', () => pretty({ ...changle(), parts: [] })],
    ['an empty part and a duplicate part', () => {
      const spec = yantai();
      spec.parts[1]!.elements = [];
      spec.parts[2]!.part = spec.parts[0]!.part;
      return pretty(spec);
    }],
    ['an unknown kind and a kind left out', () => pretty(withElement({ kind: 'ring', label: '环' }, 0, 0)).replace('"kind": "ring",', '"kind": "ring", "x": 1,')],
    ['an element that is a number', () => pretty(withElement(7 as unknown as Record<string, unknown>))],
    ['a direction and a membership not in their lists', () =>
      pretty(withElement({ kind: 'link', label: '联动', from: { place: '松下港' }, to: { place: '营前' }, direction: 'up', membership: 'mine', basis: [3] }))],
    ['membership without basis, and an empty basis', () => {
      const spec = changle();
      spec.parts[0]!.elements[0]!.membership = 'text';
      delete spec.parts[0]!.elements[0]!.basis;
      spec.parts[0]!.elements[1]!.membership = 'reading';
      spec.parts[0]!.elements[1]!.basis = [];
      return pretty(spec);
    }],
    ['a 4-digit adcode, a latitude of 95, a longitude of 200, three coordinates', () =>
      pretty(withElement({ kind: 'zone', label: '区', area: [{ adcode: '3501' }, { at: [119.5, 95] }, { at: [200, 26] }, { at: [119.5, 26, 3] }] }))],
    ['a reference with two kinds of place', () => pretty(withElement({ kind: 'node', label: '点', at: { place: '营前', adcode: '350182' } }))],
    ['a radius of 900 km, a width of 0, a padding of -2', () => {
      const spec = changle();
      spec.parts[0]!.elements[0] = { kind: 'circle', label: '圈', center: { place: '营前' }, radiusKm: 900 };
      spec.parts[0]!.elements[1] = { kind: 'axis', label: '轴', through: [{ place: '营前' }, { place: '松下港' }], widthKm: 0 };
      spec.parts[1]!.elements[0] = { kind: 'cluster', label: '群', members: [{ place: '营前' }], padKm: -2 };
      return pretty(spec);
    }],
    ['a belt through one place, a core and a cluster of none', () => {
      const spec = changle();
      spec.parts[0]!.elements[0] = { kind: 'corridor', label: '廊', through: [{ place: '营前' }] };
      spec.parts[0]!.elements[1] = { kind: 'core', label: '核', area: [] };
      spec.parts[1]!.elements[0] = { kind: 'cluster', label: '群', members: [] };
      return pretty(spec);
    }],
    ['an empty label, a label with an empty English, a note of a number, an element line 0', () =>
      pretty(withElement({ kind: 'node', label: '', at: { place: '营前' }, line: 0 })).replace('"line": 0', '"line": 0, "note": 5').replace(/("parts": \[)/, '"note": { "zh": "注", "en": "" },\n  $1')],
    ['a value that is not a spec', () => JSON.stringify('三城三群')],
  ],
  'unknown-place': [['a member no gazetteer place is called', () => {
    const spec = changle();
    (spec.parts[1]!.elements[1]!.members as unknown[])[0] = { place: '文岭乡' };
    return pretty(spec);
  }]],
  'ambiguous-place': [['a name two places share', () => pretty(withElement({ kind: 'node', label: '点', at: { place: '中心城区' } }))]],
  'unknown-adcode': [['an adcode with no boundary', () => pretty(withElement({ kind: 'zone', label: '区', area: [{ adcode: '350199' }] }, 0, 2))]],
  'unknown-pilot': [['an unknown pilot', () => pretty({ ...changle(), pilot: 'nowhere' })]],
  'unknown-doc': [['an unknown document', () => pretty({ ...changle(), source: { doc: 'no-such-doc', line: 12 } })]],
  'duplicate-layout': [],
  geometry: [
    ['a belt through one place twice', () => pretty(withElement({ kind: 'belt', label: '带', through: [{ place: '营前' }, { place: '营前街道' }] }))],
    ['a link from a place to itself', () => pretty(withElement({ kind: 'link', label: '联动', from: { place: '松下港' }, to: { place: 'changle-songxia-port' } }))],
  ],
};

describe('every problem the editor lists is said in Chinese with the English facts', () => {
  for (const [code, cases] of Object.entries(CASES)) {
    for (const [name, make] of cases) {
      test(`${code}: ${name}`, () => {
        const { problems } = compileSpecText(make(), ctx);
        expect(problems.map((p) => p.code)).toContain(code);
        for (const p of problems) expectSaidInChinese(p);
      });
    }
  }

  test('the broken specs above meet every kind of schema issue the layout schema can raise', () => {
    const seen = new Set<string>();
    for (const [, make] of CASES.schema) {
      const text = make();
      const parsed = LayoutSchema.safeParse(JSON.parse(text));
      for (const issue of parsed.error?.issues ?? []) seen.add(issue.code);
    }
    expect([...seen].sort()).toEqual(['custom', 'invalid_format', 'invalid_type', 'invalid_union', 'invalid_value', 'too_small', 'unrecognized_keys']);
  });

  test('a duplicate layout id and a context that fails are said in Chinese too', () => {
    const { errors } = compileAll(
      [
        { file: 'data/layouts/changle.json', spec: changle() },
        { file: 'data/layouts/changle-copy.json', spec: changle() },
      ],
      ctx,
    );
    expect(errors.map((e) => [e.code, e.zh])).toEqual([['duplicate-layout', '布局 id "changle" 重复（已用于 data/layouts/changle.json）']]);
    const broken = { ...ctx, places: () => { throw new Error('gazetteer unavailable'); } };
    const failed = compileSpecText(pretty(changle()), broken).problems;
    expect(failed.length).toBe(6);
    for (const p of [...failed, ...errors.map((e) => ({ ...e, line: 1 }))]) expectSaidInChinese(p);
  });

  test('the shipped specs themselves give no problem', () => {
    for (const file of specFiles()) expect(compileSpecText(pretty(readJson(file)), ctx).problems, file).toEqual([]);
  });
});

describe('the words of some problems, in both languages', () => {
  const said = (text: string) => compileSpecText(text, ctx).problems.map((p) => [specProblemText(p, 'zh'), specProblemText(p, 'en')]);

  test('a radius out of range, an unknown kind, a missing id', () => {
    const spec = withElement({ kind: 'circle', label: '圈', center: { place: '营前' }, radiusKm: 900 });
    spec.parts[1]!.elements[0] = { kind: 'ring', label: '环' };
    delete (spec as Partial<Spec>).id;
    expect(said(pretty(spec))).toEqual([
      ['id › 缺少此项：应为字符串（string）', 'id › Invalid input: expected string, received undefined'],
      ['parts[0].elements[0].radiusKm › 半径应 > 0 且 ≤ 500 千米，实为 900', 'parts[0].elements[0].radiusKm › radius must be > 0 and ≤ 500 km, got 900'],
      [
        'parts[1].elements[0].kind › 未知的元素类型 "ring"（应为 core, belt, axis, corridor, circle, cluster, zone, node, link 之一）',
        'parts[1].elements[0].kind › unknown element kind "ring" (expected one of core, belt, axis, corridor, circle, cluster, zone, node, link)',
      ],
    ]);
  });

  test('an ambiguous place names the places it could be', () => {
    expect(said(pretty(withElement({ kind: 'node', label: '点', at: { place: '中心城区' } })))).toEqual([
      [
        'parts[0].elements[0].at › "中心城区" 指多个地方（fuzhou-central-city, yantai-central-city）：请用地名的 id',
        'parts[0].elements[0].at › ambiguous place "中心城区" (fuzhou-central-city, yantai-central-city): use a place id',
      ],
    ]);
  });
});

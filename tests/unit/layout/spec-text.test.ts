// The editor's check of a spec text: every error at its line, however many; text nested too deep is
// a message, not a stack overflow; the valid elements are drawn while the others are listed.
import { describe, expect, test } from 'vitest';
import { compileSpecText, MAX_SPEC_DEPTH } from '../../../src/core/layout/index.ts';
import { nestingDepth, pathLines } from '../../../src/core/layout/json-lines.ts';
import { ctx, readJson } from './fixtures.ts';

const base = { id: 'draft', formula: '一核', title: '草稿', pilot: 'yantai', source: { doc: 'yantai', line: 407 } };
/** The 1-based line of the first line of `text` containing `needle` after line `from`. */
const lineOf = (lines: string[], needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

describe('many errors', () => {
  test('10,000 unknown places each get the line where their place stands', () => {
    const elements = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'node', label: `点${i}`, at: { place: `无名镇${i}` } }));
    const text = JSON.stringify({ ...base, parts: [{ part: '一核', elements }] }, null, 2);
    const { problems, features } = compileSpecText(text, ctx);
    expect(problems).toHaveLength(10_000);
    expect(features).toEqual([]);
    const lines = text.split('\n');
    // Each element is 7 lines long; its "place" key is on its 4th. Check every one against the text.
    const placeLine = new Map<string, number>();
    lines.forEach((l, i) => {
      const m = /"place": "(无名镇\d+)"/.exec(l);
      if (m) placeLine.set(m[1]!, i + 1);
    });
    expect(placeLine.size).toBe(10_000);
    expect(problems).toEqual(
      elements.map((_, i) => ({ line: placeLine.get(`无名镇${i}`), code: 'unknown-place', path: `parts[0].elements[${i}].at`, message: `unknown place "无名镇${i}"`, zh: `地名表中没有 "无名镇${i}"` })),
    );
  }, 60_000);

  test('10,000 schema errors among valid elements: each at its line, the valid ones drawn', () => {
    const elements = Array.from({ length: 10_001 }, (_, i) =>
      i === 5_000 ? { kind: 'node', label: '芝罘', at: { place: '芝罘区' } } : { kind: 'ring', label: `环${i}` },
    );
    const text = JSON.stringify({ ...base, parts: [{ part: '一核', elements }] }, null, 1);
    const { problems, features } = compileSpecText(text, ctx);
    expect(problems).toHaveLength(10_000);
    const lines = text.split('\n');
    expect(problems[0]).toMatchObject({ code: 'schema', path: 'parts[0].elements[0].kind', line: lineOf(lines, '"label": "环0"') - 1 });
    expect(problems.at(-1)).toMatchObject({ path: 'parts[0].elements[10000].kind', line: lineOf(lines, '"label": "环10000"') - 1 });
    expect(problems.every((p, i) => i === 0 || p.line > problems[i - 1]!.line)).toBe(true);
    expect(features.map((f) => f.properties.label)).toEqual(['芝罘']);
  }, 60_000);
});

describe('text nested too deep', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

  test('100,000 nested brackets give one clear problem at their line, not a RangeError', () => {
    const text = `{\n  "id": "draft",\n  "note":\n ${deep(100_000)}\n}`;
    const result = compileSpecText(text, ctx);
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      { line: 4, code: 'too-deep', path: '', message: `nested 100001 levels deep (at most ${MAX_SPEC_DEPTH})`, zh: `嵌套 100001 层（最多 ${MAX_SPEC_DEPTH} 层）`, depth: 100_001 },
    ]);
  });

  test('unbalanced deep brackets are refused the same way', () => {
    expect(compileSpecText('['.repeat(100_000), ctx).problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  test('brackets inside strings do not count; a spec nested within the limit compiles', () => {
    expect(nestingDepth('{"a": "[[[[{{{{", "b": [1, {"c": "\\"]]]"}]}')).toEqual({ depth: 3, offset: 27 });
    const spec = readJson('data/layouts/changle.json') as { note?: string };
    const text = JSON.stringify({ ...spec, note: '['.repeat(100_000) }, null, 2);
    const { problems, features } = compileSpecText(text, ctx);
    expect(problems).toEqual([]);
    expect(features.length).toBe(31);
  });
});

describe('syntax errors and partial compiles', () => {
  test('a syntax error is reported at its line', () => {
    const text = JSON.stringify(readJson('data/layouts/changle.json'), null, 2);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"formula"'));
    lines[at] = lines[at]!.replace(/,$/, '');
    const { problems, features } = compileSpecText(lines.join('\n'), ctx);
    expect(problems).toEqual([{ line: at + 2, code: 'syntax', path: '', message: 'CommaExpected', zh: '此处应为逗号 ,' }]);
    expect(features).toEqual([]);
  });

  test('one bad element of a shipped spec is listed at its line and the others are drawn', () => {
    const spec = readJson('data/layouts/changle.json') as { parts: { elements: Record<string, unknown>[] }[] };
    spec.parts[0]!.elements[1]!.radiusKm = -3;
    const text = JSON.stringify(spec, null, 2);
    const { problems, features } = compileSpecText(text, ctx);
    expect(problems).toEqual([
      {
        line: lineOf(text.split('\n'), '"radiusKm": -3'),
        code: 'schema',
        path: 'parts[0].elements[1].radiusKm',
        message: 'radius must be > 0 and ≤ 500 km, got -3',
        zh: '半径应 > 0 且 ≤ 500 千米，实为 -3',
      },
    ]);
    expect(new Set(features.map((f) => f.properties.element))).toEqual(new Set(['临江城', '海港城', '闽江口南岸城镇群', '东北部城镇群', '西部城镇群']));
  });
});

describe('pathLines', () => {
  test('finds keys written with escapes, in compact text, and puts a missing key at its object', () => {
    const text = '{"a":1,\n"p\\u0061rts":[{"x":true},\n{"elements":[null,\n{"k":"v"}]}]}';
    expect(pathLines(text, ['parts[1].elements[1].k', 'parts[1].elements[0]', 'parts[0].x', 'parts[0].missing', 'parts[7]', 'a', ''])).toEqual([4, 3, 2, 2, 2, 1, 1]);
  });
});

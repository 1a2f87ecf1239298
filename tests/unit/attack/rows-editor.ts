// Class 5: drafts in the layout editor: thousands of errors, brackets nested 100,000 deep, a schema
// error among valid elements, unknown kinds, wrong coordinates, empty text, comments, trailing commas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editSpec, ROOT, type EditorSeen } from './api.ts';
import { bilingual, bounded, clip, eq, ok, type Row } from './check.ts';

const base = { id: 'draft', formula: '一核', title: '草稿', pilot: 'yantai', source: { doc: 'yantai', line: 407 } };
const CHANGLE = JSON.parse(readFileSync(join(ROOT, 'data/layouts/changle.json'), 'utf8')) as { parts: { elements: Record<string, unknown>[] }[] };
const pretty = (spec: unknown) => JSON.stringify(spec, null, 2);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** What the whole changle spec draws. */
let whole: number | undefined;
const changleDrawn = () => (whole ??= editSpec(pretty(CHANGLE)).drawn);

const noCrash = (seen: EditorSeen) => ok(!seen.crashed, `an exception escaped the check (the status goes stale): ${clip(seen.crashed ?? '')}`);
/** A problem at `line` (or within `span` lines after it) saying `says`; `worded`: the editor says it in Chinese and in English. */
const problemAt = (seen: EditorSeen, line: number, says: RegExp, span = 0, worded = false) => {
  noCrash(seen);
  const hit = seen.problems.find((p) => p.line >= line && p.line <= line + span && says.test(p.message));
  ok(hit, `no problem at line ${line}${span ? `–${line + span}` : ''} saying ${says} (problems: ${clip(seen.problems.map((p) => `${p.line}: ${p.message}`).join('; ') || 'none')})`);
  if (worded) bilingual(hit.text, 'the editor’s words');
};

/** changle.json with its first part's element `i` replaced: the problem at its line, every other element still drawn. */
const oneBadElement = (id: string, input: string, change: (element: Record<string, unknown>) => Record<string, unknown>, says: RegExp, needle: string, span = 0): Row => ({
  id: `5.${id}`,
  cls: 5,
  input,
  sees: 'the problem at its line; every other element drawn',
  run: () => {
    const spec = structuredClone(CHANGLE);
    const element = spec.parts[0]!.elements[1]!;
    spec.parts[0]!.elements[1] = change(element);
    const text = pretty(spec);
    const seen = editSpec(text);
    problemAt(seen, lineOf(text, needle), says, span, true);
    const alone = editSpec(pretty({ ...CHANGLE, parts: [{ ...CHANGLE.parts[0], elements: [element] }] })).drawn;
    eq(seen.drawn, changleDrawn() - alone, 'features drawn');
  },
});

const manyUnknown = (n: number, budget: number): Row => ({
  id: `5.${n}-errors`,
  cls: 5,
  input: `${n.toLocaleString('en')} unknown places`,
  sees: `${n.toLocaleString('en')} problems, each at its place's line, within ${budget / 1000} s of CPU`,
  run: () => {
    const elements = Array.from({ length: n }, (_, i) => ({ kind: 'node', label: `点${i}`, at: { place: `无名镇${i}` } }));
    const text = pretty({ ...base, parts: [{ part: '一核', elements }] });
    const seen = bounded(budget, 'the check', () => editSpec(text));
    noCrash(seen);
    eq(seen.problems.length, n, 'problems');
    const last = seen.problems.at(-1)!;
    eq(last.line, lineOf(text, `"无名镇${n - 1}"`), 'the last problem’s line');
  },
});

export const EDITOR_ROWS: Row[] = [
  manyUnknown(10_000, 5000),
  manyUnknown(1_000, 1000),
  {
    id: '5.100k-brackets',
    cls: 5,
    input: '100,000 nested brackets in a note',
    sees: 'one problem: nested too deep, at its line',
    run: () => {
      const text = `{\n  "id": "draft",\n  "note":\n ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}`;
      const seen = bounded(1000, 'the check', () => editSpec(text));
      problemAt(seen, 4, /nested/, 0, true);
    },
  },
  {
    id: '5.100k-open-brackets',
    cls: 5,
    input: '100,000 opening brackets, never closed',
    sees: 'one problem, no crash',
    run: () => {
      const seen = bounded(1000, 'the check', () => editSpec('['.repeat(100_000)));
      noCrash(seen);
      ok(seen.problems.length >= 1, 'no problem reported');
    },
  },
  oneBadElement('schema-error-among-valid', "changle.json with one element's kind 'ring'", (e) => ({ ...e, kind: 'ring' }), /unknown element kind "ring"/, '"ring"'),
  oneBadElement('unknown-kind-script', 'an element of kind <script>', (e) => ({ ...e, kind: '<script>' }), /unknown element kind/, '"<script>"'),
  oneBadElement('coordinates-out-of-range', 'a place given as at: [200, 100]', (e) => ({ kind: 'node', label: '外', at: { at: [200, 100] } }), /longitude 200 out of range/, '"label": "外"', 4),
  oneBadElement('coordinates-strings', 'a place given as at: ["119", "26"]', (e) => ({ kind: 'node', label: '串', at: { at: ['119', '26'] } }), /place reference/, '"label": "串"', 4),
  oneBadElement('unknown-place', 'a place no gazetteer knows', (e) => ({ kind: 'node', label: '无', at: { place: '无名镇' } }), /unknown place "无名镇"/, '"无名镇"'),
  {
    id: '5.empty-text',
    cls: 5,
    input: 'an empty draft',
    sees: 'one problem at line 1, in words; nothing drawn; no crash',
    run: () => {
      const seen = editSpec('');
      problemAt(seen, 1, /./, 0, true);
      eq(seen.drawn, 0, 'drawn');
    },
  },
  {
    id: '5.comments',
    cls: 5,
    input: 'a // comment on line 3',
    sees: 'at line 3: JSON 中不能有注释 / JSON allows no comments',
    run: () => {
      const text = pretty(CHANGLE).split('\n');
      text.splice(2, 0, '  // my note');
      problemAt(editSpec(text.join('\n')), 3, /./, 0, true);
    },
  },
  {
    id: '5.trailing-comma',
    cls: 5,
    input: 'a trailing comma after the last part',
    sees: 'at its line, in words: no comma after the last item',
    run: () => {
      const text = pretty(CHANGLE).replace(/\n\}$/, ',\n}');
      const line = text.split('\n').length - 1;
      problemAt(editSpec(text), line, /./, 1, true);
    },
  },
  {
    id: '5.not-an-object',
    cls: 5,
    input: 'a draft that is [] / 42 / "text"',
    sees: 'a problem at line 1 for each; no crash',
    run: () => {
      for (const text of ['[]', '42', '"text"', 'null']) {
        const seen = editSpec(text);
        noCrash(seen);
        ok(seen.problems.length >= 1 && seen.problems[0]!.line === 1, `${text}: no problem at line 1`);
      }
    },
  },
  {
    id: '5.html-label',
    cls: 5,
    input: 'a label <img src=x onerror=alert(1)>',
    sees: 'drawn with the label as text',
    run: () => {
      const spec = structuredClone(CHANGLE);
      spec.parts[0]!.elements[0]!.label = '<img src=x onerror=alert(1)>';
      const seen = editSpec(pretty(spec));
      noCrash(seen);
      eq(seen.drawn, changleDrawn(), 'drawn');
    },
  },
  {
    id: '5.huge-whitespace',
    cls: 5,
    input: 'a valid spec after 2 MB of blank lines',
    sees: 'drawn in bounded time',
    run: () => {
      const seen = bounded(2000, 'the check', () => editSpec(`${'\n'.repeat(2_000_000)}${pretty(CHANGLE)}`));
      noCrash(seen);
      eq(seen.drawn, changleDrawn(), 'drawn');
    },
  },
];

// Every formula the extractor finds in the corpus is drawn by a spec or listed in unplaceable.json
// with its reason, and every spec and listing names a formula of the corpus, under the pilot whose
// section holds its line.
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { documentSections, readDocument } from '../../../pipeline/extract/extract-corpus';
import { parseFormula } from '../../../pipeline/extract/formulas';
import { fallbackId, joinPilot } from '../../../pipeline/extract/join';
import { loadGazetteer, loadSources } from '../../../pipeline/extract/run';
import { corpusWithGazetteer } from '../fixtures/corpus.ts';
import { GazetteerView, type Formula } from '../../../pipeline/extract/schema';
import { UnplaceableSchema } from '../../../src/core/layout/unplaceable.ts';
import { docLines, readJson, specs } from './fixtures';
import { unplacedEntry } from '../../../src/app/detail-panel.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const sources = loadSources(root);
const gazetteer = GazetteerView.parse(loadGazetteer(root));
const { formulas } = corpusWithGazetteer();
const unplaceable = UnplaceableSchema.parse(readJson('data/layouts/unplaceable.json')).formulas;
const layouts = specs().map((s) => s.spec as { id: string; formula: string; pilot: string; source: { doc: string; line: number }; parts: { part: string }[] });
const simplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** The pilot whose section holds a line of a document (the document's own pilot for a single plan). */
const sectionsByDoc = new Map(
  sources.map((doc) => {
    const { paras, title } = readDocument(doc);
    const sections = documentSections(doc, paras, title).map((s) => ({
      from: s.headingLine,
      pilot: joinPilot(s, gazetteer, fallbackId(doc.id, s, doc.kind === 'pilot_batch')).id,
    }));
    return [doc.id, sections] as const;
  }),
);
function pilotAt(doc: string, line: number): string | undefined {
  const sections = sectionsByDoc.get(doc) ?? [];
  return sections.filter((s) => s.from <= line).at(-1)?.pilot;
}

const SEGMENT = /[、，,；;·\s]+/u;
const text = (f: Formula) => simplified(f.formula);
const samePlace = (f: Formula, e: { doc: string; pilot: string }) => e.doc === f.source.doc && e.pilot === f.pilot;

/** Which spec or listing accounts for each part of a formula (a spec of the formula whose parts name its element, or a listing of the part). */
function accountFor(f: Formula): { part: string; by: string[] }[] {
  const whole = text(f);
  const segments = whole.split(SEGMENT);
  return f.parts.map((p) => {
    const part = `${p.count ?? '多'}${p.word}`;
    const word = simplified(p.word);
    const by = [
      ...layouts
        .filter((l) => samePlace(f, { doc: l.source.doc, pilot: l.pilot }) && whole.includes(l.formula))
        .filter((l) => l.parts.some((q) => q.part.includes(word)) || (segments.includes(l.formula) && l.formula.includes(word)))
        .map((l) => `${l.id}.json`),
      ...unplaceable
        .filter((e) => samePlace(f, e) && whole.includes(e.formula))
        .filter((e) => e.formula === whole || e.formula.includes(word) || segments.includes(e.formula))
        .map((e) => `unplaceable: ${e.formula} (${e.reason})`),
    ];
    return { part, by };
  });
}

describe('formulas.json against the specs and unplaceable.json', () => {
  test('the corpus yields the formulas this test is about', () => {
    expect(formulas.length).toBeGreaterThanOrEqual(40);
    expect(formulas.every((f) => !f.pilot.startsWith('batch2-')), 'every formula joined to a gazetteer pilot').toBe(true);
  });

  test('every part of every formula is drawn by a spec or listed with its reason', () => {
    const missing = formulas.flatMap((f) =>
      accountFor(f)
        .filter((a) => a.by.length === 0)
        .map((a) => `${f.source.doc}:${f.source.line} ${f.pilot} “${text(f)}” › ${a.part}`),
    );
    expect(missing).toEqual([]);
  });

  test('every spec names a formula of its pilot’s section, on its line', () => {
    for (const l of layouts) {
      expect(pilotAt(l.source.doc, l.source.line), `${l.id}: pilot of ${l.source.doc}:${l.source.line}`).toBe(l.pilot);
      expect(docLines(l.source.doc)[l.source.line - 1], `${l.id}: line ${l.source.line}`).toContain(l.formula.split('—')[0]);
    }
  });

  test('every listing names a formula of its pilot’s section, on its line', () => {
    for (const e of unplaceable) {
      expect(pilotAt(e.doc, e.line), `“${e.formula}” at ${e.doc}:${e.line}`).toBe(e.pilot);
      // A quotation may run over a page break with a repeated mark (batch lines 2941–2943).
      const here = docLines(e.doc).slice(e.line - 1, e.line + 3).join('').replace(/[\s“”"]/g, '');
      expect(here, `“${e.formula}” at ${e.doc}:${e.line}`).toContain(e.formula.split('、')[0]);
    }
  });

  // Listings may name more than the extractor counts (福州都市圈, “两区共建” whose members the text
  // does not name, unquoted ones); but a phrase that is a formula by itself must be one it found.
  test('a spec or listing of something the extractor counts as a formula matches one it found', () => {
    const found = (doc: string, pilot: string, formula: string) =>
      formulas.some((f) => f.source.doc === doc && f.pilot === pilot && text(f).includes(formula));
    const strays = [
      ...layouts.map((l) => ({ what: `${l.id}.json`, doc: l.source.doc, pilot: l.pilot, formula: l.formula })),
      ...unplaceable.map((e) => ({ what: 'unplaceable.json', ...e })),
    ].filter((x) => parseFormula(x.formula) !== null && !found(x.doc, x.pilot, x.formula));
    expect(strays.map((x) => `${x.what}: ${x.doc}:${x.pilot} “${x.formula}”`)).toEqual([]);
  });

  // The pilot's panel says why a formula is not drawn from its listing: every formula the panel finds
  // no layout for (same pilot, and its line or phrase) has one, so none falls back to a bare “not drawn”.
  test('every formula a pilot’s panel shows undrawn finds its listing, with the reason the panel gives', () => {
    const undrawn = formulas.filter((f) => !layouts.some((l) => l.pilot === f.pilot && (l.source.line === f.source.line || l.formula === f.formula)));
    expect(undrawn.length).toBeGreaterThan(20);
    expect(undrawn.filter((f) => !unplacedEntry(f, unplaceable)).map((f) => `${f.pilot} “${text(f)}”`)).toEqual([]);
    const yuanbaoshan = formulas.find((f) => f.pilot === 'neimenggu-yuanbaoshan' && f.formula === '一区四园')!;
    expect(unplacedEntry(yuanbaoshan, unplaceable)).toMatchObject({ reason: 'missing-places', line: 537 });
    expect(unplacedEntry(yuanbaoshan, unplaceable)?.detail.zh).toContain('美丽河');
  });

  test('lists each formula once', () => {
    const keys = unplaceable.map((e) => `${e.doc}|${e.pilot}|${e.formula}|${e.line}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

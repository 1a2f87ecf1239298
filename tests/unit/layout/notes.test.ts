// The notes of the shipped plans (why a membership is the text's or our reading) and the reasons of
// unplaceable.json are in Chinese and English, and the Chinese says what the English says about the
// text: the same line numbers and figures, the same place names and quoted phrases.
import { describe, expect, test } from 'vitest';
import { buildLayouts } from '../../../pipeline/layouts.ts';
import { LayoutSchema, UnplaceableSchema, type Note } from '../../../src/core/layout/index.ts';
import { LayoutsDetailsSchema } from '../../../src/core/schema/layouts-index.ts';
import { gazetteer, manifest, readJson, specs, topologies } from './fixtures.ts';

const layouts = specs().map(({ spec }) => LayoutSchema.parse(spec));
const unplaceable = UnplaceableSchema.parse(readJson('data/layouts/unplaceable.json')).formulas;

/** Every note of every shipped spec (the layout's and its elements'), and every unplaceable reason, with where it is. */
const notes: { where: string; note: Note }[] = [
  ...layouts.flatMap((l) => [
    ...(l.note ? [{ where: `${l.id} › note`, note: l.note }] : []),
    ...l.parts.flatMap((p, i) =>
      p.elements.flatMap((e, j) => (e.note ? [{ where: `${l.id} › parts[${i}].elements[${j}].note`, note: e.note }] : [])),
    ),
  ]),
  ...unplaceable.map((u, i) => ({ where: `unplaceable.json › formulas[${i}] (${u.formula}).detail`, note: u.detail })),
];

/**
 * What the Chinese leaves out of what the English cites: numbers (line numbers, km, years,
 * figures) and runs of Chinese characters (place names, quoted phrases of the source).
 */
function missingFromZh({ zh, en }: { zh: string; en: string }): string[] {
  const numbers = new Set(zh.match(/\d+/g) ?? []);
  return [
    ...(en.match(/\d+/g) ?? []).filter((n) => !numbers.has(n)),
    ...(en.match(/\p{Script=Han}+/gu) ?? []).filter((run) => !zh.includes(run)),
  ];
}

describe('bilingual plan notes', () => {
  test('every shipped note and unplaceable reason is {zh, en}, both non-empty', () => {
    // 46 element notes and 17 plan notes; 55 reasons.
    expect(notes.length).toBeGreaterThanOrEqual(63 + 55);
    for (const { where, note } of notes) {
      expect(typeof note, `${where} is a plain string, not {zh, en}`).toBe('object');
      const { zh, en } = note as { zh: string; en: string };
      expect(zh.trim().length, `${where}.zh`).toBeGreaterThan(0);
      expect(en.trim().length, `${where}.en`).toBeGreaterThan(0);
      // The Chinese is Chinese: more Han characters than Latin letters (file names such as unplaceable.json aside).
      const han = zh.match(/\p{Script=Han}/gu)?.length ?? 0;
      const latin = zh.replace(/[\w-]+\.json/g, '').match(/[A-Za-z]/g)?.length ?? 0;
      expect(han, `${where}.zh is not Chinese: ${zh}`).toBeGreaterThan(latin);
    }
  });

  test('the Chinese keeps every line number and every Chinese name or phrase the English cites', () => {
    for (const { where, note } of notes) {
      if (typeof note === 'string') continue; // failed above
      expect(missingFromZh(note), `${where}.zh: ${note.zh}`).toEqual([]);
    }
  });

  test('the check catches a Chinese note that drops a line number or changes a name', () => {
    const note = layouts.find((l) => l.id === 'changle')!.parts[0]!.elements[1]!.note as { zh: string; en: string };
    expect(missingFromZh(note)).toEqual([]);
    expect(missingFromZh({ ...note, zh: note.zh.replace('第 45 行', '第 44 行') })).toEqual(['45']);
    expect(missingFromZh({ ...note, zh: note.zh.replaceAll('文武砂', '文武沙') })).toEqual(['文武砂']);
  });

  test('the build carries both languages into layouts-details.json', () => {
    const built = buildLayouts(specs(), gazetteer, topologies, manifest.documents.map((d) => d.id), unplaceable);
    expect(built.errors).toEqual([]);
    const details = LayoutsDetailsSchema.parse({ layouts: built.details }).layouts;
    const elementNotes = Object.values(details).flatMap((d) => d.elements.flatMap((e) => (e.note ? [e.note] : [])));
    expect(elementNotes).toHaveLength(notes.filter((n) => n.where.includes('elements')).length);
    for (const n of [...elementNotes, ...Object.values(details).flatMap((d) => (d.note ? [d.note] : []))]) expect(n).toEqual({ zh: expect.any(String), en: expect.any(String) });
    const fuzhou = details.fuzhou!;
    expect(fuzhou.undrawn.map((u) => u.detail.zh)).toEqual(['“双核两廊十四片”中，原文只点名了双核（大学城、东南(福建)科学城）；两廊未点名。', '“双核两廊十四片”中的十四个片区均未点名。']);
    expect(fuzhou.undrawn[0]!.detail.en).toContain('the two corridors are not named');
  });

  test('a person’s draft may still write a note as a plain string', () => {
    const draft = structuredClone(readJson('data/layouts/hancheng.json')) as { note: unknown; parts: { elements: { note?: unknown }[] }[] };
    draft.note = 'my own reading';
    draft.parts[0]!.elements[0]!.note = '我的解读';
    const parsed = LayoutSchema.parse(draft);
    expect(parsed.note).toBe('my own reading');
    expect(LayoutSchema.safeParse({ ...draft, note: { zh: '只有中文' } }).success).toBe(false);
  });
});

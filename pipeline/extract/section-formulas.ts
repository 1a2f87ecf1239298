import { parseFormula, quotedPhrases, type ParsedPart } from './formulas';
import { assign, explanationAfter, itemHeads, namesBefore, namesEndingWith, partMembers } from './members';
import type { FormulaPart } from './schema';
import type { Section } from './segment';
import { lineAt, origText, sliceSpan, type Span } from './span';
import { sentences } from './sentences';

/** A formula of a section, ready to become a Formula once its pilot id is known. */
export type SectionFormula = {
  readonly formula: string;
  readonly parts: FormulaPart[];
  readonly line: number;
  readonly text: string;
};

/** How far ahead a paragraph explaining one part (“三带贯通”,即…) is looked for. */
const EXPLANATION_WINDOW = 8;

/** Each part's word in the source's own script, found at its place in the phrase. */
function wordsInOriginal(parts: readonly ParsedPart[], phrase: Span): ParsedPart[] {
  let cursor = 0;
  return parts.map((p) => {
    const at = phrase.text.indexOf(p.word, cursor);
    if (at < 0) return p;
    cursor = at + p.word.length;
    return { ...p, word: phrase.orig.slice(at, at + p.word.length) };
  });
}

/** Members from paragraphs that open by quoting one segment: “三带贯通”,即… */
function explainedParts(parts: readonly ParsedPart[], following: readonly Span[]): (Span[] | null)[] {
  const multi = new Set(parts.map((p) => p.segment)).size > 1;
  return parts.map((p) => {
    if (!multi) return null;
    const para = following.find((f) => f.text.startsWith(`“${p.segment}”`));
    const expl = para ? explanationAfter(sliceSpan(para, p.segment.length + 2)) : null;
    return expl ? partMembers(p, expl) : null;
  });
}

/** Formulas quoted in a section, each once (its first statement), with members found anywhere near it. */
export function sectionFormulas(section: Section): SectionFormula[] {
  const byPhrase = new Map<string, SectionFormula>();
  section.paragraphs.forEach((para, i) => {
    for (const q of quotedPhrases(para.text)) {
      const phraseSpan = sliceSpan(para, q.start + 1, q.start + 1 + q.phrase.length);
      const parsed = parseFormula(q.phrase);
      if (!parsed) continue;
      const before = sliceSpan(para, 0, q.start);
      const after = sliceSpan(para, q.end);
      const expl = explanationAfter(after);
      const near: Span[] = [...namesBefore(before)];
      if (expl) {
        const heads = itemHeads(expl);
        near.push(...(heads.length > 0 ? heads : parsed.flatMap((p) => namesEndingWith(expl, p.word))));
      }
      const fromNear = assign(parsed, near);
      const fromParts = explainedParts(parsed, section.paragraphs.slice(i + 1, i + 1 + EXPLANATION_WINDOW));
      const parts = wordsInOriginal(parsed, phraseSpan).map((p, k): FormulaPart => {
        const m = fromNear[k] ?? fromParts[k] ?? null;
        const part: FormulaPart = { count: p.count, word: p.word };
        return m ? { ...part, members: m.map(origText) } : part;
      });
      const sentence = sentences(para).find((s) => s.text.includes(q.phrase)) ?? para;
      const found: SectionFormula = { formula: origText(phraseSpan), parts, line: lineAt(para, q.start + 1), text: origText(sentence) };
      const prior = byPhrase.get(q.phrase);
      if (!prior) byPhrase.set(q.phrase, found);
      else if (!prior.parts.some((p) => p.members) && parts.some((p) => p.members)) {
        byPhrase.set(q.phrase, { ...prior, parts });
      }
    }
  });
  return [...byPhrase.values()];
}

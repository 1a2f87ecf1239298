import { formulaCandidate, quotedPhrases, type ParsedPart } from './formulas';
import { assign, enumeration, explanationAfter, itemHeads, namesBefore, namesEndingWith, namesListedBefore, partMembers } from './members';
import type { FormulaPart } from './schema';
import type { Section } from './segment';
import { concatSpans, lineAt, origText, sliceSpan, type Span } from './span';
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

/**
 * Members of a formula of one numbered part with no verb of relation (“五大组团”), which is a
 * formula only when the text names exactly its count of members: listed right before it, or
 * after it (“…”，即 A；B；…, or a list A、B、…).
 */
function listedMembers(part: ParsedPart, before: Span, expl: Span | null): Span[] | null {
  const fit = (names: Span[]) => (part.count !== null && names.length === part.count ? names : null);
  return fit(namesListedBefore(before)) ?? (expl ? (fit(itemHeads(expl)) ?? fit(enumeration(expl))) : null);
}

/**
 * An unquoted area formula of one numbered part (西咸 line 3083: “包括空港、沣东、秦汉、沣西、泾河新城五大组团”,
 * no quotation marks): taken only where the names listed right before it are exactly its count.
 */
const UNQUOTED_AREA = /[两三四五六七八九十]+[大个](?:组团|新城|片区|板块)/gu;

/** Unquoted area formulas of a paragraph (outside its quotations) whose members are listed right before them. */
function unquotedAreas(para: Span, quoted: readonly { start: number; end: number }[]): { start: number; end: number; members: Span[] }[] {
  const out: { start: number; end: number; members: Span[] }[] = [];
  for (const m of para.text.matchAll(UNQUOTED_AREA)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quoted.some((q) => start < q.end && end > q.start)) continue;
    const candidate = formulaCandidate(m[0]);
    const part = candidate?.needsMembers ? candidate.parts[0] : undefined;
    const listed = part ? listedMembers(part, sliceSpan(para, 0, start), null) : null;
    if (listed) out.push({ start, end, members: listed });
  }
  return out;
}

/** Formulas quoted in a section, each once (its first statement), with members found anywhere near it; and unquoted ones whose members are listed (see `unquotedAreas`). */
export function sectionFormulas(section: Section): SectionFormula[] {
  const byPhrase = new Map<string, SectionFormula>();
  section.paragraphs.forEach((para, i) => {
    const quotations = quotedPhrases(para.text, para.lines);
    for (const u of unquotedAreas(para, quotations)) {
      const phrase = para.text.slice(u.start, u.end);
      const parsed = formulaCandidate(phrase)?.parts ?? [];
      const parts = wordsInOriginal(parsed, sliceSpan(para, u.start, u.end)).map((p): FormulaPart => ({ count: p.count, word: p.word, members: u.members.map(origText) }));
      const sentence = sentences(para).find((s) => s.text.includes(para.text.slice(Math.max(0, u.start - 8), u.end))) ?? para;
      if (!byPhrase.has(phrase)) byPhrase.set(phrase, { formula: origText(sliceSpan(para, u.start, u.end)), parts, line: lineAt(para, u.start), text: origText(sentence) });
    }
    for (const q of quotations) {
      const phraseSpan = concatSpans(q.pieces.map(([a, b]) => sliceSpan(para, a, b)));
      const candidate = formulaCandidate(q.phrase);
      if (!candidate) continue;
      const parsed = candidate.parts;
      const before = sliceSpan(para, 0, q.start);
      const after = sliceSpan(para, q.end);
      const expl = explanationAfter(after);
      const listed = candidate.needsMembers && parsed[0] ? listedMembers(parsed[0], before, expl) : null;
      if (candidate.needsMembers && !listed) continue;
      const near: Span[] = [...namesBefore(before)];
      if (expl) {
        const heads = itemHeads(expl);
        near.push(...(heads.length > 0 ? heads : parsed.flatMap((p) => namesEndingWith(expl, p.word))));
      }
      const fromNear = listed ? [listed] : assign(parsed, near);
      const fromParts = explainedParts(parsed, section.paragraphs.slice(i + 1, i + 1 + EXPLANATION_WINDOW));
      const parts = wordsInOriginal(parsed, phraseSpan).map((p, k): FormulaPart => {
        const m = fromNear[k] ?? fromParts[k] ?? null;
        const part: FormulaPart = { count: p.count, word: p.word };
        return m ? { ...part, members: m.map(origText) } : part;
      });
      const opening = para.text.slice(q.start, q.pieces[0]?.[1] ?? q.end);
      const sentence = sentences(para).find((s) => s.text.includes(opening)) ?? para;
      const found: SectionFormula = { formula: origText(phraseSpan), parts, line: lineAt(para, q.start + 1), text: origText(sentence) };
      const prior = byPhrase.get(q.phrase);
      if (!prior) byPhrase.set(q.phrase, found);
      else if (!prior.parts.some((p) => p.members) && parts.some((p) => p.members)) {
        byPhrase.set(q.phrase, { ...prior, parts });
      }
    }
  });
  // A part quoted again to explain it (烟台 line 411: “三带贯通”,即…) is not a formula of its own.
  const all = [...byPhrase.values()];
  const segmentsOf = (f: SectionFormula) => f.formula.split(/[、，,；;·\s]+/u);
  return all.filter((f) => !all.some((g) => g !== f && g.formula !== f.formula && segmentsOf(g).includes(f.formula)));
}

import { concatSpans, type Span } from './span';

/** Characters that end a paragraph for good: a line ending in one of them is never continued. */
const TERMINAL = /[。！？!?；;：:”’)）」』】…]$/;

/** Outline markers: “一、” “(一)” “第二章” “第三节” “专栏1” “表1” and numbered items “1.” “2、”. */
export const HEADING_MARKER =
  /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节]|专栏\s*\d|表\s*\d|\d{1,2}[.、](?!\d))/;

/** Bullets (“——”, “- ”): they open a new item but, unlike headings, run on as text. */
const BULLET = /^(?:——|-)/;

/** A heading line: an outline marker and no full stop (“（一）加快植入创新基因，推动…”). */
export function isHeadingText(text: string): boolean {
  return HEADING_MARKER.test(text) && !text.includes('。');
}

/**
 * Does `text` stop in mid-sentence at a page break? The batch document was extracted from a PDF
 * whose page breaks cut sentences and even words (line 1903 ends “…落户城镇，常”, line 1905 goes on
 * “住人口城镇化率达到 55%”). A line is continued when it ends without closing punctuation, is not
 * a heading, and reads like running text: long, or already holding a comma or a full stop.
 */
export function endsMidSentence(text: string): boolean {
  if (text.length === 0 || TERMINAL.test(text) || text.startsWith('|')) return false;
  if (isHeadingText(text)) return false;
  return text.length >= 40 || /[，,、；。]/.test(text);
}

/** Can `text` continue the previous line? Not when it opens a heading, a list item or a table row. */
export function canContinue(text: string): boolean {
  return text.length > 0 && !HEADING_MARKER.test(text) && !BULLET.test(text) && !text.startsWith('|');
}

/**
 * Normalised lines → paragraphs. Each non-blank line is a paragraph, except that a line cut at a
 * page break is joined with the next non-blank line; the join adds nothing between them, so “常”
 * + “住人口城镇化率” read “常住人口城镇化率” while each character keeps its own line number.
 */
export function paragraphs(lines: readonly Span[]): Span[] {
  const out: Span[] = [];
  let pending: Span[] = [];
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const last = pending[pending.length - 1];
    if (last && !(endsMidSentence(last.text) && canContinue(line.text))) {
      out.push(concatSpans(pending));
      pending = [];
    }
    pending.push(line);
  }
  if (pending.length > 0) out.push(concatSpans(pending));
  return out;
}

/** Width of a text in the font being drawn, px. */
export type Measure = (text: string) => number;

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Ideographs, kana, hangul, CJK and full-width punctuation: a line may break between any two of them. */
const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Closing punctuation (and stops): never at the start of a line. */
const CLOSING = /^[)\]}>,.;:!?%…‥·、。，．：；！？）］｝〉》」』】〕〗〙〛”’ー々〆ゝゞ]/u;
/** Opening punctuation: never at the end of a line. */
const OPENING = /[([{<（［｛〈《「『【〔〖〘〚“‘]$/u;
/** Latin runs without a space break only after these (a hyphen, a dash, a slash). */
const BREAK_AFTER = /[-‐–—/]$/u;

const isSpace = (s: string) => /^\s+$/u.test(s);
const split = (text: string, segmenter: Intl.Segmenter) => [...segmenter.segment(text)].map((s) => s.segment);

/** Whether a line may break between two adjacent pieces of text (neither of them white space). */
function mayBreak(before: string, after: string): boolean {
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  if (CJK.test(before.slice(-1)) || CJK.test(after[0]!)) return true;
  return BREAK_AFTER.test(before);
}

/** The text as unbreakable pieces, each with the white space before it (where a line may also break). */
function pieces(text: string): { space: string; text: string }[] {
  const out: { space: string; text: string }[] = [];
  let space = '';
  // Words by Unicode word boundaries; words holding CJK characters into single characters, as CJK breaks between any two.
  for (const word of split(text, words).flatMap((w) => (CJK.test(w) ? split(w, graphemes) : [w]))) {
    if (isSpace(word)) {
      space += word;
      continue;
    }
    const last = out[out.length - 1];
    if (last && (space ? CLOSING.test(word) || OPENING.test(last.text) : !mayBreak(last.text, word))) last.text += space + word;
    else out.push({ space, text: word });
    space = '';
  }
  return out;
}

/**
 * A piece wider than a whole line, cut into lines of as many characters as fit (at least one each),
 * moving a character down where the next line would start with closing punctuation or this one end with opening.
 */
function hardSplit(text: string, maxWidth: number, measure: Measure): string[] {
  const chars = split(text, graphemes);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join('')) <= maxWidth) end += 1;
    while (end < chars.length && end - 1 > start && (CLOSING.test(chars[end]!) || OPENING.test(chars[end - 1]!))) end -= 1;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/**
 * Line breaking for canvas and SVG text (which have none), by Unicode word and grapheme boundaries:
 * Latin text breaks at spaces (and after hyphens, dashes and slashes), CJK text between any two
 * characters, except that closing punctuation (，。、；：）」…) never starts a line and opening punctuation
 * (（「“…) never ends one. Greedy: as many pieces per line as fit in `maxWidth`. At most `maxLines`
 * lines; the last one ends with … when text is left over.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim())) {
    const joined = line ? line + piece.space + piece.text : piece.text;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const parts = measure(piece.text) <= maxWidth ? [piece.text] : hardSplit(piece.text, maxWidth, measure);
    lines.push(...parts.slice(0, -1));
    line = parts[parts.length - 1]!;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[kept.length - 1] = ellipsize(`${kept[kept.length - 1]!}…`, maxWidth, measure);
  return kept;
}

/** The text, shortened with … until it fits in `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text.replace(/…$/, '')];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

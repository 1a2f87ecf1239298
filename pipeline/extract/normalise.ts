import type { Span } from './span';

/** Characters outside the full-width block that still need an ASCII form for matching. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  '\u3000': ' ', // ideographic space
  '\u2236': ':', // ∶ ratio colon, as in “2.2∶1”
  '\uFE6A': '%', // ﹪ small percent sign
  '\u00A0': ' ', // no-break space
};

/** Full-width ASCII variants (U+FF01–U+FF5E) → ASCII; everything else unchanged. */
export function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return EXTRA_FOLDS[ch] ?? ch;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);
const isAsciiWordChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/**
 * One source line → a Span for matching: full-width digits and punctuation folded to ASCII and
 * the PDF's spaces dropped (“2014 年” → “2014年”, “55 %” → “55%”), except one space between two
 * ASCII letters or digits so that neither words nor separate numbers run together.
 * `orig` is the line as it stands in the file (before any conversion); it must have the same
 * length as `text` (traditional→simplified conversion keeps lengths, see simplify.ts).
 */
export function normaliseLine(text: string, lineNo: number, orig: string = text): Span {
  let out = '';
  let outOrig = '';
  const lines: number[] = [];
  const folded = Array.from({ length: text.length }, (_, i) => foldWidth(text[i] ?? ''));
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    if (isSpace(ch)) {
      let j = i + 1;
      while (j < folded.length && isSpace(folded[j] ?? '')) j++;
      const keep = isAsciiWordChar(out[out.length - 1]) && isAsciiWordChar(folded[j]);
      if (keep) {
        out += ' ';
        outOrig += ' ';
        lines.push(lineNo);
      }
      i = j - 1;
      continue;
    }
    out += ch;
    outOrig += orig[i] ?? ch;
    lines.push(lineNo);
  }
  return { text: out, orig: outOrig, lines };
}

/** Split a file's text into lines (LF or CRLF); line n of the file is element n − 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

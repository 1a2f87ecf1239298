/**
 * A PDF's text layer as the lines a person reads on its pages: pdf.js's text items grouped by
 * baseline, joined without spaces between Chinese characters, blank lines from the gaps between
 * lines, and the radicals PDF writers put in the text layer read as the characters the page shows.
 * Pure: the unit tests run it on items as pdf.js gives them.
 */

/** A text item of pdf.js's getTextContent (marked-content items have no `str`). */
export interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** A line of a PDF page: its baseline and its items left to right. */
interface PdfLine {
  y: number;
  size: number;
  items: PdfItem[];
}

/** CJK ideographs, kana, hangul, CJK and full-width punctuation: no space between two of these. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * CJK radicals (U+2E80–U+2EFF) as the characters they are drawn like (NFKC maps only two of them):
 * the whole characters (⺠ 民, ⻓ 长, ⻔ 门 …) and the components a font also has as characters
 * (⺡ 氵, ⻌ 辶 …), after Unicode's equivalent unified ideographs.
 */
const RADICAL_CHARACTERS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    '⺁厂', '⺂乛', '⺃乚', '⺅亻', '⺉刂', '⺌小', '⺏尣', '⺐尢', '⺒巳', '⺓幺', '⺔彑', '⺕彐', '⺖忄', '⺗心', '⺘扌', '⺙攵', '⺛旡', '⺝月',
    '⺞歺', '⺟母', '⺠民', '⺡氵', '⺣灬', '⺤爫', '⺦丬', '⺧牛', '⺨犭', '⺩王', '⺫目', '⺬示', '⺭礻', '⺯糹', '⺰纟', '⺱罓', '⺷羊', '⺹耂',
    '⺺肀', '⺾艹', '⻂衤', '⻄西', '⻅见', '⻆角', '⻈讠', '⻉贝', '⻋车', '⻌辶', '⻐钅', '⻑長', '⻒镸', '⻓长', '⻔门', '⻖阝', '⻘青', '⻙韦',
    '⻚页', '⻛风', '⻜飞', '⻝食', '⻟飠', '⻠饣', '⻢马', '⻣骨', '⻤鬼', '⻥鱼', '⻦鸟', '⻧卤', '⻨麦', '⻩黄', '⻪黾', '⻫斉', '⻬齐', '⻮齿',
    '⻯竜', '⻰龙', '⻱龜', '⻲亀', '⻳龟',
  ].map((pair) => [pair[0]!, pair[1]!]),
);

/**
 * Rare characters that Source Han / Noto CJK SC fonts draw with the glyph of a common one, which a
 * PDF's text layer then names (a PDF of 胶 says 㬵); and, in simplified Chinese only, 戶 for 户.
 */
const SHARED_GLYPHS: Readonly<Record<string, string>> = { '\u3b35': '胶', '\u3ada': '曶', '\u3ba3': '槩', '\u3b3a': '幐' };

/**
 * A PDF's text as the page shows it. CJK fonts draw a radical and its character with one glyph, and
 * PDF writers (Chromium's among them, Word's often) map that glyph back to the radical, so the text
 * layer says ⼯作⽅案 or 农⺠ where the page shows 工作方案, 农民: Kangxi radicals (U+2F00–U+2FDF)
 * become their characters by NFKC, CJK radicals by the table above. A two-em dash glyph (⸺, how
 * fonts draw “——”) becomes the two dashes Chinese text writes.
 */
export const unifyRadicals = (text: string): string =>
  text
    .replace(/[\u2e80-\u2fdf\u3b35\u3ada\u3ba3\u3b3a]/g, (c) => RADICAL_CHARACTERS[c] ?? SHARED_GLYPHS[c] ?? c.normalize('NFKC'))
    .replace(/\u2e3a/g, '\u2014\u2014')
    .replace(/\u2e3b/g, '\u2014\u2014\u2014');

/** Common characters written differently in simplified and traditional Chinese. */
const SIMPLIFIED_ONLY = /[这国们发区为会对时实现经济县镇规划与业产务设资门长东车马户]/g;
const TRADITIONAL_ONLY = /[這國們發區為會對時實現經濟縣鎮規劃與業產務設資門長東車馬]/g;

/** Whether a text is simplified Chinese: more of its common characters in their simplified forms than in traditional ones. */
export const isSimplified = (text: string): boolean => (text.match(SIMPLIFIED_ONLY)?.length ?? 0) > (text.match(TRADITIONAL_ONLY)?.length ?? 0);

/** A PDF's lines as the page shows them (see unifyRadicals); in simplified Chinese, 戶 (the glyph of 户 in SC fonts) as 户. */
export function asShown(lines: readonly string[]): string[] {
  const unified = lines.map(unifyRadicals);
  return isSimplified(unified.join('')) ? unified.map((line) => line.replace(/戶/g, '户')) : unified;
}

/** Groups a page's text items into lines by baseline (top to bottom), each line's items left to right. */
function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const placed = items
    .filter((item) => item.str !== '')
    .map((item) => ({ item, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const p of placed) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - p.y) <= Math.max(last.size, p.size) * 0.5) {
      last.items.push(p.item);
      last.size = Math.max(last.size, p.size);
    } else lines.push({ y: p.y, size: p.size, items: [p.item] });
  }
  for (const line of lines) line.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  return lines;
}

/**
 * A line's items joined: nothing between two CJK characters (a PDF places each glyph run on its
 * own, and Chinese has no spaces between words); one space where a gap of more than a fifth of the
 * font size separates Latin letters or digits, or a gap of more than a full character separates
 * anything (columns, tabs). Spaces the PDF itself holds are kept.
 */
function joinLine(line: PdfLine): string {
  let out = '';
  let end: number | null = null;
  for (const item of line.items) {
    const x = item.transform[4] ?? 0;
    if (end !== null && out !== '' && !/\s$/.test(out) && !/^\s/.test(item.str)) {
      const gap = x - end;
      const cjk = CJK.test(out.slice(-1)) || CJK.test(item.str.charAt(0));
      if (gap > line.size * (cjk ? 1 : 0.2)) out += ' ';
    }
    out += item.str;
    end = x + item.width;
  }
  return out.trimEnd();
}

/**
 * A PDF's text as lines: each page's items grouped by baseline, top to bottom, pages in order. A
 * gap between two lines of about k line steps (the document's usual distance between baselines)
 * becomes k − 1 blank lines, as the text of a PDF reads when it is copied out (the corpus's blank
 * lines between paragraphs came that way).
 */
export function pdfLines(pages: readonly (readonly PdfItem[])[]): string[] {
  const grouped = pages.map(pageLines);
  // The line step: the shorter distances between baselines at least a font size apart (a tenth of
  // the way up, so paragraph gaps and blank lines, however many, do not count as the step).
  const steps = grouped
    .flatMap((lines) => lines.slice(1).map((line, i) => ({ d: lines[i]!.y - line.y, size: Math.min(lines[i]!.size, line.size) })))
    .filter(({ d, size }) => d >= size * 0.95)
    .map(({ d }) => d)
    .sort((a, b) => a - b);
  let step = steps.length > 0 ? steps[Math.floor((steps.length - 1) / 10)]! : 0;
  // A document whose every text line is followed by a blank one has no shorter step to find: lines
  // are set 1–2 font sizes apart, so a step of more than 2.2 font sizes holds blank lines (a gap of
  // three font sizes is a line and a blank line at 1.5 spacing).
  const sizes = grouped.flatMap((lines) => lines.map((line) => line.size)).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 0;
  if (size > 0 && step > 2.2 * size) step /= Math.round(step / (1.5 * size));
  const out: string[] = [];
  for (const lines of grouped) {
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous && step > 0) {
        const blanks = Math.round((previous.y - line.y) / step) - 1;
        for (let k = 0; k < Math.min(blanks, 20); k++) out.push('');
      }
      out.push(joinLine(line));
    });
  }
  return asShown(out);
}

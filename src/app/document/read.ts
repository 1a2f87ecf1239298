/**
 * Reads a document a person dropped or picked into text and lines, in the browser only: plain text
 * (UTF-8 with or without a byte-order mark, UTF-16 LE/BE, GB18030/GBK), Word .docx (mammoth) and
 * PDF with a text layer (pdf.js). The two libraries load by import() when the first such file comes,
 * so the page's first download does not carry them. A file that cannot be read throws a
 * DocumentError naming the file and what is wrong, in Chinese and English.
 *
 * `lines` are the text split as the shipped corpus is split for provenance (line n is element
 * n − 1; LF or CRLF ends a line, as in pipeline/extract/normalise.ts splitLines and the source
 * viewer), so a record's line number opens the same line of the person's document.
 */
import type { Lang } from '../../core/url-state.ts';
import { decodeUserBytes } from '../../core/user-decode.ts';
import { t, type StringKey } from '../i18n.ts';

/** What can be wrong with a dropped document: the keys of its messages in the string table. */
export type DocumentProblem = Extract<StringKey, `document${string}`>;

export interface ReadDocument {
  /** The file's name as the person's system gave it. */
  name: string;
  kind: 'text' | 'docx' | 'pdf';
  /** How plain text was encoded: utf-8, utf-16le, utf-16be or gb18030 (GBK files read as GB18030, its superset). */
  encoding?: string;
  text: string;
  lines: string[];
}

/** The largest document read (as for a person's CSV or GeoJSON). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Extensions read as plain text. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md']);

/** A document that cannot be read: the file's name, what is wrong (a code and its words in both languages). */
export class DocumentError extends Error {
  readonly problem: Record<Lang, string>;

  constructor(
    /** The file's name as the person's system gave it. */
    readonly file: string,
    readonly code: DocumentProblem,
    readonly args: Record<string, string | number> = {},
  ) {
    const problem = { zh: t('zh', code, args), en: t('en', code, args) };
    super(`${file} › ${problem.zh}\n${file} › ${problem.en}`);
    this.name = 'DocumentError';
    this.problem = problem;
  }

  /** The message in one language: `规划.pdf › PDF 有密码保护…` (plain text: show it as text, never as HTML). */
  describe(lang: Lang): string {
    return `${this.file} › ${this.problem[lang]}`;
  }
}

/** The lowercased extension of a file name, without its dot; '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Splits text into lines as the corpus is split: LF or CRLF (a lone CR, old Mac text, was made LF before). */
export const splitDocumentLines = (text: string): string[] => text.split(/\r?\n/);

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 120);

/** Text from a document with no encoding of its own: lines as the corpus splits them, blank documents refused. */
function fromLines(name: string, kind: 'docx' | 'pdf', lines: string[]): ReadDocument {
  const text = lines.join('\n');
  if (text.trim() === '') throw new DocumentError(name, 'documentBlank');
  return { name, kind, text, lines: splitDocumentLines(text) };
}

/** Plain text of any of the supported encodings. */
function readText(name: string, bytes: Uint8Array): ReadDocument {
  const decoded = decodeUserBytes(bytes);
  if (decoded.binary) throw new DocumentError(name, decoded.binary === 'xls' ? 'documentOldWord' : 'documentBinary');
  const text = decoded.text.replace(/\r(?!\n)/g, '\n');
  if (text.trim() === '') throw new DocumentError(name, 'documentBlank');
  return { name, kind: 'text', encoding: decoded.encoding, text, lines: splitDocumentLines(text) };
}

/**
 * Reads a dropped or picked file. Throws a DocumentError (and nothing else) when the file is empty,
 * over 20 MB, of a kind it cannot read, binary, or holds no text.
 */
export async function readDocument(file: File): Promise<ReadDocument> {
  const name = file.name || '(unnamed)';
  if (file.size === 0) throw new DocumentError(name, 'documentEmpty');
  if (file.size > MAX_DOCUMENT_BYTES) throw new DocumentError(name, 'documentTooLarge', { size: megabytes(file.size) });
  const ext = extensionOf(name);
  if (ext === 'doc' || ext === 'wps') throw new DocumentError(name, 'documentOldWord');
  // No extension: read by what the bytes are (text, unless they are a PDF or a Word document).
  if (ext !== '' && ext !== 'docx' && ext !== 'pdf' && !TEXT_EXTENSIONS.has(ext)) throw new DocumentError(name, 'documentExtension', { ext: `.${ext}` });
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new DocumentError(name, 'documentUnreadable', { detail: detailOf(error) });
  }
  const isPdf = startsWith(bytes, PDF_MAGIC);
  const isZip = startsWith(bytes, ZIP_MAGIC);
  const isOle = startsWith(bytes, OLE_MAGIC);
  // What the bytes are wins over the name: a PDF saved as .txt is read as the PDF it is.
  if (isPdf) return readPdf(name, bytes);
  if (ext === 'pdf') throw new DocumentError(name, 'documentNotPdf');
  if (ext === 'docx' || (ext === '' && isZip)) {
    // Word saves a .docx with a password as an encrypted OLE container, not as a zip.
    if (isOle) throw new DocumentError(name, 'documentDocxPassword');
    if (!isZip) throw new DocumentError(name, 'documentNotDocx', { detail: 'not a zip archive' });
    return readDocx(name, bytes);
  }
  if (isZip) throw new DocumentError(name, 'documentBinary');
  return readText(name, bytes);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** What mammoth's document tree holds that the lines need (its element types, as mammoth names them). */
interface WordElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: WordElement[];
}

/**
 * The lines of a Word document: one per paragraph (table cells' paragraphs included, in order), a
 * line break (Shift+Enter) starting a new line, a tab kept as a tab. mammoth reads the document;
 * its raw-text output would put a blank line after every paragraph and drop line breaks, so the
 * lines come from the document tree it hands to `transformDocument`.
 */
export function wordLines(root: WordElement): string[] {
  const lines: string[] = [];
  let line: string | null = null;
  const visit = (element: WordElement): void => {
    switch (element.type) {
      case 'text':
        line = (line ?? '') + (element.value ?? '');
        return;
      case 'tab':
        line = (line ?? '') + '\t';
        return;
      case 'break':
        if (element.breakType === 'line') {
          lines.push(line ?? '');
          line = '';
        }
        return;
      case 'paragraph':
        if (line !== null) lines.push(line);
        line = '';
        element.children?.forEach(visit);
        lines.push(line);
        line = null;
        return;
      default:
        element.children?.forEach(visit);
    }
  };
  visit(root);
  if (line !== null) lines.push(line);
  return lines;
}

async function readDocx(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ReadDocument> {
  let mammoth: typeof import('mammoth');
  try {
    const module = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
    mammoth = module.default ?? module;
  } catch (error) {
    throw new DocumentError(name, 'documentReaderFailed', { detail: detailOf(error) });
  }
  let tree: WordElement | null = null;
  try {
    // `arrayBuffer` is what mammoth's browser build reads, `buffer` its Node build (the unit tests).
    const input = { arrayBuffer: bytes.buffer, buffer: bytes.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    await mammoth.convertToHtml(input, {
      // Keep the tree and give the HTML step nothing to do (no images read, no HTML built).
      transformDocument: (document: unknown) => {
        tree = document as WordElement;
        return { ...(document as object), children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch (error) {
    throw new DocumentError(name, 'documentNotDocx', { detail: detailOf(error) });
  }
  if (!tree) throw new DocumentError(name, 'documentNotDocx', { detail: 'no document part' });
  return fromLines(name, 'docx', wordLines(tree));
}

/** A text item of pdf.js's getTextContent (marked-content items have no `str`). */
interface PdfItem {
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

/** pdf.js, loaded on first use, with its worker from the app's own origin (no CDN). */
let pdfjsLoading: Promise<typeof import('pdfjs-dist')> | null = null;
const loadPdfjs = () => (pdfjsLoading ??= import('pdfjs-dist').catch((error: unknown) => {
  pdfjsLoading = null;
  throw error;
}));

/**
 * The Adobe CMaps of Chinese (Adobe-GB1 and Adobe-CNS1 and the GB, GBK, GB18030, Big5, CNS and
 * HKSCS encodings), which pdf.js needs to read the text of a PDF whose Chinese fonts are not
 * embedded (older office and government PDFs name STSong-Light or MSung with UniGB-UCS2-H and the
 * like). Each is a chunk of its own holding the file as a data URL, loaded only when a PDF names it:
 * no request outside the page's origin, and none the CSP's connect-src would refuse.
 */
const CMAPS = import.meta.glob<string>(
  [
    '/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/Adobe-CNS1-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/{GB,UniGB,B5,UniCNS,ETen,ETHK,HK,CNS}*.bcmap',
  ],
  { query: '?inline', import: 'default' },
);

/** Hands pdf.js the CMaps above (pdf.js's BinaryDataFactory: the worker asks the page for them). */
class ChineseCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load = kind === 'cMapUrl' ? CMAPS[`/node_modules/pdfjs-dist/cmaps/${filename}`] : undefined;
    if (!load) throw new Error(`no ${kind === 'cMapUrl' ? 'CMap' : kind} ${filename}`);
    const url = await load();
    const binary = atob(url.slice(url.indexOf(',') + 1));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }
}

/** A worker running pdf.js's parser, served from the app's origin; null where workers cannot start (pdf.js then parses on the page). */
async function pdfWorker(pdfjs: typeof import('pdfjs-dist')): Promise<{ pdf: InstanceType<typeof pdfjs.PDFWorker>; port: Worker } | null> {
  if (typeof Worker === 'undefined') return null;
  const { default: url } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  try {
    const port = new Worker(url, { type: 'module' });
    return { pdf: pdfjs.PDFWorker.create({ port }), port };
  } catch {
    return null;
  }
}

async function readPdf(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ReadDocument> {
  let pdfjs: typeof import('pdfjs-dist');
  let worker: Awaited<ReturnType<typeof pdfWorker>>;
  try {
    pdfjs = await loadPdfjs();
    worker = await pdfWorker(pdfjs);
  } catch (error) {
    throw new DocumentError(name, 'documentReaderFailed', { detail: detailOf(error) });
  }
  const task = pdfjs.getDocument({
    data: bytes,
    ...(worker ? { worker: worker.pdf } : {}),
    // The pages' CSP forbids eval and WebAssembly compilation: pdf.js takes its plain-JS paths.
    isEvalSupported: false,
    useWasm: false,
    // Text only: no fonts are turned into FontFace objects, nothing is fetched.
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // CMaps from the app's own bundle (ChineseCMaps), asked for by the worker through the page.
    BinaryDataFactory: ChineseCMaps,
    useWorkerFetch: false,
    cMapPacked: true,
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      const kind = (error as { name?: string } | null)?.name;
      if (kind === 'PasswordException') throw new DocumentError(name, 'documentPdfPassword');
      throw new DocumentError(name, 'documentPdfBroken', { detail: detailOf(error) });
    }
    const pages: PdfItem[][] = [];
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        pages.push(content.items.filter((item): item is PdfItem & (typeof content.items)[number] => 'str' in item));
        page.cleanup();
      }
    } catch (error) {
      throw new DocumentError(name, 'documentPdfBroken', { detail: detailOf(error) });
    }
    const lines = pdfLines(pages);
    if (lines.every((line) => line.trim() === '')) throw new DocumentError(name, 'documentPdfNoText', { pages: pdf.numPages });
    return fromLines(name, 'pdf', lines);
  } finally {
    await task.destroy().catch(() => undefined);
    worker?.pdf.destroy();
    worker?.port.terminate();
  }
}

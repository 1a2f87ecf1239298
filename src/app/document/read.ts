/**
 * Reads a document a person dropped or picked into text and lines, in the browser only: plain text
 * (UTF-8 with or without a byte-order mark, UTF-16 LE/BE, GB18030/GBK). A file that cannot be read
 * throws a DocumentError naming the file and what is wrong, in Chinese and English.
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
  // No extension: read as text when the bytes are text (the binary check says otherwise).
  if (ext !== '' && !TEXT_EXTENSIONS.has(ext)) throw new DocumentError(name, 'documentExtension', { ext: `.${ext}` });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new DocumentError(name, 'documentUnreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  return readText(name, bytes);
}

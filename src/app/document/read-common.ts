/**
 * What the readers of a person's document share: what a read document is, the error that names the
 * file and its problem in both languages, and the lines a document's text splits into.
 *
 * `lines` are the text split as the shipped corpus is split for provenance (line n is element
 * n − 1; LF or CRLF ends a line, as in pipeline/extract/normalise.ts splitLines and the source
 * viewer), so a record's line number opens the same line of the person's document.
 */
import type { Lang } from '../../core/url-state.ts';
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

/** Splits text into lines as the corpus is split: LF or CRLF (a lone CR, old Mac text, was made LF before). */
export const splitDocumentLines = (text: string): string[] => text.split(/\r?\n/);

export const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 120);

/** Text from a document with no encoding of its own: lines as the corpus splits them, blank documents refused. */
export function fromLines(name: string, kind: 'docx' | 'pdf', lines: string[]): ReadDocument {
  const text = lines.join('\n');
  if (text.trim() === '') throw new DocumentError(name, 'documentBlank');
  return { name, kind, text, lines: splitDocumentLines(text) };
}

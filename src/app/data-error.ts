/**
 * Errors of the app's data files, each naming the file (its path under the page), the place in it
 * (a line and column, or a path like `features[3].properties.id`) and what is wrong, in Chinese and
 * in English. `message` is the English text (`data/x.json › line 1, column 5 › …`) for the console;
 * describeError gives the text for the user's language.
 */
import type { Lang } from '../core/url-state.ts';
import type { z } from '../core/schema/zod.ts';

export type Bilingual = Record<Lang, string>;

export interface FileIssue {
  /** Where in the file: `line 1, column 5` or a path; null when it is the whole file. */
  place: Bilingual | null;
  problem: Bilingual;
}

export class DataFileError extends Error {
  constructor(
    /** The file's path as the page fetches it, e.g. `data/layouts.geojson`. */
    readonly file: string,
    readonly issues: readonly FileIssue[],
  ) {
    super(issues.map((issue) => [file, issue.place?.en, issue.problem.en].filter(Boolean).join(' › ')).join('\n'));
    this.name = 'DataFileError';
  }
}

/** The text of an error for the user, in their language (other errors: their message). */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof DataFileError) {
    return error.issues.map((issue) => [error.file, issue.place?.[lang], issue.problem[lang]].filter(Boolean).join(' › ')).join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

/** The file an error names, if it is about a data file. */
export function fileOf(error: unknown): string | null {
  if (error instanceof DataFileError) return error.file;
  const match = error instanceof Error ? /^(data\/\S+) › /.exec(error.message) : null;
  return match ? match[1]! : null;
}

const lineColumn = (line: number, column: number): Bilingual => ({ zh: `第 ${line} 行第 ${column} 列`, en: `line ${line}, column ${column}` });

/** Line and column (1-based) of a character offset in a text. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/**
 * Parses the text of a JSON file; a syntax error names the line and column where parsing stopped,
 * and says the file is cut short when that is at its end (a truncated download or write).
 */
export async function parseJsonText(file: string, text: string): Promise<unknown> {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    let offset = position ? Number(position[1]) : /end of (JSON )?(input|data)/i.test(message) ? text.length : null;
    if (offset === null && !lineCol) {
      // The engine did not say where: find the first error with a JSON scanner (loaded only now).
      const { parse } = await import('jsonc-parser');
      const errors: import('jsonc-parser').ParseError[] = [];
      parse(text, errors, { allowTrailingComma: false, disallowComments: true });
      offset = errors[0]?.offset ?? null;
    }
    const atEnd = offset !== null && offset >= text.trimEnd().length;
    const where = offset !== null ? locate(text, offset) : lineCol ? { line: Number(lineCol[1]), column: Number(lineCol[2]) } : null;
    const detail = message.replace(/^(JSON\.parse: )?/, '').replace(/ in JSON at position \d+.*$/s, '').replace(/ at line \d+ column \d+.*$/s, '').replace(/\s+/g, ' ').slice(0, 80);
    const size = new TextEncoder().encode(text).length;
    const problem: Bilingual =
      text.trim() === ''
        ? { zh: '文件是空的', en: 'the file is empty' }
        : atEnd
          ? { zh: `JSON 在此意外结束：文件不完整（只有 ${size} 字节，可能被截断）`, en: `the JSON ends here unexpectedly: the file is incomplete (${size} bytes; truncated?)` }
          : { zh: `不是有效的 JSON（${detail}）`, en: `not valid JSON (${detail})` };
    throw new DataFileError(file, [{ place: where ? lineColumn(where.line, where.column) : null, problem }]);
  }
}

/** Fetches a data file's text; a failed request or HTTP status names the file. */
export async function fetchText(file: string, url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataFileError(file, [{ place: null, problem: { zh: `无法获取文件（${detail}）`, en: `could not be fetched (${detail})` } }]);
  }
  if (!response.ok) {
    throw new DataFileError(file, [{ place: null, problem: { zh: `服务器返回 HTTP ${response.status}`, en: `HTTP ${response.status}` } }]);
  }
  try {
    return await response.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataFileError(file, [{ place: null, problem: { zh: `读取中断（${detail}）`, en: `the download broke off (${detail})` } }]);
  }
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('') || '(root)';

/** The first few problems zod found, each at its path in the file (zod's own wording, in English). */
const MAX_ISSUES = 5;

/** Validates parsed JSON against a schema; the error names the file and the path of each problem. */
export function validate<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const shown: FileIssue[] = issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = pathOf(issue.path);
    return { place: { zh: path, en: path }, problem: { zh: `内容不符合格式：${issue.message}`, en: issue.message } };
  });
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - MAX_ISSUES;
    shown.push({ place: null, problem: { zh: `另有 ${more} 处问题`, en: `and ${more} more problems` } });
  }
  throw new DataFileError(file, shown);
}

/** Re-frames a plain `file › place › problem` error (thrown by a check elsewhere) as a DataFileError. */
export function asDataFileError(error: unknown): unknown {
  if (error instanceof DataFileError || !(error instanceof Error)) return error;
  const match = /^(data\/\S+) › (.+?) › ([^\n]+)$/.exec(error.message);
  if (!match) return error;
  const [, file, place, problem] = match as unknown as [string, string, string, string];
  return new DataFileError(file, [{ place: { zh: place, en: place }, problem: { zh: `内容不符合格式：${problem}`, en: problem } }]);
}

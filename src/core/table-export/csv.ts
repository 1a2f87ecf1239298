import type { Lang } from '../url-state.ts';
import { fieldNames, rowFields, type FieldValue } from './fields.ts';
import type { ExportMeta, TableColumn, TableRow } from './table-types.ts';

/**
 * The rows shown as CSV (RFC 4180): a header row, then one record per row in the order given,
 * CRLF line ends, and a UTF-8 byte-order mark so that Excel reads the Chinese as UTF-8.
 */

/** U+FEFF: Excel takes a CSV for UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
 * (OWASP "CSV injection"). Numbers are written as numbers and never changed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled), per RFC 4180 §2.6–2.7. */
export function csvField(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text, BOM first. `meta.year` fills the year of cells that give none. */
export function toCsv(rows: readonly TableRow[], columns: readonly TableColumn[], lang: Lang, meta: ExportMeta): string {
  const lines = [fieldNames(columns).map(csvField).join(',')];
  for (const row of rows) lines.push(rowFields(row, columns, lang, meta).map(csvField).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/** A person's delimited text (comma, tab or semicolon) of (adcode or name, value) read into rows, with the problems of the rows left out. */
import type { UserFile, UserRow } from './user-data.ts';
import { detectDelimiter, readRecords } from './user-csv.ts';
import { clip, KEY_FIELDS, MAX_PROBLEMS, numeric, VALUE_NAME } from './user-fields.ts';
import { UserFileError, type Problem } from './user-problems.ts';

/** Parses delimited text of (adcode or name, value): comma, tab or semicolon, header optional. */
export function parseCsv(name: string, text: string): UserFile {
  const { delimiter, skip } = detectDelimiter(text);
  const read = readRecords(text.slice(skip), delimiter);
  const offset = skip > 0 ? 1 : 0;
  const records = read.records.filter((r) => r.cells.some((c) => c.trim() !== '')).map((r) => ({ cells: r.cells.map((c) => c.trim()), line: r.line + offset }));
  const problems: Problem[] = [];
  if (read.unclosedQuote !== undefined) problems.push({ code: 'unclosedQuote', line: read.unclosedQuote + offset });
  const first = records[0];
  if (!first) throw new UserFileError(name, [{ code: 'empty' }]);
  // A first row whose name column is not a known header and whose other cells hold numbers is data: no header.
  const headerless = !KEY_FIELDS.includes(first.cells[0]!.toLowerCase()) && first.cells.length >= 2 && first.cells.slice(1).some((c) => numeric(c, delimiter) !== null);
  const columns = headerless ? first.cells.map((_, i) => (i === 0 ? 'name' : i === 1 ? 'value' : `column ${i + 1}`)) : first.cells;
  const body = headerless ? records : records.slice(1);
  if (columns.length < 2) throw new UserFileError(name, [{ code: 'oneColumn', line: first.line, args: { columns: clip(columns.join('')) } }]);
  const key = columns.find((c) => KEY_FIELDS.includes(c.toLowerCase())) ?? columns[0]!;
  const k = columns.indexOf(key);
  const sample = body.slice(0, 200);
  const numericShare = (i: number) => sample.filter((r) => numeric(r.cells[i], delimiter) !== null).length;
  const named = columns.findIndex((c, i) => i !== k && VALUE_NAME.test(c));
  let v = named;
  if (v < 0) {
    let best = 0;
    columns.forEach((_, i) => {
      const share = i === k ? 0 : numericShare(i);
      if (share > best) [best, v] = [share, i];
    });
  }
  if (v < 0) throw new UserFileError(name, [{ code: 'noNumbers', line: first.line, args: { columns: clip(columns.join(', '), 80) } }]);
  const valueField = columns[v]!;
  const rows: UserRow[] = [];
  for (const r of body) {
    const keyCell = r.cells[k] ?? '';
    const value = numeric(r.cells[v], delimiter);
    if (!keyCell) {
      if (problems.length < MAX_PROBLEMS) problems.push({ code: 'emptyKey', line: r.line, args: { key } });
    } else if (value === null) {
      if (problems.length < MAX_PROBLEMS) problems.push({ code: 'notNumber', line: r.line, args: { field: valueField, raw: clip(r.cells[v] ?? '') } });
    } else rows.push({ key: keyCell, value, line: r.line });
  }
  if (rows.length === 0) throw new UserFileError(name, [{ code: 'noRows', args: { key, field: valueField } }, ...problems.slice(0, 12)]);
  return { name, kind: 'csv', keyField: key, valueField, rows, problems, delimiter };
}

/**
 * A delimited-text reader that keeps each record's real line in the file: quoted fields may hold
 * delimiters, doubled quotes and line breaks (\n, \r\n or \r), so a record can span several lines
 * and the next one's line number still counts every line before it. One pass, O(length).
 */
export type Delimiter = ',' | '\t' | ';';

export interface CsvRecord {
  cells: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

export interface CsvRead {
  records: CsvRecord[];
  /** The line where a quote opened and never closed (from there on quotes are read as plain characters). */
  unclosedQuote?: number;
}

/** Splits text into records. */
export function readRecords(text: string, delimiter: Delimiter): CsvRead {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let unclosedQuote: number | undefined;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    // One record: fields until an unquoted line break or the end.
    for (;;) {
      let cell: string | null = null;
      if (text.charCodeAt(i) === 34 /* " */ && unclosedQuote === undefined) {
        // A quoted field: find its closing quote, counting the line breaks inside.
        let j = i + 1;
        let parts = '';
        let closed = false;
        let breaks = 0;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          closed = true;
          break;
        }
        if (closed) {
          for (let k = 0; k < parts.length; k++) {
            const c = parts.charCodeAt(k);
            if (c === 10 || (c === 13 && parts.charCodeAt(k + 1) !== 10)) breaks++;
          }
          line += breaks;
          cell = parts;
          i = j;
          // Characters after the closing quote up to the delimiter belong to the field (as spreadsheets read them).
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === d || c === 10 || c === 13) break;
            cell += text[i];
            i++;
          }
        } else {
          // Never closed: read this quote as a plain character, and every quote after it.
          unclosedQuote = line;
        }
      }
      if (cell === null) {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // A line break ends the record.
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    records.push({ cells, line: start });
  }
  return unclosedQuote === undefined ? { records } : { records, unclosedQuote };
}

/**
 * The delimiter of a file: Excel's "sep=;" first line if there is one, else the one of comma, tab
 * and semicolon found most often outside quotes in the first line (a header seldom holds any of
 * them in its names), tab first, then semicolon, on a tie. Returns how many characters the sep= line takes.
 */
export function detectDelimiter(text: string): { delimiter: Delimiter; skip: number } {
  const sep = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (sep) return { delimiter: sep[1] as Delimiter, skip: sep[0].length };
  const counts: Record<Delimiter, number> = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === '\t' || c === ';')) counts[c]++;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return { delimiter: counts[best] > 0 ? best : ',', skip: 0 };
}

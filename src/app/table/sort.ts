import { hasValue, provinceEnOf, type TableColumn, type TableRow } from '../../core/table-export/table-types.ts';
import type { Lang } from '../../core/url-state.ts';

/**
 * Sorting the table's rows. Pure (runs in node). Names and provinces sort by the language's collation
 * (zh: pinyin order, 北京 < 上海 < 天津; en: alphabetical, numbers by value), value columns by number.
 * Rows without a value always come last, in either direction. Ties keep the order rows came in.
 */

export type SortDirection = 'ascending' | 'descending';

/** A sort: by `key` (NAME_KEY, PROVINCE_KEY or a value column's id) in a direction. */
export interface SortState {
  key: string;
  direction: SortDirection;
}

/** The table's own columns. */
export const NAME_KEY = 'name';
export const PROVINCE_KEY = 'province';

/** The sort after choosing `key`: the same key again reverses; another key starts ascending. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** The keys a table of these columns sorts by. */
export const sortKeys = (columns: readonly TableColumn[]): string[] => [NAME_KEY, PROVINCE_KEY, ...columns.map((c) => c.id)];

/** The place of the value column `key` among the columns (null: not one of them). */
export function columnIndex(columns: readonly TableColumn[], key: string): number | null {
  const i = columns.findIndex((c) => c.id === key);
  return i === -1 ? null : i;
}

/**
 * The sort after new columns: the same key, else the value column in the same place (`index`), else
 * none; with the sorted value column's place to keep for the next change of columns.
 */
export function keptSort(
  sort: SortState | null,
  index: number | null,
  columns: readonly TableColumn[],
): { sort: SortState | null; index: number | null } {
  if (sort === null) return { sort, index };
  if (sortKeys(columns).includes(sort.key)) return { sort, index: columnIndex(columns, sort.key) };
  const replacement = index === null ? undefined : columns[index];
  if (replacement) return { sort: { key: replacement.id, direction: sort.direction }, index };
  return { sort: null, index: null };
}

const collator = (lang: Lang) => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });

/** The text a row sorts by under a text key, or undefined for a value key. */
function textOf(row: TableRow, key: string, lang: Lang): string | undefined {
  if (key === NAME_KEY) return lang === 'zh' ? row.name : row.nameEn;
  if (key === PROVINCE_KEY) return lang === 'zh' ? row.province : provinceEnOf(row);
  return undefined;
}

/** The rows in the order of `sort` (a new array; null keeps their order). */
export function sortRows(rows: readonly TableRow[], sort: SortState | null, lang: Lang): TableRow[] {
  const out = [...rows];
  if (sort === null) return out;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === NAME_KEY || sort.key === PROVINCE_KEY) {
    const compare = collator(lang).compare;
    const text = new Map(out.map((r) => [r, textOf(r, sort.key, lang) ?? '']));
    return out.sort((a, b) => sign * compare(text.get(a) as string, text.get(b) as string));
  }
  const valueOf = (r: TableRow) => {
    const cell = r.cells[sort.key];
    return hasValue(cell) ? cell.value : null;
  };
  return out.sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  });
}

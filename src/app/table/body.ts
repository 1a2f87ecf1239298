import { hasValue, type TableCell, type TableColumn, type TableRow } from '../../core/table-export/table-types.ts';
import type { Lang } from '../../core/url-state.ts';
import { rowName, rowProvince } from './rows.ts';
import { formatValue } from '../../core/format.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

/**
 * The columns whose values are of different years (a baseline: 房山区's of 2014 beside 烟台's of
 * 2020): their cells say their year, which a column of one year says in its heading.
 */
export function mixedYearColumns(rows: readonly TableRow[], columns: readonly TableColumn[]): Set<string> {
  const mixed = new Set<string>();
  for (const column of columns) {
    const years = new Set(rows.map((row) => row.cells[column.id]?.year).filter((year) => year != null));
    if (years.size > 1) mixed.add(column.id);
  }
  return mixed;
}

/**
 * A pilot's row: its name as a button (the row's `data-id` says which pilot), its province, and a
 * cell per column (with its year in the `withYear` columns). All text goes in as text nodes.
 */
export function pilotRow(row: TableRow, columns: readonly TableColumn[], lang: Lang, withYear: ReadonlySet<string> = new Set()): HTMLTableRowElement {
  const tr = el('tr');
  tr.dataset.id = row.id;
  const th = el('th');
  th.scope = 'row';
  const name = rowName(row, lang);
  const pilot = button('atlas-table-pilot', name);
  pilot.title = t(lang, 'tableShowPilot', { name });
  th.append(pilot);
  if (row.extent === 'approximate') th.append(el('span', 'atlas-table-approximate', t(lang, 'tableApproximateExtent')));
  // Why a boundary drawing differs from the document (遵义县 drawn as the later, smaller 播州区), under the name.
  else if (row.extentNote) th.append(el('small', 'atlas-table-extent-note', row.extentNote[lang]));
  tr.append(th, el('td', 'atlas-table-province', rowProvince(row, lang)));
  for (const column of columns) tr.append(valueCell(row.cells[column.id], column, lang, withYear.has(column.id)));
  return tr;
}

/** The one row of a table with no rows, spanning its `columns` measures and the two name columns. */
export function noRowsRow(columns: number, lang: Lang): HTMLTableRowElement {
  const td = el('td', 'atlas-table-empty', t(lang, 'tableNoRows'));
  td.colSpan = 2 + columns;
  const tr = el('tr');
  tr.append(td);
  return tr;
}

/** A value's cell: "no data", the value, or the value as a button (`data-column`) that opens its source; then its year where asked. */
function valueCell(cell: TableCell | undefined, column: TableColumn, lang: Lang, withYear: boolean): HTMLTableCellElement {
  const td = el('td', 'atlas-table-numeric');
  if (!hasValue(cell)) {
    td.classList.add('atlas-table-nodata');
    td.textContent = t(lang, 'tableNoData');
    return td;
  }
  const text = cell.text !== '' ? cell.text : formatValue(cell.value, cell.qualifier ?? 'exact', column.unit[lang], lang);
  const year = withYear && cell.year != null ? el('span', 'atlas-table-year', lang === 'zh' ? `（${cell.year}）` : ` (${cell.year})`) : null;
  if (!cell.source) {
    td.append(el('span', 'atlas-table-value', text), ...(year ? [year] : []));
    return td;
  }
  const b = button('atlas-table-value atlas-table-source', text);
  b.dataset.column = column.id;
  b.title = cell.source.text;
  b.setAttribute('aria-label', t(lang, 'tableSourceOf', { value: text, doc: cell.source.doc, line: cell.source.line }));
  td.append(b, ...(year ? [year] : []));
  return td;
}

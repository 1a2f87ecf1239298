import { hasValue, type TableCell, type TableColumn, type TableRow } from '../../core/table-export/table-types.ts';
import type { Lang } from '../../core/url-state.ts';
import { rowName, rowProvince } from './rows.ts';
import { formatValue } from '../../core/format.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

/**
 * A pilot's row: its name as a button (the row's `data-id` says which pilot), its province, and a
 * cell per column. All text goes in as text nodes.
 */
export function pilotRow(row: TableRow, columns: readonly TableColumn[], lang: Lang): HTMLTableRowElement {
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
  for (const column of columns) tr.append(valueCell(row.cells[column.id], column, lang));
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

/** A value's cell: "no data", the value, or the value as a button (`data-column`) that opens its source. */
function valueCell(cell: TableCell | undefined, column: TableColumn, lang: Lang): HTMLTableCellElement {
  const td = el('td', 'atlas-table-numeric');
  if (!hasValue(cell)) {
    td.classList.add('atlas-table-nodata');
    td.textContent = t(lang, 'tableNoData');
    return td;
  }
  const text = cell.text !== '' ? cell.text : formatValue(cell.value, cell.qualifier ?? 'exact', column.unit[lang], lang);
  if (!cell.source) {
    td.append(el('span', 'atlas-table-value', text));
    return td;
  }
  const b = button('atlas-table-value atlas-table-source', text);
  b.dataset.column = column.id;
  b.title = cell.source.text;
  b.setAttribute('aria-label', t(lang, 'tableSourceOf', { value: text, doc: cell.source.doc, line: cell.source.line }));
  td.append(b);
  return td;
}

import type { TableColumn } from '../../core/table-export/table-types.ts';
import type { Lang } from '../../core/url-state.ts';
import { NAME_KEY, PROVINCE_KEY, type SortState } from './sort.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

const ARROW = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column heading: a sort button (`data-sort` its key) with the label and an arrow. */
function heading(key: string, label: string, numeric: boolean): HTMLTableCellElement {
  const th = el('th', numeric ? 'atlas-table-numeric' : undefined);
  th.scope = 'col';
  const b = button('atlas-table-sort', '');
  b.dataset.sort = key;
  b.append(el('span', 'atlas-table-label', label), el('span', 'atlas-table-arrow'));
  b.lastElementChild?.setAttribute('aria-hidden', 'true');
  th.append(b);
  return th;
}

/** The headings of the table in `lang`: name, province, then a column per measure with its unit. */
export function headings(columns: readonly TableColumn[], lang: Lang): HTMLTableCellElement[] {
  return [
    heading(NAME_KEY, t(lang, 'tableName'), false),
    heading(PROVINCE_KEY, t(lang, 'province'), false),
    ...columns.map((c) => {
      const unit = c.unit[lang];
      const label = unit === '' ? c.label[lang] : lang === 'zh' ? `${c.label[lang]}（${unit}）` : `${c.label[lang]} (${unit})`;
      return heading(c.id, label, true);
    }),
  ];
}

/** Sets aria-sort and the arrows of the headings in `headRow` in place (so a focused heading keeps focus). */
export function markSort(headRow: HTMLTableRowElement, sort: SortState | null): void {
  for (const th of headRow.children) {
    const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
    const state = sort !== null && key === sort.key ? sort.direction : 'none';
    th.setAttribute('aria-sort', state);
    th.classList.toggle('is-sorted', state !== 'none');
    const arrow = th.querySelector('.atlas-table-arrow');
    if (arrow) arrow.textContent = ARROW[state];
  }
}

import { hasValue, type ExportMeta, type TableCell, type TableColumn, type TableRow } from '../../core/table-export/table-types.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';
import { downloadCsv, downloadGeoJson } from './download.ts';
import { focusMark, restoreFocus } from './focus.ts';
import { rowName, rowProvince } from './rows.ts';
import { formatValue } from '../../core/format.ts';
import { NAME_KEY, nextSort, PROVINCE_KEY, sortRows, type SortState } from './sort.ts';
import { t } from '../i18n.ts';
import './table.css';
import { el } from '../dom.ts';

export interface TableViewOptions {
  /** The user chose a pilot by its name. */
  onSelect(id: string): void;
  /** The user chose a value: open the sentence it comes from. */
  onSource(ref: SourceRef): void;
  /** The user sorted by a column heading (so the page can keep the sort in its URL). */
  onSort?(sort: SortState): void;
  /** When given, the view offers CSV and GeoJSON downloads of exactly the rows shown, in their order. */
  downloads?: {
    /** The pilots' geometries (pilots.geojson features). */
    features(): readonly PilotFeature[];
    /** What the rows are (title, year, permalink, time, documents). */
    meta(): ExportMeta;
  };
}


const button = (className: string, text: string): HTMLButtonElement => {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
};

const ARROW = { ascending: '▲', descending: '▼', none: '↕' } as const;

/**
 * The data behind the map as a table: a row per pilot (name button selects it), its province, and a
 * column per measure (value button opens its source). Column headings are sort buttons (aria-sort);
 * the sort survives update(). Everything is a native button, so it all works from the keyboard.
 * All text goes in as text nodes.
 */
export class TableView {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly headRow: HTMLTableRowElement;
  private readonly body: HTMLTableSectionElement;
  private readonly toolbar: HTMLElement | null;
  private rows: readonly TableRow[] = [];
  private byId = new Map<string, TableRow>();
  private columns: readonly TableColumn[] = [];
  private lang: Lang = 'zh';
  private captionText: string | undefined;
  private sort: SortState | null = null;
  /** Position of the sorted value column, so that a new measure in its place stays sorted. */
  private sortIndex: number | null = null;

  constructor(parent: HTMLElement, private readonly options: TableViewOptions) {
    this.element = el('section', 'atlas-table-view');
    this.element.hidden = true;
    const table = el('table', 'atlas-table');
    const caption = el('caption', 'atlas-table-caption');
    this.title = el('span', 'atlas-table-title');
    this.hint = el('span', 'atlas-table-hint');
    caption.append(this.title, this.hint);
    const head = el('thead');
    this.headRow = el('tr');
    head.append(this.headRow);
    this.body = el('tbody');
    table.append(caption, head, this.body);
    const scroller = el('div', 'atlas-table-scroll');
    scroller.append(table);

    this.toolbar = options.downloads ? el('div', 'atlas-table-toolbar') : null;
    if (this.toolbar) {
      this.toolbar.setAttribute('role', 'group');
      for (const format of ['csv', 'geojson'] as const) {
        const b = button('atlas-button atlas-table-download', '');
        b.dataset.format = format;
        this.toolbar.append(b);
      }
      this.toolbar.addEventListener('click', (e) => {
        const format = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-format]')?.dataset.format : undefined;
        if (format === 'csv' || format === 'geojson') this.download(format);
      });
      this.element.append(this.toolbar);
    }
    this.element.append(scroller);
    parent.append(this.element);

    this.headRow.addEventListener('click', (e) => {
      const key = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-sort]')?.dataset.sort : undefined;
      if (key !== undefined) this.sortBy(key);
    });
    this.body.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>('button') : null;
      const row = target?.closest<HTMLElement>('tr')?.dataset.id;
      if (!target || row === undefined) return;
      const column = target.dataset.column;
      if (column === undefined) this.options.onSelect(row);
      else {
        const source = this.byId.get(row)?.cells[column]?.source;
        if (source) this.options.onSource(source);
      }
    });
  }

  /**
   * Shows these rows and columns in `lang`, keeping the sort (by the same key, or by the value column
   * in the same place). `caption` replaces the default one. Calling it again with the same input
   * gives the same table, and focus stays on the same control where it still exists.
   */
  update(rows: readonly TableRow[], columns: readonly TableColumn[], lang: Lang, caption?: string): void {
    const focus = focusMark(this.element);
    this.rows = rows;
    this.byId = new Map(rows.map((r) => [r.id, r]));
    this.columns = columns;
    this.lang = lang;
    this.captionText = caption;
    this.sort = this.keptSort();
    this.renderChrome();
    this.renderHead();
    this.renderBody();
    restoreFocus(this.element, focus);
  }

  show(): void {
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  /** The rows in the order shown: what the downloads write. */
  shownRows(): TableRow[] {
    return sortRows(this.rows, this.sort, this.lang);
  }

  /** The columns shown. */
  shownColumns(): readonly TableColumn[] {
    return this.columns;
  }

  /** The current sort (null: the rows' own order). */
  get sortState(): SortState | null {
    return this.sort;
  }

  /** Sorts as given (null: the rows' own order); a key the table does not show is ignored. */
  setSort(sort: SortState | null): void {
    if (sort !== null && !this.sortKeys().includes(sort.key)) return;
    this.sort = sort;
    this.sortIndex = sort === null ? null : this.columnIndex(sort.key);
    this.syncHead();
    this.renderBody();
  }

  /** Removes the view from the page. */
  destroy(): void {
    this.element.remove();
  }

  private sortKeys(): string[] {
    return [NAME_KEY, PROVINCE_KEY, ...this.columns.map((c) => c.id)];
  }

  private columnIndex(key: string): number | null {
    const i = this.columns.findIndex((c) => c.id === key);
    return i === -1 ? null : i;
  }

  /** The sort after new columns: the same key, else the value column in the same place, else none. */
  private keptSort(): SortState | null {
    const sort = this.sort;
    if (sort === null) return null;
    if (this.sortKeys().includes(sort.key)) {
      this.sortIndex = this.columnIndex(sort.key);
      return sort;
    }
    const replacement = this.sortIndex === null ? undefined : this.columns[this.sortIndex];
    if (replacement) return { key: replacement.id, direction: sort.direction };
    this.sortIndex = null;
    return null;
  }

  private sortBy(key: string): void {
    this.sort = nextSort(this.sort, key);
    this.sortIndex = this.columnIndex(key);
    this.syncHead();
    this.renderBody();
    this.options.onSort?.(this.sort);
  }

  private download(format: 'csv' | 'geojson'): void {
    const downloads = this.options.downloads;
    if (!downloads) return;
    const rows = this.shownRows();
    if (format === 'csv') downloadCsv(rows, this.columns, this.lang, downloads.meta());
    else downloadGeoJson(downloads.features(), rows, this.columns, this.lang, downloads.meta());
  }

  private renderChrome(): void {
    const lang = this.lang;
    const what = this.columns.map((c) => c.label[lang]).join(lang === 'zh' ? '、' : ', ');
    this.title.textContent =
      this.captionText ?? t(lang, what === '' ? 'tableCaptionNone' : 'tableCaption', { what, n: this.rows.length });
    this.hint.textContent = t(lang, 'tableHint');
    if (this.toolbar) {
      this.toolbar.setAttribute('aria-label', t(lang, 'tableDownloads'));
      for (const b of this.toolbar.querySelectorAll<HTMLButtonElement>('[data-format]')) {
        b.textContent = t(lang, b.dataset.format === 'csv' ? 'tableDownloadCsv' : 'downloadGeojson');
      }
    }
  }

  private renderHead(): void {
    const lang = this.lang;
    const heading = (key: string, label: string, numeric: boolean) => {
      const th = el('th', numeric ? 'atlas-table-numeric' : undefined);
      th.scope = 'col';
      const b = button('atlas-table-sort', '');
      b.dataset.sort = key;
      b.append(el('span', 'atlas-table-label', label), el('span', 'atlas-table-arrow'));
      b.lastElementChild?.setAttribute('aria-hidden', 'true');
      th.append(b);
      return th;
    };
    this.headRow.replaceChildren(
      heading(NAME_KEY, t(lang, 'tableName'), false),
      heading(PROVINCE_KEY, t(lang, 'province'), false),
      ...this.columns.map((c) => {
        const unit = c.unit[lang];
        const label = unit === '' ? c.label[lang] : lang === 'zh' ? `${c.label[lang]}（${unit}）` : `${c.label[lang]} (${unit})`;
        return heading(c.id, label, true);
      }),
    );
    this.syncHead();
  }

  /** aria-sort and arrows of the headings, in place (so a focused heading keeps focus). */
  private syncHead(): void {
    for (const th of this.headRow.children) {
      const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
      const state = this.sort !== null && key === this.sort.key ? this.sort.direction : 'none';
      th.setAttribute('aria-sort', state);
      th.classList.toggle('is-sorted', state !== 'none');
      const arrow = th.querySelector('.atlas-table-arrow');
      if (arrow) arrow.textContent = ARROW[state];
    }
  }

  private renderBody(): void {
    const focus = focusMark(this.element);
    const lang = this.lang;
    const rows = this.shownRows();
    if (rows.length === 0) {
      const td = el('td', 'atlas-table-empty', t(lang, 'tableNoRows'));
      td.colSpan = 2 + this.columns.length;
      const tr = el('tr');
      tr.append(td);
      this.body.replaceChildren(tr);
      return;
    }
    this.body.replaceChildren(
      ...rows.map((row) => {
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
        for (const column of this.columns) tr.append(this.valueCell(row.cells[column.id], column, lang));
        return tr;
      }),
    );
    restoreFocus(this.element, focus);
  }

  private valueCell(cell: TableCell | undefined, column: TableColumn, lang: Lang): HTMLTableCellElement {
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
}

import type { ExportMeta, TableColumn, TableRow } from '../../core/table-export/table-types.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';
import { downloadCsv, downloadGeoJson, downloadToolbar, labelDownloadToolbar, type DownloadFormat } from './download.ts';
import { focusMark, restoreFocus } from './focus.ts';
import { headings, markSort } from './head.ts';
import { mixedYearColumns, noRowsRow, pilotRow } from './body.ts';
import { columnIndex, keptSort, nextSort, sortKeys, sortRows, type SortState } from './sort.ts';
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

    this.toolbar = options.downloads ? downloadToolbar((format) => this.download(format)) : null;
    if (this.toolbar) this.element.append(this.toolbar);
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
    ({ sort: this.sort, index: this.sortIndex } = keptSort(this.sort, this.sortIndex, columns));
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
    if (sort !== null && !sortKeys(this.columns).includes(sort.key)) return;
    this.sort = sort;
    this.sortIndex = sort === null ? null : columnIndex(this.columns, sort.key);
    this.syncHead();
    this.renderBody();
  }

  /** Removes the view from the page. */
  destroy(): void {
    this.element.remove();
  }

  private sortBy(key: string): void {
    this.sort = nextSort(this.sort, key);
    this.sortIndex = columnIndex(this.columns, key);
    this.syncHead();
    this.renderBody();
    this.options.onSort?.(this.sort);
  }

  private download(format: DownloadFormat): void {
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
    if (this.toolbar) labelDownloadToolbar(this.toolbar, lang);
  }

  private renderHead(): void {
    this.headRow.replaceChildren(...headings(this.columns, this.lang));
    this.syncHead();
  }

  /** aria-sort and arrows of the headings, in place (so a focused heading keeps focus). */
  private syncHead(): void {
    markSort(this.headRow, this.sort);
  }

  private renderBody(): void {
    const focus = focusMark(this.element);
    const rows = this.shownRows();
    if (rows.length === 0) {
      this.body.replaceChildren(noRowsRow(this.columns.length, this.lang));
      return;
    }
    const withYear = mixedYearColumns(rows, this.columns);
    this.body.replaceChildren(...rows.map((row) => pilotRow(row, this.columns, this.lang, withYear)));
    restoreFocus(this.element, focus);
  }
}

import { toCsv } from '../../core/table-export/csv.ts';
import { exportFileName } from '../../core/table-export/file-name.ts';
import { toGeoJson } from '../../core/table-export/geojson.ts';
import type { ExportMeta, TableColumn, TableRow } from '../../core/table-export/table-types.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';
import { downloadText } from '../download.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

export type DownloadFormat = 'csv' | 'geojson';

/** A group of download buttons, one per format (`data-format`); `onChoose` gets the format clicked. */
export function downloadToolbar(onChoose: (format: DownloadFormat) => void): HTMLElement {
  const toolbar = el('div', 'atlas-table-toolbar');
  toolbar.setAttribute('role', 'group');
  for (const format of ['csv', 'geojson'] as const) {
    const b = button('atlas-button atlas-table-download', '');
    b.dataset.format = format;
    toolbar.append(b);
  }
  toolbar.addEventListener('click', (e) => {
    const format = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-format]')?.dataset.format : undefined;
    if (format === 'csv' || format === 'geojson') onChoose(format);
  });
  return toolbar;
}

/** Names the toolbar and its buttons in `lang`. */
export function labelDownloadToolbar(toolbar: HTMLElement, lang: Lang): void {
  toolbar.setAttribute('aria-label', t(lang, 'tableDownloads'));
  for (const b of toolbar.querySelectorAll<HTMLButtonElement>('[data-format]')) {
    b.textContent = t(lang, b.dataset.format === 'csv' ? 'tableDownloadCsv' : 'downloadGeojson');
  }
}

/** Saves the rows shown as CSV (toCsv), named after the columns and year. */
export function downloadCsv(rows: readonly TableRow[], columns: readonly TableColumn[], lang: Lang, meta: ExportMeta): void {
  downloadText(exportFileName(columns, meta, 'csv'), 'text/csv', toCsv(rows, columns, lang, meta));
}

/** Saves the rows shown as GeoJSON on their pilots' geometries (toGeoJson). */
export function downloadGeoJson(
  features: readonly PilotFeature[],
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  lang: Lang,
  meta: ExportMeta,
): void {
  downloadText(exportFileName(columns, meta, 'geojson'), 'application/geo+json', toGeoJson(features, rows, columns, lang, meta));
}

import { toCsv } from '../../core/export/csv.ts';
import { exportFileName } from '../../core/export/file-name.ts';
import { toGeoJson } from '../../core/export/geojson.ts';
import type { ExportMeta, TableColumn, TableRow } from '../../core/export/table-types.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';

/** How long an object URL outlives its click, ms: long enough for every browser to start the download. */
const REVOKE_AFTER = 1000;

/** Saves text as a file through a Blob, an object URL and a temporary <a download>: nothing leaves the page. */
export function downloadFile(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
  }
}

/** Saves the rows shown as CSV (toCsv), named after the columns and year. */
export function downloadCsv(rows: readonly TableRow[], columns: readonly TableColumn[], lang: Lang, meta: ExportMeta): void {
  downloadFile(exportFileName(columns, meta, 'csv'), 'text/csv', toCsv(rows, columns, lang, meta));
}

/** Saves the rows shown as GeoJSON on their pilots' geometries (toGeoJson). */
export function downloadGeoJson(
  features: readonly PilotFeature[],
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  lang: Lang,
  meta: ExportMeta,
): void {
  downloadFile(exportFileName(columns, meta, 'geojson'), 'application/geo+json', toGeoJson(features, rows, columns, lang, meta));
}

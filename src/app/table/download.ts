import { toCsv } from '../../core/table-export/csv.ts';
import { exportFileName } from '../../core/table-export/file-name.ts';
import { toGeoJson } from '../../core/table-export/geojson.ts';
import type { ExportMeta, TableColumn, TableRow } from '../../core/table-export/table-types.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';

import { downloadText } from '../download.ts';

/** Saves text as a file (a Blob behind an object URL: nothing leaves the page). */
export const downloadFile = downloadText;

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

import type { ExportMeta, TableColumn } from './table-types.ts';

/** Longest file-name stem written, characters (file systems allow 255 bytes). */
const MAX_STEM = 80;

/**
 * A safe download name from the columns shown and the year: `pilot-atlas_urban_rate_2020.csv`.
 * Only [a-z0-9_-] survive (column ids are ascii slugs; anything else is dropped), so no path or
 * control character can reach the file system.
 */
export function exportFileName(columns: readonly TableColumn[], meta: Pick<ExportMeta, 'year'>, ext: 'csv' | 'geojson'): string {
  const parts = ['pilot-atlas', ...columns.map((c) => c.id), meta.year == null ? '' : String(meta.year)];
  const stem = parts
    .map((p) => p.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((p) => p !== '')
    .join('_')
    .slice(0, MAX_STEM);
  return `${stem}.${ext}`;
}

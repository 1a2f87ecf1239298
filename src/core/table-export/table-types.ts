import type { Qualifier, SourceRef } from '../schema/indicators.ts';
import type { PilotProps } from '../schema/pilots.ts';
import type { Lang } from '../url-state.ts';

/**
 * The rows the table shows and the downloads write: one pilot each, with one cell per value column.
 * The table, the CSV and the GeoJSON all take the same rows, so a download is exactly what is shown.
 */

/** One pilot's value of one column. */
export interface TableCell {
  /** The number; null where the pilot has no value (shown as "no data", sorted last). */
  value: number | null;
  /** The value as shown, qualifier and unit included (e.g. "约 68.9%"); '' lets the table say "no data". */
  text: string;
  /** How the documents state it; null with no value. */
  qualifier: Qualifier | null;
  /** The year the value refers to; null where the text gives none. */
  year?: number | null;
  /** The sentence the value button opens. */
  source?: SourceRef;
  /** Every sentence the value rests on (a derived value has several); @default [source] */
  sources?: readonly SourceRef[];
}

/** One pilot. The pilot fields are those of pilots.geojson, so `{...feature.properties, cells}` is a row. */
export interface TableRow extends Pick<PilotProps, 'id' | 'name' | 'nameEn' | 'province' | 'level' | 'extent' | 'extentNote'> {
  /** English province name (gazetteer `province.en`); @default the last part of `nameEn` */
  provinceEn?: string;
  /** Cells by column id; a column missing here is "no data". */
  cells: Readonly<Record<string, TableCell | undefined>>;
}

/** A value column (a measure). Label and unit per language, as a thematic Measure has them. */
export interface TableColumn {
  /** Unique among the columns; not `name` or `province` (the table's own columns). */
  id: string;
  label: Record<Lang, string>;
  /** Unit of the values ('' for none), written to the downloads' `unit` field. */
  unit: Record<Lang, string>;
}

/** What a download is of: written into the GeoJSON's `metadata`, and used for the file name. */
export interface ExportMeta {
  /** e.g. "常住人口城镇化率 2020" (shown to people). */
  title: string;
  /** Year of the values where a cell gives none (measures chosen by year). */
  year?: number | null;
  /** Permalink of the view the rows come from. */
  url?: string;
  /** ISO 8601 time of the download; pass it in (core reads no clock). */
  generated?: string;
  /** The documents the sources cite (sources.json), so a reader can resolve `source_doc`. */
  documents?: readonly { id: string; title: string; issuer?: string; date?: string }[];
}

/** Every source of a cell: `sources`, else `[source]`, else none. */
export const cellSources = (cell: TableCell | undefined): readonly SourceRef[] =>
  cell?.sources ?? (cell?.source ? [cell.source] : []);

/** A cell with a finite value. */
export const hasValue = (cell: TableCell | undefined): cell is TableCell & { value: number } =>
  cell !== undefined && typeof cell.value === 'number' && Number.isFinite(cell.value);

/** The row's English province: given, else the last comma part of its English name. */
export const provinceEnOf = (row: Pick<TableRow, 'nameEn' | 'provinceEn'>): string =>
  row.provinceEn ?? row.nameEn.split(',').at(-1)?.trim() ?? '';

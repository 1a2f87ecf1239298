import type { Lang } from '../url-state.ts';
import { cellSources, hasValue, type ExportMeta, type TableColumn, type TableRow } from './table-types.ts';

/**
 * The fields a download writes for a row, in order: the same for the CSV (as its columns) and the
 * GeoJSON (as properties), so both files say the same thing. With one value column the names are
 * id, name, name_en, province, level, extent, extent_note, value, unit, qualifier, year, source_doc,
 * source_line, source_sentence; with several, each column's fields are prefixed by its id
 * (`urban_rate_value`). `extent` is how the map draws the pilot (boundary, approximate, point) and
 * `extent_note` why that drawing differs from the document, in the download's language (遵义县:
 * the boundary is 播州区's, after 2016), so a file read away from the map keeps the caveat.
 */

export type FieldValue = string | number | null;

/** Pilot fields first, in this order. */
const PILOT_FIELDS = ['id', 'name', 'name_en', 'province', 'level', 'extent', 'extent_note'] as const;
/** Then these, once per value column. */
const VALUE_FIELDS = ['value', 'unit', 'qualifier', 'year', 'source_doc', 'source_line', 'source_sentence'] as const;

/** How a value resting on several sentences lists them in one field. */
export const SOURCE_SEPARATOR = ' | ';

const prefix = (columns: readonly TableColumn[], column: TableColumn) => (columns.length === 1 ? '' : `${column.id}_`);

/** The field names, in order. */
export function fieldNames(columns: readonly TableColumn[]): string[] {
  return [...PILOT_FIELDS, ...columns.flatMap((c) => VALUE_FIELDS.map((f) => `${prefix(columns, c)}${f}`))];
}

/** A row's fields, in the order of fieldNames; null where there is nothing to say. */
export function rowFields(row: TableRow, columns: readonly TableColumn[], lang: Lang, meta: Pick<ExportMeta, 'year'>): FieldValue[] {
  const fields: FieldValue[] = [row.id, row.name, row.nameEn, row.province, row.level, row.extent ?? null, row.extentNote?.[lang] ?? null];
  for (const column of columns) {
    const cell = row.cells[column.id];
    if (!hasValue(cell)) {
      fields.push(...VALUE_FIELDS.map(() => null));
      continue;
    }
    const sources = cellSources(cell);
    const lines = sources.map((s) => s.line);
    fields.push(
      cell.value,
      column.unit[lang] || null,
      cell.qualifier,
      cell.year ?? meta.year ?? null,
      sources.length === 0 ? null : sources.map((s) => s.doc).join(SOURCE_SEPARATOR),
      lines.length === 0 ? null : lines.length === 1 ? (lines[0] as number) : lines.join(SOURCE_SEPARATOR),
      sources.length === 0 ? null : sources.map((s) => s.text).join(SOURCE_SEPARATOR),
    );
  }
  return fields;
}

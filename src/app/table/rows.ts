import type { Qualifier, SourceRef } from '../../core/schema/indicators.ts';
import type { PilotProps } from '../../core/schema/pilots.ts';
import type { Lang } from '../../core/url-state.ts';
import { formatValue } from '../../core/format.ts';
import { provinceEnOf, type TableCell, type TableColumn, type TableRow } from '../../core/table-export/table-types.ts';

/**
 * Building table rows from the pilots and each column's values (a thematic measure's
 * `pilotValues(...)` map fits `values` as it is), and the texts a row shows.
 */

/** One pilot's value of a column: a thematic PilotValue has this shape. */
export interface ColumnValue {
  value: number;
  qualifier: Qualifier;
  year: number | null;
  sources: readonly SourceRef[];
}

/** A column and its values by pilot id; pilots missing from `values` have no data. */
export interface ColumnValues {
  column: TableColumn;
  values: ReadonlyMap<string, ColumnValue>;
}

/** The table's rows: one per pilot, in the pilots' order, with a cell per column that has a value. */
export function tableRows(
  pilots: readonly (PilotProps & { provinceEn?: string })[],
  columns: readonly ColumnValues[],
  lang: Lang,
): TableRow[] {
  return pilots.map((p) => {
    const cells: Record<string, TableCell> = {};
    for (const { column, values } of columns) {
      const v = values.get(p.id);
      if (!v || !Number.isFinite(v.value)) continue;
      cells[column.id] = {
        value: v.value,
        text: formatValue(v.value, v.qualifier, column.unit[lang], lang),
        qualifier: v.qualifier,
        year: v.year,
        ...(v.sources[0] ? { source: v.sources[0] } : {}),
        sources: [...v.sources],
      };
    }
    return {
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      province: p.province,
      level: p.level,
      ...(p.extent ? { extent: p.extent } : {}),
      ...(p.extentNote ? { extentNote: p.extentNote } : {}),
      ...(p.provinceEn ? { provinceEn: p.provinceEn } : {}),
      cells,
    };
  });
}

/** A row's name in a language; in English without the province the next column shows ("Fangshan District"). */
export function rowName(row: TableRow, lang: Lang): string {
  if (lang === 'zh') return row.name;
  const suffix = `, ${provinceEnOf(row)}`;
  return row.nameEn.endsWith(suffix) && row.nameEn.length > suffix.length ? row.nameEn.slice(0, -suffix.length) : row.nameEn;
}

/** A row's province in a language. */
export const rowProvince = (row: TableRow, lang: Lang): string => (lang === 'zh' ? row.province : provinceEnOf(row));

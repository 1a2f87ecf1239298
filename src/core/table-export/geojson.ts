import type { FeatureCollection, Geometry } from 'geojson';
import type { SourceRef } from '../schema/indicators.ts';
import type { PilotFeature } from '../schema/pilots.ts';
import type { Lang } from '../url-state.ts';
import { fieldNames, rowFields, type FieldValue } from './fields.ts';
import { cellSources, type ExportMeta, type TableColumn, type TableRow } from './table-types.ts';

/**
 * The rows shown as GeoJSON: each row's fields (the CSV's, fields.ts) as properties on its pilot's
 * geometry, plus the full source references (`sources`, or `<column>_sources` with several columns).
 * Rows keep their order; a row whose pilot has no feature keeps a null geometry (RFC 7946 §3.2).
 * `metadata` (a foreign member, RFC 7946 §6.1) says what the file is and lists the cited documents.
 */

export type ExportProperties = Record<string, FieldValue | SourceRef[]>;

export interface ExportMetadata {
  title: string;
  year: number | null;
  url: string | null;
  generated: string | null;
  /** Field names in CSV order. */
  fields: string[];
  /** The documents any row cites, in first-cited order (from meta.documents). */
  documents: { id: string; title: string; issuer?: string; date?: string }[];
}

export type ExportCollection = FeatureCollection<Geometry | null, ExportProperties> & { metadata: ExportMetadata };

/** The rows as a FeatureCollection object. */
export function exportCollection(
  features: readonly PilotFeature[],
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  lang: Lang,
  meta: ExportMeta,
): ExportCollection {
  const geometryOf = new Map(features.map((f) => [f.properties.id, f.geometry as Geometry]));
  const names = fieldNames(columns);
  const cited = new Set<string>();
  const out = rows.map((row) => {
    const values = rowFields(row, columns, lang, meta);
    const properties: ExportProperties = {};
    names.forEach((name, i) => (properties[name] = values[i] ?? null));
    for (const column of columns) {
      const sources = cellSources(row.cells[column.id]).map((s) => ({ doc: s.doc, line: s.line, text: s.text }));
      for (const s of sources) cited.add(s.doc);
      properties[columns.length === 1 ? 'sources' : `${column.id}_sources`] = sources;
    }
    return { type: 'Feature' as const, id: row.id, geometry: geometryOf.get(row.id) ?? null, properties };
  });
  const known = new Map((meta.documents ?? []).map((d) => [d.id, d]));
  return {
    type: 'FeatureCollection',
    metadata: {
      title: meta.title,
      year: meta.year ?? null,
      url: meta.url ?? null,
      generated: meta.generated ?? null,
      fields: names,
      documents: [...cited].flatMap((id) => {
        const d = known.get(id);
        return d ? [{ id: d.id, title: d.title, ...(d.issuer ? { issuer: d.issuer } : {}), ...(d.date ? { date: d.date } : {}) }] : [];
      }),
    },
    features: out,
  };
}

/** The rows as GeoJSON text. */
export function toGeoJson(
  features: readonly PilotFeature[],
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  lang: Lang,
  meta: ExportMeta,
): string {
  return JSON.stringify(exportCollection(features, rows, columns, lang, meta));
}

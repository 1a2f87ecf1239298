import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Gazetteer } from '../src/core/schema/gazetteer.ts';
import {
  compileAll,
  countyLookupFromTopologies,
  formatLayoutError,
  layoutContext,
  type Layout,
  type LayoutFeature,
  type SpecInput,
} from '../src/core/layout/index.ts';
import type { LayoutDetails, LayoutIndexEntry } from '../src/core/schema/layouts-index.ts';
import type { UnplaceableEntry } from '../src/core/layout/unplaceable.ts';

export interface BuiltLayouts {
  collection: FeatureCollection;
  index: LayoutIndexEntry[];
  /** Per layout: its elements (membership, basis, note) and the parts of its formula left undrawn. */
  details: Record<string, LayoutDetails>;
  /** One line per error, naming the file, the path and the problem. */
  errors: string[];
}

/** Compiles every shipped spec against the gazetteer and the detail boundaries, and indexes them for the app. */
export function buildLayouts(
  specs: SpecInput[],
  gazetteer: Gazetteer,
  detail: Topology[],
  docIds: string[],
  unplaceable: readonly UnplaceableEntry[] = [],
): BuiltLayouts {
  const ctx = layoutContext(gazetteer, countyLookupFromTopologies(detail), docIds);
  const { collection, errors } = compileAll(specs, ctx);
  const index: LayoutIndexEntry[] = [];
  const details: Record<string, LayoutDetails> = {};
  for (const { spec } of specs) {
    const layout = spec as Layout;
    const features = (collection.features as LayoutFeature[]).filter((f) => f.properties.layout === layout.id);
    if (features.length === 0) continue;
    const title = typeof layout.title === 'string' ? { zh: layout.title, en: layout.title } : layout.title;
    index.push({
      id: layout.id,
      formula: layout.formula,
      title,
      pilot: layout.pilot,
      source: layout.source,
      bbox: bbox({ type: 'FeatureCollection', features }) as [number, number, number, number],
      kinds: [...new Set(features.map((f) => f.properties.kind))],
      ...(layout.note ? { note: layout.note } : {}),
    });
    details[layout.id] = {
      elements: layout.parts.flatMap((part, partIndex) =>
        part.elements.map((e, elementIndex) => ({
          part: part.part,
          partIndex,
          elementIndex,
          kind: e.kind,
          label: typeof e.label === 'string' ? { zh: e.label, en: e.label } : e.label,
          line: e.line ?? layout.source.line,
          ...(e.membership ? { membership: e.membership } : {}),
          ...(e.basis ? { basis: e.basis } : {}),
          ...(e.note ? { note: e.note } : {}),
        })),
      ),
      undrawn: unplaceable
        .filter((u) => u.layout === layout.id)
        .map(({ formula, doc, line, reason, detail, missing }) => ({ formula, doc, line, reason, detail, ...(missing ? { missing } : {}) })),
      ...(layout.note ? { note: layout.note } : {}),
    };
  }
  return { collection, index, details, errors: errors.map(formatLayoutError) };
}

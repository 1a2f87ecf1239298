import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Gazetteer } from '../src/core/schema/gazetteer.ts';
import {
  compileAll,
  countyLookupFromTopologies,
  formatLayoutError,
  layoutContext,
  type Element,
  type Layout,
  type LayoutContext,
  type LayoutFeature,
  type PlaceRef,
  type SpecInput,
} from '../src/core/layout/index.ts';
import type { LayoutDetails, LayoutElementInfo, LayoutIndexEntry } from '../src/core/schema/layouts-index.ts';
import type { UnplaceableEntry } from '../src/core/layout/unplaceable.ts';

export interface BuiltLayouts {
  collection: FeatureCollection;
  index: LayoutIndexEntry[];
  /** Per layout: its elements (membership, basis, note) and the parts of its formula left undrawn. */
  details: Record<string, LayoutDetails>;
  /** One line per error, naming the file, the path and the problem. */
  errors: string[];
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

const refsOf = (e: Element): PlaceRef[] =>
  'area' in e ? e.area : 'through' in e ? e.through : 'members' in e ? e.members : 'center' in e ? [e.center] : 'at' in e ? [e.at] : [e.from, e.to];

/**
 * Where an element's points come from, counted over its places: gazetteer seats and rough positions
 * (by the gazetteer's `precision`), and a point inside a unit given by adcode whose seat the gazetteer
 * lacks. A county-level place a core or zone draws as its polygon (no radiusKm) is the boundary's, not
 * a point, and raw coordinates are the spec's own: neither is counted. Undefined when nothing is.
 */
export function elementPositions(e: Element, ctx: LayoutContext): LayoutElementInfo['positions'] {
  const asPolygons = (e.kind === 'core' || e.kind === 'zone') && e.radiusKm === undefined;
  const counts: Record<'seat' | 'approx' | 'anchor', number> = { seat: 0, approx: 0, anchor: 0 };
  for (const ref of refsOf(e)) {
    if ('at' in ref) continue;
    const key = 'place' in ref ? ref.place : ref.adcode;
    const found = ctx.places(key);
    const hit = found && !Array.isArray(found) ? (found as Exclude<typeof found, readonly unknown[]>) : undefined;
    const adcode = 'adcode' in ref ? ref.adcode : hit?.adcode;
    if (asPolygons && adcode && ctx.counties(adcode)) continue;
    if (hit?.precision) counts[hit.precision]++;
    else if ('adcode' in ref) counts.anchor++;
  }
  const out = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  return Object.keys(out).length ? out : undefined;
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
          ...optional('positions', elementPositions(e, ctx)),
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

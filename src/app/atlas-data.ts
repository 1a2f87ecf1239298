import type { Topology } from 'topojson-specification';
import { BasemapSchema, type Basemap } from '../core/schema/basemap.ts';
import { ManifestSchema, type SourceDocument } from '../core/schema/manifest.ts';
import { PilotsFileSchema, type PilotsFile } from '../core/schema/pilots.ts';
import { assertChinaTopology, chinaLayers, type ChinaLayers } from '../core/china-topology.ts';
import { feature } from 'topojson-client';
import { z } from '../core/schema/zod.ts';
import type { FeatureCollection } from 'geojson';
import { dataUrl, loadJson } from './load.ts';
import { LayoutsIndexSchema, type LayoutIndexEntry } from '../core/schema/layouts-index.ts';
import { FormulasFileSchema, IndicatorsFileSchema, type Formula, type IndicatorRecord } from '../core/schema/indicators.ts';

/** Everything the map needs, loaded and validated once. */
export interface AtlasData {
  documents: SourceDocument[];
  basemap: Basemap;
  china: ChinaLayers;
  southChinaSea: FeatureCollection;
  pilots: PilotsFile;
  /** The compiled spatial plans: titles, pilots, extents (features load on demand). */
  layouts: LayoutIndexEntry[];
  /** Extracted indicator records and spatial formulas (DESIGN.md 2.1). */
  records: IndicatorRecord[];
  formulas: Formula[];
  /** The documents each pilot is a pilot of (the gazetteer's `docs`). */
  docsOf: (pilot: string) => ReadonlySet<string>;
  /** Files that failed to load or validate, each naming the file and the path in it; the app goes on without them. */
  problems: string[];
}

/** Loads an optional file: on failure, records the problem and gives `fallback`. */
async function optional<T>(load: Promise<T>, fallback: T, problems: string[]): Promise<T> {
  try {
    return await load;
  } catch (error) {
    problems.push((error as Error).message);
    return fallback;
  }
}

async function loadTopology(name: string, base: string): Promise<Topology> {
  const response = await fetch(dataUrl(name, base));
  if (!response.ok) throw new Error(`data/${name} › HTTP ${response.status}`);
  try {
    return (await response.json()) as Topology;
  } catch (error) {
    throw new Error(`data/${name} › not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Loads the data files in parallel. The base map, boundaries, pilots and sources are needed: an
 * error names the file and the path inside it. Indicators, formulas and layouts are optional:
 * a bad one is reported in `problems` and the map shows everything else.
 */
export async function loadAtlasData(base: string): Promise<AtlasData> {
  const problems: string[] = [];
  const [manifest, basemap, chinaTopology, scsTopology, pilots, layouts, indicators, formulas, pilotDocs] = await Promise.all([
    loadJson('sources.json', ManifestSchema, base),
    loadJson('basemap.json', BasemapSchema, base),
    loadTopology('china.topo.json', base),
    loadTopology('south-china-sea.topo.json', base),
    loadJson('pilots.geojson', PilotsFileSchema, base),
    optional(loadJson('layouts-index.json', LayoutsIndexSchema, base), { layouts: [] }, problems),
    optional(loadJson('indicators.json', IndicatorsFileSchema, base), { sources: [], records: [] }, problems),
    optional(loadJson('formulas.json', FormulasFileSchema, base), { formulas: [] }, problems),
    optional(loadJson('pilot-docs.json', z.object({ docs: z.record(z.string(), z.array(z.string())) }), base), { docs: {} }, problems),
  ]);
  const docs = new Map(Object.entries(pilotDocs.docs).map(([pilot, list]) => [pilot, new Set(list)]));
  const none: ReadonlySet<string> = new Set();
  assertChinaTopology(chinaTopology, 'data/china.topo.json');
  const islands = scsTopology.objects.islands;
  if (!islands) throw new Error('data/south-china-sea.topo.json › objects.islands › missing');
  return {
    documents: manifest.documents,
    basemap,
    china: chinaLayers(chinaTopology),
    southChinaSea: feature(scsTopology, islands) as FeatureCollection,
    pilots,
    layouts: layouts.layouts,
    records: indicators.records,
    formulas: formulas.formulas,
    docsOf: (pilot) => docs.get(pilot) ?? none,
    problems,
  };
}

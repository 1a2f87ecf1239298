import type { Topology } from 'topojson-specification';
import type { Basemap } from '../core/schema/basemap.ts';
import type { SourceDocument } from '../core/schema/manifest.ts';
import type { PilotsFile } from '../core/schema/pilots.ts';
import type { ChecksFile } from '../core/schema/data-files.ts';
import { decodeBasemap } from '../core/basemap-file.ts';
import { assertChinaTopology, BASE_OBJECTS, chinaLayers, countyFeatures, countyLines, type ChinaLayers } from '../core/china-topology.ts';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { asBuilt, loadChecked, loadChecks, loadJsonText, loadText, validateChecked } from './load.ts';
import { asDataFileError, DataFileError, parseJsonText } from './data-error.ts';
import type { LayoutIndexEntry } from '../core/schema/layouts-index.ts';
import type { Formula, IndicatorRecord } from '../core/schema/indicators.ts';

/** Everything the map needs, loaded and validated once. */
export interface AtlasData {
  documents: SourceDocument[];
  basemap: Basemap;
  /** Provinces and prefectures; the counties are empty until `withCounties` has loaded them. */
  china: ChinaLayers;
  /**
   * The boundaries with the counties: loads data/china-counties.topo.json on the first call (a view
   * zoomed in, a person's file, the editor, a plan's SVG), after which `china` holds them too.
   */
  withCounties: () => Promise<ChinaLayers>;
  southChinaSea: FeatureCollection;
  pilots: PilotsFile;
  /** The compiled spatial plans: titles, pilots, extents (features load on demand). */
  layouts: LayoutIndexEntry[];
  /** Extracted indicator records and spatial formulas (docs/contracts.md). */
  records: IndicatorRecord[];
  formulas: Formula[];
  /** The documents each pilot is a pilot of (the gazetteer's `docs`). */
  docsOf: (pilot: string) => ReadonlySet<string>;
  /** A pilot's feature by its id (indexed once; undefined for an unknown id). */
  pilotById: (id: string) => PilotsFile['features'][number] | undefined;
  /** A plan's index entry by its id. */
  layoutById: (id: string) => LayoutIndexEntry | undefined;
  /** The hashes of the files the build validated (data/checks.json), for files loaded later (the gazetteer). */
  checks: ChecksFile['files'];
  /** Optional files that failed to load or validate, each naming the file and the place in it; the app goes on without them. */
  problems: Error[];
  /** Required files that failed: the page shows an error naming them, and draws what the others hold. */
  broken: Error[];
}

/** Loads an optional file: on failure, records the problem and gives `fallback`. */
async function optional<T>(load: Promise<T>, fallback: T, problems: Error[]): Promise<T> {
  try {
    return await load;
  } catch (error) {
    problems.push(error instanceof Error ? error : new Error(String(error)));
    return fallback;
  }
}

const empty = <T>() => ({ type: 'FeatureCollection' as const, features: [] as T[] });
const noLines = { type: 'MultiLineString' as const, coordinates: [] };

/** What the map draws in place of a broken required file: nothing, so the rest still shows. */
const FALLBACKS = {
  sources: { documents: [] } as { documents: SourceDocument[] },
  basemap: { bounds: [73, 17.5, 135.5, 53.8], attribution: '', land: empty(), borders: empty(), labels: empty() } as Basemap,
  china: { counties: empty(), prefectures: empty(), provinces: empty(), countyLines: noLines, prefectureLines: noLines, provinceLines: noLines, outline: noLines } as ChinaLayers,
  southChinaSea: empty() as FeatureCollection,
  pilots: empty() as PilotsFile,
};

/**
 * The first view's boundaries (data/china-base.topo.json), checked and turned into layers, and the
 * pilots it carries (the features of pilots.geojson); errors name the file and the path.
 */
async function loadChina(base: string, checks: Promise<ChecksFile['files']>): Promise<{ china: ChinaLayers; pilots: PilotsFile }> {
  const file = 'data/china-base.topo.json';
  const text = await loadText('china-base.topo.json', base);
  const topology = (await parseJsonText(file, text)) as Topology;
  let china: ChinaLayers;
  let pilots: unknown;
  try {
    assertChinaTopology(topology, file, BASE_OBJECTS);
    china = chinaLayers(topology);
    pilots = feature(topology as Topology, (topology as Topology).objects.pilots!);
  } catch (error) {
    throw asDataFileError(error);
  }
  // The pilots are checked as GeoJSON unless this is the file the build checked.
  return { china, pilots: asBuilt(await checks, 'china-base.topo.json', text) ? (pilots as PilotsFile) : await validateChecked('china-base.topo.json', pilots) };
}

/** The counties (data/china-counties.topo.json), checked and turned into a layer and its lines. */
async function loadCounties(base: string): Promise<Pick<ChinaLayers, 'counties' | 'countyLines'>> {
  const topology = (await loadJsonText('china-counties.topo.json', base)) as Topology;
  const made = <T>(make: () => T): T => {
    try {
      return make();
    } catch (error) {
      throw asDataFileError(error);
    }
  };
  made(() => assertChinaTopology(topology, 'data/china-counties.topo.json', ['counties']));
  const counties = topology as Parameters<typeof countyFeatures>[0];
  // The features, then the lines between them, in a task each: in one they hold the page too long.
  const features = made(() => countyFeatures(counties));
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { counties: features, countyLines: made(() => countyLines(counties)) };
}

async function loadSouthChinaSea(base: string): Promise<FeatureCollection> {
  const topology = (await loadJsonText('south-china-sea.topo.json', base)) as Topology;
  const islands = topology?.objects?.islands;
  if (!islands) {
    throw new DataFileError('data/south-china-sea.topo.json', [{ place: { zh: 'objects.islands', en: 'objects.islands' }, problem: { zh: '缺少岛屿图层', en: 'missing' } }]);
  }
  try {
    return feature(topology, islands) as FeatureCollection;
  } catch (error) {
    throw new DataFileError('data/south-china-sea.topo.json', [{ place: { zh: 'objects.islands', en: 'objects.islands' }, problem: { zh: `无法读取（${(error as Error).message}）`, en: `cannot be read (${(error as Error).message})` } }]);
  }
}

/** The base map (data/basemap.json): its labels, and its land and borders decoded from their topology. */
async function loadBasemap(base: string, checks: Promise<ChecksFile['files']>): Promise<Basemap> {
  const file = await loadChecked('basemap.json', base, checks);
  try {
    return decodeBasemap(file);
  } catch (error) {
    throw asDataFileError(error);
  }
}

/**
 * Loads the data files in parallel. The base map, boundaries, pilots and sources are needed: when
 * one is broken, `broken` names each such file and the path inside it, and what the others hold is
 * still given (the broken one replaced by nothing), so the page can show what it can. Indicators,
 * formulas and layouts are optional: a bad one is reported in `problems` and the map shows the rest.
 */
export async function loadAtlasData(base: string): Promise<AtlasData> {
  const problems: Error[] = [];
  const broken: Error[] = [];
  const needed = <T>(load: Promise<T>, fallback: T) => optional(load, fallback, broken);
  const checks = loadChecks(base);
  const [manifest, basemap, boundaries, southChinaSea, layouts, indicators, formulas, pilotDocs] = await Promise.all([
    needed(loadChecked('sources.json', base, checks), FALLBACKS.sources),
    needed(loadBasemap(base, checks), FALLBACKS.basemap),
    needed(loadChina(base, checks), { china: FALLBACKS.china, pilots: FALLBACKS.pilots }),
    needed(loadSouthChinaSea(base), FALLBACKS.southChinaSea),
    optional(loadChecked('layouts-index.json', base, checks), { layouts: [] }, problems),
    optional(loadChecked('indicators.json', base, checks), { sources: [], records: [] }, problems),
    optional(loadChecked('formulas.json', base, checks), { formulas: [] }, problems),
    optional(loadChecked('pilot-docs.json', base, checks), { docs: {} }, problems),
  ]);
  const docs = new Map(Object.entries(pilotDocs.docs).map(([pilot, list]) => [pilot, new Set(list)]));
  const none: ReadonlySet<string> = new Set();
  const pilotIndex = new Map(boundaries.pilots.features.map((f) => [f.properties.id, f]));
  const layoutIndex = new Map(layouts.layouts.map((l) => [l.id, l]));
  let counties: Promise<ChinaLayers> | null = null;
  const data: AtlasData = {
    documents: manifest.documents,
    basemap,
    china: boundaries.china,
    withCounties: () =>
      (counties ??= loadCounties(base).then(
        (layers) => (data.china = { ...data.china, ...layers }),
        (error: unknown) => {
          counties = null; // asked again, tried again
          throw error;
        },
      )),
    southChinaSea,
    pilots: boundaries.pilots,
    layouts: layouts.layouts,
    records: indicators.records,
    formulas: formulas.formulas,
    docsOf: (pilot) => docs.get(pilot) ?? none,
    // A person's document adds pilots to `pilots.features` after the load (src/app/document).
    pilotById: (id) => pilotIndex.get(id) ?? data.pilots.features.find((f) => f.properties.id === id),
    layoutById: (id) => layoutIndex.get(id),
    checks: await checks,
    problems,
    broken,
  };
  return data;
}

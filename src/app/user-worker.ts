// Work that would hold up the page's main thread for longer than a frame, done in a worker:
//
// - a person's file (`kind: 'file'`): decoded, parsed, its shapes checked, its rows joined to China's
//   provinces, prefectures and counties (the worker reads the boundary files itself), classified,
//   and a GeoJSON's shapes coloured and stripped of the detail MapLibre would drop. Answers with
//   what the map draws, or the file's problems;
// - the counties for the map (`kind: 'counties'`): data/china-counties.topo.json turned into the
//   features of the county sources asked for, sent in pieces the page hands to MapLibre one at a time.
//
// When the worker cannot read the boundary files it answers `unavailable`, and the page does the
// work itself (with the named errors of its own data loading).
import type { Topology } from 'topojson-specification';
import { assertChinaTopology, BASE_OBJECTS, chinaLayers, countyLayers, type ChinaLayers } from '../core/china-topology.ts';
import { loadJsonText } from './load.ts';
import { readUserBytes, UserFileError } from '../core/user-data.ts';
import { prepareUserLayer, userShapes } from './user-prepare.ts';
import type { FileRequest, CountiesRequest, WorkerAnswer } from './user-offpage.ts';
import { countyPieces } from './county-pieces.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const NO_LINES = { type: 'MultiLineString' as const, coordinates: [] };
/** Boundaries without units: a GeoJSON file brings its own shapes and is joined to none. */
const NO_UNITS: ChinaLayers = { counties: EMPTY, prefectures: EMPTY, provinces: EMPTY, countyLines: NO_LINES, prefectureLines: NO_LINES, provinceLines: NO_LINES, outline: NO_LINES } as ChinaLayers;

/** A boundary file, fetched and parsed as the page fetches its data (errors name the file). */
const topology = async (base: string, name: string): Promise<Topology> => (await loadJsonText(name, base)) as Topology;

/** The provinces, prefectures and counties, as the page has them once its counties have loaded. */
async function boundaries(base: string): Promise<ChinaLayers> {
  const [first, counties] = await Promise.all([topology(base, 'china-base.topo.json'), topology(base, 'china-counties.topo.json')]);
  assertChinaTopology(first, 'data/china-base.topo.json', BASE_OBJECTS);
  assertChinaTopology(counties, 'data/china-counties.topo.json', ['counties']);
  return { ...chinaLayers(first), ...countyLayers(counties as Parameters<typeof countyLayers>[0]) };
}

const answer = (message: WorkerAnswer) => postMessage(message);

async function readFile({ name, bytes, base }: FileRequest): Promise<void> {
  let file;
  try {
    file = readUserBytes(name, bytes);
  } catch (error) {
    return answer(error instanceof UserFileError ? { problems: error.problems } : { message: error instanceof Error ? error.message : String(error) });
  }
  let china = NO_UNITS;
  if (!file.geojson) {
    try {
      china = await boundaries(base);
    } catch (error) {
      return answer({ unavailable: error instanceof Error ? error.message : String(error), file });
    }
  }
  try {
    const result = prepareUserLayer(china, file);
    const shapes = userShapes(file, result);
    // The file's own shapes cross once, simplified, as `shapes`.
    const { geojson: _, ...light } = file;
    answer({ prepared: { file: light, result, shapes } });
  } catch (error) {
    answer(error instanceof UserFileError ? { problems: error.problems } : { message: error instanceof Error ? error.message : String(error) });
  }
}

async function counties({ base, parts }: CountiesRequest): Promise<void> {
  let layers;
  try {
    const topo = await topology(base, 'china-counties.topo.json');
    assertChinaTopology(topo, 'data/china-counties.topo.json', ['counties']);
    layers = countyLayers(topo as Parameters<typeof countyLayers>[0]);
  } catch (error) {
    return answer({ unavailable: error instanceof Error ? error.message : String(error) });
  }
  for (const chunk of countyPieces(layers, parts)) answer({ chunk });
  answer({ done: true });
}

addEventListener('message', (event: MessageEvent<FileRequest | CountiesRequest>) => {
  const request = event.data;
  void (request.kind === 'counties' ? counties(request) : readFile(request));
});

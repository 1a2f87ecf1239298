// The inputs of nationalSvg built from the committed data by the pipeline's own functions, as
// `npm run data` writes them to public/data/ (pipeline/cli.ts lines 97–111), so the tests need no earlier
// build: data/geo/china.topo.json, data/geo/south-china-sea.topo.json (objects.islands),
// world-atlas countries-50m through pipeline/basemap/build.ts, and pilots through pipeline/pilots.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildBasemap, type BasemapNames } from '../../../pipeline/basemap/build.ts';
import { buildPilots, indexUnits } from '../../../pipeline/pilots.ts';
import { assertChinaTopology, chinaLayers, type ChinaLayers } from '../../../src/core/china-topology.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import type { PilotProps } from '../../../src/core/schema/pilots.ts';

const root = join(import.meta.dirname, '../../..');
const json = <T>(...path: string[]): T => JSON.parse(readFileSync(join(root, ...path), 'utf8')) as T;

export interface RealInputs {
  china: ChinaLayers;
  southChinaSea: FeatureCollection;
  land: FeatureCollection;
  pilots: FeatureCollection<Geometry, PilotProps>;
}

let cached: RealInputs | undefined;

function build(): RealInputs {
  const topology: unknown = json('data', 'geo', 'china.topo.json');
  assertChinaTopology(topology, 'data/geo/china.topo.json');
  const scs = json<Topology>('data', 'geo', 'south-china-sea.topo.json');
  const world = json<Topology>('node_modules', 'world-atlas', 'countries-50m.json');
  const detailDir = join(root, 'data', 'geo', 'detail');
  const detail = readdirSync(detailDir)
    .filter((f) => f.endsWith('.topo.json'))
    .sort()
    .map((f) => json<Topology>('data', 'geo', 'detail', f));
  const gazetteer = validateGazetteer(json('data', 'gazetteer.json'), 'data/gazetteer.json');
  return {
    china: chinaLayers(topology),
    southChinaSea: feature(scs, scs.objects.islands as GeometryCollection) as FeatureCollection,
    land: buildBasemap(world, json<BasemapNames>('data', 'basemap', 'names.json')).land as FeatureCollection,
    pilots: { type: 'FeatureCollection', features: buildPilots(gazetteer, indexUnits(detail)).features },
  };
}

/** China, the islands, the land and the 63 pilots, built once per test file. */
export const realInputs = (): RealInputs => (cached ??= build());

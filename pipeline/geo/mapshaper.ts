import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
// mapshaper ships CommonJS without types; its node API takes a command line and named inputs
// and resolves with the named outputs (https://github.com/mbloch/mapshaper/wiki/Using-mapshaper-programmatically).
const mapshaper = require('mapshaper') as {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Buffer>>;
};

async function run(commands: string, input: Record<string, unknown>, output: string): Promise<Topology> {
  const out = await mapshaper.applyCommands(commands, input);
  const text = out[output];
  if (text == null) throw new Error(`mapshaper › no output "${output}" from: ${commands}`);
  return JSON.parse(String(text)) as Topology;
}

/**
 * Builds a topology from county polygons and cleans it: snaps near-coincident vertices,
 * gives each overlap to one polygon and fills gaps narrower than `gapWidth` (e.g. '3km'),
 * so that neighbours share one arc. Layer name: `counties`. Unquantized.
 */
export function cleanTopology(counties: FeatureCollection, gapWidth: string): Promise<Topology> {
  return run(
    `-i counties.json name=counties -clean gap-width=${gapWidth} -o clean.json format=topojson no-quantization`,
    { 'counties.json': counties },
    'clean.json',
  );
}

/**
 * Simplifies a cleaned topology (Visvalingam, weighted, as a percentage of removable vertices
 * kept; `keep-shapes` keeps at least one ring of every feature, so small counties like 长岛县
 * stay). Arcs are simplified once, so every feature sharing an arc gets the same line. Unquantized.
 */
export function simplifyTopology(clean: Topology, percentage: string): Promise<Topology> {
  return run(
    `-i clean.json -simplify ${percentage} keep-shapes -o out.json format=topojson no-quantization`,
    { 'clean.json': clean },
    'out.json',
  );
}

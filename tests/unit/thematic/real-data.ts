// The real corpus and pilots for the thematic tests, built by the pipeline's own functions
// (not read from public/data/, so the tests do not depend on an earlier `npm run data`). The corpus
// is extracted once per unit run (../fixtures/corpus.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildPilots, indexUnits } from '../../../pipeline/pilots.ts';
import { corpusWithGazetteer } from '../fixtures/corpus.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { IndicatorsFileSchema, type IndicatorRecord } from '../../../src/core/schema/indicators.ts';
import type { PilotProps } from '../../../src/core/schema/pilots.ts';

const root = join(import.meta.dirname, '../../..');

export interface RealData {
  records: IndicatorRecord[];
  pilots: PilotProps[];
}

let cached: Promise<RealData> | undefined;

async function build(): Promise<RealData> {
  const gazetteerJson: unknown = JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8'));
  const extracted = corpusWithGazetteer();
  // The contract's schema, as `npm run data` applies it before writing indicators.json.
  const { records } = IndicatorsFileSchema.parse({ sources: extracted.sources, records: extracted.records });
  const detailDir = join(root, 'data', 'geo', 'detail');
  const detail = readdirSync(detailDir)
    .filter((f) => f.endsWith('.topo.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(detailDir, f), 'utf8')) as Topology);
  const gazetteer = validateGazetteer(gazetteerJson, 'data/gazetteer.json');
  const pilots = buildPilots(gazetteer, indexUnits(detail)).features.map((f) => f.properties);
  return { records, pilots };
}

/** Records and pilot properties as `npm run data` would write them; built once per test file from the shared extraction. */
export const realData = (): Promise<RealData> => (cached ??= build());

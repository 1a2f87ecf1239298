// Real inputs for the layout tests, read from disk: the gazetteer, the boundaries in data/geo,
// the manifest and corpus, and the shipped specs in data/layouts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import type { Topology } from 'topojson-specification';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { countyLookupFromTopologies, layoutContext, type LayoutContext, type SpecInput } from '../../../src/core/layout/index.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const exists = (path: string) => existsSync(new URL(path, root));

export const gazetteer = validateGazetteer(JSON.parse(read('data/gazetteer.json')), 'data/gazetteer.json');

type ManifestDoc = { id: string; file: string; script: 'simplified' | 'traditional' };
export const manifest = JSON.parse(read('data/sources/manifest.json')) as { documents: ManifestDoc[] };

/**
 * Boundaries: the per-province detail files (10 % simplification) when data/geo has them, else the
 * national file (1 %). The tests need the county polygons of the units the specs use (Fujian 35,
 * Shandong 37, Zhejiang 33, Shanxi 14, Sichuan 51, Guangxi 45, Shaanxi 61).
 */
export function boundaryFiles(): string[] {
  const detail = exists('data/geo/detail')
    ? readdirSync(new URL('data/geo/detail/', root)).filter((f) => f.endsWith('.topo.json')).map((f) => `data/geo/detail/${f}`)
    : [];
  if (detail.length) return detail;
  return exists('data/geo/china.topo.json') ? ['data/geo/china.topo.json'] : [];
}
export const topologies: Topology[] = boundaryFiles().map((f) => JSON.parse(read(f)) as Topology);

export const ctx: LayoutContext = layoutContext(
  gazetteer,
  countyLookupFromTopologies(topologies),
  manifest.documents.map((d) => d.id),
);

/** Every shipped spec but unplaceable.json (which is a list of formulas, not a layout). */
export const LAYOUT_DIR = 'data/layouts';
export const specFiles = (): string[] =>
  readdirSync(new URL(`${LAYOUT_DIR}/`, root))
    .filter((f) => f.endsWith('.json') && f !== 'unplaceable.json')
    .sort()
    .map((f) => `${LAYOUT_DIR}/${f}`);
export const specs = (): SpecInput[] => specFiles().map((file) => ({ file, spec: JSON.parse(read(file)) }));
export const readJson = (path: string): unknown => JSON.parse(read(path));

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
/** Lines of a corpus document (1-based index: lines[n - 1]), in simplified characters. */
export function docLines(id: string): string[] {
  const doc = manifest.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no document "${id}" in manifest.json`);
  const text = read(`data/sources/${doc.file}`);
  return (doc.script === 'traditional' ? toSimplified(text) : text).split('\n');
}

// Compiles every shipped layout spec 20 times against the real gazetteer and boundaries and prints
// the time of one full compile. Target: < 100 ms. Then times the editor's check of a spec text with
// 10,000 errors (each put at its line). Target: < 1 s. Run: npx tsx bench/layouts.ts
import { readdirSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { validateGazetteer } from '../src/core/schema/gazetteer.ts';
import { compileAll, compileSpecText, countyLookupFromTopologies, formatLayoutError, layoutContext } from '../src/core/layout/index.ts';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const RUNS = 20;

const gazetteer = validateGazetteer(JSON.parse(read('data/gazetteer.json')), 'data/gazetteer.json');
const docs = (JSON.parse(read('data/sources/manifest.json')) as { documents: { id: string }[] }).documents.map((d) => d.id);
const detail = readdirSync(new URL('data/geo/detail/', root)).filter((f) => f.endsWith('.topo.json'));
const topologies = detail.map((f) => JSON.parse(read(`data/geo/detail/${f}`)) as Topology);
const specs = readdirSync(new URL('data/layouts/', root))
  .filter((f) => f.endsWith('.json') && f !== 'unplaceable.json')
  .map((f) => ({ file: `data/layouts/${f}`, spec: JSON.parse(read(`data/layouts/${f}`)) as unknown }));

// A fresh context per run would time the TopoJSON decoding too; the app decodes once, so does the bench.
const ctx = layoutContext(gazetteer, countyLookupFromTopologies(topologies), docs);
let t = performance.now();
const first = compileAll(specs, ctx);
const firstMs = performance.now() - t;
if (first.errors.length) throw new Error(first.errors.map(formatLayoutError).join('\n'));

const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  t = performance.now();
  compileAll(specs, ctx);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mean = times.reduce((s, x) => s + x, 0) / RUNS;
console.log(
  `${specs.length} specs, ${first.collection.features.length} features: ` +
    `first compile ${firstMs.toFixed(1)} ms (decodes the county polygons it needs); ` +
    `then ${mean.toFixed(1)} ms per full compile (mean of ${RUNS}; median ${times[RUNS >> 1]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}); target < 100 ms`,
);

// The editor (src/app/editor) checks the text as the planner types: a spec with 10,000 bad elements,
// half of them unknown places and half unknown kinds, must still answer at once.
const EDITOR_RUNS = 5;
const elements = Array.from({ length: 10_000 }, (_, i) =>
  i % 2 ? { kind: 'node', label: `点${i}`, at: { place: `无名镇${i}` } } : { kind: 'ring', label: `环${i}` },
);
const text = JSON.stringify({ id: 'draft', formula: '一核', title: '草稿', pilot: 'yantai', source: { doc: 'yantai', line: 407 }, parts: [{ part: '一核', elements }] }, null, 2);
const editorTimes: number[] = [];
// CPU time too: on a shared machine the wall time mostly measures the other processes.
const cpuTimes: number[] = [];
let problems = 0;
for (let i = 0; i < EDITOR_RUNS; i++) {
  t = performance.now();
  const cpu = process.cpuUsage();
  problems = compileSpecText(text, ctx).problems.length;
  const used = process.cpuUsage(cpu);
  editorTimes.push(performance.now() - t);
  cpuTimes.push((used.user + used.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `editor check of a ${(text.length / 1e6).toFixed(1)} MB spec with ${problems} errors: ` +
    `median ${median(editorTimes).toFixed(0)} ms wall, ${median(cpuTimes).toFixed(0)} ms CPU, of ${EDITOR_RUNS} ` +
    `(wall min ${Math.min(...editorTimes).toFixed(0)}, max ${Math.max(...editorTimes).toFixed(0)}); target < 1000 ms`,
);

/**
 * `npm run data`: reads the corpus and the committed data, writes public/data/ (served as data/ by vite).
 * What it writes: public/data/, and, through pipeline/intake.ts, a person's document packages
 * (data/packages/) taken into the corpus (data/sources/, data/layouts/ and the sources' manifest).
 * The other pipeline CLIs write their own outputs: pipeline/extract/run.ts the extracted records,
 * pipeline/geo/build.ts data/geo/.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSources } from './sources.ts';
import { extractPackageText, intakePackages, PackageError, placeNames, type PackageContext } from './intake.ts';
import { compileLayout, countyLookupFromTopologies, formatLayoutError, layoutContext } from '../src/core/layout/index.ts';
import { buildBasemap, encodeBasemap, type BasemapNames } from './basemap/build.ts';
import { buildPilots, indexUnits, pilotsCollection } from './pilots.ts';
import { AREA_TOLERANCE, checkAreas, noteMarkers, offBy, statedAreas } from './area-check.ts';
import type { ExtentsFile } from './extents.ts';
import { buildLayouts } from './layouts.ts';
import { splitChina } from './china-split.ts';
import { UnplaceableSchema } from '../src/core/layout/unplaceable.ts';
import { buildStoryIndex, layoutParts, validateStory } from '../src/core/schema/story.ts';
import { MEASURE_IDS } from '../src/core/thematic/measures.ts';
import { validateGazetteer } from '../src/core/schema/gazetteer.ts';
import { extractCorpus, formatReport } from './extract/index.ts';
import { applySectionScopes, type SectionScope } from './extract/section-scope.ts';
import { IndicatorsFileSchema, FormulasFileSchema } from '../src/core/schema/indicators.ts';
import { parseOrThrow } from '../src/core/schema/issues.ts';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { labelPoint } from '../src/core/label-points.ts';
import { CHECKED_FILES, CHECKS_FILE, type CheckedFile, type ChecksFile } from '../src/core/schema/data-files.ts';
import { textHash } from '../src/core/text-hash.ts';
import type { z } from '../src/core/schema/zod.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'public', 'data');

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path} › ${(error as Error).message}`);
  }
}

function report(name: string, text: string): void {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  console.log(`  ${name.padEnd(26)} ${(raw / 1024).toFixed(0).padStart(6)} KB  ${(gz / 1024).toFixed(0).padStart(5)} KB gzip`);
}

async function write(name: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await writeFile(join(out, name), text);
  report(name, text);
}

/** Adds `en` names to the province geometries, for English labels. */
function withEnglishProvinceNames(topology: Topology, names: Record<string, string>): Topology {
  const provinces = topology.objects.provinces as import('topojson-specification').GeometryCollection<{ id: string; en?: string }>;
  for (const g of provinces.geometries) {
    const id = (g.properties as { id?: string } | undefined)?.id;
    if (id && names[id]) g.properties = { id, ...g.properties, en: names[id] };
    else throw new Error(`data/basemap/provinces-en.json › names › no English name for province ${id}`);
  }
  return topology;
}

/** Stores each county's, prefecture's and province's label point (pole of inaccessibility) in its properties. */
function withLabelPoints(topology: Topology): Topology {
  for (const name of ['counties', 'prefectures', 'provinces']) {
    const object = topology.objects[name] as import('topojson-specification').GeometryCollection;
    for (const g of object.geometries) {
      const geometry = (feature(topology, g) as import('geojson').Feature).geometry;
      const at = geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? labelPoint(geometry) : null;
      if (at) g.properties = { ...g.properties, label: at };
    }
  }
  return topology;
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const gazetteerJson = await readJson(join(root, 'data', 'gazetteer.json'));
  const gazetteer = validateGazetteer(gazetteerJson, 'data/gazetteer.json');
  const geo = join(root, 'data', 'geo');
  const detailFiles = (await readdir(join(geo, 'detail'))).filter((f) => f.endsWith('.topo.json')).sort();
  const detail = await Promise.all(detailFiles.map((f) => readJson<Topology>(join(geo, 'detail', f))));
  const china = await readJson<Topology>(join(geo, 'china.topo.json'));
  const packageContext: PackageContext = { gazetteer: gazetteerJson, places: placeNames(china, gazetteerJson) };

  // A person's document packages (data/packages/) join the corpus before it is read.
  const counties = countyLookupFromTopologies(detail);
  const intake = await intakePackages({
    packagesDir: join(root, 'data', 'packages'),
    sourcesDir: join(root, 'data', 'sources'),
    layoutsDir: join(root, 'data', 'layouts'),
    context: packageContext,
    checkSpec: (spec, file, docIds) => compileLayout(spec, layoutContext(gazetteer, counties, docIds), file).errors.map(formatLayoutError),
    name: (path) => path.slice(root.length),
  });
  if (intake.taken.length > 0) {
    const added = intake.taken.filter((p) => p.added).length;
    console.log(`packages: ${intake.taken.length} in data/packages/, ${added} taken into the corpus, ${intake.taken.length - added} already in it`);
    for (const line of intake.lines) console.log(line);
  }

  const sources = await loadSources(join(root, 'data', 'sources'));
  console.log(`corpus: ${sources.length} documents, sha256 verified`);

  const world = await readJson<import('topojson-specification').Topology>(
    join(root, 'node_modules', 'world-atlas', 'countries-50m.json'),
  );
  const names = await readJson<BasemapNames>(join(root, 'data', 'basemap', 'names.json'));

  const started = performance.now();
  // The shipped documents by the pipeline's reading; a person's document taken in from a package as the app read it.
  const raw = extractCorpus(sources.filter((s) => !s.package), gazetteerJson);
  const packaged = sources.filter((s) => s.package).map((s) => ({ doc: s, ...extractPackageText(s.id, s.file, s.text, packageContext, s.package?.units ?? []) }));
  for (const p of packaged) {
    raw.records.push(...p.records);
    raw.formulas.push(...p.formulas);
  }
  raw.sources = sources.map((d) => ({ id: d.id, title: d.title, sha256: d.sha256 }));
  const sectionScopes = await readJson<{ scopes: Record<string, SectionScope> }>(join(root, 'data', 'quality', 'section-scopes.json'));
  const extracted = { ...raw, records: applySectionScopes(raw.records, sectionScopes.scopes) };
  const extractMs = performance.now() - started;
  console.log(formatReport(extracted.report));
  console.log(`extraction: ${extracted.records.length} records, ${extracted.formulas.length} formulas in ${extractMs.toFixed(0)} ms`);
  const areaNotes = await readJson<{ reasons: Record<string, { zh: string; en: string }> }>(join(root, 'data', 'quality', 'area-notes.json'));
  const extents = await readJson<ExtentsFile>(join(root, 'data', 'quality', 'extents.json'));
  const pilots = buildPilots(gazetteer, indexUnits(detail), 'data/gazetteer.json', { extents, areaNotes: areaNotes.reasons, statedAreas: statedAreas(extracted.records) });
  for (const problem of pilots.problems) console.warn(`  warning: ${problem}`);

  const areas = checkAreas(pilots.features, extracted.records, extents);
  noteMarkers(pilots.features, areas);
  const off = areas.filter((c) => offBy(c));
  const drawn = areas.filter((c) => c.measured !== null);
  console.log(
    `area check: ${areas.length} pilots state an area; ${drawn.length} drawn with an extent (${drawn.filter((c) => c.extent === 'approximate').length} approximate), ` +
      `${areas.length - drawn.length} as markers; ${off.length} off by more than ${AREA_TOLERANCE * 100}%:`,
  );
  for (const c of off) {
    const reason = areaNotes.reasons[c.pilot]?.en ?? 'reason unknown (add it to data/quality/area-notes.json)';
    console.log(`  ${c.name} (${c.pilot}): stated ${c.stated} km² (${c.source.doc} line ${c.source.line}), polygon ${c.measured} km², ratio ${c.ratio} — ${reason}`);
  }

  const layoutDir = join(root, 'data', 'layouts');
  const layoutFiles = (await readdir(layoutDir)).filter((f) => f.endsWith('.json') && f !== 'unplaceable.json').sort();
  const specs = await Promise.all(layoutFiles.map(async (f) => ({ file: `data/layouts/${f}`, spec: await readJson(join(layoutDir, f)) })));
  const unplaceable = UnplaceableSchema.parse(await readJson(join(layoutDir, 'unplaceable.json')));
  const layouts = buildLayouts(specs, gazetteer, detail, sources.map((s) => s.id), unplaceable.formulas);
  if (layouts.errors.length > 0) throw new Error(`layouts:\n${layouts.errors.join('\n')}`);
  console.log(`layouts: ${layouts.index.length} compiled, ${layouts.collection.features.length} features`);

  console.log('writing public/data/');
  await write('sources.json', { documents: sources.map(({ text: _text, ...doc }) => doc) });
  await write('basemap.json', encodeBasemap(buildBasemap(world, names)));
  await write('pilots.geojson', pilotsCollection(pilots.features));
  // A pilot is a pilot of the documents the gazetteer names, and of a person's document that states its figures.
  const pilotDocs = new Map(gazetteer.pilots.map((p) => [p.id, [...p.docs]]));
  for (const p of packaged) for (const pilot of new Set(p.records.map((r) => r.pilot))) if (pilotDocs.get(pilot)?.includes(p.doc.id) === false) pilotDocs.get(pilot)!.push(p.doc.id);
  await write('pilot-docs.json', { docs: Object.fromEntries(pilotDocs) });
  await write('indicators.json', parseOrThrow(IndicatorsFileSchema, { sources: extracted.sources, records: extracted.records }, 'indicators.json'));
  await write('layouts.geojson', layouts.collection);
  await write('layouts-index.json', { layouts: layouts.index });
  await write('layouts-details.json', { layouts: layouts.details });
  // For the layout editor (loaded only when it opens): the specs as written, and the gazetteer.
  await mkdir(join(out, 'layout-specs'), { recursive: true });
  for (const { spec } of specs) await writeFile(join(out, 'layout-specs', `${(spec as { id: string }).id}.json`), `${JSON.stringify(spec, null, 2)}\n`);
  await write('gazetteer.json', gazetteerJson);
  await write('layouts-unplaceable.json', await readJson(join(layoutDir, 'unplaceable.json')));
  await write('quality.json', { areas: areas.map((c) => ({ ...c, off: offBy(c), reason: areaNotes.reasons[c.pilot] ?? extents.approximate[c.pilot]?.note ?? extents.vintage[c.pilot]?.note ?? null })) });
  await write('formulas.json', parseOrThrow(FormulasFileSchema, { formulas: extracted.formulas }, 'formulas.json'));
  const provincesEn = await readJson<{ names: Record<string, string> }>(join(root, 'data', 'basemap', 'provinces-en.json'));
  const chinaNamed = withLabelPoints(withEnglishProvinceNames(china, provincesEn.names));
  await write('china.topo.json', chinaNamed);
  // What the page loads: provinces, prefectures and the pilots first; the counties when a view needs them.
  const split = splitChina(chinaNamed, pilotsCollection(pilots.features));
  await write('china-base.topo.json', split.base);
  await write('china-counties.topo.json', split.counties);
  await copyFile(join(geo, 'south-china-sea.topo.json'), join(out, 'south-china-sea.topo.json'));
  report('south-china-sea.topo.json', await readFile(join(out, 'south-china-sea.topo.json'), 'utf8'));
  // The documents themselves, for the source viewer: byte for byte.
  await mkdir(join(out, 'sources'), { recursive: true });
  for (const doc of sources) await copyFile(join(root, 'data', 'sources', doc.file), join(out, 'sources', doc.file));
  console.log(`  sources/*.txt          ${sources.length} documents`);

  // Stories, validated against the real ids (a story naming an unknown pilot or layout fails the build).
  const storyDir = join(root, 'data', 'stories');
  const known = {
    pilots: new Set(gazetteer.pilots.map((p) => p.id)),
    layouts: new Set(layouts.index.map((l) => l.id)),
    measures: new Set<string>(MEASURE_IDS),
    docs: new Set(sources.map((s) => s.id)),
    parts: layoutParts(layouts.collection.features),
  };
  const storyFiles = (await readdir(storyDir)).filter((f) => f.endsWith('.json')).sort();
  const stories = await Promise.all(storyFiles.map(async (f) => validateStory(await readJson(join(storyDir, f)), `data/stories/${f}`, known)));
  await mkdir(join(out, 'stories'), { recursive: true });
  for (const story of stories) await writeFile(join(out, 'stories', `${story.id}.json`), JSON.stringify(story));
  await write('stories/index.json', buildStoryIndex(stories));
  await writeChecks();
}

/**
 * Validates each file of the first view as written (the pilots of china-base.topo.json as GeoJSON)
 * and writes data/checks.json, the hash of each: the page trusts a file whose text has that hash and
 * validates any other, so it loads no schema for the files built here.
 */
async function writeChecks(): Promise<void> {
  const files: ChecksFile['files'] = {};
  for (const name of Object.keys(CHECKED_FILES) as CheckedFile[]) {
    const text = await readFile(join(out, name), 'utf8');
    let value = JSON.parse(text) as unknown;
    if (name === 'china-base.topo.json') value = feature(value as Topology, (value as Topology).objects.pilots!);
    const schema: z.ZodType = await CHECKED_FILES[name]();
    parseOrThrow(schema, value, `public/data/${name}`);
    files[name] = textHash(text);
  }
  await write(CHECKS_FILE, { files } satisfies ChecksFile);
}

main().catch((error: unknown) => {
  if (error instanceof PackageError) {
    console.error(`npm run data failed: ${error.message}\n数据包在 data/packages/ 中：修正或移走它后重新运行。 Fix or move the package(s) in data/packages/ and run again.`);
    process.exit(1);
  }
  console.error(`npm run data failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

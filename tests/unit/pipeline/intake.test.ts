// `npm run data` taking a person's document packages in (pipeline/intake.ts), on a copy of the corpus
// in a temp directory: packages made as the app makes them (src/core/document/package.ts) from a pilot's
// section of the batch document and from the Yantai plan's opening, re-extracted and compared with the
// shipped extraction (public/data/indicators.json); written byte for byte with their manifest entries;
// idempotent; and bad packages named, file and place, with nothing written.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { extractPackageText, intakePackages, PackageError, placeNames, type PackageContext } from '../../../pipeline/intake.ts';
import { loadSources } from '../../../pipeline/sources.ts';
import { englishTitle, placeInEnglish } from '../../../pipeline/package/entry.ts';
import { extractDocument } from '../../../src/core/document/extract-document.ts';
import { documentPackage } from '../../../src/core/document/package.ts';
import { draftSpec } from '../../../src/core/document/draft-spec.ts';
import { boundaryIndex, matchUnits, type GazetteerPilot } from '../../../src/core/document/match-units.ts';
import { assertChinaTopology, chinaLayers, countyLayers } from '../../../src/core/china-topology.ts';
import { compileLayout, countyLookup, formatLayoutError, layoutContext } from '../../../src/core/layout/index.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import type { IndicatorRecord } from '../../../src/core/schema/indicators.ts';
import { bareName, unitKey } from '../../../src/core/user-match.ts';

const root = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const gazetteerJson: unknown = JSON.parse(read('data/gazetteer.json'));
const gazetteer = validateGazetteer(gazetteerJson, 'data/gazetteer.json');
const shipped = (JSON.parse(read('public/data/indicators.json')) as { records: IndicatorRecord[] }).records;
const context: PackageContext = { gazetteer: gazetteerJson, places: placeNames(JSON.parse(read('data/geo/china.topo.json')) as Topology, gazetteerJson) };

const topology = (file: string) => JSON.parse(read(file)) as Parameters<typeof chinaLayers>[0];
const base = topology('public/data/china-base.topo.json');
assertChinaTopology(base, 'china-base', ['provinces', 'prefectures']);
const china = { ...chinaLayers(base), ...countyLayers(topology('public/data/china-counties.topo.json') as Parameters<typeof countyLayers>[0]) };
const counties = countyLookup(china.counties.features);
const checkSpec = (spec: unknown, file: string, docIds: readonly string[]) => compileLayout(spec, layoutContext(gazetteer, counties, docIds), file).errors.map(formatLayoutError);

/** A package as “下载数据包” writes it: the app's extraction, its matches, and its drafts on the counties the members name. */
function packageOf(name: string, text: string): string {
  const known = new Set(context.places);
  const bare = new Set(context.places.map(bareName));
  const extract = extractDocument(name, text, { gazetteer: gazetteerJson, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
  const { index } = boundaryIndex(china);
  const pilots = (gazetteerJson as { pilots: GazetteerPilot[] }).pilots;
  const choices = matchUnits(extract.units, index, pilots, new Set(pilots.map((p) => p.id))).map((m) => m.chosen);
  // As the app drafts: a member is a county of the unit's prefecture, else of its province.
  const chosen = choices[0];
  const home = chosen?.kind === 'unit' ? index.units.find((u) => unitKey(u) === chosen.key) : undefined;
  const prefecture = home?.level === 'prefectures' ? home.name : home?.prefecture;
  const province = home?.level === 'provinces' ? home.name : home?.province;
  const specs = extract.formulas.map((f, i) => {
    const resolve = (m: string) => {
      const all = index.candidates(m).filter((u) => u.level === 'counties');
      const near = all.filter((u) => u.prefecture === prefecture);
      const list = near.length > 0 ? near : all.filter((u) => u.province === province);
      return list.length === 1 ? { adcode: list[0]!.id, name: list[0]!.name } : null;
    };
    return draftSpec(f, `mine-1-formula-${i + 1}`, extract.units[0]!.pilot, resolve).spec;
  });
  return `${JSON.stringify(documentPackage({ name, kind: 'text', encoding: 'utf-8', text, extract, choices }, specs), null, 1)}\n`;
}

/** The batch document's section of a pilot (its heading to the next heading), and its first line. */
const batch = read('data/sources/national-pilots-batch2-work-plan-highlights.txt').split(/\r?\n/);
function section(heading: string): { text: string; first: number; last: number } {
  const starts = batch.flatMap((l, i) => (/国家新型城镇化.*工作方案要点$/.test(l.replace(/\s/g, '')) && !l.startsWith('第二批') ? [i] : []));
  const k = starts.findIndex((i) => batch[i]!.startsWith(heading));
  const lines = batch.slice(starts[k]!, starts[k + 1] ?? batch.length);
  return { text: lines.join('\n'), first: starts[k]! + 1, last: starts[k]! + lines.length };
}
const key = (r: IndicatorRecord, first = 1) => [r.pilot, r.indicator, r.kind, r.year, r.value, r.qualifier, r.scope ?? '', r.source.line - first + 1].join('|');

/** The Yantai plan up to the paragraph after its formula (line 407), a document of its own. */
const yantaiLines = read('data/sources/yantai-new-urbanization-plan-2021-2035.txt').split('\n');
const yantaiCut = `${yantaiLines.slice(0, 420).join('\n')}\n`;

let dir: string;
const dirs = () => ({ packagesDir: join(dir, 'packages'), sourcesDir: join(dir, 'sources'), layoutsDir: join(dir, 'layouts') });
const intake = () => intakePackages({ ...dirs(), context, checkSpec, name: (p) => p.slice(dir.length + 1) });
const listing = () => Object.fromEntries(['sources', 'layouts'].flatMap((d) => readdirSync(join(dir, d)).map((f) => [`${d}/${f}`, readFileSync(join(dir, d, f), 'utf8')])));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-intake-'));
  for (const d of ['packages', 'sources', 'layouts']) mkdirSync(join(dir, d));
  for (const f of readdirSync(join(root, 'data/sources'))) copyFileSync(join(root, 'data/sources', f), join(dir, 'sources', f));
});

describe('npm run data takes a person’s document package in', () => {
  it('writes 房山区’s section byte for byte with its manifest entry, and re-extracts the shipped records of that section; a second run changes nothing', async () => {
    const fangshan = section('北京市房山区');
    writeFileSync(join(dir, 'packages', '房山区.pilot-atlas.json'), packageOf('房山区.txt', fangshan.text));
    writeFileSync(join(dir, 'packages', '烟台.pilot-atlas.json'), packageOf('烟台.txt', yantaiCut));
    const result = await intake();
    expect(result.taken.map((t) => [t.file, t.added])).toEqual([
      ['房山区.pilot-atlas.json', true],
      ['烟台.pilot-atlas.json', true],
    ]);
    const [f, y] = result.taken;
    expect(f!.id).toMatch(/^fangshanqu-[0-9a-f]{8}$/);
    expect(y!.id).toMatch(/^yantaishi-[0-9a-f]{8}$/);

    // The corpus loads, each text verified against its manifest entry, and is the package's text.
    const sources = await loadSources(join(dir, 'sources'));
    expect(sources.map((s) => s.id)).toEqual(['batch2', 'changle', 'minhou', 'yantai', 'fuzhou', f!.id, y!.id]);
    const doc = sources.find((s) => s.id === f!.id)!;
    expect(readFileSync(join(dir, 'sources', doc.file), 'utf8')).toBe(fangshan.text);
    expect(doc).toMatchObject({ title: '北京市房山区国家新型城镇化综合试点工作方案要点', kind: 'pilot_batch', script: 'simplified', package: { file: '房山区.pilot-atlas.json', name: '房山区.txt', kind: 'text' } });

    // What ships for it: the shipped extraction of that section, citing the new document.
    const { records } = extractPackageText(doc.id, doc.file, doc.text, context);
    const expected = shipped.filter((r) => r.source.doc === 'batch2' && r.source.line >= fangshan.first && r.source.line <= fangshan.last);
    expect(expected.length).toBeGreaterThan(5);
    expect(records.map((r) => key(r)).sort()).toEqual(expected.map((r) => key(r, fangshan.first)).sort());
    expect(new Set(records.map((r) => r.source.doc))).toEqual(new Set([doc.id]));
    expect(result.lines).toContain(`    the re-extraction gives the package's ${records.length} records`);

    // The Yantai plan's draft: its six circles, citing the new document, compiled from the written file.
    expect(y!.specs).toEqual([`${y!.id}-formula-1.json`]);
    const spec = JSON.parse(readFileSync(join(dir, 'layouts', y!.specs[0]!), 'utf8')) as { id: string; pilot: string; source: { doc: string; line: number } };
    expect(spec).toMatchObject({ id: `${y!.id}-formula-1`, pilot: 'yantai', source: { doc: y!.id, line: 407 } });
    const compiled = compileLayout(spec, layoutContext(gazetteer, counties, sources.map((s) => s.id)));
    expect(compiled.errors).toEqual([]);
    expect(new Set(compiled.features.filter((x) => x.properties.kind === 'circle').map((x) => x.properties.label))).toEqual(new Set(['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳']));

    const before = listing();
    const again = await intake();
    expect(again.taken.map((t) => [t.id, t.added])).toEqual([
      [f!.id, false],
      [y!.id, false],
    ]);
    expect(listing()).toEqual(before);
  });

  it('a package of a shipped document’s text adds nothing; one whose records were edited ships the re-extraction and says what differs', async () => {
    writeFileSync(join(dir, 'packages', 'yantai-whole.json'), packageOf('烟台.txt', read('data/sources/yantai-new-urbanization-plan-2021-2035.txt')));
    const pkg = JSON.parse(packageOf('成都.txt', section('四川省成都市').text)) as { records: IndicatorRecord[] };
    const edited = pkg.records.findIndex((r) => r.indicator === 'resident_urbanization_rate');
    pkg.records[edited]!.value = 99.9;
    writeFileSync(join(dir, 'packages', 'chengdu.json'), JSON.stringify(pkg));
    const result = await intake();
    expect(result.taken.map((t) => [t.file, t.id, t.added])).toEqual([
      ['chengdu.json', expect.stringMatching(/^chengdushi-/), true],
      ['yantai-whole.json', 'yantai', false],
    ]);
    expect(result.lines.join('\n')).toMatch(/differs from the package's records \(what ships is the re-extraction\): 1 not in the package, 1 only in the package\n.*\+ 四川省成都市 resident_urbanization_rate .*\n.*− 四川省成都市 resident_urbanization_rate \S+ \S+ 99\.9%/);
  });

  it('a unit the atlas does not hold as a pilot is taken in, its figures under the document’s id, and said so', async () => {
    const text = '江苏省南京市江宁区国家新型城镇化综合试点工作方案要点\n\n一、基本情况\n2014 年，全区常住人口 115.5 万人，常住人口城镇化率 72.1%。\n';
    writeFileSync(join(dir, 'packages', 'jiangning.json'), packageOf('江宁区.txt', text));
    const result = await intake();
    const id = result.taken[0]!.id;
    expect(id).toMatch(/^nanjingshijiangningqu-[0-9a-f]{8}$/);
    const doc = (await loadSources(join(dir, 'sources'))).find((s) => s.id === id)!;
    const { records } = extractPackageText(id, doc.file, doc.text, context);
    expect(records.map((r) => [r.pilot, r.indicator, r.value])).toEqual([
      [`${id}-01`, 'resident_population', 115.5],
      [`${id}-01`, 'resident_urbanization_rate', 72.1],
    ]);
    expect(result.lines.join('\n')).toContain(`江苏省南京市江宁区 is not one of the atlas's pilots: its figures go to indicators.json as “${id}-01” and are not drawn on the shipped map`);
  });

  it('ships the matches the person made in the app: a unit left unmatched is not drawn, a unit matched to a pilot is drawn as that pilot', async () => {
    // 房山区's section, whose match the person cleared (“未匹配”).
    const fangshan = JSON.parse(packageOf('房山区.txt', section('北京市房山区').text)) as { units: { match: unknown }[] };
    expect(fangshan.units[0]!.match).toMatchObject({ kind: 'unit', key: 'counties:110111' });
    fangshan.units[0]!.match = null;
    writeFileSync(join(dir, 'packages', 'fangshan.json'), JSON.stringify(fangshan));
    // 江宁区, which the gazetteer does not know, matched by the person to a pilot of the atlas.
    const text = '江苏省南京市江宁区国家新型城镇化综合试点工作方案要点\n\n一、基本情况\n2014 年，全区常住人口 115.5 万人，常住人口城镇化率 72.1%。\n';
    const jiangning = JSON.parse(packageOf('江宁区.txt', text)) as { units: { match: unknown }[] };
    jiangning.units[0]!.match = { kind: 'pilot', id: 'beijing-fangshan', label: '北京市房山区' };
    writeFileSync(join(dir, 'packages', 'jiangning.json'), JSON.stringify(jiangning));
    const result = await intake();
    const [f, j] = result.taken;
    const sources = await loadSources(join(dir, 'sources'));
    const shippedOf = (id: string) => {
      const doc = sources.find((s) => s.id === id)!;
      return extractPackageText(id, doc.file, doc.text, context, doc.package?.units ?? []).records;
    };
    // The manifest keeps the person's matches, and the build's extraction follows them.
    expect(sources.find((s) => s.id === f!.id)!.package!.units).toEqual([{ unit: '北京市房山区', line: 1, pilot: null }]);
    expect(new Set(shippedOf(f!.id).map((r) => r.pilot))).toEqual(new Set([`${f!.id}-unit-1`]));
    expect(sources.find((s) => s.id === j!.id)!.package!.units).toEqual([{ unit: '江苏省南京市江宁区', line: 1, pilot: 'beijing-fangshan' }]);
    expect(shippedOf(j!.id).map((r) => [r.pilot, r.indicator, r.value])).toEqual([
      ['beijing-fangshan', 'resident_population', 115.5],
      ['beijing-fangshan', 'resident_urbanization_rate', 72.1],
    ]);
    const said = result.lines.join('\n');
    expect(said).toContain('北京市房山区: left unmatched by the person, its figures go to indicators.json under the document\'s id and are not drawn on the shipped map (by the gazetteer alone: “beijing-fangshan”)');
    expect(said).toContain('江苏省南京市江宁区: matched by the person to 北京市房山区, its figures go to the pilot “beijing-fangshan”');
    expect(said).not.toContain('江苏省南京市江宁区 is not one of the atlas');

    // A match naming a pilot the gazetteer does not hold is refused, naming the package and the place.
    rmSync(join(dir, 'packages', 'fangshan.json'));
    jiangning.units[0]!.match = { kind: 'pilot', id: 'nowhere', label: '某地' };
    writeFileSync(join(dir, 'packages', 'jiangning.json'), JSON.stringify({ ...jiangning, document: { ...(jiangning as unknown as { document: object }).document, text: `${text}\n` } }));
    const error = (await intake().catch((e: unknown) => e)) as PackageError;
    expect(error.problems).toEqual(['packages/jiangning.json › units[0].match.id › 地名录中没有试点 “nowhere” / the gazetteer has no pilot “nowhere”']);
  });

  it('titles a document taken in by its own title, and in English by its place and the kind of document its title names', async () => {
    expect(englishTitle('闽侯县城乡融合发展试验区实施方案', placeInEnglish('闽侯县'), 1)).toBe('Minhou County: implementation plan');
    expect(englishTitle('第二批国家新型城镇化综合试点工作方案要点', placeInEnglish('北京市房山区'), 3)).toBe('Fangshan District, Beijing and 2 other units: highlights of the work plan');
    expect(placeInEnglish('江苏省南京市江宁区')).toBe('Jiangning District, Nanjing');
    writeFileSync(join(dir, 'packages', '烟台.pilot-atlas.json'), packageOf('烟台.txt', yantaiCut));
    writeFileSync(join(dir, 'packages', '房山区.pilot-atlas.json'), packageOf('房山区.txt', section('北京市房山区').text));
    const result = await intake();
    const sources = await loadSources(join(dir, 'sources'));
    const entry = (file: string) => sources.find((s) => s.id === result.taken.find((t) => t.file === file)!.id)!;
    expect(entry('烟台.pilot-atlas.json')).toMatchObject({ title: '烟台市人民政府关于印发烟台市新型城镇化规划(2021-2035年)的通知', titleEn: 'Yantai City, Shandong: new-urbanization plan (2021–2035)' });
    expect(entry('房山区.pilot-atlas.json')).toMatchObject({ title: '北京市房山区国家新型城镇化综合试点工作方案要点', titleEn: 'Fangshan District, Beijing: highlights of the work plan' });
  });

  it('names every bad package, file and place, in Chinese and English, and writes nothing', async () => {
    writeFileSync(join(dir, 'packages', 'good.json'), packageOf('房山区.txt', section('北京市房山区').text));
    writeFileSync(join(dir, 'packages', 'cut.json'), packageOf('房山区.txt', section('北京市房山区').text).slice(0, 500));
    const wrong = JSON.parse(packageOf('房山区.txt', section('北京市房山区').text)) as { records: { value: unknown }[] };
    wrong.records[2]!.value = '68.9';
    writeFileSync(join(dir, 'packages', 'wrong.json'), JSON.stringify(wrong));
    writeFileSync(join(dir, 'packages', 'nothing.json'), JSON.stringify({ ...JSON.parse(packageOf('房山区.txt', section('北京市房山区').text)), document: { name: 'x.txt', kind: 'text', title: '', script: 'simplified', text: '会议纪要\n\n加强领导。\n' } }));
    const before = listing();
    const error = (await intake().catch((e: unknown) => e)) as PackageError;
    expect(error).toBeInstanceOf(PackageError);
    expect(error.problems).toEqual([
      expect.stringMatching(/^packages\/cut\.json › line \d+, column \d+ › 不是有效的 JSON \/ not valid JSON: /),
      expect.stringMatching(/^packages\/nothing\.json › document\.text › 标题和标题行都没有写出省、地级市或县（区） \/ no province, prefecture or county named/),
      expect.stringMatching(/^packages\/wrong\.json › records\[2\]\.value › 不符合数据包格式 \/ not as a package has it: .*number/),
    ]);
    expect(error.message).toMatch(/^数据包有误，未导入任何数据包 \/ bad package\(s\), none taken in:/);
    expect(listing()).toEqual(before);
  });

  it('does nothing without a packages folder', async () => {
    const result = await intakePackages({ ...dirs(), packagesDir: join(dir, 'none'), context, checkSpec });
    expect(result).toEqual({ taken: [], lines: [] });
  });
});

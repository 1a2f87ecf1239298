/**
 * Takes a person's document packages (data/packages/*.json, what the app's “下载数据包” saves) into
 * the corpus: each package is validated (src/core/document/package.ts), its text re-extracted by the
 * same extraction the app ran (src/core/document/extract-document.ts) and compared with the records
 * it carries, and the text written to data/sources/ with its manifest entry (sha256, bytes), so the
 * shipped atlas cites it as it cites the five shipped documents. Its draft specs are written to
 * data/layouts/ when they compile. A package whose text is already in the corpus changes nothing.
 *
 * All or nothing: when any package is bad, nothing is written and the error names every bad
 * package, the place in it and the problem, in Chinese and English. The directories are parameters,
 * so tests run it on copies.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentPackage } from '../src/core/document/package-schema.ts';
import { DocumentExtractError, LOCAL_DOC_ID } from '../src/core/document/extract-document.ts';
import { ManifestSchema, type SourceDocument } from '../src/core/schema/manifest.ts';
import type { IndicatorRecord } from '../src/core/schema/indicators.ts';
import { parseOrThrow } from '../src/core/schema/issues.ts';
import { sha256 } from './sources.ts';
import { appendToManifest, englishTitle, packageDocId, placeInEnglish } from './package/entry.ts';
import { citePackage, localId, readPackageText, type PackageContext } from './package/extract.ts';
import { unitPilots } from './package/matches.ts';
import { readPackage } from './package/read.ts';

export { extractPackageText, placeNames, type PackageContext, type PackageExtract } from './package/extract.ts';
export { packageDocId } from './package/entry.ts';

/** A bad package: every problem, each naming the file and the place, in Chinese and English. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`数据包有误，未导入任何数据包 / bad package(s), none taken in:\n${problems.join('\n')}`);
    this.name = 'PackageError';
  }
}

export interface IntakeOptions {
  /** The packages to take in (data/packages/); missing or empty: nothing to do. */
  packagesDir: string;
  /** The corpus: its documents and manifest.json (data/sources/). */
  sourcesDir: string;
  /** Where specs are written (data/layouts/). */
  layoutsDir: string;
  context: PackageContext;
  /** The compiler's errors for a spec, given the corpus's document ids (empty: it compiles). */
  checkSpec(spec: unknown, file: string, docIds: readonly string[]): string[];
  /** How a path is named in messages (default: as given). */
  name?: (path: string) => string;
}

export interface TakenPackage {
  file: string;
  /** The document's id in the manifest. */
  id: string;
  /** False when its text was already in the corpus (nothing written). */
  added: boolean;
  records: number;
  /** Layout files written (data/layouts/<id>.json). */
  specs: string[];
}

export interface IntakeResult {
  taken: TakenPackage[];
  /** What to print: one line per package and its notes (differences, specs left out, unknown units). */
  lines: string[];
}

const record = (r: IndicatorRecord) => `${r.pilot}|${r.indicator}|${r.kind}|${r.year}|${r.value}|${r.unit}|${r.qualifier}|${r.scope ?? ''}|${r.source.line}`;
const shown = (r: IndicatorRecord) => `${r.pilotName} ${r.indicator} ${r.kind} ${r.year ?? '—'} ${r.value}${r.unit} (line ${r.source.line})`;

interface Planned {
  file: string;
  id: string;
  entry: SourceDocument;
  text: string;
  specs: { file: string; spec: Record<string, unknown> }[];
  records: number;
}

/** Takes every package of `packagesDir` in (see the module's comment). Throws PackageError, having written nothing, if any is bad. */
export async function intakePackages(options: IntakeOptions): Promise<IntakeResult> {
  const name = options.name ?? ((p: string) => p);
  let files: string[];
  try {
    files = (await readdir(options.packagesDir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return { taken: [], lines: [] };
  }
  if (files.length === 0) return { taken: [], lines: [] };

  const manifestPath = join(options.sourcesDir, 'manifest.json');
  const manifestText = await readFile(manifestPath, 'utf8');
  const manifest = parseOrThrow(ManifestSchema, JSON.parse(manifestText), name(manifestPath));
  const bySha = new Map(manifest.documents.map((d) => [d.sha256, d.id]));
  const ids = new Set(manifest.documents.map((d) => d.id));
  const layoutFiles = new Set(await readdir(options.layoutsDir).catch(() => [] as string[]));

  const problems: string[] = [];
  const lines: string[] = [];
  const taken: TakenPackage[] = [];
  const planned: Planned[] = [];

  for (const file of files) {
    const where = name(join(options.packagesDir, file));
    const read = readPackage(await readFile(join(options.packagesDir, file), 'utf8'), where);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    const pkg: DocumentPackage = read.pkg;

    const text = pkg.document.text;
    const bytes = new TextEncoder().encode(text);
    const digest = sha256(bytes);
    const already = bySha.get(digest);
    if (already !== undefined) {
      lines.push(`  ${file}: already in the corpus as ${already} (nothing written)`);
      taken.push({ file, id: already, added: false, records: pkg.records.length, specs: [] });
      continue;
    }

    // Read once: its first unit names the document's id, then its records cite that id.
    let extract: ReturnType<typeof readPackageText>;
    try {
      extract = readPackageText(pkg.document.name, text, options.context);
    } catch (error) {
      if (error instanceof DocumentExtractError) {
        const zh = { empty: '文档没有文字', noUnit: '标题和标题行都没有写出省、地级市或县（区）', noFigures: '文档中没有找到数据（城镇化率、人口、面积等带数字的表述）' }[error.code];
        problems.push(`${where} › document.text › ${zh} / ${error.message.replace(/^.*? › /, '')}`);
      } else problems.push(`${where} › document.text › 提取失败 / extraction failed: ${(error as Error).message}`);
      continue;
    }
    const matched = unitPilots(pkg, options.context.gazetteer);
    if (matched.problems.length > 0) {
      problems.push(...matched.problems.map((p) => `${where} › ${p}`));
      continue;
    }
    const id = packageDocId(extract.units[0]?.unit ?? '', digest);
    if (ids.has(id)) {
      problems.push(`${where} › document.text › 文档编号 ${id} 已被另一份文档使用 / the id ${id} is another document's`);
      continue;
    }
    ids.add(id);
    bySha.set(digest, id);
    const { records, formulas } = citePackage(extract, id, matched.units);

    // The package's records against the re-extraction: what ships is the re-extraction.
    const carried = new Map(pkg.records.map((r) => [record(r), r]));
    const found = new Map(extract.records.map((r) => [record(r), r]));
    const onlyFound = [...found].filter(([k]) => !carried.has(k)).map(([, r]) => r);
    const onlyCarried = [...carried].filter(([k]) => !found.has(k)).map(([, r]) => r);
    const notes: string[] = [];
    if (onlyFound.length === 0 && onlyCarried.length === 0) notes.push(`the re-extraction gives the package's ${pkg.records.length} records`);
    else {
      notes.push(`the re-extraction differs from the package's records (what ships is the re-extraction): ${onlyFound.length} not in the package, ${onlyCarried.length} only in the package`);
      for (const r of onlyFound.slice(0, 5)) notes.push(`  + ${shown(r)}`);
      for (const r of onlyCarried.slice(0, 5)) notes.push(`  − ${shown(r)}`);
    }
    notes.push(...matched.notes);
    for (const u of extract.units.filter((u) => !u.joined && !matched.units.some((m) => m.unit === u.name && m.line === u.line && m.pilot)))
      notes.push(`${u.name} is not one of the atlas's pilots: its figures go to indicators.json as “${localId(id, u.pilot)}” and are not drawn on the shipped map (add it to data/gazetteer.json to draw it)`);

    // Its specs, citing the document by its id, where they compile.
    const docIds = [...manifest.documents.map((d) => d.id), ...planned.map((p) => p.id), id];
    const specs: Planned['specs'] = [];
    pkg.specs.forEach((spec, i) => {
      const n = /-formula-(\d+)$/.exec(String(spec.id))?.[1] ?? String(i + 1);
      const specId = `${id}-formula-${n}`;
      const source = typeof spec.source === 'object' && spec.source !== null ? spec.source : {};
      const pilot = typeof spec.pilot === 'string' && spec.pilot.startsWith(`${LOCAL_DOC_ID}-`) ? id : spec.pilot;
      const rewritten = { ...spec, id: specId, pilot, source: { ...source, doc: id } };
      const specFile = `${specId}.json`;
      const errors = layoutFiles.has(specFile) ? [`${name(join(options.layoutsDir, specFile))} already exists`] : options.checkSpec(rewritten, `${where} › specs[${i}]`, docIds);
      if (errors.length > 0) notes.push(`specs[${i}] (${String(spec.formula ?? spec.id)}) not added, it does not compile: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (+${errors.length - 3})` : ''}`);
      else specs.push({ file: specFile, spec: rewritten });
    });

    // The title: the package's (the title the app read), a batch's first heading as the document writes it.
    const heading = text.split(/\r?\n/)[(extract.units[0]?.line ?? 1) - 1]?.trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
    const title = (extract.kind === 'batch' ? heading : pkg.document.title.trim()) || heading || extract.title;
    const firstPilot = matched.units[0]?.pilot ?? (extract.units[0]?.joined ? extract.units[0].pilot : null);
    const placeEn = (firstPilot && (options.context.gazetteer as { pilots: { id: string; name: { en: string } }[] }).pilots.find((p) => p.id === firstPilot)?.name.en) || placeInEnglish(extract.units[0]?.name ?? title);
    const entry: SourceDocument = {
      id,
      file: `${id}.txt`,
      seed: pkg.document.name,
      title,
      titleEn: englishTitle(title, placeEn, extract.kind === 'batch' ? extract.units.length : 1),
      issuer: '未注明（个人文档数据包）',
      issuerEn: "Not stated (a person's document package)",
      date: null,
      dateNote: `Taken in from the package ${file} by npm run data; the package states no date.`,
      script: extract.script,
      kind: extract.kind === 'batch' ? 'pilot_batch' : 'pilot_plan',
      sha256: digest,
      bytes: bytes.length,
      seat: null,
      package: { file, name: pkg.document.name, kind: pkg.document.kind, ...(matched.units.length > 0 ? { units: matched.units } : {}) },
    };
    planned.push({ file, id, entry, text, specs, records: records.length });
    taken.push({ file, id, added: true, records: records.length, specs: specs.map((s) => s.file) });
    lines.push(
      `  ${file} → ${id}: ${name(join(options.sourcesDir, entry.file))}, ${records.length} records, ${formulas.length} formulas, ${specs.length} of ${pkg.specs.length} specs`,
      ...notes.map((n) => `    ${n}`),
    );
  }

  if (problems.length > 0) throw new PackageError(problems);
  if (planned.length > 0) {
    for (const p of planned) await writeFile(join(options.sourcesDir, p.entry.file), p.text);
    await mkdir(options.layoutsDir, { recursive: true });
    for (const p of planned) for (const s of p.specs) await writeFile(join(options.layoutsDir, s.file), `${JSON.stringify(s.spec, null, 2)}\n`);
    await writeFile(manifestPath, appendToManifest(manifestText, manifest, planned.map((p) => p.entry)));
  }
  return { taken, lines };
}

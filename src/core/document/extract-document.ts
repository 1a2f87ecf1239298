/**
 * A person's own planning document read by the same extraction that builds indicators.json
 * (pipeline/extract): sections per unit where the document has several pilot headings (like the
 * 2nd-batch document), else one unit named by the place its title opens with. Pure: no DOM, no
 * file system — it runs in the page's worker and in node alike.
 */
import { extractCorpus, readDocument } from '../../../pipeline/extract/extract-corpus.ts';
import { normaliseLine, splitLines } from '../../../pipeline/extract/normalise.ts';
import { paragraphs } from '../../../pipeline/extract/paragraphs.ts';
import { segmentBatch, type Section } from '../../../pipeline/extract/segment.ts';
import { paragraphContexts } from '../../../pipeline/extract/context.ts';
import { findYears, referenceYear } from '../../../pipeline/extract/years.ts';
import type { Formula, IndicatorRecord, SourceDoc } from '../../../pipeline/extract/schema.ts';

/** The document id records of a person's document cite (`source.doc`) until it is given its own. */
export const LOCAL_DOC_ID = 'mine';

export interface DocumentUnit {
  /** The unit as the document writes it: “北京市房山区”, “烟台市”. */
  name: string;
  /** The unit without its province (“房山区”), and the province the heading gives, if any. */
  unit: string;
  province: string | null;
  /** 1-based line of its heading (of the title for a single plan). */
  line: number;
  /** The gazetteer pilot this unit is (when the gazetteer knows it), else a local id. */
  pilot: string;
  joined: boolean;
}

export interface DocumentExtract {
  /** The title line the single unit was read from (a batch: its first heading's line). */
  title: string;
  kind: 'batch' | 'single';
  script: 'simplified' | 'traditional';
  units: DocumentUnit[];
  records: IndicatorRecord[];
  formulas: Formula[];
  /** Sections the extraction could not read, each naming the line. */
  errors: string[];
}

export type DocumentProblemCode = 'empty' | 'noUnit' | 'noFigures';

/** A document that gives nothing to map: the code says why (the page words it in both languages). */
export class DocumentExtractError extends Error {
  constructor(
    readonly file: string,
    readonly code: DocumentProblemCode,
  ) {
    super(`${file} › ${code === 'empty' ? 'the document has no text' : code === 'noUnit' ? 'no province, prefecture or county named in its title or headings' : 'no figures found (no urbanization rate, population, area … with a number)'}`);
    this.name = 'DocumentExtractError';
  }
}

/**
 * Characters common in traditional-script Chinese and never used in simplified text: a document
 * where they are more than 1 % of the Han characters is traditional (the Fuzhou plan is).
 */
const TRADITIONAL_ONLY = new Set([...'們這說國會發與來時對開實為當經過還進產業區縣鄉鎮設劃總體環質將現點數據標書務應關係續營濟費變權觀鐵'].map((c) => c.charCodeAt(0)));

export function detectScript(text: string): 'simplified' | 'traditional' {
  let han = 0;
  let traditional = 0;
  // By UTF-16 code unit: the Han block is all in the Basic Multilingual Plane (and no half of a surrogate pair falls in it).
  const end = Math.min(text.length, 200_000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      if (TRADITIONAL_ONLY.has(code)) traditional++;
    }
  }
  return han > 0 && traditional / han > 0.01 ? 'traditional' : 'simplified';
}

/** A place at the start of a title line: “烟台市人民政府关于…”, “长乐市推进…”, “闽侯县城乡融合…”. */
const TITLE_PLACE = /^(\p{Script=Han}{2,8}?(?:省|市|县|区|州|旗|盟))/u;
/** Lines that come before a title and name nothing: “附件2”, “- 索引号: …”, dates. */
const NOT_A_TITLE = /^(?:附件\s*\d*|[-–—•·]|来源|發佈|发布|索引|主题|主題|成文|发文|發文|\d)/u;

/**
 * The title of a single plan: the first of its first 20 non-blank lines that opens with a place
 * name (“烟台市人民政府关于印发烟台市新型城镇化规划…”), cut to start at that place; `accept` says
 * whether a place is one the boundaries hold (a line opening “该市…” is not a title). Null: none found.
 */
export function findTitle(lines: readonly string[], accept: (place: string) => boolean = () => true): { title: string; line: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 20; i++) {
    const text = normaliseLine(lines[i] ?? '', i + 1).text;
    if (text.length === 0) continue;
    seen++;
    if (NOT_A_TITLE.test(text)) continue;
    const m = TITLE_PLACE.exec(text);
    if (m?.[1] && accept(m[1])) return { title: text, line: i + 1 };
  }
  return null;
}

/** The latest year the description opening a section states a fact for (“2014 年，全区常住人口…”), or null. */
export function introYear(section: Section | undefined): number | null {
  if (!section) return null;
  const contexts = paragraphContexts(section.paragraphs);
  let latest: number | null = null;
  section.paragraphs.forEach((p, i) => {
    if (!contexts[i]?.intro) return;
    for (const y of findYears(p.text)) if ((y.type === 'bare' || y.type === 'until') && (latest === null || y.year > latest)) latest = y.year;
  });
  return latest;
}

/**
 * The last year of a person's document's past: the pipeline's (title period, earliest “到 YEAR 年”),
 * but never after the year its first section describes as the present. One pilot's section cut from
 * a batch has no “到 2016 年” of its neighbours to date it, and its “2017 年常住人口城镇化率达到
 * 48.7%” under 总体目标 would otherwise read as a fact.
 */
function documentReferenceYear(title: string, text: string, sections: readonly Section[]): number | null {
  const stated = referenceYear(title, text);
  const intro = introYear(sections[0]);
  return stated === null ? intro : intro === null ? stated : Math.min(stated, intro);
}

export interface ExtractOptions {
  /** The gazetteer (data/gazetteer.json): units it knows get its pilot ids, as the shipped records do. */
  gazetteer?: unknown;
  /** Whether a place name is one the boundaries (or gazetteer) hold; guards the title of a single plan. */
  knownPlace?: (place: string) => boolean;
}

/**
 * Reads a person's document: its units and their records and spatial formulas, with lines of the
 * document as given. Throws DocumentExtractError when it names no unit or states no figure.
 */
export function extractDocument(file: string, text: string, options: ExtractOptions = {}): DocumentExtract {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().length === 0) throw new DocumentExtractError(file, 'empty');
  const script = detectScript(body);
  const lines = splitLines(body);
  const paras = paragraphs(lines.map((l, i) => normaliseLine(l, i + 1)));
  const batch = segmentBatch(paras);
  let title: string;
  let titleLine: number;
  if (batch.length > 0) {
    title = batch[0]!.name;
    titleLine = batch[0]!.headingLine;
  } else {
    const found = findTitle(lines, options.knownPlace);
    if (!found) throw new DocumentExtractError(file, 'noUnit');
    ({ title, line: titleLine } = found);
  }
  const result = extractCorpus(
    [{ id: LOCAL_DOC_ID, file, title, sha256: '', script, kind: batch.length > 0 ? 'pilot_batch' : 'pilot_plan', text: body }],
    options.gazetteer,
    {
      referenceYear: documentReferenceYear,
      // Simplified text is read by the extraction as it was read here (traditional text is converted first): not read twice.
      ...(script === 'simplified' ? { read: (doc: SourceDoc) => (doc.text === body ? { paras, title: doc.title } : readDocument(doc)) } : {}),
    },
  );
  const units: DocumentUnit[] = [];
  const seen = new Set<string>();
  const joined = new Set(result.report.unjoined.map((u) => u.pilot));
  for (const entry of result.report.recordsPerPilot) {
    if (seen.has(entry.pilot)) continue;
    seen.add(entry.pilot);
    const section = batch.find((s) => s.pilotName === entry.pilotName);
    units.push({
      name: entry.pilotName,
      unit: section?.unit ?? entry.pilotName,
      province: section?.province ?? null,
      line: section?.headingLine ?? titleLine,
      pilot: entry.pilot,
      joined: !joined.has(entry.pilot),
    });
  }
  // Figures a document states for one of its sub-units that is itself a pilot (the Yantai plan's 龙口市) are that unit's too.
  for (const r of result.records) {
    if (seen.has(r.pilot)) continue;
    seen.add(r.pilot);
    units.push({ name: r.pilotName, unit: r.pilotName, province: null, line: r.source.line, pilot: r.pilot, joined: true });
  }
  if (result.records.length === 0) throw new DocumentExtractError(file, 'noFigures');
  return { title, kind: batch.length > 0 ? 'batch' : 'single', script, units, records: result.records, formulas: result.formulas, errors: result.report.errors };
}

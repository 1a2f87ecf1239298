import { recordsOfScopedPilots } from './scoped-pilots';
import { fallbackId, joinPilot } from './join';
import { isMorphologicalScope } from './scope';
import { normaliseLine, splitLines } from './normalise';
import { paragraphs } from './paragraphs';
import { qualityReport, type PilotEntry } from './report';
import {
  GazetteerView,
  SourceDoc,
  type Formula,
  type IndicatorRecord,
  type QualityReport,
  type SourceEntry,
} from './schema';
import { sectionFormulas } from './section-formulas';
import { sectionValues } from './section-values';
import { segmentBatch, segmentSingle, type Section } from './segment';
import { convertLine, traditionalToSimplified } from './simplify';
import type { Span } from './span';
import { referenceYear } from './years';

export type ExtractResult = {
  sources: SourceEntry[];
  records: IndicatorRecord[];
  formulas: Formula[];
  report: QualityReport;
};

/** A document read into paragraphs of simplified, width-folded text that still know their lines. */
export function readDocument(doc: SourceDoc): { paras: Span[]; title: string } {
  const convert = doc.script === 'traditional' ? traditionalToSimplified() : null;
  const spans = splitLines(doc.text).map((line, i) => normaliseLine(convert ? convertLine(line, convert) : line, i + 1, line));
  const title = convert ? convertLine(doc.title, convert) : doc.title;
  return { paras: paragraphs(spans), title };
}

/** Sections of a document; a malformed source is an Error that names the file and the fault. */
export function documentSections(doc: SourceDoc, paras: readonly Span[], title: string): Section[] {
  if (doc.kind !== 'pilot_batch') return [segmentSingle(paras, doc.title, title)];
  const sections = segmentBatch(paras);
  if (sections.length === 0) {
    throw new Error(
      `${doc.file}: no pilot headings found in a pilot_batch document (expected lines like “北京市房山区国家新型城镇化综合试点工作方案要点”)`,
    );
  }
  return sections;
}

export interface ExtractOptions {
  /**
   * The last year of a document's past (years after it are goals): by default from its title's
   * period or its earliest “到 YEAR 年” (years.ts › referenceYear). A person's document cut from a
   * larger one may need its sections' own facts to place it (src/core/document).
   */
  referenceYear?: (title: string, text: string, sections: readonly Section[]) => number | null;
  /** Reads a document into paragraphs (by default readDocument): a caller that has read it already hands them over. */
  read?: (doc: SourceDoc) => { paras: Span[]; title: string };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The extraction stage: policy documents → indicator records (docs/contracts.md), spatial-layout
 * formulas and a quality report. Pure: the caller reads the files (run.ts). Throws only for a
 * malformed source (empty text, a pilot batch without pilot headings); anything else that goes
 * wrong in a section is reported in `report.errors` and the other sections go on.
 */
export function extractCorpus(docs: readonly SourceDoc[], gazetteer?: unknown, options: ExtractOptions = {}): ExtractResult {
  const errors: string[] = [];
  let gaz: GazetteerView | null = null;
  if (gazetteer !== undefined && gazetteer !== null) {
    const parsed = GazetteerView.safeParse(gazetteer);
    if (parsed.success) gaz = parsed.data;
    else errors.push(`gazetteer: not read (${parsed.error.issues[0]?.message ?? 'invalid'}); pilots keep their own ids`);
  }
  const records: IndicatorRecord[] = [];
  const formulas: Formula[] = [];
  const pilots: PilotEntry[] = [];
  const unjoined: PilotEntry[] = [];

  for (const input of docs) {
    const doc = SourceDoc.parse(input);
    if (doc.text.trim().length === 0) throw new Error(`${doc.file}: empty text`);
    const { paras, title } = (options.read ?? readDocument)(doc);
    const sections = documentSections(doc, paras, title);
    const refYear = (options.referenceYear ?? referenceYear)(title, paras.map((p) => p.text).join('\n'), sections);
    for (const section of sections) {
      const identity = joinPilot(section, gaz, fallbackId(doc.id, section, doc.kind === 'pilot_batch'));
      const pilot: PilotEntry = { pilot: identity.id, pilotName: section.pilotName, doc: doc.id };
      pilots.push(pilot);
      if (!identity.joined) unjoined.push(pilot);
      try {
        for (const v of sectionValues(section, refYear)) {
          if (v.scope !== null && isMorphologicalScope(v.scope)) continue;
          records.push({
            pilot: pilot.pilot,
            pilotName: pilot.pilotName,
            indicator: v.indicator,
            kind: v.kind,
            year: v.year,
            value: v.value,
            unit: v.unit,
            qualifier: v.qualifier,
            source: { doc: doc.id, line: v.line, text: v.text },
            ...(v.scope !== null ? { scope: v.scope } : {}),
          });
        }
        for (const f of sectionFormulas(section)) {
          formulas.push({
            pilot: pilot.pilot,
            pilotName: pilot.pilotName,
            formula: f.formula,
            parts: f.parts,
            source: { doc: doc.id, line: f.line, text: f.text },
          });
        }
      } catch (e) {
        errors.push(`${doc.file} › ${section.pilotName} (line ${section.headingLine}): ${message(e)}`);
      }
    }
  }
  if (gaz) records.push(...recordsOfScopedPilots(records, gaz));
  const sources = docs.map((d) => ({ id: d.id, title: d.title, sha256: d.sha256 }));
  return { sources, records, formulas, report: qualityReport(pilots, records, formulas, unjoined, errors) };
}

/**
 * A person's document package (`<name>.pilot-atlas.json`, docs/contracts.md): what “下载数据包”
 * saves and what `npm run data` takes in from data/packages/ (its schema: package-schema.ts, kept
 * apart so the page loads no zod to write one). Pure.
 */
import type { DocumentExtract } from './extract-document.ts';
import type { UnitChoice } from './match-units.ts';
import type { DocumentPackage } from './package-schema.ts';

export const PACKAGE_FORMAT = 'pilot-atlas-document-package';

/** A document as the app holds it: what it was read from, its extraction and the person's matches. */
export interface PackagedDocument {
  name: string;
  kind: 'text' | 'docx' | 'pdf';
  encoding?: string;
  text: string;
  extract: DocumentExtract;
  choices: readonly (UnitChoice | null)[];
}

/** The package a document downloads as (“下载数据包”): its text, records, formulas, matches and the specs drafted (null: none). */
export function documentPackage(doc: PackagedDocument, specs: readonly (Record<string, unknown> | null)[]): DocumentPackage {
  return {
    format: PACKAGE_FORMAT,
    version: 1,
    document: { name: doc.name, kind: doc.kind, ...(doc.encoding ? { encoding: doc.encoding } : {}), title: doc.extract.title, script: doc.extract.script, text: doc.text },
    units: doc.extract.units.map((u, k) => ({ ...u, match: doc.choices[k] ?? null })),
    records: doc.extract.records,
    formulas: doc.extract.formulas,
    specs: specs.flatMap((s) => (s ? [s] : [])),
  };
}

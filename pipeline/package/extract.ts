/**
 * A person's document read as the app reads it (the same function, the same options), its records
 * and formulas citing the document's id and drawn as the person matched its units (./matches.ts).
 */
import { extractDocument, LOCAL_DOC_ID, type DocumentExtract } from '../../src/core/document/extract-document.ts';
import { bareName } from '../../src/core/user-match.ts';
import type { Formula, IndicatorRecord } from '../../src/core/schema/indicators.ts';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { UnitPilot } from './matches.ts';

/** What the extraction of a person's document needs besides its text. */
export interface PackageContext {
  /** data/gazetteer.json as read: units it knows get its pilot ids. */
  gazetteer: unknown;
  /** Names of the boundaries' units and the gazetteer's pilots: a single plan's title must name one. */
  places: readonly string[];
}

export interface PackageExtract {
  extract: DocumentExtract;
  /** Records and formulas citing `docId`; units the gazetteer does not know keep local ids made from it. */
  records: IndicatorRecord[];
  formulas: Formula[];
}

/** `mine` → the document's id, `mine-03` → `<id>-03`: the ids of units the gazetteer does not know. */
export const localId = (docId: string, id: string) => (id === LOCAL_DOC_ID ? docId : id.startsWith(`${LOCAL_DOC_ID}-`) ? `${docId}${id.slice(LOCAL_DOC_ID.length)}` : id);

/**
 * A person's document read as the app reads it (its records cite the app's local id until
 * citePackage gives them the document's). Throws DocumentExtractError when it names no unit or
 * states no figure.
 */
export function readPackageText(file: string, text: string, context: PackageContext): DocumentExtract {
  const known = new Set(context.places);
  const bare = new Set(context.places.map(bareName));
  return extractDocument(file, text, { gazetteer: context.gazetteer, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
}

/**
 * The records and formulas of a document read by readPackageText, citing `docId`. With the
 * person's matches (`units`, from the manifest), a unit's figures go to the pilot the person matched
 * it to, and a unit the person left unmatched keeps a local id of the document, as the app drew it.
 */
export function citePackage(extract: DocumentExtract, docId: string, units: readonly UnitPilot[] = []): PackageExtract {
  // The pilot each extracted unit's figures go to: the person's match where the manifest gives one.
  const pilotOf = new Map<string, string>();
  extract.units.forEach((u, k) => {
    const chosen = units.find((m) => m.unit === u.name && m.line === u.line);
    if (!chosen) return;
    if (chosen.pilot) pilotOf.set(u.pilot, chosen.pilot);
    else if (u.joined) pilotOf.set(u.pilot, `${docId}-unit-${k + 1}`);
  });
  const cite = <T extends { pilot: string; source: { doc: string } }>(x: T): T => ({ ...x, pilot: pilotOf.get(x.pilot) ?? localId(docId, x.pilot), source: { ...x.source, doc: docId } });
  return { extract, records: extract.records.map(cite), formulas: extract.formulas.map(cite) };
}

/** readPackageText and citePackage in one: a person's document read as the app reads it, citing `docId`. */
export const extractPackageText = (docId: string, file: string, text: string, context: PackageContext, units: readonly UnitPilot[] = []): PackageExtract =>
  citePackage(readPackageText(file, text, context), docId, units);

/** The names of the boundaries' units and the gazetteer's pilots: a person's single plan must open by naming one (as in the app). */
export function placeNames(china: Topology, gazetteerJson: unknown): string[] {
  const names = new Set<string>();
  for (const layer of ['provinces', 'prefectures', 'counties']) {
    const object = china.objects[layer] as GeometryCollection | undefined;
    for (const g of object?.geometries ?? []) {
      const name = (g.properties as { name?: string } | undefined)?.name;
      if (name) names.add(name);
    }
  }
  for (const p of (gazetteerJson as { pilots: { name: { zh: string }; sourceNames?: string[] }[] }).pilots) {
    names.add(p.name.zh);
    for (const s of p.sourceNames ?? []) names.add(s);
  }
  return [...names];
}

/**
 * The person's matches of a package's units (“下载数据包” saves the match each unit's select shows)
 * as the pilot each unit's figures go to in the shipped atlas: the pilot the person chose; the pilot
 * whose boundary unit the person chose; none (a local id of the document, not drawn) when the
 * person chose a unit the atlas holds no pilot for, or none.
 */
import type { DocumentPackage } from '../../src/core/document/package-schema.ts';
import type { GazetteerPilot } from '../../src/core/document/match-units.ts';

/** A unit of a document taken in, as its manifest entry keeps it: the pilot its figures go to (null: none of the atlas's). */
export interface UnitPilot {
  /** The unit as the document writes it, and its heading's line. */
  unit: string;
  line: number;
  pilot: string | null;
}


/** The pilot of each unit the package carries a match for, and notes where the person's match differs from the gazetteer's join or ships undrawn. */
export function unitPilots(pkg: DocumentPackage, gazetteerJson: unknown): { units: UnitPilot[]; notes: string[]; problems: string[] } {
  const pilots = (gazetteerJson as { pilots: GazetteerPilot[] }).pilots;
  const byId = new Map(pilots.map((p) => [p.id, p]));
  const byAdcode = new Map(pilots.flatMap((p) => (p.adcodes ?? []).map((a) => [a, p] as const)));
  const units: UnitPilot[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  pkg.units.forEach((u, k) => {
    const match = u.match;
    let pilot: string | null = null;
    if (match?.kind === 'pilot') {
      if (!byId.has(match.id)) return void problems.push(`units[${k}].match.id › 地名录中没有试点 “${match.id}” / the gazetteer has no pilot “${match.id}”`);
      pilot = match.id;
    } else if (match?.kind === 'unit') pilot = byAdcode.get(match.key.slice(match.key.indexOf(':') + 1))?.id ?? null;
    const joined = u.joined ? u.pilot : null;
    if (pilot && pilot !== joined) notes.push(`${u.name}: matched by the person to ${match!.label}, its figures go to the pilot “${pilot}”${joined ? ` (by the gazetteer alone: “${joined}”)` : ''}`);
    if (!pilot && joined)
      notes.push(`${u.name}: ${match ? `matched by the person to ${match.label}, which is not one of the atlas's pilots` : 'left unmatched by the person'}, its figures go to indicators.json under the document's id and are not drawn on the shipped map (by the gazetteer alone: “${joined}”)`);
    units.push({ unit: u.name, line: u.line, pilot });
  });
  return { units, notes, problems };
}

import { dropEthnic, dropParen } from './place';
import type { GazetteerView } from './schema';
import type { Section } from './segment';

export type PilotIdentity = { readonly id: string; readonly joined: boolean };

/** The forms of a unit's name a gazetteer entry may use (no stems: “房山” alone is too loose). */
function nameForms(name: string): Set<string> {
  return new Set([name, dropEthnic(name), dropParen(name), dropParen(dropEthnic(name))].filter((s) => s.length >= 2));
}

/** Stable id for a pilot the gazetteer does not know: batch2-01… in heading order, or the document id. */
export function fallbackId(docId: string, section: Section, batch: boolean): string {
  return batch ? `${docId}-${String(section.order).padStart(2, '0')}` : docId;
}

/**
 * Join a section's heading to the gazetteer: first by an exact entry of `sourceNames` (as written
 * or simplified), then by name or alias within the heading's province — or, for a document without a
 * province in its heading, by a name or alias that only one pilot has.
 */
export function joinPilot(section: Section, gazetteer: GazetteerView | null, fallback: string): PilotIdentity {
  if (!gazetteer) return { id: fallback, joined: false };
  const written = new Set([section.pilotName, section.name, section.unit]);
  const exact = gazetteer.pilots.find((p) => p.sourceNames.some((s) => written.has(s)));
  if (exact) return { id: exact.id, joined: true };
  const forms = nameForms(section.unit);
  const matches = (p: GazetteerView['pilots'][number]): boolean =>
    [p.name.zh, ...p.aliases].some((n) => [...nameForms(n)].some((f) => forms.has(f)));
  const candidates = gazetteer.pilots.filter(
    (p) => (section.province === null || p.province.zh === section.province) && matches(p),
  );
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only ? { id: only.id, joined: true } : { id: fallback, joined: false };
}

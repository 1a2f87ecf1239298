import type { IndicatorRecord } from './schema';

export interface SectionScope {
  doc: string;
  fromLine: number;
  toLine: number;
  scope: string;
  reason: string;
  /**
   * The map draws the pilot as this part (data/quality/extents.json: 茂名 as its 81 km² high-tech
   * zone), so the part's figures are the map entry's own: they feed the pilot's entry, with their
   * source lines, instead of being kept aside as a sub-area's.
   */
  mapEntry?: boolean;
  /** Why the map entry is the part (required with mapEntry). */
  mapEntryReason?: string;
}

/**
 * Gives a scope to the records of a pilot's section that describe a part of it (data/quality/
 * section-scopes.json: 茂名's figures are its high-tech zone's). Records that already carry a scope
 * keep it. Where the map draws the pilot as that part (`mapEntry`), the part's figures — unscoped
 * in the range, or scoped to the part by the extractor — are the entry's own and carry no scope.
 * Pure: returns new records.
 */
export function applySectionScopes(records: readonly IndicatorRecord[], scopes: Readonly<Record<string, SectionScope>>): IndicatorRecord[] {
  return records.map((r) => {
    const s = scopes[r.pilot];
    if (!s || r.source.doc !== s.doc || r.source.line < s.fromLine || r.source.line > s.toLine) return r;
    if (s.mapEntry) {
      if (r.scope !== s.scope) return r;
      const { scope: _part, ...own } = r;
      return own;
    }
    return r.scope ? r : { ...r, scope: s.scope };
  });
}

import type { IndicatorRecord } from './schema';

export interface SectionScope {
  doc: string;
  fromLine: number;
  toLine: number;
  scope: string;
  reason: string;
}

/**
 * Gives a scope to the records of a pilot's section that describe a part of it (data/quality/
 * section-scopes.json: 茂名's figures are its high-tech zone's). Records that already carry a scope
 * keep it. Pure: returns new records.
 */
export function applySectionScopes(records: readonly IndicatorRecord[], scopes: Readonly<Record<string, SectionScope>>): IndicatorRecord[] {
  return records.map((r) => {
    const s = scopes[r.pilot];
    if (!s || r.scope || r.source.doc !== s.doc || r.source.line < s.fromLine || r.source.line > s.toLine) return r;
    return { ...r, scope: s.scope };
  });
}

import type { Formula, IndicatorRecord, QualityReport } from './schema';

export type PilotEntry = { readonly pilot: string; readonly pilotName: string; readonly doc: string };

/**
 * Indicators whose goals are not levels above a baseline: the income ratio is meant to fall, and
 * new jobs or settled migrants count a flow over a period (烟台表1: [65] for 2016–2020, [>50] for 2021–2025).
 */
const FALLING = new Set(['income_ratio', 'new_urban_jobs', 'settled_migrants']);

const sameSeries = (a: IndicatorRecord, b: IndicatorRecord): boolean =>
  a.pilot === b.pilot && a.indicator === b.indicator && (a.scope ?? '') === (b.scope ?? '');

/** Values that are probably misread: rates over 100 %, goals below their baseline, fewer people than townspeople. */
export function suspicious(records: readonly IndicatorRecord[]): QualityReport['suspicious'] {
  const out: QualityReport['suspicious'] = [];
  const entry = (r: IndicatorRecord, reason: string, lines: number[]) =>
    out.push({ pilot: r.pilot, pilotName: r.pilotName, doc: r.source.doc, indicator: r.indicator, reason, lines });
  for (const r of records) {
    if (r.unit === '%' && r.value > 100) entry(r, `${r.value}% is over 100%`, [r.source.line]);
    if (r.kind === 'target' && !FALLING.has(r.indicator)) {
      const base = records.find(
        (b) => b.kind === 'baseline' && sameSeries(b, r) && b.value > r.value && (b.year === null || r.year === null || b.year < r.year),
      );
      if (base) entry(r, `target ${r.value} (${r.year ?? 'no year'}) is below baseline ${base.value} (${base.year ?? 'no year'})`, [base.source.line, r.source.line]);
    }
    if (r.indicator === 'resident_population') {
      const urban = records.find(
        (u) => u.indicator === 'urban_population' && u.pilot === r.pilot && u.kind === r.kind && u.year === r.year && (u.scope ?? '') === (r.scope ?? '') && u.value > r.value,
      );
      if (urban) entry(r, `resident population ${r.value} is smaller than urban population ${urban.value}`, [r.source.line, urban.source.line]);
    }
  }
  return out;
}

export function qualityReport(
  pilots: readonly PilotEntry[],
  records: readonly IndicatorRecord[],
  formulas: readonly Formula[],
  unjoined: readonly PilotEntry[],
  errors: readonly string[],
): QualityReport {
  return {
    recordsPerPilot: pilots.map((p) => ({
      ...p,
      records: records.filter((r) => r.pilot === p.pilot && r.source.doc === p.doc).length,
      formulas: formulas.filter((f) => f.pilot === p.pilot && f.source.doc === p.doc).length,
    })),
    missingUrbanizationRate: pilots.filter(
      (p) => !records.some((r) => r.pilot === p.pilot && r.indicator === 'resident_urbanization_rate' && r.scope === undefined),
    ),
    suspicious: suspicious(records),
    unjoined: [...unjoined],
    errors: [...errors],
  };
}

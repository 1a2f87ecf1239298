import type { QualityReport } from './schema';

/** The quality report as plain text for a terminal: counts, then what needs a reader's eye. */
export function formatReport(report: QualityReport): string {
  const out: string[] = [];
  const byDoc = new Map<string, QualityReport['recordsPerPilot']>();
  for (const p of report.recordsPerPilot) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  out.push('Records per pilot (records / formulas):');
  for (const [doc, pilots] of byDoc) {
    const total = pilots.reduce((n, p) => n + p.records, 0);
    const formulas = pilots.reduce((n, p) => n + p.formulas, 0);
    out.push(`  ${doc}: ${total} records, ${formulas} formulas, ${pilots.length} pilot(s)`);
    for (const p of pilots) out.push(`    ${p.pilot.padEnd(12)} ${p.pilotName}  ${p.records} / ${p.formulas}`);
  }
  out.push('', `No resident urbanization rate (${report.missingUrbanizationRate.length}):`);
  for (const p of report.missingUrbanizationRate) out.push(`  ${p.doc} ${p.pilot} ${p.pilotName}`);
  out.push('', `Suspicious values (${report.suspicious.length}):`);
  for (const s of report.suspicious) out.push(`  ${s.doc}:${s.lines.join(',')} ${s.pilotName} ${s.indicator}: ${s.reason}`);
  if (report.unjoined.length > 0) {
    out.push('', `Not joined to the gazetteer (${report.unjoined.length}), own ids used:`);
    for (const p of report.unjoined) out.push(`  ${p.doc} ${p.pilot} ${p.pilotName}`);
  }
  if (report.errors.length > 0) {
    out.push('', `Errors (${report.errors.length}):`);
    for (const e of report.errors) out.push(`  ${e}`);
  }
  return out.join('\n');
}

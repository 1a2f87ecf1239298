import { area } from '@turf/turf';
import type { IndicatorRecord } from '../src/core/schema/indicators.ts';
import type { ExtentsFile } from './extents.ts';
import type { PilotFeature } from './pilots.ts';

export interface AreaCheck {
  pilot: string;
  name: string;
  /** Area the document states, km². */
  stated: number;
  /** Geodesic area of the pilot's polygon, km²; null for a pilot drawn as a marker (it claims no extent). */
  measured: number | null;
  /** measured / stated; null for a marker. */
  ratio: number | null;
  /** How the pilot is drawn (pilots.geojson `extent`). */
  extent: 'boundary' | 'approximate' | 'point';
  source: { doc: string; line: number };
}

/** The area each pilot's document states: its area_km2 baseline without scope (the first where it states several). */
export function statedAreas(records: IndicatorRecord[]): Map<string, { km2: number; doc: string; line: number }> {
  const areas = new Map<string, { km2: number; doc: string; line: number }>();
  for (const r of records) {
    if (r.indicator === 'area_km2' && r.kind === 'baseline' && !r.scope && !areas.has(r.pilot)) areas.set(r.pilot, { km2: r.value, doc: r.source.doc, line: r.source.line });
  }
  return areas;
}

/** Default tolerance of the check: a polygon within ±25 % of the stated area passes. */
export const AREA_TOLERANCE = 0.25;

/**
 * Compares the geodesic area of every pilot's drawing with the area its document states: the
 * area_km2 baseline without scope (the first where a pilot states several), else the area an
 * approximate extent is drawn at (data/quality/extents.json, e.g. a section whose pilot is a zone).
 * Pilots drawn as markers are listed with no measure: a marker claims no extent.
 */
export function checkAreas(pilots: PilotFeature[], records: IndicatorRecord[], extents?: ExtentsFile): AreaCheck[] {
  const checks: AreaCheck[] = [];
  for (const f of pilots) {
    const record = records.find((r) => r.pilot === f.properties.id && r.indicator === 'area_km2' && r.kind === 'baseline' && !r.scope);
    const approx = extents?.approximate[f.properties.id];
    const stated = record
      ? { value: record.value, doc: record.source.doc, line: record.source.line }
      : approx
        ? { value: approx.area.km2, doc: approx.area.doc, line: approx.area.line }
        : null;
    if (!stated) continue;
    const measured = f.geometry.type === 'Point' ? null : area(f) / 1e6;
    checks.push({
      pilot: f.properties.id,
      name: f.properties.name,
      stated: stated.value,
      measured: measured === null ? null : Math.round(measured),
      ratio: measured === null ? null : Math.round((measured / stated.value) * 1000) / 1000,
      extent: f.properties.extent ?? (f.geometry.type === 'Point' ? 'point' : 'boundary'),
      source: { doc: stated.doc, line: stated.line },
    });
  }
  return checks;
}

/** A drawn extent off the stated area by more than the tolerance (markers are never off: they draw no area). */
export const offBy = (check: AreaCheck, tolerance = AREA_TOLERANCE) => check.ratio !== null && Math.abs(check.ratio - 1) > tolerance;

/**
 * The note a pilot drawn as a marker carries when its document states an area: the exception the
 * area check makes for it, shown with the pilot.
 */
export function markerNote(check: AreaCheck): { zh: string; en: string } | null {
  if (check.measured !== null) return null;
  const km2 = check.stated.toLocaleString('en-GB');
  return {
    zh: `以点标示：文中面积 ${check.stated} 平方公里（第 ${check.source.line} 行），我们没有其边界，图中不画范围。`,
    en: `Drawn as a marker: the text gives ${km2} km² (line ${check.source.line}) but we hold no boundary of it, so no extent is drawn.`,
  };
}

/** Gives each marker whose document states an area its note (pilots.geojson `extentNote`), in place. */
export function noteMarkers(pilots: PilotFeature[], checks: AreaCheck[]): void {
  for (const c of checks) {
    const note = markerNote(c);
    const f = pilots.find((p) => p.properties.id === c.pilot);
    if (note && f && !f.properties.extentNote) f.properties.extentNote = note;
  }
}

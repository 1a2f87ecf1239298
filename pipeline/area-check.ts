import { area } from '@turf/turf';
import type { IndicatorRecord } from '../src/core/schema/indicators.ts';
import type { PilotFeature } from './pilots.ts';

/** Levels whose polygon is the pilot's own unit, so its area can be checked against the text. */
const CHECKED_LEVELS = new Set(['county', 'county_city', 'district', 'banner', 'prefecture_city', 'autonomous_prefecture', 'joint']);

export interface AreaCheck {
  pilot: string;
  name: string;
  /** Area the document states, km². */
  stated: number;
  /** Geodesic area of the pilot's polygon, km². */
  measured: number;
  /** measured / stated. */
  ratio: number;
  source: { doc: string; line: number };
}

/** Default tolerance of the check: a polygon within ±25 % of the stated area passes. */
export const AREA_TOLERANCE = 0.25;

/**
 * Compares the geodesic area of each county-level pilot's polygon with the area its document
 * states (area_km2 baseline without scope; the first one where a pilot states several).
 */
export function checkAreas(pilots: PilotFeature[], records: IndicatorRecord[]): AreaCheck[] {
  const checks: AreaCheck[] = [];
  for (const f of pilots) {
    if (f.geometry.type === 'Point' || !CHECKED_LEVELS.has(f.properties.level)) continue;
    const stated = records.find((r) => r.pilot === f.properties.id && r.indicator === 'area_km2' && r.kind === 'baseline' && !r.scope);
    if (!stated) continue;
    const measured = area(f) / 1e6;
    checks.push({
      pilot: f.properties.id,
      name: f.properties.name,
      stated: stated.value,
      measured: Math.round(measured),
      ratio: Math.round((measured / stated.value) * 1000) / 1000,
      source: { doc: stated.source.doc, line: stated.source.line },
    });
  }
  return checks;
}

export const offBy = (check: AreaCheck, tolerance = AREA_TOLERANCE) => Math.abs(check.ratio - 1) > tolerance;

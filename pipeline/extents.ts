import { area, circle, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A sentence of a document that states a pilot's area. */
export interface StatedArea {
  km2: number;
  doc: string;
  line: number;
  /** The words of that line that state it (a test checks they are there). */
  quote: string;
}

export interface Bilingual {
  zh: string;
  en: string;
}

/** data/quality/extents.json: pilots drawn at an approximate extent, and pilots drawn as the document knew them. */
export interface ExtentsFile {
  note: string;
  approximate: Record<
    string,
    {
      area: StatedArea;
      /** Boundary-data ids of the units the extent is kept inside (their land). */
      within: string[];
      /** [lng, lat] the extent grows from. */
      centre: [number, number];
      /** Where the centre comes from (a sentence of the text, or general knowledge). */
      centreFrom: string;
      note: Bilingual;
    }
  >;
  vintage: Record<string, { without: string[]; note: Bilingual }>;
}

const km2 = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;
const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

function roundGeometry(g: Polygon | MultiPolygon): MultiPolygon {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiPolygon', coordinates: polygons.map((rings) => rings.map((ring) => ring.map(round))) };
}

/**
 * The part of `host` within a circle around `centre`, its radius grown (by bisection) until that part
 * covers `targetKm2` to within 0.5 %. The circle alone where the host is the whole neighbourhood;
 * near a coast or a county line it stretches along the land. Throws when the host is smaller than the target.
 */
export function approximateExtent(centre: [number, number], host: Feature<Polygon | MultiPolygon>, targetKm2: number): MultiPolygon {
  const hostKm2 = km2(host);
  if (hostKm2 < targetKm2) throw new Error(`the units hold ${Math.round(hostKm2)} km², less than the stated ${targetKm2} km²`);
  const clipped = (r: number) => intersect(featureCollection([circle(centre, r, { steps: 96, units: 'kilometers' }), host])) as Feature<Polygon | MultiPolygon> | null;
  let lo = 0;
  let hi = Math.sqrt(targetKm2 / Math.PI);
  while ((clipped(hi) ? km2(clipped(hi)!) : 0) < targetKm2) {
    lo = hi;
    hi *= 1.5;
  }
  let best = clipped(hi)!;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const part = clipped(mid);
    const a = part ? km2(part) : 0;
    if (a >= targetKm2) {
      hi = mid;
      best = part!;
    } else lo = mid;
    if (Math.abs(km2(best) / targetKm2 - 1) < 0.005) break;
  }
  return roundGeometry(best.geometry);
}

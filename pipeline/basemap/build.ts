import * as topojson from 'topojson-client';
import { bboxClip, area, centerOfMass, booleanPointInPolygon, pointOnFeature, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Basemap, BasemapFile } from '../../src/core/schema/basemap.ts';
import { topology } from 'topojson-server';
import { BASEMAP_QUANTIZATION } from '../../src/core/basemap-file.ts';

export interface BasemapNames {
  countries: Record<string, { zh: string; en: string }>;
  /** ISO numeric ids drawn from the project's own boundary data instead of Natural Earth. */
  excluded: string[];
  seas: { zh: string; en: string; at: [number, number] }[];
}

/** Defaults of the base map build. */
export const BASEMAP_DEFAULTS = {
  /** Clip of the region the app shows, [west, south, east, north] in degrees. */
  bounds: [45, -20, 175, 68] as [number, number, number, number],
  /** Decimal places kept in coordinates: 3 ≈ 100 m, finer than Natural Earth 1:50m. */
  precision: 3,
};

type Areal = Polygon | MultiPolygon;

const round = (digits: number) => {
  const k = 10 ** digits;
  return (p: Position): [number, number] => [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];
};

/** Clips a polygon to the bounds, drops rings that collapse, rounds coordinates. */
function clipAreal(geometry: Areal, bounds: [number, number, number, number], digits: number): Areal | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const r = round(digits);
  const kept: [number, number][][][] = [];
  for (const rings of polygons) {
    const clipped = bboxClip(turfPolygon(rings), bounds).geometry;
    const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    for (const part of parts) {
      const cleaned = part.map((ring) => (ring as Position[]).map(r)).filter((ring) => ring.length >= 4);
      if (cleaned.length > 0 && cleaned[0]!.length >= 4) kept.push(cleaned);
    }
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** A label point inside the largest part of a country: its centre of mass, or a point on it when that falls outside. */
function labelPoint(geometry: Areal): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => turfPolygon(rings))
    .reduce((a, b) => (area(b) > area(a) ? b : a));
  const centre = centerOfMass(largest);
  const at = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
  const [x, y] = at.geometry.coordinates;
  return [Math.round(x! * 100) / 100, Math.round(y! * 100) / 100];
}

/**
 * Builds the base map from a Natural Earth world-atlas topology: land, the borders between
 * neighbouring countries (China and the places the project draws itself left out), and label
 * points for the neighbours and the seas. Neighbours share the land's fill, so no country
 * polygons are shipped.
 */
export function buildBasemap(topology: Topology, names: BasemapNames, options = BASEMAP_DEFAULTS): Basemap {
  const { bounds, precision } = options;
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const excluded = new Set(names.excluded);

  const land = topojson.feature(topology, topology.objects.land as GeometryCollection);
  const landFeatures = land.features
    .map((f) => clipAreal(f.geometry as Areal, bounds, precision))
    .filter((g): g is Areal => g !== null)
    .map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry }));

  const labels: Basemap['labels']['features'] = [];
  for (const g of countries.geometries) {
    const id = String(g.id ?? '');
    const name = names.countries[id];
    if (!name || excluded.has(id)) continue;
    const feature = topojson.feature(topology, g) as Feature<Areal>;
    const geometry = clipAreal(feature.geometry, bounds, precision);
    if (!geometry) continue;
    labels.push({
      type: 'Feature',
      properties: { kind: 'country', ...name },
      geometry: { type: 'Point', coordinates: labelPoint(geometry) },
    });
  }
  for (const sea of names.seas) {
    labels.push({ type: 'Feature', properties: { kind: 'sea', zh: sea.zh, en: sea.en }, geometry: { type: 'Point', coordinates: sea.at } });
  }

  // Borders between two neighbours only: China's borders come from the project's boundary data.
  const isNeighbour = (g: { id?: string | number }) => {
    const id = String(g.id ?? '');
    return Boolean(names.countries[id]) && !excluded.has(id);
  };
  const mesh = topojson.mesh(topology, countries, (a, b) => a !== b && isNeighbour(a) && isNeighbour(b));
  const r = round(precision);
  const [w, s, e, n] = bounds;
  const inside = (p: Position) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
  const lines = mesh.coordinates
    .filter((line) => line.some(inside))
    .map((line) => line.map(r));

  return {
    bounds,
    attribution: 'Natural Earth (public domain), via world-atlas',
    land: { type: 'FeatureCollection', features: landFeatures },
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }],
    },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** basemap.json as written: the land and the borders as one quantized topology, the labels as GeoJSON. */
export function encodeBasemap(basemap: Basemap): BasemapFile {
  const { land, borders, ...rest } = basemap;
  return { ...rest, shapes: topology({ land, borders }, BASEMAP_QUANTIZATION) };
}

import { labelPoint } from '../src/core/label-points.ts';
import { merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Gazetteer, Pilot } from '../src/core/schema/gazetteer.ts';

import type { PilotProps } from '../src/core/schema/pilots.ts';
import { approximateExtent, type Bilingual, type ExtentsFile } from './extents.ts';
import { namePinyin } from './pinyin.ts';

export type PilotFeature = Feature<Polygon | MultiPolygon | Point, PilotProps>;

/** Levels drawn as a point even where counties are listed: a zone or town is far smaller than its county. */
const POINT_LEVELS = new Set(['town', 'dev_zone']);

interface Unit {
  topology: Topology;
  geometry: GeometryObject;
}

/** Indexes county and prefecture geometries of several topologies by their boundary-data id. */
export function indexUnits(topologies: Topology[]): Map<string, Unit> {
  const index = new Map<string, Unit>();
  for (const topology of topologies) {
    for (const name of ['counties', 'prefectures'] as const) {
      const object = topology.objects[name] as GeometryCollection<{ id: string }> | undefined;
      for (const geometry of object?.geometries ?? []) {
        const id = (geometry.properties as { id?: string } | undefined)?.id;
        if (id && !index.has(id)) index.set(id, { topology, geometry });
      }
    }
  }
  return index;
}

const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

/** Merges units topologically (shared arcs dissolve), topology by topology. */
function mergeUnits(units: Unit[]): MultiPolygon {
  const byTopology = new Map<Topology, GeometryObject[]>();
  for (const u of units) byTopology.set(u.topology, [...(byTopology.get(u.topology) ?? []), u.geometry]);
  const polygons: Position[][][] = [];
  for (const [topology, geometries] of byTopology) {
    const merged = merge(topology, geometries as Parameters<typeof merge>[1]);
    polygons.push(...merged.coordinates.map((rings) => rings.map((ring) => ring.map(round))));
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

export interface PilotsResult {
  features: PilotFeature[];
  /** One line per pilot whose geometry could not be made, naming the pilot and the reason. */
  problems: string[];
}

/**
 * One feature per pilot: the merged polygon of the units it covers, or its point for towns and
 * zones (and for any pilot whose units are missing from the boundary data, reported as a problem).
 */
/** The counties of a prefecture in the boundary data (from the topology that holds it). */
function countiesOf(prefecture: string, units: Map<string, Unit>): string[] {
  const unit = units.get(prefecture);
  const counties = unit?.topology.objects.counties as GeometryCollection<{ id: string; prefectureId?: string }> | undefined;
  return (counties?.geometries ?? []).flatMap((g) => {
    const p = g.properties as { id?: string; prefectureId?: string } | undefined;
    return p?.id && p.prefectureId === prefecture ? [p.id] : [];
  });
}

export interface PilotsOptions {
  /** data/quality/extents.json: approximate extents and boundary vintage. */
  extents?: ExtentsFile;
  /** data/quality/area-notes.json reasons, shown with the pilots whose area is off. */
  areaNotes?: Record<string, Bilingual>;
  /**
   * Areas the documents state, by pilot id (km² and the line): a town or zone with one is drawn at an
   * approximate extent of that area around its point, inside its county, rather than as a bare point.
   */
  statedAreas?: Map<string, { km2: number; doc: string; line: number }>;
}

/** The note of a town or zone drawn at an approximate extent of its stated area. */
export function townExtentNote(km2: number, line: number, county: string): Bilingual {
  return {
    zh: `近似范围：文中面积 ${km2} 平方公里（第 ${line} 行），我们没有其边界；图中为以其驻地为中心、在${county}内面积 ${km2} 平方公里的近似区域。`,
    en: `Approximate extent: the text gives ${km2.toLocaleString('en-GB')} km² (line ${line}) and we hold no boundary; drawn as ${km2.toLocaleString('en-GB')} km² of ${county} around its seat.`,
  };
}

const unitName = (unit: Unit | undefined): string => String((unit?.geometry.properties as { name?: string } | undefined)?.name ?? '');


export function buildPilots(gazetteer: Gazetteer, units: Map<string, Unit>, file = 'data/gazetteer.json', options: PilotsOptions = {}): PilotsResult {
  const features: PilotFeature[] = [];
  const problems: string[] = [];
  gazetteer.pilots.forEach((pilot: Pilot, i) => {
    const stated = options.statedAreas?.get(pilot.id);
    const town = POINT_LEVELS.has(pilot.level) && pilot.point && stated ? pilot.point : null;
    const approx =
      options.extents?.approximate[pilot.id] ??
      (town && stated
        ? {
            area: { km2: stated.km2, doc: stated.doc, line: stated.line, quote: '' },
            within: [town.parentAdcode],
            centre: town.at as [number, number],
            centreFrom: town.positionFrom,
            note: townExtentNote(stated.km2, stated.line, unitName(units.get(town.parentAdcode))),
          }
        : undefined);
    const vintage = options.extents?.vintage[pilot.id];
    const note = approx?.note ?? vintage?.note ?? options.areaNotes?.[pilot.id];
    const properties: PilotProps = {
      id: pilot.id,
      name: pilot.name.zh,
      nameEn: pilot.name.en,
      pinyin: namePinyin(pilot.name.zh),
      province: pilot.province.zh,
      level: pilot.level,
      approximate: Boolean(approx) || Boolean(pilot.adcodesApproximate) || (POINT_LEVELS.has(pilot.level) && pilot.point?.precision === 'approx'),
      extent: approx || pilot.adcodesApproximate ? 'approximate' : 'boundary',
      ...(note ? { extentNote: { zh: note.zh, en: note.en } } : {}),
    };
    const missing = pilot.adcodes.filter((code) => !units.has(code));
    for (const code of missing) problems.push(`${file} › pilots[${i}].adcodes › ${pilot.id}: adcode ${code} is not in the boundary data`);
    // Drawn as the document knew it: prefectures split into their counties, without later transfers.
    const without = new Set(vintage?.without ?? []);
    const codes = without.size === 0 ? pilot.adcodes : pilot.adcodes.flatMap((c) => (c.endsWith('00') ? countiesOf(c, units) : [c])).filter((c) => !without.has(c));
    const found = codes.flatMap((code) => units.get(code) ?? []);
    if (approx) {
      const hosts = approx.within.flatMap((code) => units.get(code) ?? []);
      const lost = approx.within.filter((code) => !units.has(code));
      if (lost.length > 0 || hosts.length === 0) {
        problems.push(`data/quality/extents.json › approximate › ${pilot.id}.within: ${lost.join(', ') || 'no unit'} not in the boundary data`);
        return;
      }
      try {
        const host: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: mergeUnits(hosts) };
        const geometry = approximateExtent(approx.centre, host, approx.area.km2);
        features.push({ type: 'Feature', properties: { ...properties, centre: approx.centre }, geometry });
      } catch (error) {
        problems.push(`data/quality/extents.json › approximate › ${pilot.id}: ${(error as Error).message}`);
      }
    } else if (!POINT_LEVELS.has(pilot.level) && found.length > 0) {
      features.push({ type: 'Feature', properties, geometry: mergeUnits(found) });
    } else if (pilot.point) {
      features.push({
        type: 'Feature',
        properties: { ...properties, extent: 'point', approximate: properties.approximate || missing.length > 0 },
        geometry: { type: 'Point', coordinates: pilot.point.at },
      });
    } else {
      problems.push(`${file} › pilots[${i}] › ${pilot.id}: no geometry (no adcode in the boundary data and no point)`);
    }
  });
  return { features, problems };
}

/**
 * The pilots as written: each areal pilot with its label point (the pole of inaccessibility of its
 * largest part, `label`), so that the page places names without computing them.
 */
export const pilotsCollection = (features: PilotFeature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((f) => {
    const at = f.geometry.type === 'Point' ? null : labelPoint(f.geometry);
    return at ? { ...f, properties: { ...f.properties, label: at } } : f;
  }),
});

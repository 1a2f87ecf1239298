import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Labelled } from './label-points.ts';

/** Each unit's label point (its pole of inaccessibility), stored by the pipeline: see label-points.ts. */
export interface CountyProps extends Labelled {
  id: string;
  name: string;
  prefecture: string;
  prefectureId: string;
  province: string;
  provinceId: string;
  idCurrent?: string;
  nameCurrent?: string;
}
export interface PrefectureProps extends Labelled {
  id: string;
  name: string;
  province: string;
  provinceId: string;
}
export interface ProvinceProps extends Labelled {
  id: string;
  name: string;
  /** English name (added by the pipeline from data/basemap/provinces-en.json). */
  en?: string;
}

type Areal = Polygon | MultiPolygon;

export interface ChinaLayers {
  counties: FeatureCollection<Areal, CountyProps>;
  prefectures: FeatureCollection<Areal, PrefectureProps>;
  provinces: FeatureCollection<Areal, ProvinceProps>;
  /** Borders drawn once each: between counties, prefectures, provinces; and China's outline. */
  countyLines: MultiLineString;
  prefectureLines: MultiLineString;
  provinceLines: MultiLineString;
  outline: MultiLineString;
}

type ChinaTopology = Topology<{
  counties?: GeometryCollection<CountyProps>;
  prefectures: GeometryCollection<PrefectureProps>;
  provinces: GeometryCollection<ProvinceProps>;
}>;

/** The objects of the national file, china.topo.json. */
export const NATIONAL_OBJECTS = ['counties', 'prefectures', 'provinces'] as const;
/** The objects of the first view's file, china-base.topo.json (the counties load later). */
export const BASE_OBJECTS = ['provinces', 'prefectures', 'pilots'] as const;

/** Checks that a topology has the objects and properties the app reads, naming what is missing. */
export function assertChinaTopology(value: unknown, file: string, names: readonly string[] = NATIONAL_OBJECTS): asserts value is ChinaTopology {
  const t = value as Partial<Topology> | null;
  if (!t || t.type !== 'Topology' || typeof t.objects !== 'object' || !Array.isArray(t.arcs)) {
    throw new Error(`${file} › (root) › not a TopoJSON Topology`);
  }
  for (const name of names) {
    const object = t.objects[name] as GeometryCollection | undefined;
    if (!object || object.type !== 'GeometryCollection') throw new Error(`${file} › objects.${name} › missing GeometryCollection`);
    object.geometries.forEach((g, i) => {
      const p = g.properties as { id?: unknown; name?: unknown } | undefined;
      if (typeof p?.id !== 'string' || typeof p.name !== 'string') {
        throw new Error(`${file} › objects.${name}.geometries[${i}].properties › needs string id and name`);
      }
    });
  }
}

const flatten = <P>(fc: FeatureCollection | Feature): FeatureCollection<Areal, P> =>
  (fc.type === 'FeatureCollection' ? fc : { type: 'FeatureCollection', features: [fc] }) as FeatureCollection<Areal, P>;

const different = (a: unknown, b: unknown) => a !== b;

type CountyTopology = Topology<{ counties: GeometryCollection<CountyProps> }>;

/** The counties of a topology as features. */
export const countyFeatures = (topology: CountyTopology): ChinaLayers['counties'] => flatten<CountyProps>(feature(topology, topology.objects.counties));

/** The lines between a topology's counties (drawn once each). */
export const countyLines = (topology: CountyTopology): ChinaLayers['countyLines'] => mesh(topology, topology.objects.counties, different);

/** The counties of a topology and the lines between them (drawn once each). */
export function countyLayers(topology: CountyTopology): Pick<ChinaLayers, 'counties' | 'countyLines'> {
  return { counties: countyFeatures(topology), countyLines: countyLines(topology) };
}

/**
 * Turns a China topology into GeoJSON layers and shared-arc border lines. Without `counties`
 * (china-base.topo.json) the county layers are empty until `countyLayers` fills them.
 */
export function chinaLayers(topology: ChinaTopology): ChinaLayers {
  const { counties, prefectures, provinces } = topology.objects;
  return {
    ...(counties
      ? countyLayers(topology as Topology<{ counties: GeometryCollection<CountyProps> }>)
      : { counties: { type: 'FeatureCollection', features: [] }, countyLines: { type: 'MultiLineString', coordinates: [] } }),
    prefectures: flatten<PrefectureProps>(feature(topology, prefectures)),
    provinces: flatten<ProvinceProps>(feature(topology, provinces)),
    prefectureLines: mesh(topology, prefectures, different),
    provinceLines: mesh(topology, provinces, different),
    outline: mesh(topology, provinces, (a, b) => a === b),
  };
}

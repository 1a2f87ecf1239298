import { feature, merge } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer, Place } from '../schema/gazetteer.ts';
import type { Areal, CountyFeature, LayoutContext, PlaceHit } from './context.ts';

const hit = (p: Place): PlaceHit => ({
  at: p.at,
  ...(p.adcode ? { adcode: p.adcode } : {}),
  id: p.id,
  name: p.name.zh,
  nameEn: p.name.en,
  precision: p.precision,
});

/**
 * Looks places up by id, Chinese name or alias (in that order of precedence). A name two places
 * share at the same precedence (“中心城区” is both Fuzhou's and Yantai's) answers with both, so the
 * compiler can ask for an id. A 6-digit adcode answers with the seat of that unit, if the gazetteer has it.
 */
export function placeLookup(gazetteer: Pick<Gazetteer, 'places'>): LayoutContext['places'] {
  const tiers = [new Map<string, Place[]>(), new Map<string, Place[]>(), new Map<string, Place[]>()];
  const add = (tier: number, key: string, p: Place) => {
    const list = tiers[tier]!.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    tiers[tier]!.set(key, list);
  };
  for (const p of gazetteer.places) {
    add(0, p.id, p);
    add(1, p.name.zh, p);
    for (const a of p.aliases) add(2, a, p);
    if (p.adcode && p.precision === 'seat') add(0, p.adcode, p);
  }
  return (key) => {
    for (const tier of tiers) {
      const list = tier.get(key);
      if (list) return list.length === 1 ? hit(list[0]!) : list.map(hit);
    }
    return undefined;
  };
}

/** County polygons and names by boundary-data id, from GeoJSON features (e.g. the app's county layer). */
export function countyLookup(features: Iterable<CountyFeature>): Pick<LayoutContext, 'counties' | 'countyName'> {
  const byId = new Map<string, CountyFeature>();
  for (const f of features) if (f.properties?.id && f.geometry) byId.set(f.properties.id, f);
  return {
    counties: (adcode) => (byId.get(adcode)?.geometry as Areal | undefined) ?? undefined,
    countyName: (adcode) => byId.get(adcode)?.properties?.name,
  };
}

type CountyProps = { id: string; name?: string };

/**
 * County polygons from one or more TopoJSON topologies (data/geo/china.topo.json, or the per-province
 * data/geo/detail/*.topo.json), converted to GeoJSON only when first asked for.
 */
export function countyLookupFromTopologies(
  topologies: readonly Topology[],
  objectName = 'counties',
): Pick<LayoutContext, 'counties' | 'countyName' | 'mergeCounties'> {
  type Entry = { topology: Topology; object: GeometryCollection['geometries'][number]; name?: string };
  const index = new Map<string, Entry>();
  for (const topology of topologies) {
    const collection = topology.objects[objectName] as GeometryCollection | undefined;
    for (const object of collection?.geometries ?? []) {
      const props = object.properties as Partial<CountyProps> | undefined;
      if (typeof props?.id === 'string' && !index.has(props.id)) index.set(props.id, { topology, object, name: props.name });
    }
  }
  const cache = new Map<string, Areal | undefined>();
  return {
    counties: (adcode) => {
      if (cache.has(adcode)) return cache.get(adcode);
      const entry = index.get(adcode);
      const geometry = entry ? ((feature(entry.topology, entry.object) as Feature).geometry as Areal | null) : null;
      const areal = geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : undefined;
      cache.set(adcode, areal);
      return areal;
    },
    countyName: (adcode) => index.get(adcode)?.name,
    mergeCounties: (adcodes) => {
      const entries = adcodes.map((a) => index.get(a));
      const topology = entries[0]?.topology;
      // topojson merges only within one topology; otherwise the compiler falls back to a polygon union.
      if (!topology || entries.some((e) => !e || e.topology !== topology)) return undefined;
      const merged = merge(topology, entries.map((e) => e!.object) as Parameters<typeof merge>[1]);
      return merged.coordinates.length ? (merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0]! } : merged) : undefined;
    },
  };
}

/** The context the shipped specs compile against: the gazetteer's places and pilots, boundaries, the manifest's ids. */
export function layoutContext(
  gazetteer: Pick<Gazetteer, 'places' | 'pilots'>,
  counties: Pick<LayoutContext, 'counties' | 'countyName' | 'mergeCounties'>,
  docIds?: Iterable<string>,
): LayoutContext {
  return {
    places: placeLookup(gazetteer),
    ...counties,
    pilotIds: new Set(gazetteer.pilots.map((p) => p.id)),
    ...(docIds ? { docIds: new Set(docIds) } : {}),
  };
}

/**
 * Splits the national China topology into what the first view needs and what it does not:
 *
 * - `china-base.topo.json`: `provinces`, `prefectures` and `pilots` (one geometry per pilot, with the
 *   pilots.geojson properties: merged boundaries, approximate extents, units drawn as the documents
 *   knew them, and points for towns and zones). Loaded at once.
 * - `china-counties.topo.json`: `counties` alone on their arcs. Loaded when a view needs counties.
 *
 * Both keep the national file's grid: the counties file its transform and arcs as they are; the base
 * file a grid `BASE_GRID_DIVISOR` times finer with the same origin, so every province and prefecture
 * vertex stays exactly where it was (and meets the county lines drawn later), while the pilots'
 * polygons, made from the finer per-province boundaries, keep their detail (≈ 40 m instead of ≈ 300 m).
 */
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, GeoJsonProperties } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology, Transform } from 'topojson-specification';

/** How many steps of the base file's grid fit in one step of the national file's. */
export const BASE_GRID_DIVISOR = 8;

type Geometry = GeometryObject<GeoJsonProperties>;
type ArcRefs = number[] | number[][] | number[][][];

/** Every arc index a geometry refers to (negative ones are the arc reversed, ~i). */
function arcsOf(geometry: Geometry, out: Set<number>): void {
  const walk = (refs: ArcRefs): void => {
    for (const r of refs) {
      if (typeof r === 'number') out.add(r < 0 ? ~r : r);
      else walk(r as ArcRefs);
    }
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) arcsOf(g, out);
  else if ('arcs' in geometry) walk(geometry.arcs as ArcRefs);
}

function remapArcs(geometry: Geometry, index: Map<number, number>): Geometry {
  const walk = (refs: ArcRefs): ArcRefs =>
    refs.map((r) => (typeof r === 'number' ? (r < 0 ? ~index.get(~r)! : index.get(r)!) : walk(r as ArcRefs))) as ArcRefs;
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((g) => remapArcs(g, index)) };
  if ('arcs' in geometry) return { ...geometry, arcs: walk(geometry.arcs as ArcRefs) } as Geometry;
  return geometry;
}

/** The named objects of a topology with only the arcs they use (renumbered), same transform. */
export function pickObjects(source: Topology, names: string[]): Topology {
  const used = new Set<number>();
  for (const name of names) {
    const object = source.objects[name];
    if (!object) throw new Error(`topology › objects.${name} › missing`);
    arcsOf(object, used);
  }
  const kept = [...used].sort((a, b) => a - b);
  const index = new Map(kept.map((old, i) => [old, i]));
  return {
    type: 'Topology',
    ...(source.bbox ? { bbox: source.bbox } : {}),
    ...(source.transform ? { transform: source.transform } : {}),
    objects: Object.fromEntries(names.map((name) => [name, remapArcs(source.objects[name]!, index)])),
    arcs: kept.map((i) => source.arcs[i]!),
  };
}

export interface ChinaSplit {
  base: Topology;
  counties: Topology;
}

/**
 * `china`: the national topology (quantized, with `counties`, `prefectures`, `provinces`);
 * `pilots`: the pilots.geojson collection.
 */
export function splitChina(china: Topology, pilots: FeatureCollection): ChinaSplit {
  const transform = china.transform;
  if (!transform) throw new Error('china.topo.json › transform › missing: the split keeps the national grid');
  const decoded = (name: string) => feature(china, china.objects[name] as GeometryCollection) as FeatureCollection;
  // Unquantized first, so shared lines are found on exact coordinates, then on the finer grid.
  const joined = topology({ provinces: decoded('provinces'), prefectures: decoded('prefectures'), pilots });
  const finer: Transform = {
    scale: [transform.scale[0] / BASE_GRID_DIVISOR, transform.scale[1] / BASE_GRID_DIVISOR],
    translate: [transform.translate[0], transform.translate[1]],
  };
  const base = quantize(joined as never, finer) as Topology;
  return { base, counties: pickObjects(china, ['counties']) };
}

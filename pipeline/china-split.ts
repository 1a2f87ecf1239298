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
import { arcRenumbering, remapArcs } from './geo/subset.ts';

/** How many steps of the base file's grid fit in one step of the national file's. */
export const BASE_GRID_DIVISOR = 8;

type Geometry = GeometryObject<GeoJsonProperties>;

/**
 * The named objects of a topology with only the arcs they use, renumbered in first-use order, same
 * transform. Each quantized arc is delta-encoded on its own, so arcs can move without being decoded.
 */
export function pickObjects(source: Topology, names: string[]): Topology {
  const { use, arcs } = arcRenumbering(source.arcs);
  const remap = (g: Geometry): Geometry => {
    if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(remap) };
    if ('arcs' in g) return { ...g, arcs: remapArcs(g.arcs as number[][], use) } as Geometry;
    return g;
  };
  const objects = Object.fromEntries(
    names.map((name) => {
      const object = source.objects[name];
      if (!object) throw new Error(`topology › objects.${name} › missing`);
      return [name, remap(object)];
    }),
  );
  return {
    type: 'Topology',
    ...(source.bbox ? { bbox: source.bbox } : {}),
    ...(source.transform ? { transform: source.transform } : {}),
    objects,
    arcs,
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

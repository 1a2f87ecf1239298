import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

type Arcs = number[] | number[][] | number[][][];

/** Visits every arc index of a geometry's arcs, replacing it with `f(index)`. */
export function remapArcs<A extends Arcs>(arcs: A, f: (index: number) => number): A {
  return (arcs as unknown[]).map((a) => (typeof a === 'number' ? f(a) : remapArcs(a as Arcs, f))) as A;
}

/**
 * A renumbering of a topology's arcs in first-use order: `use(i)` gives arc i's new index (a reversed
 * reference ~i stays reversed), and `arcs` collects the arcs used, in their new order.
 */
export function arcRenumbering(source: Topology['arcs']): { use: (i: number) => number; arcs: Topology['arcs'] } {
  const index = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const use = (i: number): number => {
    const abs = i < 0 ? ~i : i;
    let j = index.get(abs);
    if (j === undefined) {
      j = arcs.length;
      index.set(abs, j);
      arcs.push(source[abs]!);
    }
    return i < 0 ? ~j : j;
  };
  return { use, arcs };
}

/**
 * A new topology holding only the geometries of `layer` that `keep` accepts, and only the
 * arcs they use, renumbered in first-use order (negative indices stay negative: ~i).
 * Works on unquantized topologies (a quantized one would need its arcs decoded first).
 */
export function subsetTopology(topology: Topology, layer: string, keep: (g: GeometryObject) => boolean): Topology {
  if (topology.transform) throw new Error('subsetTopology › expects an unquantized topology');
  const source = topology.objects[layer] as GeometryCollection | undefined;
  if (!source) throw new Error(`subsetTopology › no layer "${layer}"`);
  const { use, arcs } = arcRenumbering(topology.arcs);
  const geometries = source.geometries.filter(keep).map((g) => {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
    return { ...g, arcs: remapArcs(g.arcs as Arcs, use) } as GeometryObject;
  });
  return { type: 'Topology', objects: { [layer]: { type: 'GeometryCollection', geometries } }, arcs };
}

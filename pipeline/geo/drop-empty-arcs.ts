import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject as AnyGeometry, Topology } from 'topojson-specification';
import { arcRenumbering, remapArcs } from './subset.ts';

type GeometryObject = AnyGeometry<GeoJsonProperties>;

type Rings = number[][];

/**
 * Removes arcs that quantization collapsed to a point (every delta 0) from a quantized topology:
 * they add an arc and two references without drawing anything. A ring made only of such arcs is
 * dropped, unless it is its feature's last ring (a feature never loses its geometry). Arcs are
 * renumbered; the result is otherwise identical.
 */
export function dropEmptyArcs(topology: Topology): Topology {
  if (!topology.transform) throw new Error('dropEmptyArcs › expects a quantized topology');
  const empty = topology.arcs.map((arc) => arc.slice(1).every((p) => p[0] === 0 && p[1] === 0));
  const keepRing = (ring: number[]) => ring.some((i) => !empty[i < 0 ? ~i : i]);
  const cleanRing = (ring: number[]) => (keepRing(ring) ? ring.filter((i) => !empty[i < 0 ? ~i : i]) : ring);
  const cleanPolygon = (rings: Rings): Rings => {
    const [outer, ...holes] = rings;
    return [cleanRing(outer!), ...holes.filter(keepRing).map(cleanRing)];
  };
  const cleanGeometry = (g: GeometryObject): GeometryObject => {
    if (g.type === 'Polygon') return { ...g, arcs: cleanPolygon(g.arcs) };
    if (g.type === 'MultiPolygon') {
      const kept = g.arcs.filter((rings) => keepRing(rings[0]!));
      return { ...g, arcs: (kept.length > 0 ? kept : g.arcs.slice(0, 1)).map(cleanPolygon) };
    }
    return g;
  };
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([name, o]) => [
      name,
      o.type === 'GeometryCollection' ? { ...o, geometries: o.geometries.map(cleanGeometry) } : cleanGeometry(o),
    ]),
  );
  // Renumber the arcs still used.
  const { use, arcs } = arcRenumbering(topology.arcs);
  for (const o of Object.values(objects)) {
    const geometries = o.type === 'GeometryCollection' ? o.geometries : [o];
    for (const g of geometries) if ('arcs' in g) (g as { arcs: number[] }).arcs = remapArcs((g as { arcs: number[] }).arcs, use);
  }
  return { ...topology, objects, arcs };
}

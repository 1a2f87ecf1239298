import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaKm2 } from './measure.ts';

/** Names of the features of a layer whose area is zero (collapsed by simplification or quantization). */
export function collapsedFeatures(topology: Topology, layer: string): string[] {
  const collection = feature(topology, topology.objects[layer] as GeometryCollection<{ id: string; name: string }>);
  return collection.features
    .filter((f) => !f.geometry || areaKm2(f.geometry as Polygon | MultiPolygon) <= 0)
    .map((f) => `${f.properties.name} (${f.properties.id})`);
}

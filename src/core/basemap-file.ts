import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Basemap, BasemapFile } from './schema/basemap.ts';

/** The quantization of basemap.json's shapes: 1e5 steps across its bounds (about 150 m). */
export const BASEMAP_QUANTIZATION = 1e5;

/**
 * The base map from its file: the land and borders decoded from the topology, the labels as they
 * are. Throws `data/basemap.json › objects.<name> › …` when the topology lacks or breaks an object.
 */
export function decodeBasemap(file: BasemapFile): Basemap {
  const shapes = file.shapes;
  const collection = (name: 'land' | 'borders') => {
    const object = shapes.objects[name] as GeometryObject | undefined;
    if (!object) throw new Error(`data/basemap.json › shapes.objects.${name} › missing`);
    try {
      const decoded = feature(shapes as Topology, object);
      return 'features' in decoded ? decoded : { type: 'FeatureCollection' as const, features: [decoded] };
    } catch (error) {
      throw new Error(`data/basemap.json › shapes.objects.${name} › cannot be decoded (${(error as Error).message})`);
    }
  };
  return {
    bounds: file.bounds,
    attribution: file.attribution,
    land: collection('land') as Basemap['land'],
    borders: collection('borders') as Basemap['borders'],
    labels: file.labels,
  };
}

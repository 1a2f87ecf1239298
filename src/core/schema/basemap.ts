import { z } from './zod.ts';

// GeoJSON positions: [lng, lat] (an altitude is allowed and ignored).
const Position = z.array(z.number()).min(2).max(3);
const Ring = z.array(Position).min(4);
const PolygonGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) }),
]);
const Names = { zh: z.string(), en: z.string() };

/** public/data/basemap.json: Natural Earth land and neighbours, clipped to the region the app shows. */
export const BasemapSchema = z.object({
  /** [west, south, east, north] of the clip, degrees. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  attribution: z.string(),
  land: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties: z.object({}), geometry: PolygonGeometry })),
  }),
  borders: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({}),
        geometry: z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
      }),
    ),
  }),
  labels: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ kind: z.enum(['country', 'sea']), ...Names }),
        geometry: z.object({ type: z.literal('Point'), coordinates: Position }),
      }),
    ),
  }),
});

export type Basemap = z.infer<typeof BasemapSchema>;

/**
 * public/data/basemap.json as written: the labels as GeoJSON, the land and the borders as one
 * TopoJSON topology (`shapes`, objects `land` and `borders`, quantized to 1e5 steps of the bounds,
 * about 150 m: finer than Natural Earth 1:50m itself), which shares their arcs and halves the gzip
 * size of the GeoJSON. decodeBasemap (src/core/basemap-file.ts) turns it into a Basemap.
 */
export const BasemapFileSchema = z.object({
  bounds: BasemapSchema.shape.bounds,
  attribution: z.string(),
  labels: BasemapSchema.shape.labels,
  shapes: z.looseObject({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.looseObject({ land: z.looseObject({ type: z.string() }), borders: z.looseObject({ type: z.string() }) }),
  }),
});

export type BasemapFile = Omit<z.infer<typeof BasemapFileSchema>, 'shapes'> & { shapes: import('topojson-specification').Topology };

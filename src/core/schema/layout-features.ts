import { z } from './zod.ts';

/** data/layouts.geojson, as far as the overlay reads it: each feature's layout, kind, label and geometry. */
export const LayoutFeaturesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      properties: z.looseObject({ layout: z.string(), kind: z.string(), label: z.string() }),
      geometry: z.looseObject({ type: z.string(), coordinates: z.array(z.unknown()) }),
    }),
  ),
});

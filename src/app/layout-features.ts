/**
 * The compiled plan overlays (data/layouts.geojson), loaded on first use and checked. A success is
 * kept; a failure is not, so a later pick of a plan tries again (the file may be fixed, the network
 * back).
 */
import { z } from '../core/schema/zod.ts';
import type { LayoutFeature } from '../core/layout/features.ts';
import { loadJson } from './load.ts';

const LayoutFeaturesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      properties: z.looseObject({ layout: z.string(), kind: z.string(), label: z.string() }),
      geometry: z.looseObject({ type: z.string(), coordinates: z.array(z.unknown()) }),
    }),
  ),
});

/** A loader of the overlays' features by layout id; errors (DataFileError) name the file and the place. */
export function layoutFeatureLoader(base: string): () => Promise<Map<string, LayoutFeature[]>> {
  let loaded: Promise<Map<string, LayoutFeature[]>> | null = null;
  return () => {
    loaded ??= loadJson('layouts.geojson', LayoutFeaturesSchema, base).then(({ features }) => {
      const byLayout = new Map<string, LayoutFeature[]>();
      for (const f of features as unknown as LayoutFeature[]) byLayout.set(f.properties.layout, [...(byLayout.get(f.properties.layout) ?? []), f]);
      return byLayout;
    });
    const attempt = loaded;
    attempt.catch(() => {
      if (loaded === attempt) loaded = null;
    });
    return attempt;
  };
}

/**
 * The compiled plan overlays (data/layouts.geojson), loaded on first use and checked. A success is
 * kept; a failure is not, so a later pick of a plan tries again (the file may be fixed, the network
 * back).
 */
import type { LayoutFeature } from '../core/layout/features.ts';
import { loadJson } from './load.ts';

/** A loader of the overlays' features by layout id; errors (DataFileError) name the file and the place. */
export function layoutFeatureLoader(base: string): () => Promise<Map<string, LayoutFeature[]>> {
  let loaded: Promise<Map<string, LayoutFeature[]>> | null = null;
  return () => {
    loaded ??= loadJson('layouts.geojson', () => import('../core/schema/layout-features.ts').then((m) => m.LayoutFeaturesSchema), base).then(({ features }) => {
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

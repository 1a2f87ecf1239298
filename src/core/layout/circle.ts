import { circle } from '@turf/turf';
import { DEFAULTS } from './defaults.ts';
import type { KindContext, LayoutFeature } from './features.ts';
import { resolveOne } from './resolve.ts';
import type { Circle } from './schema.ts';

/** 圈: a geodesic circle of radiusKm around its centre (“六圈聚力”: the county seats). */
export function compileCircle(element: Circle, k: KindContext): LayoutFeature[] {
  const centre = resolveOne(element.center, 'center', k.ctx);
  const ring = circle(centre.at, element.radiusKm, { units: 'kilometers', steps: DEFAULTS.circleSteps });
  const extra = { radiusKm: element.radiusKm };
  return [k.feature('area', ring.geometry, extra), k.pointFeature('label', centre.at, extra)];
}

import { DEFAULTS } from './defaults.ts';
import { memberProps, type KindContext, type LayoutFeature } from './features.ts';
import { anchorOf, unionAll } from './area-ops.ts';
import { softHull } from './hull.ts';
import { resolveAll } from './resolve.ts';
import { ElementFailure } from './errors.ts';
import type { Core, Zone } from './schema.ts';
import type { Areal } from './context.ts';
import type { LngLat } from '../schema/gazetteer.ts';

/**
 * The area of a core (核) or zone (区/片): the union of its units' polygons, plus a soft hull of its
 * points. A place that is a county-level unit counts as its polygon unless the element sets radiusKm,
 * which asks for the place's surroundings instead (“福州大学城”, not all of 闽侯县).
 */
export function compileArea(element: Core | Zone, k: KindContext): LayoutFeature[] {
  const members = resolveAll(element.area, 'area', k.ctx);
  const radius = element.radiusKm ?? DEFAULTS.areaRadiusKm;
  const units = members.filter((m) => m.adcode && element.radiusKm === undefined);
  const missing = members.flatMap((m, i) => (units.includes(m) && !m.polygon ? [i] : []));
  // A county-level place stands for its polygon here; drawing a disc instead would hide missing boundaries.
  if (missing.length)
    throw new ElementFailure(
      missing.map((i) => ({
        code: 'unknown-adcode' as const,
        path: ['area', i],
        message: `no boundary for ${JSON.stringify(members[i]!.name)} (adcode ${members[i]!.adcode}): load the county polygons, or set radiusKm`,
        zh: `${JSON.stringify(members[i]!.name)}（代码 ${members[i]!.adcode}）没有边界：请载入县级边界，或设置 radiusKm`,
      })),
    );
  const points: LngLat[] = members.filter((m) => !units.includes(m)).map((m) => m.at);
  const merged = units.length > 1 ? k.ctx.mergeCounties?.(units.map((m) => m.adcode!)) : undefined;
  const polygons: Areal[] = merged ? [merged] : units.map((m) => m.polygon!);
  const hull = points.length ? softHull(points, radius) : undefined;
  const area = unionAll(hull ? [...polygons, hull] : polygons);
  if (!area) throw new ElementFailure([{ code: 'geometry', path: ['area'], message: 'the places make no area', zh: '这些地方构不成一个区域' }]);
  const extra = element.radiusKm !== undefined ? { radiusKm: element.radiusKm } : {};
  return [
    k.feature('area', area, extra),
    k.pointFeature('label', anchorOf(area), extra),
    // A composite shows what it is made of.
    ...(members.length > 1
      ? members.flatMap((m) => (m.name ? [k.pointFeature('point', m.at, memberProps(m.name, m.nameEn))] : []))
      : []),
  ];
}

import { DEFAULTS } from './defaults.ts';
import { ElementFailure } from './errors.ts';
import { memberProps, type KindContext, type LayoutFeature } from './features.ts';
import { anchorOf } from './area-ops.ts';
import { softHull } from './hull.ts';
import { resolveAll } from './resolve.ts';
import type { Cluster } from './schema.ts';

/**
 * 群/组团: a soft hull around the members (convex hull buffered by padKm; a disc for one member,
 * a capsule for two), and each named member as a point.
 */
export function compileCluster(element: Cluster, k: KindContext): LayoutFeature[] {
  const members = resolveAll(element.members, 'members', k.ctx);
  const padKm = element.padKm ?? DEFAULTS.clusterPadKm;
  const hull = softHull(members.map((m) => m.at), padKm);
  if (!hull) throw new ElementFailure([{ code: 'geometry', path: ['members'], message: 'the members make no hull', zh: '这些成员围不成一个范围' }]);
  return [
    k.feature('area', hull),
    k.pointFeature('label', anchorOf(hull)),
    ...members.flatMap((m) => (m.name ? [k.pointFeature('point', m.at, memberProps(m.name, m.nameEn))] : [])),
  ];
}

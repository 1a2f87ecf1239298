import { ElementFailure } from './errors.ts';
import { DEFAULTS } from './defaults.ts';
import type { KindContext, LayoutFeature } from './features.ts';
import { arc } from './arc.ts';
import { resolveOne } from './resolve.ts';
import type { Link } from './schema.ts';

/** 联动: a gentle arc from one place to another, with arrowheads by `direction`, labelled at its middle. */
export function compileLink(element: Link, k: KindContext): LayoutFeature[] {
  const from = resolveOne(element.from, 'from', k.ctx);
  const to = resolveOne(element.to, 'to', k.ctx);
  if (Math.abs(from.at[0] - to.at[0]) < 1e-6 && Math.abs(from.at[1] - to.at[1]) < 1e-6)
    throw new ElementFailure([{ code: 'geometry', path: ['to'], message: 'a link from a place to the same place has no length', zh: '起点与终点是同一个地方，联系线没有长度' }]);
  const coords = arc(from.at, to.at);
  return [
    k.feature('line', { type: 'LineString', coordinates: coords }, { direction: element.direction ?? DEFAULTS.linkDirection }),
    k.pointFeature('label', coords[Math.floor(coords.length / 2)]!),
  ];
}

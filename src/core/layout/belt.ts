import { along, length, lineString } from '@turf/turf';
import type { LngLat } from '../schema/gazetteer.ts';
import { DEFAULTS } from './defaults.ts';
import { ElementFailure } from './errors.ts';
import { memberProps, type KindContext, type LayoutFeature } from './features.ts';
import { bufferKm } from './hull.ts';
import { smoothLine } from './spline.ts';
import { resolveAll } from './resolve.ts';
import type { LineElement } from './schema.ts';

/** The kinds' Chinese names, for messages. */
const LINE_ZH = { belt: '带', axis: '轴', corridor: '廊道' } as const;
const WIDTH = { belt: DEFAULTS.beltWidthKm, axis: DEFAULTS.axisWidthKm, corridor: DEFAULTS.corridorWidthKm } as const;

/**
 * 带/轴/廊: a smooth centreline through the places, in order, buffered to half its width on each side.
 * The centreline is its own feature, with a direction, so the renderer can put arrowheads on it.
 */
export function compileBelt(element: LineElement, k: KindContext): LayoutFeature[] {
  const members = resolveAll(element.through, 'through', k.ctx);
  const points = members.map((m) => m.at).filter((p, i, all) => i === 0 || !same(p, all[i - 1]!));
  if (points.length < 2)
    throw new ElementFailure([{ code: 'geometry', path: ['through'], message: `a ${element.kind} through coincident places has no length`, zh: `经过的地方重合，${LINE_ZH[element.kind]}（${element.kind}）没有长度` }]);
  const widthKm = element.widthKm ?? WIDTH[element.kind];
  const centre = smoothLine(points);
  const area = bufferKm({ type: 'LineString', coordinates: centre }, widthKm / 2);
  if (!area) throw new ElementFailure([{ code: 'geometry', path: ['through'], message: `the ${element.kind} has no area`, zh: `${LINE_ZH[element.kind]}（${element.kind}）没有面积` }]);
  const line = lineString(centre);
  const middle = along(line, length(line) / 2).geometry.coordinates as LngLat;
  const direction = element.direction ?? DEFAULTS.lineDirection;
  return [
    k.feature('area', area, { widthKm }),
    k.feature('centreline', line.geometry, { direction, widthKm }),
    k.pointFeature('label', middle),
    ...members.flatMap((m) => (m.name ? [k.pointFeature('point', m.at, memberProps(m.name, m.nameEn))] : [])),
  ];
}

const same = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;

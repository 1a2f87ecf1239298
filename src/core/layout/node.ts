import type { KindContext, LayoutFeature } from './features.ts';
import { resolveOne } from './resolve.ts';
import type { Node } from './schema.ts';

/** 点/极/心: one labelled point (“多点支撑”: a town). */
export function compileNode(element: Node, k: KindContext): LayoutFeature[] {
  return [k.pointFeature('point', resolveOne(element.at, 'at', k.ctx).at)];
}

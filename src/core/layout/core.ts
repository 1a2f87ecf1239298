import { compileArea } from './area.ts';
import type { KindContext, LayoutFeature } from './features.ts';
import type { Core } from './schema.ts';

/** 核: the area a plan puts at its centre (“一核引领”), drawn as an area with its label. */
export function compileCore(element: Core, k: KindContext): LayoutFeature[] {
  return compileArea(element, k);
}

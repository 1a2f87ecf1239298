import { compileArea } from './area.ts';
import type { KindContext, LayoutFeature } from './features.ts';
import type { Zone } from './schema.ts';

/** 区/片/城: a functional area (“拓展区”, “临江城”), drawn like a core but styled apart by `kind`. */
export function compileZone(element: Zone, k: KindContext): LayoutFeature[] {
  return compileArea(element, k);
}

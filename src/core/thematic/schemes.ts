import {
  interpolateBlues, interpolateBrBG, interpolateBuGn, interpolateGnBu, interpolateGreens, interpolateOranges,
  interpolateOrRd, interpolatePiYG, interpolatePRGn, interpolatePuBu, interpolatePuOr, interpolatePurples,
  interpolateRdBu, interpolateRdYlBu, interpolateYlGn, interpolateYlGnBu, interpolateYlOrBr, interpolateYlOrRd,
  schemeBlues, schemeBrBG, schemeBuGn, schemeGnBu, schemeGreens, schemeOranges, schemeOrRd, schemePiYG,
  schemePRGn, schemePuBu, schemePuOr, schemePurples, schemeRdBu, schemeRdYlBu, schemeYlGn, schemeYlGnBu,
  schemeYlOrBr, schemeYlOrRd,
} from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import type { MeasureKind } from './measure.ts';

/** A ColorBrewer scheme: its colours for k classes (schemes[k], k from 3) and its continuous form. */
interface Scheme {
  kind: MeasureKind;
  arrays: ReadonlyArray<readonly string[]>;
  interpolate: (t: number) => string;
}

/**
 * Colour-blind-safe schemes only (ColorBrewer 2.0 marks these safe; d3-scale-chromatic 3.1 ships them).
 * Left out: Greys (too close to the no-data grey), RdYlGn, Spectral, RdGy and the qualitative sets.
 */
export const SCHEMES = {
  Blues: { kind: 'sequential', arrays: schemeBlues, interpolate: interpolateBlues },
  Greens: { kind: 'sequential', arrays: schemeGreens, interpolate: interpolateGreens },
  Oranges: { kind: 'sequential', arrays: schemeOranges, interpolate: interpolateOranges },
  Purples: { kind: 'sequential', arrays: schemePurples, interpolate: interpolatePurples },
  BuGn: { kind: 'sequential', arrays: schemeBuGn, interpolate: interpolateBuGn },
  GnBu: { kind: 'sequential', arrays: schemeGnBu, interpolate: interpolateGnBu },
  OrRd: { kind: 'sequential', arrays: schemeOrRd, interpolate: interpolateOrRd },
  PuBu: { kind: 'sequential', arrays: schemePuBu, interpolate: interpolatePuBu },
  YlGn: { kind: 'sequential', arrays: schemeYlGn, interpolate: interpolateYlGn },
  YlGnBu: { kind: 'sequential', arrays: schemeYlGnBu, interpolate: interpolateYlGnBu },
  YlOrBr: { kind: 'sequential', arrays: schemeYlOrBr, interpolate: interpolateYlOrBr },
  YlOrRd: { kind: 'sequential', arrays: schemeYlOrRd, interpolate: interpolateYlOrRd },
  BrBG: { kind: 'diverging', arrays: schemeBrBG, interpolate: interpolateBrBG },
  PiYG: { kind: 'diverging', arrays: schemePiYG, interpolate: interpolatePiYG },
  PRGn: { kind: 'diverging', arrays: schemePRGn, interpolate: interpolatePRGn },
  PuOr: { kind: 'diverging', arrays: schemePuOr, interpolate: interpolatePuOr },
  RdBu: { kind: 'diverging', arrays: schemeRdBu, interpolate: interpolateRdBu },
  RdYlBu: { kind: 'diverging', arrays: schemeRdYlBu, interpolate: interpolateRdYlBu },
} as const satisfies Record<string, Scheme>;
export type SchemeId = keyof typeof SCHEMES;

/** The scheme each measure opens with; a measure not listed takes the first of its kind. */
export const DEFAULT_SCHEMES: Record<string, SchemeId> = {
  urbanization_baseline: 'Blues',
  urbanization_target: 'YlGnBu',
  urbanization_increase: 'YlOrRd',
  hukou_baseline: 'Purples',
  hukou_target: 'PuBu',
  hukou_increase: 'OrRd',
  hukou_gap: 'Oranges',
  resident_population: 'Greens',
  net_residents: 'PuOr',
  area: 'BuGn',
  density: 'YlOrBr',
  settled_migrants: 'GnBu',
};

/** Fill of pilots without a value: a neutral grey, lighter than any class's darkest and outside every scheme. */
export const NO_DATA = '#c8c8c8';

export const isSchemeId = (id: string): id is SchemeId => Object.hasOwn(SCHEMES, id);

/** The default scheme of a measure (by id, else by its kind). */
export function defaultScheme(measure: { id: string; kind: MeasureKind }): SchemeId {
  return DEFAULT_SCHEMES[measure.id] ?? (measure.kind === 'diverging' ? 'RdBu' : 'Blues');
}

/**
 * k colours of a scheme, light to dark (sequential) or end to end (diverging): ColorBrewer's own array for
 * k = 3–9 (diverging up to 11); 1 or 2 colours are taken from the 3-colour array (its middle, or its ends);
 * more than ColorBrewer has are sampled evenly from the continuous scheme.
 */
export function colours(scheme: SchemeId, k: number): string[] {
  const s: Scheme | undefined = SCHEMES[scheme];
  if (!s) throw new Error(`schemes › unknown scheme "${scheme}" (known: ${Object.keys(SCHEMES).join(', ')})`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`schemes › ${scheme}: k must be a positive integer, got ${k}`);
  const three = s.arrays[3]!;
  if (k === 1) return [three[1]!];
  if (k === 2) return [three[0]!, three[2]!];
  const array = s.arrays[k];
  if (array && array.length === k) return [...array];
  return Array.from({ length: k }, (_, i) => rgb(s.interpolate(i / (k - 1))).formatHex());
}

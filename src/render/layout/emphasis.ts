/**
 * A plan overlay as a slide about one of its parts shows it: that part (“三带贯通”) in its own
 * colours at full strength, the other parts grey and faint behind it; and the overlay's label text
 * at a presentation's scale. Applied to the layers layoutLayers makes, without changing them.
 */
import type { Layer } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import type { LayoutFeature } from '../../core/layout/features.ts';

type Colour = [number, number, number, number];

/** How a muted part is drawn: its colours mixed into this grey, at this share of their opacity. */
export const MUTED = { grey: 165, greyShare: 0.7, alpha: 0.35, textAlpha: 0.55 };

/** A colour of a muted part: grey of about the same lightness, fainter. */
export function mutedColour(colour: readonly number[], alpha = MUTED.alpha): Colour {
  const [r = 0, g = 0, b = 0, a = 255] = colour;
  const grey = Math.round((0.299 * r + 0.587 * g + 0.114 * b) * (1 - MUTED.greyShare) + MUTED.grey * MUTED.greyShare);
  return [grey, grey, grey, Math.round(a * alpha)];
}

export interface Emphasis {
  /** The part to draw at full strength; null (or a part the layout lacks) draws every part so. */
  part?: string | null;
  /** Factor on label sizes and offsets. @default 1 */
  textScale?: number;
}

const COLOUR_PROPS = ['getFillColor', 'getLineColor', 'getColor', 'getBackgroundColor'] as const;

type Accessor = unknown;
const partOf = (d: unknown): string | undefined => (d as LayoutFeature | null)?.properties?.part;

/** An accessor with `fn` applied to what it gives (a constant or a function of the object). */
const mapAccessor = (accessor: Accessor, fn: (value: unknown, d: unknown) => unknown): Accessor =>
  typeof accessor === 'function'
    ? (d: unknown, info: unknown) => fn((accessor as (d: unknown, info: unknown) => unknown)(d, info), d)
    : (d: unknown) => fn(accessor, d);

/**
 * `layers` (of layoutLayers over `features`) redrawn for a slide: the objects of other parts than
 * `part` grey and faint, text sizes times `textScale`. Layers come back unchanged when there is
 * nothing to do.
 */
export function emphasise(layers: Layer[], features: readonly LayoutFeature[], { part = null, textScale = 1 }: Emphasis): Layer[] {
  const mute = part !== null && features.some((f) => f.properties.part === part);
  if (!mute && textScale === 1) return layers;
  return layers.map((layer) => {
    const props = layer.props as unknown as Record<string, unknown>;
    const text = layer instanceof TextLayer;
    const changed: Record<string, unknown> = {};
    if (mute)
      for (const key of COLOUR_PROPS) {
        if (!(key in props) || props[key] === undefined) continue;
        changed[key] = mapAccessor(props[key], (value, d) =>
          partOf(d) === part || !Array.isArray(value) ? value : mutedColour(value, text ? MUTED.textAlpha : MUTED.alpha),
        );
      }
    if (text && textScale !== 1) {
      changed.getSize = mapAccessor(props.getSize, (value) => (typeof value === 'number' ? value * textScale : value));
      if (props.getPixelOffset !== undefined)
        changed.getPixelOffset = mapAccessor(props.getPixelOffset, (value) => (Array.isArray(value) ? value.map((v: number) => v * textScale) : value));
    }
    const keys = Object.keys(changed);
    if (keys.length === 0) return layer;
    const triggers = { ...((props.updateTriggers as Record<string, unknown> | undefined) ?? {}) };
    for (const key of keys) triggers[key] = [triggers[key], part, textScale];
    return layer.clone({ ...changed, updateTriggers: triggers });
  });
}

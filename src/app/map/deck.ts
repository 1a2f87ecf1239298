import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayoutFeature } from '../../core/layout/features.ts';
import { hiddenLabels, layoutLayers } from '../../render/layout/layout-layers.ts';
import { emphasise } from '../../render/layout/emphasis.ts';
import type { MapContext } from './context.ts';

/**
 * deck.gl and the plan's layers: loaded (import()) only when a plan or the editor's draft is drawn,
 * so the first view carries none of deck.gl, luma.gl or loaders.gl.
 */

/** Plan labels that would collide at the current view; labels scaled by k collide as unscaled ones on a map k times smaller. */
function hiddenOf(ctx: MapContext, features: LayoutFeature[]): Set<LayoutFeature> {
  const { map, state, textScale } = ctx;
  return map ? hiddenLabels(features, state.lang, (at) => map.project(at).div(textScale)) : new Set<LayoutFeature>();
}

/** deck.gl layers of the plan and the draft; a story slide about one part (state.part) draws the rest muted. */
export function planLayers(ctx: MapContext) {
  const { state, textScale } = ctx;
  const { drawn, draft } = ctx.plan.features();
  return [
    ...(drawn ? emphasise(layoutLayers(drawn, state.lang, 'layout', hiddenOf(ctx, drawn)), drawn, { part: state.part, textScale }) : []),
    ...(draft ? emphasise(layoutLayers(draft, state.lang, 'draft', hiddenOf(ctx, draft)), draft, { textScale }) : []),
  ];
}

/** deck.gl's overlay on the map; `onDrawn` is called after each of its renders. */
export function createOverlay(ctx: MapContext, map: MapLibreMap, onDrawn: () => void): MapboxOverlay {
  const overlay = new MapboxOverlay({
    interleaved: false,
    deviceProps: { webgl: { preserveDrawingBuffer: true } },
    layers: planLayers(ctx),
    onAfterRender: onDrawn,
    onHover: (info) => ctx.picking.onDeckHover(info),
    onClick: (info) => ctx.picking.onDeckClick(info),
  });
  map.addControl(overlay);
  return overlay;
}

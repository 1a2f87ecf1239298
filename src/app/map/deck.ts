import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import { TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
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

/** A text layer with no label to show (all hidden at this view): its font atlas would be 0 px high, which WebGL refuses to upload. */
const empty = (layer: Layer) => layer instanceof TextLayer && Array.isArray(layer.props.data) && layer.props.data.length === 0;

/** deck.gl layers of the plan and the draft; a story slide about one part (state.part) draws the rest muted. */
export function planLayers(ctx: MapContext) {
  const { state, textScale } = ctx;
  const { drawn, draft } = ctx.plan.features();
  return [
    ...(drawn ? emphasise(layoutLayers(drawn, state.lang, 'layout', hiddenOf(ctx, drawn)), drawn, { part: state.part, textScale }) : []),
    ...(draft ? emphasise(layoutLayers(draft, state.lang, 'draft', hiddenOf(ctx, draft)), draft, { textScale }) : []),
  ].filter((layer) => !empty(layer));
}

type DrawContext = Parameters<NonNullable<MapLibreOverlayProps['onBeforeRender']>>[0];

/**
 * deck.gl sizes its drawing from the canvas's CSS size and the screen's pixel ratio; the map's canvas
 * is sized by MapLibre, whose pixel ratio an export sets to 2 or 4 (export.ts): deck.gl follows it.
 */
function followCanvas({ device }: DrawContext, canvas: HTMLCanvasElement): void {
  const context = device.getDefaultCanvasContext();
  const [width, height] = context.getDrawingBufferSize();
  if (width !== canvas.width || height !== canvas.height) context.setDrawingBufferSize(canvas.width, canvas.height);
}

/**
 * deck.gl's layers drawn inside MapLibre's frame, in its WebGL context, above its own layers (the
 * map has one canvas, which PNG export and print take); `onDrawn` is called after each of deck.gl's draws.
 */
export function createOverlay(ctx: MapContext, map: MapLibreMap, onDrawn: () => void): MapLibreOverlay {
  const overlay = new MapLibreOverlay({
    interleaved: true,
    // Flat layers over a flat map: drawn in their order, never hidden by the depth MapLibre's own layers left.
    parameters: { depthCompare: 'always', depthWriteEnabled: false },
    layers: planLayers(ctx),
    onBeforeRender: (context) => followCanvas(context, map.getCanvas()),
    onAfterRender: onDrawn,
    onHover: (info) => ctx.picking.onDeckHover(info),
    onClick: (info) => ctx.picking.onDeckClick(info),
  });
  map.addControl(overlay);
  // The overlay takes its place in the map's layers only once the style has loaded (until then deck.gl
  // draws after the map's frame): drawn again then, it draws within the map's frame from then on.
  if (!map.isStyleLoaded()) map.once('idle', () => ctx.redraw());
  return overlay;
}

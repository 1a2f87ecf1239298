import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Camera } from '../../core/url-state.ts';
import type { LayoutIndexEntry } from '../../core/schema/layouts-index.ts';
import { basemapStyle } from '../../render/basemap-style.ts';
import { chinaStyle } from '../../render/china-style.ts';
import { pilotsStyle } from '../../render/pilots-style.ts';
import type { MapContext, PilotSources } from './context.ts';
import { keepsMaxBounds, MOUNT_DEFAULTS } from './defaults.ts';

export const cameraOf = (map: MapLibreMap): Camera => {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
};

/**
 * Creates the WebGL map in the context's element, on the first view: the state's camera, else its
 * bounds (embeds fit them at their own size), else `plan` framed clear of its legend, else China;
 * its style starts with the pilots' sources coloured for the state (`pilots`).
 */
export function createMap(ctx: MapContext, first: { camera: Camera | null; plan: LayoutIndexEntry | undefined; chrome: 'full' | 'minimal'; pilots: PilotSources }): MapLibreMap {
  const { element, state } = ctx;
  const d = ctx.data!;
  const { camera, plan } = first;
  const map = new MapLibreMap({
    container: element,
    style: basemapStyle(d.basemap, state.lang, [chinaStyle(d.china, state.lang), pilotsStyle(first.pilots, state.lang)]),
    ...(camera
      ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
      : state.bounds
        ? { bounds: state.bounds, fitBoundsOptions: { padding: MOUNT_DEFAULTS.padding } }
        : plan
          ? { bounds: plan.bbox, fitBoundsOptions: { padding: ctx.plan.padding(), maxZoom: 11 } }
          : { bounds: MOUNT_DEFAULTS.homeBounds, fitBoundsOptions: { padding: MOUNT_DEFAULTS.padding } }),
    ...(keepsMaxBounds(element.clientWidth, element.clientHeight) ? { maxBounds: MOUNT_DEFAULTS.maxBounds } : {}),
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // 4× exports of a large map need a canvas beyond MapLibre's default 4096 px.
    maxCanvasSize: [16384, 16384],
  });
  if (first.chrome !== 'minimal') map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  return map;
}

/** The last drawing of deck.gl's layers asked for, by map context: resolves once deck.gl has drawn it. */
const deckDrawing = new WeakMap<MapContext, Promise<void>>();
/** The lazily loaded deck.gl module (./deck.ts), once asked for. */
let deckModule: Promise<typeof import('./deck.ts')> | null = null;
/** Loads deck.gl (./deck.ts) once: a plan's link starts it while the map loads. */
export const loadDeck = (): Promise<typeof import('./deck.ts')> => (deckModule ??= import('./deck.ts'));

/**
 * Draws deck.gl's layers (the plan, the draft) again from the state. deck.gl loads on first need:
 * a map without a plan or draft never loads it; once loaded, its overlay stays (empty when the plan goes).
 */
export function redrawDeck(ctx: MapContext): void {
  if (!ctx.map || (!ctx.plan.active && !ctx.overlay)) return;
  const map = ctx.map;
  const previous = deckDrawing.get(ctx) ?? Promise.resolve();
  const drawing = (async () => {
    const deck = await loadDeck();
    await previous;
    if (ctx.map !== map) return; // destroyed meanwhile
    const done = new Promise<void>((resolve) => (afterRender.set(ctx, resolve)));
    if (!ctx.overlay) ctx.overlay = deck.createOverlay(ctx, map, () => afterRender.get(ctx)?.());
    else ctx.overlay.setProps({ layers: deck.planLayers(ctx) });
    map.triggerRepaint();
    await done;
  })();
  deckDrawing.set(ctx, drawing.catch((error: unknown) => console.error(error)));
}

/** The callback of deck.gl's next render, by map context. */
const afterRender = new WeakMap<MapContext, () => void>();

/** Resolves once deck.gl has drawn the last layers asked for (at once when none were). */
export const deckDrawn = (ctx: MapContext): Promise<void> => deckDrawing.get(ctx) ?? Promise.resolve();

/**
 * The state follows the camera: moves by the user let go of the bounds; bounds hold until then,
 * and are fitted again when the map's size changes.
 */
export function followCamera(ctx: MapContext, map: MapLibreMap): void {
  map.on('resize', () => {
    if (ctx.state.bounds) map.fitBounds(ctx.state.bounds, { padding: MOUNT_DEFAULTS.padding, animate: false });
  });
  map.on('moveend', (e) => {
    // Plan labels are placed for the view: placed again when it stops.
    if (ctx.plan.active) ctx.redraw();
    ctx.state = { ...ctx.state, camera: cameraOf(map), ...(e.originalEvent ? { bounds: null } : {}) };
    ctx.frame.followZoom();
    ctx.emitter.emit('state', ctx.state);
  });
}

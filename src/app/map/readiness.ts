import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ViewState } from '../../core/url-state.ts';
import { loadAtlasData, type AtlasData } from '../atlas-data.ts';
import { markCompact } from '../compact.ts';
import { noteParams, showErrorPage } from '../notices.ts';
import { knownState, knownValues } from '../url-check.ts';
import type { MapContext } from './context.ts';
import { cameraOf, createMap, deckDrawn, followCamera, loadDeck } from './create.ts';
import { followPrint } from './export.ts';
import { hasWebGL, startFallback } from './fallback.ts';
import { loadCountiesOnZoom } from '../county-loader.ts';
import { attachPreview, showPreview } from './preview.ts';
import type { FirstPaint } from './first-paint.ts';

/**
 * Resolves once the map has loaded, stopped moving and drawn every tile it needs: at once if it
 * already has, else at the next 'idle' that finds it so. An error before the first load (an
 * invalid style, say) rejects, as the map will then never load.
 */
export function settled(map: MapLibreMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = () => map.loaded() && !map.isMoving();
    if (ready()) return resolve();
    const onError = (e: { error?: unknown }) => {
      if (!map.isStyleLoaded()) {
        map.off('idle', onIdle);
        reject(e.error instanceof Error ? e.error : new Error('the map failed to load'));
      }
    };
    const onIdle = () => {
      if (!ready()) return;
      map.off('idle', onIdle);
      map.off('error', onError);
      resolve();
    };
    map.on('idle', onIdle);
    map.on('error', onError);
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Drops from the state what the data does not know, notes it, and tells the page (its URL follows). */
function dropUnknown(ctx: MapContext, given: ViewState): void {
  const { state, dropped } = knownState(given, ctx.known!);
  if (dropped.length === 0) return;
  ctx.state = state;
  noteParams(ctx.element, dropped, ctx.state.lang);
  ctx.emitter.emit('dropped', dropped);
  ctx.emitter.emit('state', ctx.state);
}

/**
 * Loads the data and shows the first view: the map, the thematic layer, the plan of a plan's link,
 * framed as the state asks. Resolves when every requested layer has rendered (the controller's
 * `ready`); rejects (AggregateError) when a required file is broken, after drawing what the rest holds.
 */
export async function showFirstView(ctx: MapContext, options: { data?: Promise<AtlasData> | undefined; chrome?: 'full' | 'minimal' | undefined; firstPaint?: FirstPaint | null | undefined }): Promise<void> {
  const { element, frame: chrome, plan: overlayPlan, thematic } = ctx;
  // A plan's link: its details and deck.gl, which draws it, load while the map does.
  if (ctx.state.layout) {
    void overlayPlan.details.load();
    loadDeck().catch(() => undefined);
  }
  const d = (ctx.data = await (options.data ?? loadAtlasData(ctx.base)));
  ctx.known = knownValues(d);
  dropUnknown(ctx, ctx.state);
  for (const problem of d.problems) {
    console.warn(`pilot-atlas: ${problem.message}`);
    chrome.showProblem(problem);
  }
  // A required file is broken: an error page names it; the map below draws what the others hold.
  for (const error of d.broken) console.error(`pilot-atlas: ${error.message}`);
  if (d.broken.length > 0) showErrorPage(element, d.broken, ctx.state.lang);
  const early = options.firstPaint ?? null;
  if (!hasWebGL()) {
    early?.canvas.remove();
    early?.title.remove();
    return startFallback(ctx);
  }
  const state = ctx.state;
  // Bounds (embeds) fit the map's own size; a center and zoom are taken as they are.
  const camera = state.bounds ? null : state.camera;
  markCompact(element);
  // A plan's link without a camera opens framed on the plan, clear of its legend (drawn first to be measured).
  const plan = camera || state.bounds ? undefined : (state.layout ? d.layoutById(state.layout) : undefined);
  if (plan) {
    await overlayPlan.showLegendFirst(plan.id);
    element.append(overlayPlan.legend);
  }
  const pilots = thematic.pilotSources();
  // The page drew the first view before MapLibre loaded (first-paint.ts): the map starts in that picture's camera.
  const drawn = early && !plan ? early : null;
  if (early && !drawn) early.canvas.remove();
  // The map's own title takes the place of the one drawn with the picture.
  early?.title.remove();
  const m = (ctx.map = createMap(ctx, { camera: camera ?? (drawn ? { ...drawn.camera, bearing: 0, pitch: 0 } : null), plan, chrome: options.chrome ?? 'full', pilots }));
  // Drawn at once in the map's camera (or before the map, in the camera it starts in); gone when the map has drawn the view.
  const hidePreview = drawn ? attachPreview(m, drawn.canvas) : showPreview(m, d, ctx.state.agg === 'province' ? null : pilots);
  const counties = loadCountiesOnZoom(m, d, (error) => chrome.showProblem(error), ctx.base);
  element.append(thematic.title, chrome.inset, overlayPlan.legend, thematic.legend, ctx.user.legend, overlayPlan.details.element);
  overlayPlan.legend.hidden = !plan;
  thematic.showFirstLegend();
  chrome.attach(m);
  ctx.picking.attach(m);
  ctx.cleanups.push(followPrint(m));
  followCamera(ctx, m);
  await settled(m).finally(hidePreview);
  thematic.apply();
  // A filtered link without a camera opens on what the filter leaves.
  if (!camera && !ctx.state.bounds && !ctx.state.layout && (ctx.state.province || ctx.state.level || ctx.state.doc)) thematic.frameShown(false);
  // A plan's link: framed again now that the title and the settings are drawn, clear of them too.
  if (plan) m.fitBounds(plan.bbox, { padding: overlayPlan.padding(), duration: 0, maxZoom: 11 });
  // A view zoomed in from the start is ready with its counties drawn.
  await counties.pending();
  await settled(m);
  if (ctx.state.layout) {
    await overlayPlan.show(!camera && !plan && !ctx.state.bounds);
    await Promise.all([settled(m), deckDrawn(ctx)]);
    // deck.gl draws its overlay on its own animation frames: let two pass after the map settles.
    for (let i = 0; i < 2; i++) await frame();
  }
  overlayPlan.cue.show(false);
  ctx.picking.setFlag(ctx.state.pilot, 'selected', true);
  ctx.state = { ...ctx.state, camera: cameraOf(m) };
  if (d.broken.length > 0) throw new AggregateError(d.broken, d.broken.map((e) => e.message).join('\n'));
  ctx.emitter.emit('ready', ctx.state);
}

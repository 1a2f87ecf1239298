import { DEFAULT_STATE, mergeState, type ViewState } from '../core/url-state.ts';
import { applyTextScale, textSizes } from '../render/text-scale.ts';
import { Emitter } from './events.ts';
import { noteParams } from './notices.ts';
import { checkKnown, knownValues } from './url-check.ts';
import type { MapContext } from './map/context.ts';
import { FILTER_KEYS, MOUNT_DEFAULTS, THEMATIC_KEYS } from './map/defaults.ts';
import { redrawDeck } from './map/create.ts';
import { exportPng } from './map/export.ts';
import { MapFrame } from './map/frame.ts';
import { motionMs } from '../render/motion.ts';
import { Picking } from './map/picking.ts';
import { PlanOverlay } from './map/plan.ts';
import { settled, showFirstView } from './map/readiness.ts';
import { countiesOf } from './county-loader.ts';
import { ThematicLayer } from './map/thematic.ts';
import { UserOverlay } from './map/user.ts';
import { changedKeys, sameValue, watchState } from './map/watch.ts';
import type { AtlasController, AtlasEvents, MountOptions } from './map/types.ts';

export { MOUNT_DEFAULTS };
export type { AtlasController, AtlasEvents, MountOptions };

/**
 * Mounts the atlas map into `element` and returns its controller. The map's parts live in
 * ./map/: creating it (create.ts), the first view and `ready` (readiness.ts), the thematic layer,
 * the plan overlay, a person's file, picking, the frame around it, exports and the no-WebGL fallback.
 */
export function mount(element: HTMLElement, options: MountOptions = {}): AtlasController {
  const emitter = new Emitter<AtlasEvents>();
  const ctx = {
    element,
    base: options.base ?? document.baseURI,
    emitter,
    state: mergeState(DEFAULT_STATE, options.state ?? {}),
    data: null,
    known: null,
    map: null,
    overlay: null,
    fallback: null,
    view: null,
    textScale: 1,
    cleanups: [],
    redraw: () => redrawDeck(ctx),
    setState: (partial) => controller.setState(partial),
  } as Omit<MapContext, 'thematic' | 'plan' | 'user' | 'picking' | 'frame'> as MapContext;
  // In the order their boxes stack over the map: the tooltip, the plan's card and loading cue.
  Object.assign(ctx, { picking: new Picking(ctx) });
  Object.assign(ctx, { plan: new PlanOverlay(ctx), frame: new MapFrame(ctx), thematic: new ThematicLayer(ctx), user: new UserOverlay(ctx) });

  const ready = showFirstView(ctx, options);
  ready.catch((reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    console.error(error);
    ctx.plan.cue.show(false);
    if (!(error instanceof AggregateError)) ctx.frame.showError(error);
    emitter.emit('error', error);
  });

  /** Applies a change of state to the map: camera, language, plan, thematic layer, framing, selection. */
  const apply = (partial: Partial<ViewState>, previous: ViewState) => {
    const { map, state } = ctx;
    if (partial.camera && !partial.bounds) ctx.state = { ...state, bounds: null };
    if (map && partial.bounds && !sameValue(partial.bounds, previous.bounds)) {
      map.fitBounds(partial.bounds, { padding: MOUNT_DEFAULTS.padding, animate: false });
    } else if (map && partial.camera && partial.camera !== previous.camera) {
      const { center, zoom, bearing, pitch } = partial.camera;
      map.jumpTo({ center, zoom, bearing, pitch });
    }
    const changed = (keys: readonly (keyof ViewState)[]) => changedKeys(keys, ctx.state, previous).length > 0;
    if (ctx.state.lang !== previous.lang) ctx.frame.setLang(ctx.state.lang);
    else if (ctx.state.layout !== previous.layout) void ctx.plan.show(!partial.camera);
    if (changed(THEMATIC_KEYS)) ctx.thematic.apply();
    // A new filter is framed: the camera moves to the pilots it leaves (unless the change brings its own camera).
    if (!partial.camera && FILTER_KEYS.some((k) => ctx.state[k] !== previous[k])) ctx.thematic.frameShown(true);
    if (ctx.state.pilot !== previous.pilot) {
      ctx.picking.setFlag(previous.pilot, 'selected', false);
      ctx.picking.setFlag(ctx.state.pilot, 'selected', true);
      ctx.redraw();
    }
    if (ctx.state.part !== previous.part) ctx.redraw();
  };

  const controller: AtlasController = {
    ready,
    getState: () => ctx.state,
    getView: () => ctx.view,
    setState(given) {
      // Once the data is in, names it does not know are dropped (and noted), never applied.
      const { state: partial, dropped } = ctx.known ? checkKnown(given, ctx.known) : { state: given, dropped: [] };
      if (dropped.length > 0) controller.noteParams(dropped);
      const previous = ctx.state;
      ctx.state = mergeState(previous, partial);
      if (ctx.fallback) ctx.fallback.update(ctx.state, previous);
      else apply(partial, previous);
      emitter.emit('state', ctx.state);
    },
    emitSource: (ref) => emitter.emit('source', ref),
    noteParams: (dropped) => noteParams(element, dropped, ctx.state.lang),
    showProblem: (error) => ctx.frame.showProblem(error),
    setUserData(file) {
      if (ctx.fallback && file) ctx.fallback.needsWebGL('import');
      return ctx.user.set(file);
    },
    importUserFile(name, bytes) {
      // Without WebGL the file is still read (its problems are shown), then the map says it needs WebGL.
      if (ctx.fallback) return import('../core/user-data.ts').then(({ readUserBytes }) => void (readUserBytes(name, bytes), ctx.fallback!.needsWebGL('import')));
      return ctx.user.importBytes(name, bytes);
    },
    async exportPng(scale, text) {
      await ready;
      return exportPng(ctx, scale, text);
    },
    flyTo(camera, durationMs = 1600) {
      if (!ctx.map) return controller.setState({ camera });
      ctx.state = { ...ctx.state, bounds: null };
      ctx.map.flyTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, duration: motionMs(durationMs), essential: true });
    },
    async idle() {
      await ready;
      const map = ctx.map;
      if (!map) return;
      // The map applies a change on its next frame; until then it may still call itself loaded.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      await countiesOf(map)?.pending();
      await settled(map);
    },
    refreshData() {
      if (!ctx.data) return;
      ctx.known = knownValues(ctx.data);
      if (ctx.fallback) ctx.fallback.redraw();
      else ctx.thematic.apply();
      emitter.emit('data', undefined);
    },
    setDraft(features, fly = false) {
      if (ctx.fallback && features) ctx.fallback.needsWebGL('editor');
      ctx.plan.setDraft(features, fly);
    },
    pickPoints: (take) => ctx.picking.takeClicks(take),
    setTextScale(factor) {
      if (!(factor > 0) || factor === ctx.textScale) return;
      ctx.textScale = factor;
      if (ctx.map) applyTextScale(ctx.map, factor);
      ctx.redraw();
    },
    textSizes: () => ({ map: ctx.map ? textSizes(ctx.map) : {}, plan: ctx.textScale }),
    on: (event, fn) => emitter.on(event, fn),
    watch: (keys, fn) => watchState((f) => emitter.on('state', f), ctx.state, keys, fn),
    destroy() {
      for (const cleanup of ctx.cleanups.splice(0)) cleanup();
      ctx.overlay?.finalize();
      ctx.overlay = null;
      ctx.map?.remove();
      ctx.map = null;
    },
  };
  return controller;
}

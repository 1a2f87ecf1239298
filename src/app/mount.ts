import { Map as MapLibreMap, NavigationControl, ScaleControl, type GeoJSONSource } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import { DEFAULT_STATE, mergeState, type Camera, type Lang, type ViewState } from '../core/url-state.ts';
import type { PilotFeature } from '../core/schema/pilots.ts';
import { basemapStyle, labelFields } from '../render/basemap-style.ts';
import { chinaStyle } from '../render/china-style.ts';
import { pilotsStyle, splitPilots, PILOT_FILL_LAYER, PILOT_FILL_OPACITY, PILOT_LABEL_SOURCE, PILOT_SOURCE } from '../render/pilots-style.ts';
import { pilotPointsLayer } from '../render/layers/pilot-points.ts';
import { southChinaSeaInset } from '../render/scs-inset.ts';
import { mapChrome, markCompact, type MapChrome } from './compact.ts';
import { Emitter } from './events.ts';
import { loadAtlasData, type AtlasData } from './atlas-data.ts';
import { formatNumber, t } from './i18n.ts';
import { Tooltip } from './tooltip.ts';
import { hiddenLabels, layoutLayers } from '../render/layout/layout-layers.ts';
import { emphasise } from '../render/layout/emphasis.ts';
import { applyTextScale, textSizes } from '../render/text-scale.ts';
import type { LayoutFeature } from '../core/layout/features.ts';
import type { SourceRef } from '../core/schema/indicators.ts';
import { layoutLegend } from './layout-legend.ts';
import { PlanDetail, isPlanFeature, legendPadding, planLoadingCue } from './plan-detail.ts';
import { layoutFeatureLoader } from './layout-features.ts';
import { noteParams, showErrorPage, showProblem as showProblemNote, type DroppedParam } from './notices.ts';
import { checkKnown, knownValues, withDefaults, type KnownValues } from './url-check.ts';
import { filterPilots, thematicView, type ThematicView } from './thematic-view.ts';
import { thematicLegend } from './thematic-legend.ts';
import { qualifierMark } from '../core/thematic/schemes.ts';
import { withUnit } from '../core/thematic/format.ts';
import { boundsOf, frameBounds } from './frame.ts';
import { mapTitleText, planTitleText, renderMapTitle } from './map-title.ts';
import { provinceNamer } from './province-names.ts';
import { drawProvinceMeans } from './province-view.ts';
import type { UserFile } from '../core/user-data.ts';
import { clearUserLayer, drawUserLayer, fitUserLayer, userLegend, userTitle, type UserLayerResult } from './user-layer.ts';
import { mountFallback, type Fallback } from './nowebgl.ts';
import { watchState } from './map/watch.ts';

/** The state keys the thematic view depends on: a change to any of them recomputes it. */
const THEMATIC_KEYS = ['indicator', 'year', 'method', 'breaks', 'classes', 'scheme', 'province', 'level', 'doc', 'agg', 'lang'] as const;

/** Defaults of a mounted map. */
export const MOUNT_DEFAULTS = {
  /** Initial view when the state has no camera: mainland China and Hainan, [west, south, east, north]. */
  homeBounds: [73, 17.5, 135.5, 53.8] as [number, number, number, number],
  /** The map cannot be panned beyond the region the base map covers. */
  maxBounds: [50, -15, 170, 62] as [number, number, number, number],
  /** Padding around the home view, px. */
  padding: 24,
  /** The South China Sea inset shows at national scales: up to this zoom. */
  insetMaxZoom: 5,
};

export interface MountOptions {
  /** Initial state; anything left out takes its default. */
  state?: Partial<ViewState>;
  /** URL the data folder is resolved against. @default document.baseURI */
  base?: string;
  /** Data already loaded by the page (otherwise mount loads it). */
  data?: Promise<AtlasData>;
  /** 'minimal' (embeds) leaves out the zoom buttons; the legend, scale bar and attribution stay. @default 'full' */
  chrome?: 'full' | 'minimal';
}

export interface AtlasEvents extends Record<string, unknown> {
  /** The state changed (by the user, by setState, or by the camera moving). */
  state: ViewState;
  /** The map and every requested layer have rendered. */
  ready: ViewState;
  /** The user picked a pilot on the map (null: clicked empty map). */
  select: string | null;
  /** The user asked to read a source (from the map's legend). */
  source: SourceRef;
  /** The thematic view changed (measure, classes, filters, language); null: plain pilots. */
  view: ThematicView | null;
  error: Error;
  /** Values of the state that the loaded data does not know were dropped (and noted on the map). */
  dropped: DroppedParam[];
}

/** The controller of a mounted map (DESIGN.md 2.3). */
export interface AtlasController {
  ready: Promise<void>;
  getState(): ViewState;
  /** The thematic view of the current state (measure, values, legend); null when no measure is chosen. */
  getView(): ThematicView | null;
  setState(partial: Partial<ViewState>): void;
  /**
   * A PNG of the current view at 1×, 2× or 4× its size on screen, with title, legend, scale bar,
   * north arrow, source and date drawn in (src/export/png.ts), not a bare canvas grab.
   */
  exportPng(scale: 1 | 2 | 4, text: { title: string; subtitle?: string; source: string; date: string }): Promise<Blob>;
  /** Shows a user's own figures (a parsed CSV or GeoJSON) as a choropleth and frames them; null removes them. Throws (UserFileError) when nothing can be placed, leaving the map as it was. */
  setUserData(file: UserFile | null): void;
  /** Moves the camera smoothly (presentations); the state follows when the move ends. */
  flyTo(camera: Camera, durationMs?: number): void;
  /** Asks the page to show a source (the same 'source' event the map's legend sends). */
  emitSource(ref: SourceRef): void;
  /** Notes on the map URL parameters that were ignored (one dismissable note). */
  noteParams(dropped: readonly DroppedParam[]): void;
  /** Notes on the map a data file the page goes on without, naming the file and the place in it. */
  showProblem(error: unknown): void;
  /** Draws a draft layout (the editor's) over the map; null clears it. Flies to it when asked. */
  setDraft(features: LayoutFeature[] | null, fly?: boolean): void;
  /** Scales the map's label text, base map and plan (presentations on large screens); 1 as designed. */
  setTextScale(factor: number): void;
  /** The base map's label sizes, px, at the current zoom, by layer id, and the plan labels' factor. */
  textSizes(): { map: Record<string, number>; plan: number };
  on<K extends keyof AtlasEvents>(event: K, fn: (payload: AtlasEvents[K]) => void): () => void;
  /**
   * Calls `fn(state, previous)` after a state change that touched one of `keys` (`previous`: the
   * state this watcher last saw); returns the function that unsubscribes.
   */
  watch<K extends keyof ViewState>(keys: readonly K[], fn: (state: ViewState, previous: ViewState) => void): () => void;
  destroy(): void;
}

const cameraOf = (map: MapLibreMap): Camera => {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
};

/**
 * Resolves once the map has loaded, stopped moving and drawn every tile it needs: at once if it
 * already has, else at the next 'idle' that finds it so. An error before the first load (an
 * invalid style, say) rejects, as the map will then never load.
 */
function settled(map: MapLibreMap): Promise<void> {
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

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Mounts the atlas map into `element` and returns its controller. */
export function mount(element: HTMLElement, options: MountOptions = {}): AtlasController {
  const emitter = new Emitter<AtlasEvents>();
  let state: ViewState = mergeState(DEFAULT_STATE, options.state ?? {});
  const base = options.base ?? document.baseURI;
  let map: MapLibreMap | null = null;
  let overlay: MapboxOverlay | null = null;
  let data: AtlasData | null = null;
  let hovered: string | null = null;
  let frameChrome: MapChrome | null = null;
  let fallback: Fallback | null = null;
  const inset = document.createElement('div');
  inset.className = 'scs-inset-box';
  const tooltip = new Tooltip(element);
  // Plan elements: their tooltip and detail card, and a cue while a plan loads (src/app/plan-detail.ts).
  const plans = new PlanDetail(element, base, state.lang, { onSource: (ref) => emitter.emit('source', ref) });
  const planCue = planLoadingCue(element, state.lang);
  if (state.layout) planCue.show(true);

  element.classList.add('atlas-map');
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', t(state.lang, 'mapLabel'));

  const showError = (error: Error) => {
    const box = document.createElement('p');
    box.className = 'atlas-error';
    box.setAttribute('role', 'alert');
    box.textContent = `${t(state.lang, 'loadError')}: ${error.message}`;
    element.append(box);
  };

  /** A dismissible notice of a data file the map goes on without (names the file and the place). */
  const showProblem = (problem: unknown) => void showProblemNote(element, problem, state.lang);

  const pilotName = (id: string, lang: Lang) => {
    const p = data?.pilots.features.find((f) => f.properties.id === id)?.properties;
    const shown = p ? (lang === 'zh' ? p.name : p.nameEn) : id;
    const name = p?.extent === 'approximate' ? `${shown}（${t(lang, 'approximateExtent')}）` : shown;
    const v = view?.values.get(id);
    if (!view) return name;
    const year = v?.year ? (lang === 'zh' ? `（${v.year}年）` : ` (${v.year})`) : '';
    const value = v ? `${qualifierMark[v.qualifier]}${withUnit(formatNumber(lang, v.value, 2), view.model.unit, lang)}${year}` : view.model.noData.label;
    return `${name}${lang === 'zh' ? '：' : ': '}${value}`;
  };

  /** Pilot features that pass the filters. */
  const shownPilots = () => {
    if (!data) return [];
    const d = data;
    const keep = new Set(filterPilots(state, d.pilots.features.map((f) => f.properties), d.docsOf).map((p) => p.id));
    return d.pilots.features.filter((f) => keep.has(f.properties.id));
  };

  /** Recomputes the thematic view and redraws fills, markers, labels, the province view and the legend. */
  const applyThematic = () => {
    if (!data || !map) return;
    view = thematicView(state, data.records, data.pilots.features.map((f) => f.properties), data.docsOf);
    const shown = { type: 'FeatureCollection' as const, features: shownPilots() };
    const { areas, labels } = splitPilots(shown, view?.colourOf);
    (map.getSource(PILOT_SOURCE) as GeoJSONSource).setData(areas);
    (map.getSource(PILOT_LABEL_SOURCE) as GeoJSONSource).setData(labels);
    const byProvince = view !== null && state.agg === 'province';
    // A person's own figures, while shown, stand in for the pilots' fill and legend.
    const mine = !userBox.hidden;
    map.setLayoutProperty('province-choropleth', 'visibility', byProvince && !mine ? 'visible' : 'none');
    map.setLayoutProperty(PILOT_FILL_LAYER, 'visibility', byProvince || mine ? 'none' : 'visible');
    if (byProvince && view) {
      const ids = new Map(data.china.provinces.features.map((f) => [f.properties.name, f.properties.id]));
      const means = new Map(view.provinces.map((p) => [p.province, p.mean]));
      for (const [name, id] of ids) {
        const mean = means.get(name);
        map.setFeatureState({ source: 'china-provinces', id }, { colour: mean === undefined ? null : mean === null ? view.model.noData.colour : view.colourOfValue(mean) });
      }
    }
    if (!mine) renderTitle();
    else if (userShown) showUserLegend(userShown.file, userShown.result);
    drawProvinceMeans(map, data.china, view, state.lang, byProvince && !mine);
    legend.replaceChildren(...(view ? [thematicLegend(view, state.lang, byProvince)] : []));
    // Under a plan the pilots' fill fades to a trace: its legend would explain colours no one sees.
    legend.hidden = !view || mine || Boolean(state.layout);
    overlay?.setProps({ layers: deckLayers() });
    emitter.emit('view', view);
  };

  // Plan overlays: features load on first use; the one in the state is drawn with its legend.
  let shownLayout: { id: string; features: LayoutFeature[] } | null = null;
  let draft: LayoutFeature[] | null = null;
  let view: ThematicView | null = null;
  const legend = document.createElement('div');
  legend.className = 'thematic-legend-box';
  const titleBox = document.createElement('div');
  titleBox.className = 'map-title';
  titleBox.setAttribute('aria-live', 'polite');
  const userBox = document.createElement('div');
  userBox.className = 'user-legend-box';
  userBox.hidden = true;
  /** A person's file on the map, and its legend and title in the current language. */
  let userShown: { file: UserFile; result: UserLayerResult } | null = null;
  const showUserLegend = (file: UserFile, result: UserLayerResult) => {
    userBox.replaceChildren(userLegend(file, result, state.lang, () => controller.setUserData(null)));
    renderMapTitle(titleBox, userTitle(file, result, state.lang));
  };
  const legendBox = document.createElement('div');
  legendBox.className = 'layout-legend-box';

  const loadLayoutFeatures = layoutFeatureLoader(base);

  /** Factor on label text (setTextScale). */
  let textScale = 1;
  /** Plan labels that would collide at the current view (recomputed when the camera stops); labels scaled by k collide as unscaled ones on a map k times smaller. */
  const hiddenOf = (features: LayoutFeature[]) =>
    map ? hiddenLabels(features, state.lang, (at) => map!.project(at).div(textScale)) : new Set<LayoutFeature>();

  const deckLayers = () =>
    data
      ? [
          // A story slide about one part of the plan (state.part) draws the rest muted.
          ...(shownLayout ? emphasise(layoutLayers(shownLayout.features, state.lang, 'layout', hiddenOf(shownLayout.features)), shownLayout.features, { part: state.part, textScale }) : []),
          ...(draft ? emphasise(layoutLayers(draft, state.lang, 'draft', hiddenOf(draft)), draft, { textScale }) : []),
          pilotPointsLayer({ pilots: shownPilots(), selected: state.pilot, hovered, colourOf: view?.colourOf ?? null }),
        ]
      : [];

  /**
   * Under a plan overlay (shipped or draft) the pilots' fill fades and the base map's county and
   * prefecture names and the pilots' names step aside: the plan labels its own places.
   */
  const dimPilots = () => {
    if (!map) return;
    const faded = shownLayout !== null || draft !== null;
    map.setPaintProperty(PILOT_FILL_LAYER, 'fill-opacity', faded ? 0.05 : PILOT_FILL_OPACITY);
    for (const id of ['china-county-labels', 'china-prefecture-labels', 'pilot-labels']) map.setLayoutProperty(id, 'visibility', faded ? 'none' : 'visible');
  };

  /** Province names by language, built once from the boundaries. */
  let provinceName: ReturnType<typeof provinceNamer> | null = null;

  /** Padding that frames a plan clear of the legends and of the title over the map. */
  const planPadding = () => {
    const padding = legendPadding(element, [legendBox, legend]);
    const box = element.getBoundingClientRect();
    const title = titleBox.getBoundingClientRect();
    if (title.height > 0) padding.top = Math.max(padding.top, Math.ceil(title.bottom - box.top) + 12);
    // The thematic settings, open in the top-left corner, are kept clear of beside them where that leaves room.
    const settings = element.querySelector<HTMLElement>('.thematic-controls')?.getBoundingClientRect();
    if (settings && settings.height > 0 && settings.right - box.left < box.width * 0.35) padding.left = Math.max(padding.left, Math.ceil(settings.right - box.left) + 12);
    return padding;
  };

  /** The title over the map: the plan shown, else the measure (a person's own file titles itself). */
  const renderTitle = () => {
    if (!data) return;
    const plan = state.layout ? data.layouts.find((l) => l.id === state.layout) : undefined;
    const owner = plan ? data.pilots.features.find((f) => f.properties.id === plan.pilot)?.properties : undefined;
    if (plan) return renderMapTitle(titleBox, planTitleText(plan, owner ? (state.lang === 'zh' ? owner.name : owner.nameEn) : plan.pilot, state.lang));
    const shown = shownPilots().length;
    renderMapTitle(titleBox, mapTitleText(state, view, { shown, total: data.pilots.features.length, documents: data.documents, provinceName: (provinceName ??= provinceNamer(data.china)) }));
  };

  /** Draws the layout of the state (or none), its legend, and flies to it when asked. */
  const showLayout = async (fly: boolean) => {
    const id = state.layout;
    const entry = id ? data?.layouts.find((l) => l.id === id) : undefined;
    if (id && !entry) console.warn(`pilot-atlas: unknown layout "${id}"`);
    if (shownLayout?.id !== entry?.id) plans.hide();
    planCue.show(Boolean(entry && shownLayout?.id !== entry.id), state.lang);
    let loaded: [Map<string, LayoutFeature[]> | null, Awaited<ReturnType<typeof plans.of>> | undefined];
    try {
      loaded = entry ? await Promise.all([loadLayoutFeatures(), plans.of(entry.id)]) : [null, undefined];
    } catch (error) {
      // The plan cannot be drawn: say so, and leave the pick free to try again.
      console.warn(`pilot-atlas: ${(error as Error).message}`);
      if (state.layout === id) {
        planCue.show(false);
        showProblem(error);
        shownLayout = null;
        controller.setState({ layout: null });
      }
      return;
    }
    const [byLayout, details] = loaded;
    shownLayout = entry && byLayout ? { id: entry.id, features: byLayout.get(entry.id) ?? [] } : null;
    if (state.layout !== id) return; // a newer request won
    legendBox.replaceChildren(...(entry ? [layoutLegend(entry, state.lang, (ref) => emitter.emit('source', ref), details)] : []));
    legendBox.hidden = !entry;
    legend.hidden = !view || !userBox.hidden || Boolean(entry);
    if (userBox.hidden) renderTitle();
    if (map) {
      dimPilots();
      // Framed clear of the legend: no element under it.
      if (entry && fly) {
        state = { ...state, bounds: null };
        map.fitBounds(entry.bbox, { padding: planPadding(), duration: 1200, maxZoom: 11 });
      }
    }
    overlay?.setProps({ layers: deckLayers() });
    if (entry) await new Promise((resolve) => requestAnimationFrame(resolve));
    if (state.layout === id) planCue.show(false);
  };

  const renderInset = () => {
    if (!data || !map) return;
    inset.replaceChildren(southChinaSeaInset({ land: data.basemap.land, china: data.china.provinces, islands: data.southChinaSea }, state.lang));
    inset.hidden = map.getZoom() > MOUNT_DEFAULTS.insetMaxZoom;
  };

  const applyLang = (lang: Lang) => {
    if (!map) return;
    for (const { id, field } of labelFields(map.getStyle(), lang)) map.setLayoutProperty(id, 'text-field', field as string);
    map.setLayoutProperty('label-country', 'text-transform', lang === 'en' ? 'uppercase' : 'none');
    element.setAttribute('aria-label', t(lang, 'mapLabel'));
    void showLayout(false);
    plans.setLang(lang);
    frameChrome?.setLang(lang);
    renderInset();
  };

  const setFeatureFlag = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (!map || !id || !data?.pilots.features.some((f) => f.properties.id === id && f.geometry.type !== 'Point')) return;
    map.setFeatureState({ source: PILOT_SOURCE, id }, { [key]: value });
  };

  const hover = (id: string | null, x = 0, y = 0) => {
    if (id !== hovered) {
      setFeatureFlag(hovered, 'hover', false);
      setFeatureFlag(id, 'hover', true);
      hovered = id;
      overlay?.setProps({ layers: deckLayers() });
    }
    if (id) tooltip.show(pilotName(id, state.lang), x, y);
    else tooltip.hide();
    if (map) map.getCanvas().style.cursor = id ? 'pointer' : '';
  };

  /** Frames the pilots the filters leave (the whole country when no filter is set). */
  const frameShown = (animate: boolean) => {
    if (!map) return;
    if (!(state.province || state.level || state.doc)) {
      map.fitBounds(MOUNT_DEFAULTS.homeBounds, { padding: MOUNT_DEFAULTS.padding, duration: animate ? 900 : 0 });
      return;
    }
    const bounds = boundsOf(shownPilots());
    if (bounds) frameBounds(map, bounds, { animate, maxZoom: 9 });
  };

  const select = (id: string | null) => {
    plans.hide();
    // The panel now says what the tooltip said: a tooltip left over would be stale.
    tooltip.hide();
    emitter.emit('select', id);
    controller.setState({ pilot: id });
  };

  /** Hovering a plan element: its tooltip (label, kind, whose the members are). */
  const hoverPlan = (object: { properties: LayoutFeature['properties'] }, layer: string | undefined, x: number, y: number) => {
    hover(null);
    tooltip.show(plans.tooltip(object.properties, state.lang, layer?.startsWith('draft') ?? false), x, y);
    if (map) map.getCanvas().style.cursor = 'pointer';
  };

  /** Values the loaded data knows (null until it has loaded). */
  let known: KnownValues | null = null;
  /** Drops from the state what the data does not know, notes it, and tells the page (its URL follows). */
  const dropUnknown = (given: ViewState) => {
    const checked = checkKnown(given, known!);
    if (checked.dropped.length === 0) return;
    state = withDefaults(given, checked.dropped);
    controller.noteParams(checked.dropped);
    emitter.emit('dropped', checked.dropped);
    emitter.emit('state', state);
  };

  const ready = (async () => {
    if (state.layout) void plans.load();
    data = await (options.data ?? loadAtlasData(base));
    known = knownValues(data);
    dropUnknown(state);
    for (const problem of data.problems) {
      console.warn(`pilot-atlas: ${problem.message}`);
      showProblem(problem);
    }
    // A required file is broken: an error page names it; the map below draws what the others hold.
    for (const error of data.broken) console.error(`pilot-atlas: ${error.message}`);
    if (data.broken.length > 0) showErrorPage(element, data.broken, state.lang);
    if (!hasWebGL()) {
      planCue.show(false);
      // Without WebGL: the thematic map as SVG, following the state (src/app/nowebgl.ts).
      fallback = await mountFallback(element, data, { state: () => state, onView: (v) => emitter.emit('view', (view = v)), onSelect: select });
      emitter.emit('ready', state);
      return;
    }
    const d = data;
    // Bounds (embeds) fit the map's own size; a center and zoom are taken as they are.
    const camera = state.bounds ? null : state.camera;
    markCompact(element);
    // A plan's link without a camera opens framed on the plan, clear of its legend (drawn first to be measured).
    const plan = camera || state.bounds ? undefined : d.layouts.find((l) => l.id === state.layout);
    if (plan) {
      legendBox.replaceChildren(layoutLegend(plan, state.lang, (ref) => emitter.emit('source', ref), await plans.of(plan.id)));
      element.append(legendBox);
    }
    const m = new MapLibreMap({
      container: element,
      style: basemapStyle(d.basemap, state.lang, [chinaStyle(d.china, state.lang), pilotsStyle(d.pilots, state.lang)]),
      ...(camera
        ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : state.bounds
          ? { bounds: state.bounds, fitBoundsOptions: { padding: MOUNT_DEFAULTS.padding } }
          : plan
            ? { bounds: plan.bbox, fitBoundsOptions: { padding: planPadding(), maxZoom: 11 } }
            : { bounds: MOUNT_DEFAULTS.homeBounds, fitBoundsOptions: { padding: MOUNT_DEFAULTS.padding } }),
      // On a portrait phone the home view is taller than the region: bounding the map would zoom it in.
      ...(element.clientWidth >= element.clientHeight * 0.9 ? { maxBounds: MOUNT_DEFAULTS.maxBounds } : {}),
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // 4× exports of a large map need a canvas beyond MapLibre's default 4096 px.
      maxCanvasSize: [16384, 16384],
    });
    map = m;
    if (options.chrome !== 'minimal') m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    element.append(titleBox, inset, legendBox, legend, userBox, plans.element);
    legendBox.hidden = !plan;
    frameChrome = mapChrome(element, m, state.lang);
    renderInset();

    let deckRendered: () => void = () => {};
    const deckDone = new Promise<void>((resolve) => (deckRendered = resolve));
    overlay = new MapboxOverlay({
      interleaved: false,
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      layers: deckLayers(),
      onAfterRender: () => deckRendered(),
      onHover: (info: PickingInfo<PilotFeature>) => {
        if (isPlanFeature(info.object)) hoverPlan(info.object, info.layer?.id, info.x, info.y);
        else if (info.object) hover(info.object.properties.id, info.x, info.y);
      },
      onClick: (info: PickingInfo<PilotFeature>) => {
        if (isPlanFeature(info.object)) plans.show(info.object.properties, state.lang, info.layer?.id.startsWith('draft') ?? false);
        else if (info.object) select(info.object.properties.id);
      },
    });
    m.addControl(overlay);

    m.on('mousemove', (e) => {
      const deckPick = overlay?.pickObject({ x: e.point.x, y: e.point.y, radius: 2 }) as PickingInfo<PilotFeature> | null;
      if (isPlanFeature(deckPick?.object)) return hoverPlan(deckPick.object, deckPick.layer?.id, e.point.x, e.point.y);
      if (deckPick?.object) return hover(deckPick.object.properties.id, e.point.x, e.point.y);
      const hit = m.queryRenderedFeatures(e.point, { layers: [PILOT_FILL_LAYER] })[0];
      hover(hit ? String(hit.properties.id) : null, e.point.x, e.point.y);
    });
    m.getCanvas().addEventListener('mouseleave', () => hover(null));
    // Printing resizes the page (print.css): the map follows, and returns after.
    addEventListener('beforeprint', () => m.resize());
    addEventListener('afterprint', () => m.resize());
    m.on('click', (e) => {
      const deckPick = overlay?.pickObject({ x: e.point.x, y: e.point.y, radius: 2 }) as PickingInfo<PilotFeature> | null;
      if (deckPick?.object) return; // deck's onClick handles it
      const hit = m.queryRenderedFeatures(e.point, { layers: [PILOT_FILL_LAYER] })[0];
      select(hit ? String(hit.properties.id) : null);
    });
    // Bounds hold until the user moves the map: the map fits them again when its size changes.
    m.on('resize', () => {
      if (state.bounds) m.fitBounds(state.bounds, { padding: MOUNT_DEFAULTS.padding, animate: false });
    });
    m.on('moveend', (e) => {
      if (shownLayout || draft) overlay?.setProps({ layers: deckLayers() });
      state = { ...state, camera: cameraOf(m), ...(e.originalEvent ? { bounds: null } : {}) };
      inset.hidden = m.getZoom() > MOUNT_DEFAULTS.insetMaxZoom;
      emitter.emit('state', state);
    });
    await Promise.all([settled(m), deckDone]);
    applyThematic();
    // A filtered link without a camera opens on what the filter leaves.
    if (!camera && !state.bounds && !state.layout && (state.province || state.level || state.doc)) frameShown(false);
    // A plan's link: framed again now that the title and the settings are drawn, clear of them too.
    if (plan) m.fitBounds(plan.bbox, { padding: planPadding(), duration: 0, maxZoom: 11 });
    await settled(m);
    if (state.layout) {
      await showLayout(!camera && !plan && !state.bounds);
      await settled(m);
      // deck.gl draws its overlay on its own animation frames: let two pass after the map settles.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    planCue.show(false);
    setFeatureFlag(state.pilot, 'selected', true);
    state = { ...state, camera: cameraOf(m) };
    if (d.broken.length > 0) throw new AggregateError(d.broken, d.broken.map((e) => e.message).join('\n'));
    emitter.emit('ready', state);
  })();
  ready.catch((reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    console.error(error);
    planCue.show(false);
    if (!(error instanceof AggregateError)) showError(error);
    emitter.emit('error', error);
  });

  const controller: AtlasController = {
    ready,
    getState: () => state,
    getView: () => view,
    setState(given) {
      // Once the data is in, names it does not know are dropped (and noted), never applied.
      const { state: partial, dropped } = known ? checkKnown(given, known) : { state: given, dropped: [] };
      if (dropped.length > 0) controller.noteParams(dropped);
      const previous = state;
      state = mergeState(state, partial);
      if (fallback) {
        fallback.update(state, previous);
        return emitter.emit('state', state);
      }
      if (partial.camera && !partial.bounds) state = { ...state, bounds: null };
      if (map && partial.bounds && JSON.stringify(partial.bounds) !== JSON.stringify(previous.bounds)) {
        map.fitBounds(partial.bounds, { padding: MOUNT_DEFAULTS.padding, animate: false });
      } else if (map && partial.camera && partial.camera !== previous.camera) {
        const { center, zoom, bearing, pitch } = partial.camera;
        map.jumpTo({ center, zoom, bearing, pitch });
      }
      if (state.lang !== previous.lang) applyLang(state.lang);
      else if (state.layout !== previous.layout) void showLayout(!partial.camera);
      if (THEMATIC_KEYS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(previous[k]))) applyThematic();
      // A new filter is framed: the camera moves to the pilots it leaves (unless the change brings its own camera).
      if (!partial.camera && (['province', 'level', 'doc'] as const).some((k) => state[k] !== previous[k])) frameShown(true);
      if (state.pilot !== previous.pilot) {
        setFeatureFlag(previous.pilot, 'selected', false);
        setFeatureFlag(state.pilot, 'selected', true);
        overlay?.setProps({ layers: deckLayers() });
      }
      if (state.part !== previous.part) overlay?.setProps({ layers: deckLayers() });
      emitter.emit('state', state);
    },
    emitSource: (ref) => emitter.emit('source', ref),
    noteParams: (dropped) => noteParams(element, dropped, state.lang),
    showProblem: (error) => showProblem(error),
    setUserData(file) {
      if (fallback && file) fallback.needsWebGL('import');
      if (!map || !data) return;
      const m = map;
      if (!file) {
        userShown = null;
        userBox.replaceChildren();
        userBox.hidden = true;
        clearUserLayer(m);
        applyThematic();
        return;
      }
      // Drawn first: a file that places nothing throws here, and the map keeps what it showed.
      const result = drawUserLayer(m, data.china, file);
      // The user's figures replace the pilots' fill (their outlines stay as a reference).
      m.setLayoutProperty(PILOT_FILL_LAYER, 'visibility', 'none');
      m.setLayoutProperty('province-choropleth', 'visibility', 'none');
      userShown = { file, result };
      showUserLegend(file, result);
      userBox.hidden = false;
      legend.hidden = true;
      fitUserLayer(m, result);
    },
    async exportPng(scale, text) {
      await ready;
      if (fallback) throw fallback.needsWebGL('png');
      // The export code loads on first use.
      const { composePng, insetSvg, mercatorKmPerPx, niceScaleBar, svgImage } = await import('../export/index.ts');
      const m = map!;
      const d = data!;
      const box = m.getContainer();
      const scaleBar = niceScaleBar(mercatorKmPerPx(m.getCenter().lat, m.getZoom()), 120);
      const planShown = shownLayout ? d.layouts.find((l) => l.id === shownLayout!.id) : undefined;
      const ratio = window.devicePixelRatio || 1;
      if (scale !== ratio) {
        m.setPixelRatio(scale);
        overlay?.setProps({ useDevicePixels: scale });
        m.triggerRepaint();
        await new Promise<void>((resolve) => m.once('idle', () => resolve()));
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      try {
        const image = await svgImage(
          insetSvg({ land: d.basemap.land, provinces: d.china.provinces, provinceLines: d.china.provinceLines, outline: d.china.outline, islands: d.southChinaSea }, state.lang),
        );
        return await composePng({
          mapCanvas: m.getCanvas(),
          ...(overlay ? { deckCanvas: overlay.getCanvas() as HTMLCanvasElement } : {}),
          scale,
          width: box.clientWidth,
          height: box.clientHeight,
          ...text,
          ...(view ? { legend: view.model } : {}),
          ...(planShown ? { plan: planShown } : {}),
          scaleBar,
          lang: state.lang,
          ...(m.getZoom() <= MOUNT_DEFAULTS.insetMaxZoom ? { inset: { image, width: 170, height: 220 } } : {}),
        });
      } finally {
        if (scale !== ratio) {
          m.setPixelRatio(ratio);
          overlay?.setProps({ useDevicePixels: true });
        }
      }
    },
    flyTo(camera, durationMs = 1600) {
      if (!map) return controller.setState({ camera });
      state = { ...state, bounds: null };
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      map.flyTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, duration: reduced ? 0 : durationMs, essential: true });
    },
    setDraft(features, fly = false) {
      if (fallback && features) fallback.needsWebGL('editor');
      draft = features;
      overlay?.setProps({ layers: deckLayers() });
      dimPilots();
      if (map && features && fly) {
        const points = features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : []));
        if (points.length > 0) {
          const xs = points.map((p) => p[0]!);
          const ys = points.map((p) => p[1]!);
          map.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 80, duration: 800, maxZoom: 10 });
        }
      }
    },
    setTextScale(factor) {
      if (!(factor > 0) || factor === textScale) return;
      textScale = factor;
      if (map) applyTextScale(map, factor);
      overlay?.setProps({ layers: deckLayers() });
    },
    textSizes: () => ({ map: map ? textSizes(map) : {}, plan: textScale }),
    on: (event, fn) => emitter.on(event, fn),
    watch: (keys, fn) => watchState((f) => emitter.on('state', f), state, keys, fn),
    destroy() {
      overlay?.finalize();
      map?.remove();
      map = null;
    },
  };
  return controller;
}

import { Map as MapLibreMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { BasemapSchema } from '../core/schema/basemap.ts';
import { ManifestSchema, type SourceDocument } from '../core/schema/manifest.ts';
import { DEFAULT_STATE, mergeState, type Camera, type Lang, type ViewState } from '../core/url-state.ts';
import { basemapStyle, labelField, labelLayerIds } from '../render/basemap-style.ts';
import { documentSeatLayers } from '../render/layers/document-seats.ts';
import { Emitter } from './events.ts';
import { loadJson } from './load.ts';
import { t } from './i18n.ts';

setWorkerUrl(workerUrl);

/** Defaults of a mounted map. */
export const MOUNT_DEFAULTS = {
  /** Initial view when the state has no camera: mainland China and Hainan, [west, south, east, north]. */
  homeBounds: [73, 17.5, 135.5, 53.8] as [number, number, number, number],
  /** The map cannot be panned beyond the region the base map covers. */
  maxBounds: [50, -15, 170, 62] as [number, number, number, number],
  /** Padding around the home view, px. */
  padding: 24,
};

export interface MountOptions {
  /** Initial state; anything left out takes its default. */
  state?: Partial<ViewState>;
  /** URL the data folder is resolved against. @default document.baseURI */
  base?: string;
}

export interface AtlasEvents extends Record<string, unknown> {
  /** The state changed (by the user, by setState, or by the camera moving). */
  state: ViewState;
  /** The map and every requested layer have rendered. */
  ready: ViewState;
  error: Error;
}

/** The controller of a mounted map (DESIGN.md 2.3). */
export interface AtlasController {
  ready: Promise<void>;
  getState(): ViewState;
  setState(partial: Partial<ViewState>): void;
  on<K extends keyof AtlasEvents>(event: K, fn: (payload: AtlasEvents[K]) => void): () => void;
  destroy(): void;
}

const cameraOf = (map: MapLibreMap): Camera => {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
};

/**
 * Resolves once the map has loaded and drawn everything it needs. 'idle' can fire in the
 * same frame as 'load', before a listener added after 'load' exists, so check `loaded()` first.
 */
function settled(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
    if (map.loaded()) check();
    else map.once('load', check);
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
  let documents: SourceDocument[] = [];

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

  const applyLang = (lang: Lang) => {
    if (!map) return;
    for (const id of labelLayerIds(map.getStyle())) map.setLayoutProperty(id, 'text-field', labelField(lang));
    map.setLayoutProperty('label-country', 'text-transform', lang === 'en' ? 'uppercase' : 'none');
    overlay?.setProps({ layers: documentSeatLayers(documents, lang) });
    element.setAttribute('aria-label', t(lang, 'mapLabel'));
  };

  const ready = (async () => {
    if (!hasWebGL()) throw new Error(t(state.lang, 'noWebgl'));
    const [manifest, basemap] = await Promise.all([
      loadJson('sources.json', ManifestSchema, base),
      loadJson('basemap.json', BasemapSchema, base),
    ]);
    documents = manifest.documents;
    const camera = state.camera;
    const m = new MapLibreMap({
      container: element,
      style: basemapStyle(basemap, state.lang),
      ...(camera
        ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : { bounds: MOUNT_DEFAULTS.homeBounds, fitBoundsOptions: { padding: MOUNT_DEFAULTS.padding } }),
      maxBounds: MOUNT_DEFAULTS.maxBounds,
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map = m;
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    m.addControl(new AttributionControl({ compact: false }), 'bottom-right');

    let deckRendered: () => void = () => {};
    const deckDone = new Promise<void>((resolve) => (deckRendered = resolve));
    overlay = new MapboxOverlay({
      interleaved: false,
      layers: documentSeatLayers(documents, state.lang),
      onAfterRender: () => deckRendered(),
    });
    m.addControl(overlay);

    m.on('moveend', () => {
      state = { ...state, camera: cameraOf(m) };
      emitter.emit('state', state);
    });
    await Promise.all([settled(m), deckDone]);
    state = { ...state, camera: cameraOf(m) };
    emitter.emit('ready', state);
  })();
  ready.catch((reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    console.error(error);
    showError(error);
    emitter.emit('error', error);
  });

  return {
    ready,
    getState: () => state,
    setState(partial) {
      const previous = state;
      state = mergeState(state, partial);
      if (map && partial.camera && partial.camera !== previous.camera) {
        const { center, zoom, bearing, pitch } = partial.camera;
        map.jumpTo({ center, zoom, bearing, pitch });
      }
      if (state.lang !== previous.lang) applyLang(state.lang);
      emitter.emit('state', state);
    },
    on: (event, fn) => emitter.on(event, fn),
    destroy() {
      overlay?.finalize();
      map?.remove();
      map = null;
    },
  };
}

import type { ViewState } from '../../core/url-state.ts';
import { constrainCamera, fitCamera, projector, type FlatCamera } from '../../core/mercator.ts';
import type { AtlasData } from '../atlas-data.ts';
import { knownState, knownValues } from '../url-check.ts';
import { keepsMaxBounds, MOUNT_DEFAULTS } from './defaults.ts';
import { drawPreview } from './preview.ts';
import { thematicSources } from './thematic-sources.ts';
import { mapTitleText, renderMapTitle } from '../map-title.ts';
import { provinceNamer } from '../province-names.ts';
import { el } from '../dom.ts';

/** The first view drawn before MapLibre has loaded, and the camera the map is to be created with. */
export interface FirstPaint {
  camera: FlatCamera;
  canvas: HTMLCanvasElement;
  /** The title over the map (the measure, what is shown), until the map's own replaces it. */
  title: HTMLElement;
}

/**
 * Draws the first view into `element` from the data alone, before MapLibre (the page's largest
 * script) has loaded: the preview of showPreview (preview.ts) in Web Mercator, in the camera the
 * map is then created with (an embed's bounds fitted to the frame, else the URL's camera, else China
 * fitted to the frame, as the map would fit them),
 * with the title over the map that the map's own then replaces.
 * Null where the map frames its first view by what only it can measure (a plan beside its legend,
 * a frame smaller than the map's bounds), turns or tilts it, or a required file is broken: the
 * map's own preview then comes with the map.
 */
export function paintFirstView(element: HTMLElement, given: ViewState, data: AtlasData): FirstPaint | null {
  // The state the map will show: values the data does not know dropped, as the first view drops them.
  const { state } = knownState(given, knownValues(data));
  if (data.broken.length > 0 || state.layout) return null;
  if (state.camera && (state.camera.bearing !== 0 || state.camera.pitch !== 0)) return null;
  const width = element.clientWidth;
  const height = element.clientHeight;
  if (width === 0 || height === 0) return null;
  // An embed's bounds are fitted at the frame's size, as the map fits them; else the URL's camera, else China.
  const fitted = state.bounds
    ? fitCamera(state.bounds, width, height, MOUNT_DEFAULTS.padding)
    : state.camera
      ? { center: state.camera.center, zoom: state.camera.zoom }
      : fitCamera(MOUNT_DEFAULTS.homeBounds, width, height, MOUNT_DEFAULTS.padding);
  // Where the map is held to its bounds, it moves the camera inside them: so does the picture.
  const camera = keepsMaxBounds(width, height) ? constrainCamera(fitted, MOUNT_DEFAULTS.maxBounds, width, height) : fitted;
  if (!camera) return null;
  const { view, shown, sources } = thematicSources(state, data);
  const canvas = drawPreview(width, height, projector(camera, width, height), data, state.agg === 'province' ? null : sources);
  if (!canvas) return null;
  const title = el('div', 'map-title');
  renderMapTitle(title, mapTitleText(state, view, { shown: shown.length, total: data.pilots.features.length, documents: data.documents, provinceName: provinceNamer(data.china) }));
  element.append(canvas, title);
  return { camera, canvas, title };
}

/**
 * A page's start: draws the first view into `element` as soon as `data` has loaded, then, once
 * the page's module (loading meanwhile) is there too, calls `start` with it and the picture, or
 * null where none was drawn (drawing it never keeps the map from starting).
 */
export function startAfterFirstPaint<M>(element: HTMLElement, initial: ViewState, data: Promise<AtlasData>, page: Promise<M>, start: (module: M, firstPaint: FirstPaint | null) => void): void {
  const painted = data.then((d) => paintFirstView(element, initial, d)).catch((error: unknown) => (console.error(error), null));
  void Promise.all([page, painted]).then(([module, firstPaint]) => start(module, firstPaint));
}

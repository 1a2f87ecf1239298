import type { Camera, ViewState } from '../../core/url-state.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { LayoutFeature } from '../../core/layout/features.ts';
import type { UserFile } from '../../core/user-data.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { ThematicView } from '../thematic-view.ts';
import type { DroppedParam } from '../notices.ts';
import type { FirstPaint } from './first-paint.ts';

export interface MountOptions {
  /** Initial state; anything left out takes its default. */
  state?: Partial<ViewState>;
  /** URL the data folder is resolved against. @default document.baseURI */
  base?: string;
  /** Data already loaded by the page (otherwise mount loads it). */
  data?: Promise<AtlasData>;
  /** 'minimal' (embeds) leaves out the zoom buttons; the legend, scale bar and attribution stay. @default 'full' */
  chrome?: 'full' | 'minimal';
  /** The first view as the page drew it before MapLibre loaded (first-paint.ts): the map starts in its camera and takes it over. */
  firstPaint?: FirstPaint | null;
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
  /** The data's pilots or records changed (a person's document shown or removed), after the map took them in. */
  data: undefined;
}

/**
 * The controller of a mounted map: `window.pilotAtlas` on the app's pages, what `mount()` returns in
 * the embeddable build (README, "The app's API"). Tests, the embed bridge and host pages rely on it.
 */
export interface AtlasController {
  ready: Promise<void>;
  getState(): ViewState;
  /** The thematic view of the current state (measure, values, legend); null when no measure is chosen. */
  getView(): ThematicView | null;
  setState(partial: Partial<ViewState>): void;
  /**
   * A PNG of the current view at 1×, 2× or 4× its size on screen, with title, legend, scale bar,
   * north arrow, source and date drawn in (src/map-export/png.ts), not a bare canvas grab.
   */
  exportPng(scale: 1 | 2 | 4, text: { title: string; subtitle?: string; source: string; date: string }): Promise<Blob>;
  /** Shows a user's own figures (a parsed CSV or GeoJSON) as a choropleth and frames them; null removes them. Throws (UserFileError) when nothing can be placed, leaving the map as it was. */
  setUserData(file: UserFile | null): Promise<void>;
  /**
   * Shows a file a person chose (its name and bytes: CSV or GeoJSON, UTF-8, UTF-16 or GB18030) as
   * `setUserData` does, reading, joining and classifying it in a worker so the page stays responsive.
   * Throws (UserFileError) naming the file when it cannot be shown.
   */
  importUserFile(name: string, bytes: ArrayBuffer): Promise<void>;
  /** Moves the camera smoothly (presentations); the state follows when the move ends. */
  flyTo(camera: Camera, durationMs?: number): void;
  /**
   * Resolves once the map has taken the last camera or state change, stopped moving and drawn every
   * tile of the view (the counties too when the view needs them): what a script waits for before it
   * clicks, screenshots or moves to the next slide.
   */
  idle(): Promise<void>;
  /** Asks the page to show a source (the same 'source' event the map's legend sends). */
  emitSource(ref: SourceRef): void;
  /** Notes on the map URL parameters that were ignored (one dismissable note). */
  noteParams(dropped: readonly DroppedParam[]): void;
  /** Notes on the map a data file the page goes on without, naming the file and the place in it. */
  showProblem(error: unknown): void;
  /**
   * Takes pilots, records and formulas added to (or removed from) the loaded data since (a person's
   * document, src/app/document): a link may name them, and the map, legend and table show them.
   */
  refreshData(): void;
  /** Draws a draft layout (the editor's) over the map; null clears it. Flies to it when asked. */
  setDraft(features: LayoutFeature[] | null, fly?: boolean): void;
  /**
   * Hands the map's clicks to `take`, each as [lng, lat] (WGS84), instead of picking pilots or plan
   * elements, with a crosshair cursor, until the returned function is called (the layout editor's
   * “在地图上放置”). Without a map (no WebGL) no click comes.
   */
  pickPoints(take: (at: [number, number]) => void): () => void;
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

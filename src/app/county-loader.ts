import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from './atlas-data.ts';
import { PREFECTURE_ZOOM, setCountyData, setPrefectureData } from '../render/china-style.ts';
import { countiesOffPage, type CountyChunk, type CountyPart } from './user-offpage.ts';

/** The zoom from which a view needs the counties: their lines show from 6, so they load a little before. */
export const COUNTY_ZOOM = 5.5;

export interface CountyLoader {
  /** Resolves once the counties the view asked for are on the map (at once when none were asked for). */
  pending(): Promise<void>;
  /** Loads the counties with their polygons whatever the zoom (a person's file may name them) and resolves once the map has them. */
  load(): Promise<void>;
}

/** Runs `fn` once the map's style has its China sources (a style given as an object loads on the next frame). */
function withSources(map: MapLibreMap, fn: () => void): void {
  if (map.getSource('china-counties')) fn();
  else map.once('styledata', () => withSources(map, fn));
}

/**
 * Loads the counties' lines and names (data/china-counties.topo.json) the first time the map reaches
 * `COUNTY_ZOOM`, and hands them to the map's county sources, whose layers are in the style from the
 * start: they appear where they belong, nothing else moves. The national view never loads them; the
 * polygons load with `load()`, for a person's rows.
 * The prefectures, already on the page, are handed to their sources the same way at `PREFECTURE_ZOOM`.
 */
const loaders = new WeakMap<MapLibreMap, CountyLoader>();

/** The county loader of a map made by `loadCountiesOnZoom` (none for other maps). */
export const countiesOf = (map: MapLibreMap): CountyLoader | undefined => loaders.get(map);

/** A county source as MapLibre's GeoJSON source has it: `updateData` adds features, its promise resolves once its worker has them. */
interface Updatable {
  updateData(diff: { add: GeoJSON.Feature[] }): Promise<unknown> | unknown;
}

/** Resolves on the next turn of the event loop, so that what the page has queued (input, frames) runs first. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The county sources of `parts` decoded in a worker and handed to MapLibre piece by piece, each piece
 * its own task: decoding the topology and copying 3,243 polygons to MapLibre's worker in one go held
 * the page for half a second. False when the worker could not do it.
 */
async function countiesFromWorker(map: MapLibreMap, base: string, parts: CountyPart[]): Promise<boolean> {
  await new Promise<void>((resolve) => withSources(map, resolve));
  return countiesOffPage(base, parts, async (chunk: CountyChunk) => {
    const source = map.getSource(chunk.source) as Updatable | undefined;
    if (!source) return;
    await source.updateData({ add: chunk.features });
    await breathe();
  });
}

/**
 * Calls `fn` once, the first time the map is at `zoom` or beyond: at a zoom of the map's, and now if
 * `now` and it is there already.
 */
function onceAtZoom(map: MapLibreMap, zoom: number, fn: () => void, now = true): void {
  const check = () => {
    if (map.getZoom() < zoom) return;
    map.off('zoom', check);
    fn();
  };
  map.on('zoom', check);
  if (now) check();
}

export function loadCountiesOnZoom(map: MapLibreMap, data: AtlasData, onError: (error: Error) => void, base?: string): CountyLoader {
  // The prefectures are on the page from the start: the map gets them at PREFECTURE_ZOOM, or with the counties.
  let prefectures = false;
  const givePrefectures = () => {
    if (prefectures) return;
    prefectures = true;
    withSources(map, () => setPrefectureData(map, data.china));
  };
  onceAtZoom(map, PREFECTURE_ZOOM, givePrefectures);
  // What a view zoomed in draws: the lines between counties and their names. The polygons, which
  // only a person's rows are drawn on, load with those rows: at the zoom they would be handed to
  // MapLibre piece by piece, each piece a new copy of the map drawn, for fills no one sees.
  const VIEW: CountyPart[] = ['lines', 'labels'];
  const ALL: CountyPart[] = [...VIEW, 'polygons'];
  /** Each part of the counties asked for, by the load that brings it. */
  const loading = new Map<CountyPart, Promise<void>>();
  // Where the worker cannot do it, the page decodes the counties (its errors name the file) and gives them whole.
  const onPage = () => data.withCounties().then((china) => new Promise<void>((resolve) => withSources(map, () => (setCountyData(map, china), resolve()))));
  const load = (wanted: CountyPart[]): Promise<void> => {
    const parts = wanted.filter((part) => !loading.has(part));
    if (parts.length > 0) {
      const loaded: Promise<void> = (base ? countiesFromWorker(map, base, parts) : Promise.resolve(false)).then((done) => {
        if (done) return;
        // The page gives every part at once.
        for (const part of ALL) if (!loading.has(part)) loading.set(part, loaded);
        return onPage();
      });
      for (const part of parts) loading.set(part, loaded);
      loaded.catch((error: unknown) => {
        for (const part of ALL) if (loading.get(part) === loaded) loading.delete(part);
        // What the view draws is tried again at the next zoom.
        if (parts.some((part) => VIEW.includes(part))) onceAtZoom(map, COUNTY_ZOOM, () => void load(VIEW).catch(() => undefined), false);
        onError(error instanceof Error ? error : new Error(String(error)));
      });
    }
    return Promise.all(wanted.map((part) => loading.get(part))).then(() => undefined);
  };
  onceAtZoom(map, COUNTY_ZOOM, () => void load(VIEW).catch(() => undefined));
  const loader: CountyLoader = {
    pending: () => Promise.all(loading.values()).then(
      () => undefined,
      () => undefined,
    ),
    load: async () => {
      givePrefectures();
      await load(ALL).catch(() => undefined);
      // A failed load has told onError; the caller goes on with what the map has.
    },
  };
  loaders.set(map, loader);
  return loader;
}

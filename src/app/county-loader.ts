import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from './atlas-data.ts';
import { setCountyData } from '../render/china-style.ts';

/** The zoom from which a view needs the counties: their lines show from 6, so they load a little before. */
export const COUNTY_ZOOM = 5.5;

export interface CountyLoader {
  /** Resolves once the counties the view asked for are on the map (at once when none were asked for). */
  pending(): Promise<void>;
  /** Loads the counties whatever the zoom (a person's file may name them) and resolves once the map has them. */
  load(): Promise<void>;
}

/** Runs `fn` once the map's style has its China sources (a style given as an object loads on the next frame). */
function withSources(map: MapLibreMap, fn: () => void): void {
  if (map.getSource('china-counties')) fn();
  else map.once('styledata', () => withSources(map, fn));
}

/**
 * Loads the counties (data/china-counties.topo.json) the first time the map reaches `COUNTY_ZOOM`,
 * and hands them to the map's county sources, whose layers are in the style from the start: the
 * county lines and names appear where they belong, nothing else moves. The national view never loads them.
 */
const loaders = new WeakMap<MapLibreMap, CountyLoader>();

/** The county loader of a map made by `loadCountiesOnZoom` (none for other maps). */
export const countiesOf = (map: MapLibreMap): CountyLoader | undefined => loaders.get(map);

export function loadCountiesOnZoom(map: MapLibreMap, data: AtlasData, onError: (error: Error) => void): CountyLoader {
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= data.withCounties().then(
      (china) => new Promise<void>((resolve) => withSources(map, () => (setCountyData(map, china), resolve()))),
      (error: unknown) => {
        // Tried again at the next zoom.
        loading = null;
        map.on('zoom', check);
        onError(error instanceof Error ? error : new Error(String(error)));
      },
    ));
  const check = () => {
    if (map.getZoom() < COUNTY_ZOOM) return;
    map.off('zoom', check);
    void load();
  };
  map.on('zoom', check);
  check();
  const loader: CountyLoader = {
    pending: () => loading ?? Promise.resolve(),
    load: async () => {
      await load();
      // A failed load has told onError; the caller goes on with what the map has.
    },
  };
  loaders.set(map, loader);
  return loader;
}

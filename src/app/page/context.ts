import type { AtlasController } from '../mount.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { PilotFeature, PilotProps } from '../../core/schema/pilots.ts';

/** What every part of the full page is given once the data is in. */
export interface Page {
  atlas: AtlasController;
  data: AtlasData;
  /** The pilots' properties, in the data's order (those of a person's document after the shipped ones). */
  pilots: PilotProps[];
  /** A pilot's properties by id. */
  pilot(id: string | null): PilotProps | undefined;
  /** A pilot's feature (geometry and properties) by id. */
  pilotFeature(id: string | null): PilotFeature | undefined;
  /** URL the data folder is resolved against. */
  base: string;
  /** The page's main element (panels, table, editor). */
  main: HTMLElement;
  /** The map's element. */
  map: HTMLElement;
}

export function pageOf(atlas: AtlasController, data: AtlasData, base: string): Page {
  return {
    atlas,
    data,
    // Read when used: a person's document adds pilots after the load.
    get pilots() {
      return data.pilots.features.map((f) => f.properties);
    },
    pilot: (id) => (id === null ? undefined : data.pilotById(id)?.properties),
    pilotFeature: (id) => (id === null ? undefined : data.pilotById(id)),
    base,
    main: document.querySelector('main')!,
    map: document.getElementById('map')!,
  };
}

/** The gazetteer (data/gazetteer.json), loaded once for the extraction (as built) and the matcher (its pilots). */
import type { GazetteerPilot } from '../../core/document/match-units.ts';
import { loadJsonText } from '../load.ts';

export interface Gazetteer {
  /** The file as loaded: the extraction reads its sections' names. */
  raw: unknown;
  pilots: GazetteerPilot[];
}

let loading: Promise<Gazetteer> | null = null;

/** The gazetteer; none (no pilots) when it cannot load, tried again on the next call. */
export function loadGazetteer(base: string): Promise<Gazetteer> {
  loading ??= loadJsonText('gazetteer.json', base).then(
    (raw) => ({ raw, pilots: ((raw as { pilots?: GazetteerPilot[] }).pilots ?? []) as GazetteerPilot[] }),
    () => {
      loading = null;
      return { raw: null, pilots: [] };
    },
  );
  return loading;
}

import type { ViewState } from '../../core/url-state.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import { splitPilots } from '../../render/pilots-style.ts';
import type { AtlasData } from '../atlas-data.ts';
import { filterPilots, thematicView, type ThematicView } from '../thematic-view.ts';
import type { PilotSources } from './context.ts';

/** The pilot features that pass the state's filters (province, level, document). */
export function shownPilots(state: ViewState, data: AtlasData): PilotFeature[] {
  const keep = new Set(filterPilots(state, data.pilots.features.map((f) => f.properties), data.docsOf).map((p) => p.id));
  return data.pilots.features.filter((f) => keep.has(f.properties.id));
}

/**
 * The thematic view of a state and the pilots' sources it colours (areas, labels, markers): what the
 * map's pilot layers draw, and what the first view's preview draws before the map has loaded.
 */
export function thematicSources(state: ViewState, data: AtlasData): { view: ThematicView | null; shown: PilotFeature[]; sources: PilotSources } {
  const view = thematicView(state, data.records, data.pilots.features.map((f) => f.properties), data.docsOf);
  const shown = shownPilots(state, data);
  return { view, shown, sources: splitPilots({ type: 'FeatureCollection', features: shown }, view?.colourOf) };
}

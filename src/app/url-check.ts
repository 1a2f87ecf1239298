/**
 * The URL's values checked against the loaded data: a province no pilot is in, a level, document,
 * measure, pilot or plan the data does not have is dropped (and named to the user), never applied.
 * Pure: no DOM.
 */
import { DEFAULT_STATE, serializeState, slideInRange, type ViewState } from '../core/url-state.ts';
import { isMeasureId } from '../core/thematic/measures.ts';
import type { DroppedParam } from './notices.ts';

export interface KnownValues {
  pilots: ReadonlySet<string>;
  layouts: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
  levels: ReadonlySet<string>;
  docs: ReadonlySet<string>;
}

/** The values the loaded data has, for each parameter that names something in it. */
export function knownValues(data: {
  pilots: { features: readonly { properties: { id: string; province: string; level: string } }[] };
  layouts: readonly { id: string }[];
  documents: readonly { id: string }[];
}): KnownValues {
  const props = data.pilots.features.map((f) => f.properties);
  return {
    pilots: new Set(props.map((p) => p.id)),
    provinces: new Set(props.map((p) => p.province)),
    levels: new Set(props.map((p) => p.level)),
    layouts: new Set(data.layouts.map((l) => l.id)),
    docs: new Set(data.documents.map((d) => d.id)),
  };
}

const CHECKED = ['province', 'level', 'doc', 'pilot', 'layout'] as const;
const SET_OF = { province: 'provinces', level: 'levels', doc: 'docs', pilot: 'pilots', layout: 'layouts' } as const;

/**
 * Splits a (partial) state into what the data knows and what it does not: a dropped key is left out
 * of the returned state (a change leaves it as it was; see withDefaults for a whole state). A list
 * the data left empty (its file broken) checks nothing: the value is kept rather than judged
 * against nothing.
 */
export function checkKnown<S extends Partial<ViewState>>(state: S, known: KnownValues): { state: S; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const kept: S = { ...state };
  for (const key of CHECKED) {
    const value = state[key];
    const set = known[SET_OF[key]];
    if (typeof value === 'string' && set.size > 0 && !set.has(value)) {
      dropped.push({ key, value, reason: 'unknown' });
      delete kept[key];
    }
  }
  if (typeof state.indicator === 'string' && !isMeasureId(state.indicator)) {
    dropped.push({ key: 'indicator', value: state.indicator, reason: 'unknown' });
    delete kept.indicator;
  }
  return { state: kept, dropped };
}

/** A whole state with the dropped keys at their defaults (the opening view's measure, no filter …). */
export function withDefaults(state: ViewState, dropped: readonly DroppedParam[]): ViewState {
  const fixed: ViewState = { ...state };
  for (const { key } of dropped) if (Object.hasOwn(DEFAULT_STATE, key)) (fixed as unknown as Record<string, unknown>)[key] = DEFAULT_STATE[key as keyof ViewState];
  return fixed;
}

/** The state with what the data does not know dropped (to its defaults), and what was dropped. */
export function knownState(state: ViewState, known: KnownValues): { state: ViewState; dropped: DroppedParam[] } {
  const { dropped } = checkKnown(state, known);
  return { state: dropped.length > 0 ? withDefaults(state, dropped) : state, dropped };
}

/**
 * A slide the URL asks for that the story does not have (the check and the number as the URL
 * writes it both follow url-state, whatever base it counts slides from); null when it is fine.
 */
export function checkSlide(slide: number | null, count: number): DroppedParam | null {
  if (slide === null || slideInRange(slide, count)) return null;
  const value = new URLSearchParams(serializeState({ ...DEFAULT_STATE, slide })).get('slide') ?? String(slide);
  return { key: 'slide', value, reason: 'range', count };
}

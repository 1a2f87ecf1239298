import type { IndicatorRecord } from '../core/schema/indicators.ts';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { ViewState } from '../core/url-state.ts';
import { isMeasureId, measureById, type MeasureId } from '../core/thematic/measures.ts';
import type { Measure, PilotValue } from '../core/thematic/measure.ts';
import { availableYears, defaultYear, pilotValues } from '../core/thematic/values.ts';
import { colourOf, legendModel, type LegendModel } from '../core/thematic/legend.ts';
import { isSchemeId } from '../core/thematic/schemes.ts';
import { classOf } from '../core/thematic/classify.ts';
import { byProvince, type ProvinceSummary } from '../core/thematic/aggregate.ts';

/** Everything the map, legend and table show for one state. */
export interface ThematicView {
  measure: Measure;
  /** The year shown (for measures by year), and the years there are. */
  year: number | null;
  years: number[];
  values: Map<string, PilotValue>;
  model: LegendModel;
  colourOf: (pilot: string) => string;
  /** The class colour of any value (e.g. a province's mean). */
  colourOfValue: (value: number) => string;
  /** Pilots that pass the filters (the ones the legend counts and the table lists). */
  shown: PilotProps[];
  provinces: ProvinceSummary[];
  /** Problems with the state (e.g. bad manual breaks), shown to the user; the view falls back. */
  warnings: string[];
}

/** The pilots that pass the state's filters (province, level, document). */
export function filterPilots(state: ViewState, pilots: readonly PilotProps[], docsOf: (pilot: string) => ReadonlySet<string>): PilotProps[] {
  return pilots.filter(
    (p) =>
      (!state.province || p.province === state.province) &&
      (!state.level || p.level === state.level) &&
      (!state.doc || docsOf(p.id).has(state.doc)),
  );
}

/** The thematic view of a state, or null when no measure is chosen (the pilots are drawn plainly). */
export function thematicView(
  state: ViewState,
  records: readonly IndicatorRecord[],
  pilots: readonly PilotProps[],
  docsOf: (pilot: string) => ReadonlySet<string>,
): ThematicView | null {
  if (!state.indicator || !isMeasureId(state.indicator)) return null;
  const warnings: string[] = [];
  const id: MeasureId = state.indicator;
  const measure = measureById(id);
  const years = measure.years ? availableYears(records, id) : [];
  const year = measure.years ? (state.year !== null && years.includes(state.year) ? state.year : defaultYear(records, id)) : null;
  if (measure.years && state.year !== null && !years.includes(state.year)) {
    warnings.push(`year ${state.year}: no pilot states this measure for it; showing ${year}`);
  }
  const values = pilotValues(records, id, year);
  const shown = filterPilots(state, pilots, docsOf);
  const ids = shown.map((p) => p.id);
  const scheme = state.scheme && isSchemeId(state.scheme) ? state.scheme : undefined;
  if (state.scheme && !scheme) warnings.push(`scheme "${state.scheme}" is not a colour-blind-safe scheme here; using the default`);
  const spec = {
    measure,
    method: state.method ?? undefined,
    k: state.classes ?? undefined,
    scheme,
    lang: state.lang,
    year,
    ...(state.method === 'manual' && state.breaks ? { manual: state.breaks } : {}),
  };
  let model: LegendModel;
  try {
    if (state.method === 'manual' && !state.breaks) throw new Error('manual classes need breaks (e.g. breaks=50,60,70)');
    model = legendModel(values, ids, spec);
  } catch (error) {
    warnings.push(`${(error as Error).message}; using quantiles`);
    model = legendModel(values, ids, { ...spec, method: 'quantile', manual: undefined });
  }
  const colourOfValue = (value: number) => {
    const i = classOf(value, model.breaks);
    return i >= 0 ? model.classes[i]!.colour : model.noData.colour;
  };
  return { measure, year, years, values, model, colourOf: colourOf(model, values), colourOfValue, shown, provinces: byProvince(shown, values), warnings };
}

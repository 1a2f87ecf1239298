import type { IndicatorRecord } from '../core/schema/indicators.ts';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { ViewState } from '../core/url-state.ts';
import { isMeasureId, measureById, type MeasureId } from '../core/thematic/measures.ts';
import type { Measure, PilotValue } from '../core/thematic/measure.ts';
import { availableYears, defaultYear, pilotValues } from '../core/thematic/values.ts';
import { colourOf, legendModel, type LegendModel } from '../core/thematic/legend.ts';
import { isSchemeId, SCHEMES } from '../core/thematic/schemes.ts';
import { manualClasses, type ManualProblem } from '../core/thematic/manual-breaks.ts';
import type { Lang } from '../core/url-state.ts';
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
    warnings.push(viewMessage(state.lang, 'year', String(state.year), String(year)));
  }
  const values = pilotValues(records, id, year);
  const shown = filterPilots(state, pilots, docsOf);
  const ids = shown.map((p) => p.id);
  // Only schemes of the measure's kind: a diverging scheme's neutral middle would read as "no data" on a sequential measure.
  const scheme = state.scheme && isSchemeId(state.scheme) && SCHEMES[state.scheme].kind === measure.kind ? state.scheme : undefined;
  if (state.scheme && !scheme) warnings.push(viewMessage(state.lang, 'scheme', state.scheme));
  const spec = { measure, method: state.method ?? undefined, k: state.classes ?? undefined, scheme, lang: state.lang, year };
  let manual: LegendModel | null = null;
  if (state.method === 'manual') {
    const sorted = ids.flatMap((p) => (values.has(p) ? [values.get(p)!.value] : [])).sort((a, b) => a - b);
    const resolved = state.breaks ? manualClasses(state.breaks, sorted) : ({ problem: { reason: 'too_few' } } as const);
    if ('problem' in resolved) warnings.push(manualMessage(state.lang, resolved.problem));
    else manual = legendModel(values, ids, { ...spec, method: 'manual', k: resolved.k, manual: resolved.manual });
  }
  const model = manual ?? legendModel(values, ids, { ...spec, method: spec.method === 'manual' ? 'quantile' : spec.method });
  const colourOfValue = (value: number) => {
    const i = classOf(value, model.breaks);
    return i >= 0 ? model.classes[i]!.colour : model.noData.colour;
  };
  return { measure, year, years, values, model, colourOf: colourOf(model, values), colourOfValue, shown, provinces: byProvince(shown, values), warnings };
}

/** A problem with the view's settings, in the reader's language. */
function viewMessage(lang: Lang, what: 'scheme' | 'year', value: string, shown = ''): string {
  if (what === 'scheme') return lang === 'zh' ? `配色“${value}”不适用于此指标，已用默认配色` : `The colour scheme “${value}” does not fit this measure; using the default`;
  return lang === 'zh' ? `没有试点给出 ${value} 年的此项数值，显示 ${shown} 年` : `No pilot states this measure for ${value}; showing ${shown}`;
}

/** Why typed class breaks were not used, in the reader's language; the map shows quantiles meanwhile. */
export function manualMessage(lang: Lang, problem: ManualProblem): string {
  const zh = lang === 'zh';
  const fallback = zh ? '；暂按分位数显示' : '; showing quantiles meanwhile';
  switch (problem.reason) {
    case 'too_few':
      return (zh ? '自定义分级需要递增的断点，例如 50, 60, 70' : 'Manual classes need increasing breaks, e.g. 50, 60, 70') + fallback;
    case 'not_increasing':
      return (zh ? `断点须递增：${problem.value} 不大于前一个 ${problem.previous}` : `Breaks must increase: ${problem.value} is not above ${problem.previous}`) + fallback;
    case 'outside':
      return (zh
        ? `断点 ${problem.value} 落在数据范围（${problem.min}–${problem.max}）边上或之外：请给出范围内的断点，或给出涵盖全部数据的首尾界限`
        : `The break ${problem.value} is not inside the data (${problem.min}–${problem.max}): give breaks inside it, or bounds that span all of it`) + fallback;
    case 'too_many':
      return (zh ? `断点太多：${problem.classes} 类，最多 9 类` : `Too many breaks: ${problem.classes} classes, at most 9`) + fallback;
  }
}

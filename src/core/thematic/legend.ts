import type { Qualifier } from '../schema/indicators.ts';
import type { Lang } from '../url-state.ts';
import { classify, classOf, type ClassMethod, type ClassifyNote } from './classify.ts';
import { THEMATIC_DEFAULTS } from './defaults.ts';
import { divergingColours } from './diverging.ts';
import { formatRange, legendDecimals, noDataLabel } from './format.ts';
import type { Measure, PilotValue } from './measure.ts';
import { measureById } from './measures.ts';
import { colours, defaultScheme, isSchemeId, NO_DATA, SCHEMES, type SchemeId } from './schemes.ts';

/** What to draw: the measure and how to classify and colour it. */
export interface LegendSpec {
  /** A measure or its id. */
  measure: Measure | string;
  /** @default 'quantile' */
  method?: ClassMethod;
  /** Classes asked for, 3–9. @default 5 */
  k?: number;
  /** @default the measure's (schemes.ts › DEFAULT_SCHEMES) */
  scheme?: SchemeId;
  /** @default 'zh' */
  lang?: Lang;
  /** Breaks for method 'manual' (classify.ts). */
  manual?: readonly number[];
  /** The year shown, for measures chosen by year: it goes into the title. @default the year of the values */
  year?: number | null;
}

export interface LegendClass {
  from: number;
  to: number;
  colour: string;
  count: number;
  label: string;
}

export interface LegendModel {
  measure: string;
  title: string;
  unit: string;
  method: ClassMethod;
  scheme: SchemeId;
  /** The classification's k + 1 bounds (what colourOf classifies by). */
  breaks: number[];
  classes: LegendClass[];
  /** Pilots on the map without a value. */
  noData: { colour: string; count: number; label: string };
  /** Of the pilots with a value, how many are stated with a qualifier. */
  qualified: Record<Exclude<Qualifier, 'exact'>, number>;
  /** Why there are fewer classes than asked for, in the legend's language. */
  note?: string;
}

/** The note of each reason, per language. */
const NOTES: Record<ClassifyNote['reason'], Record<Lang, (note: ClassifyNote, k: number) => string>> = {
  empty: { zh: () => '没有试点有此数值', en: () => 'No pilot has a value' },
  single_value: { zh: () => '所有数值相同：1类', en: () => 'All values are equal: 1 class' },
  few_distinct: {
    zh: (n, k) => `不同数值只有${n.distinct}个：分${k}类而非${n.requested}类`,
    en: (n, k) => `Only ${n.distinct} distinct values: ${k} classes instead of ${n.requested}`,
  },
  merged_breaks: { zh: (n, k) => `数值并列：分${k}类而非${n.requested}类`, en: (n, k) => `Tied values: ${k} classes instead of ${n.requested}` },
};

const title = (measure: Measure, lang: Lang, year: number | null | undefined) =>
  measure.years && year != null ? (lang === 'zh' ? `${measure.label.zh}（${year}年）` : `${measure.label.en} (${year})`) : measure.label[lang];

/**
 * The legend of a thematic map: classes with colours, counts and labels, the no-data entry and how many
 * values are qualified. `pilots` are the ids of every pilot on the map: those without a value count as
 * no data, and values of ids not among them are left out.
 */
export function legendModel(values: ReadonlyMap<string, PilotValue>, pilots: readonly string[], spec: LegendSpec): LegendModel {
  const measure = typeof spec.measure === 'string' ? measureById(spec.measure) : spec.measure;
  const lang = spec.lang ?? 'zh';
  const method = spec.method ?? THEMATIC_DEFAULTS.method;
  const scheme = spec.scheme ?? defaultScheme(measure);
  if (!isSchemeId(scheme)) throw new Error(`legend › unknown scheme "${String(scheme)}" (known: ${Object.keys(SCHEMES).join(', ')})`);
  const shown = [...new Set(pilots)].flatMap((id) => {
    const v = values.get(id);
    return v ? [v] : [];
  });
  const c = classify(
    shown.map((v) => v.value),
    method,
    spec.k ?? THEMATIC_DEFAULTS.classes,
    spec.manual,
  );
  const palette =
    measure.kind === 'diverging' && SCHEMES[scheme].kind === 'diverging'
      ? divergingColours(scheme, c.breaks, THEMATIC_DEFAULTS.divergingCentre)
      : c.k > 0
        ? colours(scheme, c.k)
        : [];
  const d = legendDecimals(c.breaks);
  const unit = measure.unit[lang];
  const classes = c.counts.map((count, i) => {
    const [from, to] = [c.breaks[i]!, c.breaks[i + 1]!];
    return { from, to, colour: palette[i]!, count, label: formatRange(from, to, unit, lang, d) };
  });
  const qualified = { about: 0, at_least: 0, at_most: 0 };
  for (const v of shown) if (v.qualifier !== 'exact') qualified[v.qualifier] += 1;
  return {
    measure: measure.id,
    title: title(measure, lang, spec.year !== undefined ? spec.year : shown[0]?.year),
    unit,
    method,
    scheme,
    breaks: c.breaks,
    classes,
    noData: { colour: NO_DATA, count: new Set(pilots).size - shown.length, label: noDataLabel(lang) },
    qualified,
    ...(c.note ? { note: NOTES[c.note.reason][lang](c.note, c.k) } : {}),
  };
}

/** The fill of each pilot under a legend: its class's colour, or the no-data grey. */
export function colourOf(model: LegendModel, values: ReadonlyMap<string, PilotValue>): (pilotId: string) => string {
  return (pilotId) => {
    const v = values.get(pilotId);
    const i = v ? classOf(v.value, model.breaks) : -1;
    return i >= 0 ? model.classes[i]!.colour : model.noData.colour;
  };
}

import type { Lang } from '../url-state.ts';
import { divide, stated, subtract } from './derive.ts';
import type { Measure, PilotValue } from './measure.ts';
import { latestBaseline, pairedBaselines, targetFor, targetYears } from './records.ts';

/** Measure templates: each turns indicator ids into `years` and `compute`. */
type Computation = Pick<Measure, 'years' | 'compute'>;

/** The pilot's latest stated baseline of an indicator (see records.ts › latestBaseline). */
const baseline = (indicator: string): Computation => ({
  compute: (records) => {
    const r = latestBaseline(records, indicator);
    return r && stated(r);
  },
});

/** The pilot's own target of an indicator for the chosen year. */
const target = (indicator: string): Computation => ({
  years: (records) => targetYears(records, indicator),
  compute: (records, year) => {
    const r = targetFor(records, indicator, year);
    return r && stated(r);
  },
});

/** Target for the chosen year minus the latest baseline before it, in percentage points. */
const increase = (indicator: string): Computation => ({
  years: (records) => targetYears(records, indicator),
  compute: (records, year): PilotValue | null => {
    const goal = targetFor(records, indicator, year);
    const start = goal && latestBaseline(records, indicator, goal.year);
    return goal && start ? { ...subtract(goal, start, goal.year), baseYear: start.year } : null;
  },
});

/** a − b for baselines stated for the same year (see records.ts › pairedBaselines). */
const gap = (a: string, b: string): Computation => ({
  compute: (records) => {
    const pair = pairedBaselines(records, a, b);
    return pair && subtract(pair[0], pair[1], pair[0].year);
  },
});

/** Resident population per km² of the stated area (people, not 万人). */
const density: Computation = {
  compute: (records) => {
    const people = latestBaseline(records, 'resident_population');
    const area = latestBaseline(records, 'area_km2');
    return people && area ? divide(people, area, 10_000, 0) : null;
  },
};

const PERCENT: Record<Lang, string> = { zh: '%', en: '%' };
const POINTS: Record<Lang, string> = { zh: '个百分点', en: 'pp' };
const WAN: Record<Lang, string> = { zh: '万人', en: '×10⁴ people' };

export const MEASURE_IDS = [
  'urbanization_baseline',
  'urbanization_target',
  'urbanization_increase',
  'hukou_baseline',
  'hukou_target',
  'hukou_increase',
  'hukou_gap',
  'resident_population',
  'net_residents',
  'area',
  'density',
  'settled_migrants',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** The measures of the thematic map (a dispatch table: one entry per measure, no switch elsewhere). */
export const MEASURES: { readonly [K in MeasureId]: Measure & { id: K } } = {
  urbanization_baseline: {
    id: 'urbanization_baseline',
    label: { zh: '常住人口城镇化率（基期）', en: 'Urbanization rate, resident (baseline)' },
    unit: PERCENT,
    kind: 'sequential',
    ...baseline('resident_urbanization_rate'),
  },
  urbanization_target: {
    id: 'urbanization_target',
    label: { zh: '常住人口城镇化率目标', en: 'Urbanization rate target, resident' },
    unit: PERCENT,
    kind: 'sequential',
    ...target('resident_urbanization_rate'),
  },
  urbanization_increase: {
    id: 'urbanization_increase',
    label: { zh: '常住人口城镇化率计划提高', en: 'Planned rise in urbanization rate, resident' },
    unit: POINTS,
    kind: 'sequential',
    ...increase('resident_urbanization_rate'),
  },
  hukou_baseline: {
    id: 'hukou_baseline',
    label: { zh: '户籍人口城镇化率（基期）', en: 'Urbanization rate, hukou (baseline)' },
    unit: PERCENT,
    kind: 'sequential',
    ...baseline('hukou_urbanization_rate'),
  },
  hukou_target: {
    id: 'hukou_target',
    label: { zh: '户籍人口城镇化率目标', en: 'Urbanization rate target, hukou' },
    unit: PERCENT,
    kind: 'sequential',
    ...target('hukou_urbanization_rate'),
  },
  hukou_increase: {
    id: 'hukou_increase',
    label: { zh: '户籍人口城镇化率计划提高', en: 'Planned rise in urbanization rate, hukou' },
    unit: POINTS,
    kind: 'sequential',
    ...increase('hukou_urbanization_rate'),
  },
  // Usually ≥ 0 (residents without local hukou lift the resident rate); a negative gap is kept as stated.
  hukou_gap: {
    id: 'hukou_gap',
    label: { zh: '常住与户籍人口城镇化率之差', en: 'Resident minus hukou urbanization rate' },
    unit: POINTS,
    kind: 'sequential',
    ...gap('resident_urbanization_rate', 'hukou_urbanization_rate'),
  },
  resident_population: {
    id: 'resident_population',
    label: { zh: '常住人口（基期）', en: 'Resident population (baseline)' },
    unit: WAN,
    kind: 'sequential',
    ...baseline('resident_population'),
  },
  // Positive where people come in without local hukou, negative where hukou holders live elsewhere (e.g. 濮阳, batch2 line 1693).
  net_residents: {
    id: 'net_residents',
    label: { zh: '常住人口减户籍人口', en: 'Resident minus hukou population' },
    unit: WAN,
    kind: 'diverging',
    ...gap('resident_population', 'hukou_population'),
  },
  area: {
    id: 'area',
    label: { zh: '面积', en: 'Area' },
    unit: { zh: '平方公里', en: 'km²' },
    kind: 'sequential',
    ...baseline('area_km2'),
  },
  density: {
    id: 'density',
    label: { zh: '常住人口密度', en: 'Resident population density' },
    unit: { zh: '人/平方公里', en: 'people/km²' },
    kind: 'sequential',
    ...density,
  },
  settled_migrants: {
    id: 'settled_migrants',
    label: { zh: '农业转移人口落户目标', en: 'Migrants to settle in towns (target)' },
    unit: WAN,
    kind: 'sequential',
    ...target('settled_migrants'),
  },
};

/** Whether a string (e.g. the URL's `indicator`) names a measure. */
export const isMeasureId = (id: string): id is MeasureId => Object.hasOwn(MEASURES, id);

/** The measure of an id; an unknown id is an Error that names it and the known ones. */
export function measureById(id: string): Measure {
  if (!isMeasureId(id)) throw new Error(`thematic › measure › unknown measure "${id}" (known: ${MEASURE_IDS.join(', ')})`);
  return MEASURES[id];
}

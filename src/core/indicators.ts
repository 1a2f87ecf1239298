import type { Lang } from './url-state.ts';

export interface IndicatorMeta {
  zh: string;
  en: string;
  /** Unit as the records carry it. */
  unit: string;
  /** Unit shown after a value, per language. */
  unitLabel: Record<Lang, string>;
}

const pct = { zh: '%', en: '%' };
const wan = { zh: '万人', en: '×10⁴ people' };

/**
 * Names and units of the indicators (the first eight are the contract's: docs/contracts.md).
 * Ids the extractor adds beyond these are shown by id until they get an entry here.
 */
export const INDICATORS: Record<string, IndicatorMeta> = {
  resident_urbanization_rate: { zh: '常住人口城镇化率', en: 'Urbanization rate (resident)', unit: '%', unitLabel: pct },
  hukou_urbanization_rate: { zh: '户籍人口城镇化率', en: 'Urbanization rate (hukou)', unit: '%', unitLabel: pct },
  resident_population: { zh: '常住人口', en: 'Resident population', unit: '万人', unitLabel: wan },
  urban_population: { zh: '城镇人口', en: 'Urban population', unit: '万人', unitLabel: wan },
  hukou_population: { zh: '户籍人口', en: 'Hukou population', unit: '万人', unitLabel: wan },
  settled_migrants: { zh: '农业转移人口落户', en: 'Migrants settled in towns', unit: '万人', unitLabel: wan },
  area_km2: { zh: '面积', en: 'Area', unit: 'km²', unitLabel: { zh: '平方公里', en: 'km²' } },
  income_ratio: { zh: '城乡居民收入比', en: 'Urban–rural income ratio', unit: 'ratio', unitLabel: { zh: '', en: '' } },
  urban_area_population: { zh: '城区人口', en: 'Population of the urban area', unit: '万人', unitLabel: wan },
  forest_coverage: { zh: '森林覆盖率', en: 'Forest cover', unit: '%', unitLabel: pct },
  new_urban_jobs: { zh: '城镇新增就业', en: 'New urban jobs', unit: '万人', unitLabel: wan },
  population_other: { zh: '人口（辖区、实有、规划等口径，非常住人口）', en: 'Population, other count (jurisdiction, present, planned; not resident)', unit: '万人', unitLabel: wan },
};

/** The display name of an indicator id in a language, falling back to the id itself. */
export const indicatorName = (id: string, lang: Lang): string => INDICATORS[id]?.[lang] ?? id.replace(/_/g, ' ');

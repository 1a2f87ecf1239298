import { wanRen, type Unit } from './numbers';

/** How an indicator's values are written and stored. */
export type IndicatorDef = {
  readonly id: string;
  /** Unit stored in the record (docs/contracts.md). */
  readonly unit: '%' | 'km²' | '万人' | 'ratio';
  /** Units a number may carry in the text to be a value of this indicator. */
  readonly accepts: readonly Unit[];
  /** Words that name the indicator in the text; the longest match at a position wins. */
  readonly keywords: readonly string[];
  /** Keywords that name a sub-area themselves: “集镇人口” is the population of the 集镇. */
  readonly scopes?: Readonly<Record<string, string>>;
};

/**
 * The indicators read from running text. The first eight ids are the contract's (docs/contracts.md);
 * the others are ours. Keywords that only differ by a sub-area (镇区常住人口, 建成区面积) are not
 * listed: the words before a keyword decide the scope (see scope.ts).
 */
export const INDICATORS: readonly IndicatorDef[] = [
  // 户籍人口城镇化率 before 城镇化率: longest match wins, so “户籍…” is never read as the resident rate.
  { id: 'hukou_urbanization_rate', unit: '%', accepts: ['percent'], keywords: ['户籍人口城镇化率', '户籍城镇化率'] },
  // An unqualified 城镇化率 (or 城镇化水平 given in %) is the resident rate (tests/unit/extract/fixtures/README.md).
  {
    id: 'resident_urbanization_rate',
    unit: '%',
    accepts: ['percent'],
    keywords: ['常住人口城镇化率', '常住城镇化率', '人口城镇化率', '城镇化率', '城镇化水平'],
  },
  // 城镇常住人口 / 城镇人口: people living in towns (抚松 line 814: 城镇常住人口 22.4 万人).
  { id: 'urban_population', unit: '万人', accepts: ['person', 'none'], keywords: ['城镇常住人口', '城镇人口'] },
  // Population of the built-up town or city proper (邵武 line 1305: 其中城区人口18.5万人); ours.
  // 中心城区 is not in it: a city's central districts are a sub-area, “中心城区常住人口” a scoped
  // resident population (烟台 line 436, matching 表1's 中心城区 row).
  {
    id: 'urban_area_population',
    unit: '万人',
    accepts: ['person', 'none'],
    keywords: ['县城区人口', '城区常住人口', '城区人口', '县城常住人口', '县城人口'],
  },
  { id: 'hukou_population', unit: '万人', accepts: ['person', 'none'], keywords: ['户籍总人口', '户籍人口'] },
  // 总人口 / 全县人口 are not resident population (tests/unit/extract/fixtures/README.md); 居住人口 is (中北镇 line 191).
  {
    id: 'resident_population',
    unit: '万人',
    accepts: ['person', 'none'],
    keywords: ['常住总人口', '常住人口规模', '常住人口', '居住人口', '镇区人口', '集镇人口'],
    scopes: { 镇区人口: '镇区', 集镇人口: '集镇' },
  },
  // Other counts of people: a jurisdiction's (辖区人口), those present (实有人口), a plan's size (人口规模),
  // the current (现状人口) or total (总人口) population. None is the 常住人口 statistic, so none is
  // mixed into resident population (西咸 现状人口 90 万人, 榆树沟 辖区人口 20 万人, 临港 人口规模 60 万人).
  {
    id: 'population_other',
    unit: '万人',
    accepts: ['person', 'none'],
    keywords: ['人口规模', '实有人口数', '实有人口', '现状人口', '辖区人口', '总人口'],
  },
  // 幅员面积, 县域面积, 镇域面积 and plain 面积 of the unit; the words before 面积 are checked in scope.ts.
  { id: 'area_km2', unit: 'km²', accepts: ['km2'], keywords: ['面积', '规划范围'] },
  {
    id: 'income_ratio',
    unit: 'ratio',
    accepts: ['none', 'ratio'],
    keywords: ['城乡居民人均可支配收入比', '城乡居民收入比', '城乡收入比'],
  },
  { id: 'forest_coverage', unit: '%', accepts: ['percent'], keywords: ['森林覆盖率'] },
  {
    id: 'new_urban_jobs',
    unit: '万人',
    accepts: ['person', 'none'],
    keywords: ['城镇新增就业人数', '城镇新增就业', '新增城镇就业人数', '新增城镇就业'],
  },
];

/** settled_migrants has no keyword before its number: “实现 2 万农业转移人口落户城镇” (see settled.ts). */
export const SETTLED: IndicatorDef = { id: 'settled_migrants', unit: '万人', accepts: ['person', 'none'], keywords: [] };

export const CONTRACT_IDS: readonly string[] = [
  'area_km2',
  'resident_population',
  'urban_population',
  'hukou_population',
  'resident_urbanization_rate',
  'hukou_urbanization_rate',
  'settled_migrants',
  'income_ratio',
];

const BY_KEYWORD: readonly (readonly [string, IndicatorDef])[] = INDICATORS.flatMap((d) =>
  d.keywords.map((k) => [k, d] as const),
).sort((a, b) => b[0].length - a[0].length);

/** The keywords by their first character (each list longest first, as BY_KEYWORD): only those can start at a position. */
const BY_FIRST = new Map<string, (readonly [string, IndicatorDef])[]>();
for (const entry of BY_KEYWORD) {
  const first = entry[0].charAt(0);
  const list = BY_FIRST.get(first);
  if (list) list.push(entry);
  else BY_FIRST.set(first, [entry]);
}

export type KeywordHit = { readonly start: number; readonly end: number; readonly def: IndicatorDef; readonly keyword: string };

/**
 * “城区…” inside a longer sub-area name (中心城区, 主城区, 老城区) is not the 城区 keyword: the text is
 * then about that sub-area's population (“中心城区常住人口”), read as 常住人口 with its scope.
 */
const INSIDE_SUB_AREA = /(?:中心|主|老|新|市)$/u;

/** Indicator keywords of a text, left to right, longest match first, never overlapping. */
export function findKeywords(text: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  let i = 0;
  while (i < text.length) {
    const found = BY_FIRST.get(text.charAt(i))?.find(
      ([k, d]) =>
        text.startsWith(k, i) &&
        !(k.startsWith('城区') && INSIDE_SUB_AREA.test(text.slice(Math.max(0, i - 2), i))) &&
        // “中心城区常住人口城镇化率”: a population keyword inside a rate's name is not a population.
        !(d.unit === '万人' && text.startsWith('城镇化率', i + k.length)),
    );
    if (found) {
      const [keyword, def] = found;
      hits.push({ start: i, end: i + keyword.length, def, keyword });
      i += keyword.length;
    } else i++;
  }
  return hits;
}

/** The indicator a table row's name stands for: the whole name must be a keyword (plus 人数/数). */
export function indicatorForName(name: string): IndicatorDef | null {
  const bare = name.replace(/[(（][^)）]*[)）]$/u, '').replace(/(?:人数|数)$/u, '');
  const hit = BY_KEYWORD.find(([k]) => k === bare || k === name.replace(/[(（][^)）]*[)）]$/u, ''));
  return hit ? hit[1] : null;
}

/** Convert a number to the indicator's stored unit, or null when its unit does not fit. */
export function valueIn(def: IndicatorDef, value: number, unit: Unit, multiplier: number): number | null {
  if (!def.accepts.includes(unit)) return null;
  if (def.unit === '万人') return wanRen(value, unit, multiplier);
  if (def.unit === 'ratio') return multiplier === 1 && value > 0 && value < 10 ? value : null;
  return value;
}

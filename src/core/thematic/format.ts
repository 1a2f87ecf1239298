import { formatNumber, withUnit } from '../format.ts';
import type { Lang } from '../url-state.ts';
import { THEMATIC_DEFAULTS } from './defaults.ts';
import { decimals } from './round.ts';


/**
 * How each language writes a legend range. zh: fixed decimals and the unit straight after the number
 * ("55.0–62.5%", "103.6万人"); en: no trailing zeros and a no-break space before the unit ("55–62.5 %").
 * Where a bound is negative a dash would read as a minus, so the range is spelt out ("−29至−5", "−29 to −5").
 */
const STYLE: Record<Lang, { fixed: boolean; dash: string; negativeDash: string; noData: string }> = {
  zh: { fixed: true, dash: '–', negativeDash: '至', noData: '无数据' },
  en: { fixed: false, dash: '–', negativeDash: ' to ', noData: 'No data' },
};

export const noDataLabel = (lang: Lang): string => STYLE[lang].noData;

/**
 * Decimal places for a set of legend bounds: the fewest (≤ maxDecimals) at which every bound is exact,
 * else the fewest at which rounded bounds stay distinct.
 */
export function legendDecimals(bounds: readonly number[]): number {
  const max = THEMATIC_DEFAULTS.maxDecimals;
  const exact = Math.max(0, ...bounds.map(decimals));
  if (exact <= max) return exact;
  for (let d = 0; d < max; d++) {
    const rounded = bounds.map((b) => b.toFixed(d));
    if (new Set(rounded).size === new Set(bounds).size) return d;
  }
  return max;
}

/** A legend range with its unit; a class of one value shows that value alone. */
export function formatRange(from: number, to: number, unit: string, lang: Lang, d: number): string {
  const a = formatNumber(from, lang, d, STYLE[lang].fixed);
  const b = formatNumber(to, lang, d, STYLE[lang].fixed);
  if (a === b) return withUnit(a, unit, lang);
  const dash = from < 0 || to < 0 ? STYLE[lang].negativeDash : STYLE[lang].dash;
  return withUnit(`${a}${dash}${b}`, unit, lang);
}

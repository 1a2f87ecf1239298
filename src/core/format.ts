import type { Qualifier } from './schema/indicators.ts';
import type { Lang } from './url-state.ts';

/**
 * How numbers and stated values are written, in both languages, everywhere the atlas shows one
 * (panel, table, tooltips, legends, exports): one place, so the same value reads the same.
 */

/** Locale of each language's numbers: grouping and decimal marks. */
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number at most `digits` decimal places (exactly `digits` when `fixed`), grouped, with a true minus sign
 * ("1,442.75", "−2.5").
 */
export function formatNumber(value: number, lang: Lang, digits: number, fixed = false): string {
  const key = `${lang}:${digits}:${fixed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value).replace(/^-/, '−');
}

/**
 * A number with its unit: "%" sits on its number in both languages ("82.3%"), as the documents write it;
 * other units follow straight on in Chinese ("103.6万人") and after a no-break space in English ("103.6 ×10⁴ people").
 */
export function withUnit(text: string, unit: string, lang: Lang): string {
  return unit === '' ? text : unit === '%' || lang === 'zh' ? `${text}${unit}` : `${text}\u00a0${unit}`;
}

/** What a stated value's qualifier puts before its number ("约68.9%", "≥ 68%" in English with a no-break space). */
const QUALIFIER_PREFIX: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  about: { zh: '约', en: '≈\u00a0' },
  at_least: { zh: '≥', en: '≥\u00a0' },
  at_most: { zh: '≤', en: '≤\u00a0' },
};

export const qualifierPrefix = (qualifier: Qualifier, lang: Lang): string => QUALIFIER_PREFIX[qualifier][lang];

/** A stated value with its qualifier and unit, at most two decimals: "约68.9%", "≥103.6万人", "≤ 12,345.68". */
export function formatValue(value: number, qualifier: Qualifier, unit: string, lang: Lang): string {
  return `${qualifierPrefix(qualifier, lang)}${withUnit(formatNumber(value, lang, 2), unit, lang)}`;
}

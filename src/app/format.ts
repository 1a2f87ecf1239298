import type { Lang } from '../core/url-state.ts';
import { INDICATORS } from '../core/indicators.ts';
import { formatNumber } from './i18n.ts';

import type { Qualifier } from '../core/schema/indicators.ts';

const QUALIFIER_PREFIX: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  about: { zh: '约', en: '≈ ' },
  at_least: { zh: '≥ ', en: '≥ ' },
  at_most: { zh: '≤ ', en: '≤ ' },
};

/** A value with its qualifier and unit, e.g. "约 50%", "≥ 68%", "103.6 万人". */
export function formatValue(lang: Lang, indicator: string, value: number, qualifier: Qualifier): string {
  const unit = INDICATORS[indicator]?.unitLabel[lang] ?? '';
  const number = formatNumber(lang, value, 2);
  const spaced = unit === '' || unit === '%' ? `${number}${unit}` : `${number} ${unit}`;
  return `${QUALIFIER_PREFIX[qualifier][lang]}${spaced}`;
}

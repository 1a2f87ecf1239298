import type { Lang } from '../../core/url-state.ts';
import type { SearchEntry } from './entry.ts';

/** An entry's name in a language: the English without its trailing province ("Fangshan District"). */
export function displayName(entry: SearchEntry, lang: Lang): string {
  if (lang === 'zh') return entry.zh;
  const province = entry.provinceEn ?? '';
  const suffix = `, ${province}`;
  return province !== '' && entry.en.endsWith(suffix) && entry.en.length > suffix.length ? entry.en.slice(0, -suffix.length) : entry.en;
}

/** An entry's province in a language. */
export const provinceName = (entry: SearchEntry, lang: Lang): string =>
  lang === 'zh' ? entry.province : (entry.provinceEn ?? entry.en.split(',').at(-1)?.trim() ?? '');

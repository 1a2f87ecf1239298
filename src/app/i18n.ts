import type { Lang } from '../core/url-state.ts';
import { STRINGS } from './strings.ts';

export { STRINGS };

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`, each `{name}` filled from `fill` (as text, never HTML); other `{…}` are left as they are. */
export const t = (lang: Lang, key: StringKey, fill: Record<string, string | number> = {}): string =>
  STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(fill, name) ? String(fill[name]) : whole));

/** The name of an administrative level (`county_city` → 县级市, county-level city); an unknown level as it is. */
export const levelName = (lang: Lang, level: string): string => {
  const key = `level_${level}`;
  return Object.hasOwn(STRINGS, key) ? STRINGS[key as StringKey][lang] : level;
};

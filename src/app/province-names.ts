import type { ChinaLayers } from '../core/china-topology.ts';
import type { Lang } from '../core/url-state.ts';

/** A province's name in the reader's language, looked up by its Chinese name (how pilots name their province). */
export function provinceNamer(china: Pick<ChinaLayers, 'provinces'>): (province: string, lang: Lang) => string {
  const english = new Map(china.provinces.features.map((f) => [f.properties.name, f.properties.en]));
  return (province, lang) => (lang === 'en' ? (english.get(province) ?? province) : province);
}

import type { Lang } from '../core/url-state.ts';

const STRINGS = {
  title: { zh: '新型城镇化试点图谱', en: 'Pilot Atlas' },
  subtitle: { zh: '国家新型城镇化综合试点与规划', en: "China's new-urbanization pilots and plans" },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  loading: { zh: '正在加载地图…', en: 'Loading the map…' },
  noWebgl: { zh: '此浏览器无法使用 WebGL，地图无法显示。', en: 'This browser cannot use WebGL, so the map cannot be shown.' },
  loadError: { zh: '数据加载失败', en: 'Data failed to load' },
  documents: { zh: '政策文件', en: 'Policy documents' },
  basemapCredit: { zh: '底图：Natural Earth', en: 'Base map: Natural Earth' },
  mapLabel: { zh: '地图：新型城镇化试点', en: 'Map of new-urbanization pilots' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (lang: Lang, key: StringKey): string => STRINGS[key][lang];

/** Number formatting per language. */
export const formatNumber = (lang: Lang, value: number, digits = 1): string =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);

import type { Lang } from '../../core/url-state.ts';

/** Every visible or spoken string of the table view, in both languages. `{…}` are filled in by tableText. */
const STRINGS = {
  name: { zh: '试点', en: 'Pilot' },
  province: { zh: '省份', en: 'Province' },
  caption: { zh: '试点数据表：{what}（{n} 个试点）', en: 'Pilot data: {what} ({n} pilots)' },
  captionNone: { zh: '试点数据表（{n} 个试点）', en: 'Pilot data ({n} pilots)' },
  hint: { zh: '点击列标题排序，点击数值查看原文。', en: 'Sort by a column heading; open a value to read its source.' },
  noData: { zh: '无数据', en: 'No data' },
  noRows: { zh: '没有可显示的试点。', en: 'No pilots to show.' },
  sourceOf: { zh: '{value}，查看原文：{doc} 第 {line} 行', en: '{value}; read the source: {doc}, line {line}' },
  showPilot: { zh: '{name}：在地图上显示', en: '{name}: show on the map' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadGeojson: { zh: '下载 GeoJSON', en: 'Download GeoJSON' },
  downloads: { zh: '下载所显示的数据', en: 'Download the data shown' },
  approximateExtent: { zh: '（近似范围）', en: ' (approximate extent)' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TableStringKey = keyof typeof STRINGS;

/** The table string `key` in `lang`, each `{name}` replaced from `fill`. */
export const tableText = (lang: Lang, key: TableStringKey, fill: Record<string, string | number> = {}): string =>
  STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in fill ? String(fill[name]) : whole));

import type { Lang } from '../../core/url-state.ts';

/** Every visible or spoken string of the table view, in both languages. `{…}` are filled in by t(). */
export const TABLE_STRINGS = {
  tableName: { zh: '试点', en: 'Pilot' },
  tableCaption: { zh: '试点数据表：{what}（{n} 个试点）', en: 'Pilot data: {what} ({n} pilots)' },
  tableCaptionNone: { zh: '试点数据表（{n} 个试点）', en: 'Pilot data ({n} pilots)' },
  tableHint: { zh: '点击列标题排序，点击数值查看原文。', en: 'Sort by a column heading; open a value to read its source.' },
  tableNoData: { zh: '无数据', en: 'No data' },
  tableNoRows: { zh: '没有可显示的试点。', en: 'No pilots to show.' },
  tableSourceOf: { zh: '{value}，查看原文：{doc} 第 {line} 行', en: '{value}; read the source: {doc}, line {line}' },
  tableShowPilot: { zh: '{name}：在地图上显示', en: '{name}: show on the map' },
  tableDownloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  tableDownloads: { zh: '下载所显示的数据', en: 'Download the data shown' },
  tableApproximateExtent: { zh: '（近似范围）', en: ' (approximate extent)' },
} as const satisfies Record<string, Record<Lang, string>>;

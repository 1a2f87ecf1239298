import type { Lang } from '../core/url-state.ts';

/** The words printed on exported maps, per language. */
export const EXPORT_STRINGS = {
  /** The South China Sea inset's title and its note. */
  insetTitle: { zh: '南海诸岛', en: 'South China Sea Islands' },
  insetSchematic: { zh: '示意', en: 'schematic' },
  /** Before the source and the date. */
  sourcePrefix: { zh: '资料来源：', en: 'Source: ' },
  mapDate: { zh: '制图日期：', en: 'Map date: ' },
  /** Unit of the scale bar. */
  km: { zh: '千米', en: 'km' },
  /** Letter on the north arrow. */
  north: { zh: '北', en: 'N' },
  /** Legend title when a map has no thematic measure. */
  pilots: { zh: '新型城镇化试点', en: 'New-urbanization pilots' },
  /** Legend rows of a map without a measure. */
  pilotArea: { zh: '试点地区', en: 'Pilot area' },
  pilotTown: { zh: '试点镇、园区', en: 'Pilot town or zone' },
} as const satisfies Record<string, Record<Lang, string>>;

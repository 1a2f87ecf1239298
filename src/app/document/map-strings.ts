import type { Lang } from '../../core/url-state.ts';

/**
 * The words of a person's document on the map (the panel, its messages, the legend's note), in
 * both languages. Kept beside the code that loads on first use, off the page's first download.
 */
export const DOC_MAP_STRINGS = {
  panel: { zh: '我的文档', en: 'Your document' },
  local: { zh: '仅在本机浏览器中处理和保存，不上传', en: 'read and kept in this browser only, never uploaded' },
  notSaved: { zh: '此浏览器无法保存，重新载入页面后需再次导入', en: 'this browser cannot keep it: after a reload, drop it again' },
  encoding: { zh: '编码', en: 'encoding' },
  units: { zh: '识别出的单元', en: 'Units found' },
  unitLine: { zh: '第 {line} 行', en: 'line {line}' },
  matchLabel: { zh: '“{name}”在地图上为', en: '“{name}” on the map is' },
  notMatched: { zh: '未匹配（不在地图上显示）', en: 'not matched (not shown on the map)' },
  asPilot: { zh: '图谱中的试点：{name}', en: 'the atlas’s pilot: {name}' },
  records: { zh: '提取的数据（{n} 条）', en: 'Figures extracted ({n})' },
  colUnit: { zh: '单元', en: 'Unit' },
  colIndicator: { zh: '指标', en: 'Indicator' },
  colKind: { zh: '类型', en: 'Kind' },
  colYear: { zh: '年份', en: 'Year' },
  colValue: { zh: '数值', en: 'Value' },
  colQualifier: { zh: '限定', en: 'Qualifier' },
  colLine: { zh: '行', en: 'Line' },
  baseline: { zh: '现状', en: 'baseline' },
  target: { zh: '目标', en: 'target' },
  exact: { zh: '确数', en: 'exact' },
  about: { zh: '约', en: 'about' },
  at_least: { zh: '以上', en: 'at least' },
  at_most: { zh: '以内', en: 'at most' },
  scoped: { zh: '（{scope}）', en: ' ({scope})' },
  formulas: { zh: '空间格局（{n} 个）', en: 'Spatial formulas ({n})' },
  noFormulas: { zh: '文中没有找到空间格局表述', en: 'No spatial formula found in the text' },
  placed: { zh: '已放置：{names}', en: 'Placed: {names}' },
  toPlace: { zh: '地图边界中没有、需在编辑器中手动放置：{names}', en: 'Not in the boundaries, to be placed by hand in the editor: {names}' },
  noMembers: { zh: '文中未列出成员：{names}', en: 'The text names no members of: {names}' },
  openDraft: { zh: '在编辑器中打开草稿', en: 'Open the draft in the editor' },
  noDraft: { zh: '没有可放置的成员，无法生成草稿', en: 'No member can be placed: no draft' },
  download: { zh: '下载数据包', en: 'Download package' },
  remove: { zh: '移除此文档', en: 'Remove this document' },
  legendNote: { zh: '含我的文档：{names}（本机）', en: 'Includes your document: {names} (this browser)' },
  extentNote: { zh: '来自我的文档“{name}”（仅在本机浏览器中）；地图范围为匹配到的“{unit}”', en: 'From your document “{name}” (in this browser only); drawn as the matched “{unit}”' },
  mine: { zh: '（我的文档）', en: ' (your document)' },
  reading: { zh: '正在读取 {name} …', en: 'Reading {name} …' },
  extracted: { zh: '{ms} 毫秒内提取', en: 'extracted in {ms} ms' },
  errorTitle: { zh: '无法使用此文档', en: 'Cannot use this document' },
  empty: { zh: '文档没有文字', en: 'the document has no text' },
  noUnit: {
    zh: '找不到文档所写的单元：标题或开头几行没有省、地级市或县（区）的名称，也没有“××省××市国家新型城镇化综合试点工作方案要点”这样的标题',
    en: 'no unit found: neither its title nor its first lines name a province, prefecture or county, and it has no headings like “××省××市国家新型城镇化综合试点工作方案要点”',
  },
  noFigures: {
    zh: '文档中没有找到数据（城镇化率、人口、面积等带数字的表述）',
    en: 'no figures found (no urbanization rate, population, area … stated with a number)',
  },
  noneMatched: { zh: '文档中的单元都没有匹配到地图上的行政区：{names}', en: 'none of the document’s units matched a unit of the map: {names}' },
  mapKept: { zh: '地图和已导入的内容保持原样。', en: 'The map and what you loaded before are unchanged.' },
  notYet: { zh: '此版本还不能读取 {kind} 文件：请另存为纯文本（.txt）后再试', en: 'this version cannot read {kind} files yet: save it as plain text (.txt) and try again' },
  failed: { zh: '读取失败：{detail}', en: 'reading failed: {detail}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type DocMapKey = keyof typeof DOC_MAP_STRINGS;

export const dt = (lang: Lang, key: DocMapKey, fill: Record<string, string | number> = {}): string =>
  DOC_MAP_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, k: string) => (Object.hasOwn(fill, k) ? String(fill[k]) : whole));

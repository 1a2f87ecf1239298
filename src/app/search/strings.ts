import type { Lang } from '../../core/url-state.ts';

/** Every visible or spoken string of the search box, in both languages. */
export const SEARCH_STRINGS = {
  searchLabel: { zh: '搜索试点', en: 'Find a pilot' },
  searchPlaceholder: { zh: '搜索试点（名称、拼音）', en: 'Find a pilot (name or pinyin)' },
  searchResults: { zh: '搜索结果', en: 'Search results' },
  searchNoMatch: { zh: '没有匹配的试点', en: 'No pilot matches' },
  /** "{n}" is replaced by the number of results shown. */
  searchCount: { zh: '{n} 个结果，用上下方向键选择', en: '{n} results; use the up and down arrows to choose' },
  searchCountOne: { zh: '1 个结果，按回车选择', en: '1 result; press Enter to choose' },
  searchFormerly: { zh: '又名', en: 'also' },
} as const satisfies Record<string, Record<Lang, string>>;

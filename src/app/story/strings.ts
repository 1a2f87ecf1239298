import type { Lang } from '../../core/url-state.ts';

/** The presentation player's strings, in both languages; `{…}` are filled in by t(). */
export const STORY_STRINGS = {
  present: { zh: '演示', en: 'Present' },
  presentLabel: { zh: '演示：选择一个故事', en: 'Present: choose a story' },
  pickerTitle: { zh: '选择演示', en: 'Choose a presentation' },
  slides: { zh: '{n} 页', en: '{n} slides' },
  storyRegion: { zh: '演示', en: 'Presentation' },
  progress: { zh: '第 {n} 页，共 {total} 页', en: 'Slide {n} of {total}' },
  previous: { zh: '上一页（←）', en: 'Previous (←)' },
  next: { zh: '下一页（→ 或空格）', en: 'Next (→ or Space)' },
  leave: { zh: '退出', en: 'Leave' },
  leaveLabel: { zh: '退出演示（Esc）', en: 'Leave the presentation (Esc)' },
  storySource: { zh: '出处：{doc}，第 {line} 行', en: 'Source: {doc}, line {line}' },
  storyPart: { zh: '图中突出显示：{part}（其余部分为灰色）', en: 'Highlighted on the map: {part} (the rest of the plan in grey)' },
  storyLoadError: { zh: '演示加载失败', en: 'The presentation failed to load' },
} as const satisfies Record<string, Record<Lang, string>>;

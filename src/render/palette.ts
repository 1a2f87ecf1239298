import type { Lang } from '../core/url-state.ts';

/** Base-map colours: quiet, low-chroma, so thematic layers carry the colour. */
export const PALETTE = {
  /** Sea and everything off the land. */
  sea: '#d8e5ec',
  /** Land of the neighbours (Natural Earth). */
  land: '#eeebe3',
  /** Coastline, a shade darker than the sea. */
  coast: '#b7c9d3',
  /** Borders between neighbouring countries. */
  border: '#b0a99b',
  /** Country names. */
  countryLabel: '#8c8579',
  /** Sea names. */
  seaLabel: '#6f8fa3',
  /** Halo behind labels on land. */
  halo: '#f6f4ef',
} as const;

/** Font stack for labels drawn with local fonts (no glyph server). */
export const FONT_STACK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

type Color = [number, number, number, number];

/**
 * Colours of the plan overlay, after Chinese planning maps: cores red, belts and axes amber bands,
 * corridors green, circles blue and dashed, clusters violet hulls, zones orange tints, links grey.
 */
export const LAYOUT_STYLE: Record<string, { fill: Color; line: Color; name: Record<Lang, string> }> = {
  core: { fill: [206, 38, 38, 120], line: [160, 20, 20, 255], name: { zh: '核', en: 'Core' } },
  belt: { fill: [238, 160, 30, 85], line: [196, 116, 0, 255], name: { zh: '带', en: 'Belt' } },
  axis: { fill: [238, 160, 30, 85], line: [196, 116, 0, 255], name: { zh: '轴', en: 'Axis' } },
  corridor: { fill: [60, 150, 90, 80], line: [30, 110, 60, 255], name: { zh: '廊', en: 'Corridor' } },
  circle: { fill: [40, 110, 170, 28], line: [30, 90, 150, 255], name: { zh: '圈', en: 'Circle' } },
  cluster: { fill: [128, 86, 178, 55], line: [98, 60, 150, 255], name: { zh: '群 / 组团', en: 'Cluster' } },
  zone: { fill: [236, 128, 48, 70], line: [196, 90, 20, 255], name: { zh: '区 / 片', en: 'Zone' } },
  node: { fill: [206, 38, 38, 255], line: [255, 255, 255, 255], name: { zh: '点 / 极', en: 'Node' } },
  link: { fill: [90, 90, 90, 200], line: [90, 90, 90, 230], name: { zh: '联动', en: 'Link' } },
};

export const styleOf = (kind: string) => LAYOUT_STYLE[kind] ?? LAYOUT_STYLE.zone!;

/** A CSS colour of an [r, g, b, a] colour with 0–255 channels (as deck.gl takes them). */
export const rgba = ([r, g, b, a = 255]: readonly number[]): string => `rgba(${r},${g},${b},${+(a / 255).toFixed(2)})`;

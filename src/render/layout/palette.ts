type Color = [number, number, number, number];
import type { Lang } from '../../core/url-state.ts';

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

import type { Lang } from '../core/url-state.ts';
import { FONT_FAMILY, INK as FURNITURE_INK, MUTED, SCALE_BAR_HEIGHT } from './export-style.ts';
import { sourceLine } from './labels.ts';
import { estimateText } from './legend-layout.ts';
import { t } from '../app/i18n.ts';
import { NORTH_ARROW, northArrowHalves, type Point } from './north-arrow.ts';
import { kmText, scaleBarTicks, type ScaleBar } from './scale-bar.ts';
import { xmlEl, textEl } from './xml.ts';

/**
 * The scale bar as an SVG group, its left end at (x, y) (the bar's top): two alternating halves,
 * ticks labelled 0, half and the whole length, the unit after its right end.
 */
export function svgScaleBar(bar: ScaleBar, x: number, y: number, lang: Lang): string {
  const half = bar.px / 2;
  const ticks = scaleBarTicks(bar).map((t, i) => textEl('text', { x: t.at, y: -4, 'text-anchor': i === 0 ? 'start' : 'middle' }, kmText(t.km)));
  const unit = textEl('text', { x: bar.px + 6, y: SCALE_BAR_HEIGHT, class: 'scale-bar-unit' }, t(lang, 'km'));
  return xmlEl('g', { class: 'scale-bar', transform: `translate(${x} ${y})`, 'font-size': 11, fill: FURNITURE_INK, 'data-km': bar.km, 'data-px': bar.px }, [
    xmlEl('rect', { x: 0, y: 0, width: half, height: SCALE_BAR_HEIGHT, fill: FURNITURE_INK }),
    xmlEl('rect', { x: half, y: 0, width: half, height: SCALE_BAR_HEIGHT, fill: '#fff', stroke: FURNITURE_INK, 'stroke-width': 0.8 }),
    xmlEl('rect', { x: 0, y: 0, width: bar.px, height: SCALE_BAR_HEIGHT, fill: 'none', stroke: FURNITURE_INK, 'stroke-width': 0.8 }),
    ...ticks,
    unit,
  ]);
}

const points = (ps: Point[]) => ps.map(([x, y]) => `${x},${y}`).join(' ');

/** The north arrow as an SVG group, its tip at (x, y), the letter above. */
export function svgNorthArrow(x: number, y: number, lang: Lang): string {
  const { left, right } = northArrowHalves();
  return xmlEl('g', { class: 'north-arrow', transform: `translate(${x} ${y})` }, [
    xmlEl('polygon', { points: points(left), fill: FURNITURE_INK, stroke: FURNITURE_INK, 'stroke-width': 0.8, 'stroke-linejoin': 'round' }),
    xmlEl('polygon', { points: points(right), fill: '#fff', stroke: FURNITURE_INK, 'stroke-width': 0.8, 'stroke-linejoin': 'round' }),
    textEl('text', { x: 0, y: -NORTH_ARROW.letterGap, 'text-anchor': 'middle', 'font-size': NORTH_ARROW.letterSize, 'font-weight': 'bold', fill: FURNITURE_INK }, t(lang, 'north')),
  ]);
}

/** A standalone SVG document of `width` × `height` px around the given body (empty parts left out). */
export function svgDocument(width: number, height: number, lang: Lang, body: readonly string[]): string {
  const root = xmlEl(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'map-title map-desc',
      lang: lang === 'zh' ? 'zh-CN' : 'en',
      'font-family': FONT_FAMILY,
    },
    body.filter((part) => part !== ''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

/**
 * The head of an SVG map page: the accessible title and description (subtitle, projection, source and date),
 * the white page, the title (shrunk to fit the width, estimated since a string SVG cannot measure, down to
 * 16 px) and the subtitle.
 */
export function svgPageHead(
  page: { width: number; height: number; margin: number },
  text: { title: string; subtitle?: string; source: string; date: string; projection: string },
  lang: Lang,
): string[] {
  const room = page.width - 2 * page.margin;
  const titleSize = Math.max(16, Math.min(26, (26 * room) / estimateText(text.title, 26, true)));
  const desc = [text.subtitle, text.projection, sourceLine(text.source, text.date, lang)].filter(Boolean).join(' ');
  return [
    textEl('title', { id: 'map-title' }, text.title),
    textEl('desc', { id: 'map-desc' }, desc),
    xmlEl('rect', { width: page.width, height: page.height, fill: '#fff' }),
    textEl('text', { x: page.margin, y: page.margin + 28, 'font-size': titleSize, 'font-weight': 'bold', fill: FURNITURE_INK, class: 'title' }, text.title),
    text.subtitle ? textEl('text', { x: page.margin, y: page.margin + 56, 'font-size': 15, fill: MUTED, class: 'subtitle' }, text.subtitle) : '',
  ];
}

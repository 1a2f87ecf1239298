import type { LegendBox } from './legend-layout.ts';
import { NORTH_ARROW } from './north-arrow.ts';

/** Sizes of the PNG's overlays, CSS px (they are drawn at the export's scale). */
export const PNG_LAYOUT = {
  /** Gap between the overlays and the image's edges (as the live map's boxes: 10 px). */
  margin: 10,
  /** Padding inside the title block. */
  titlePadding: 10,
  /** Title and subtitle font sizes, and their line heights. */
  titleSize: 20,
  titleLine: 26,
  subtitleSize: 13,
  subtitleLine: 18,
  /** Source line font size and line height; the strip at the bottom holds up to 6 lines (the licences come last: they are never cut on a map of ordinary size). */
  sourceSize: 11,
  sourceLine: 15,
  sourceLines: 6,
  /** Vertical room of the scale bar with its labels. */
  scaleBarRoom: 30,
  /** Widest scale bar, px (the caller's `scaleBar.px` should be at most this). */
  scaleBarMax: 160,
};

export type PngLayoutSizes = typeof PNG_LAYOUT;

export type Rect = { x: number; y: number; width: number; height: number };

/** What the layout needs to know about the contents, measured beforehand. */
export interface PngContents {
  width: number;
  height: number;
  titleLines: number;
  subtitleLines: number;
  /** Widest title or subtitle line, px. */
  titleWidth: number;
  sourceLines: number;
  legend: LegendBox | null;
  /** A plan overlay's legend, drawn on the right (where the live one sits). */
  planLegend?: LegendBox | null;
  inset: { width: number; height: number } | null;
}

export interface PngLayout {
  title: Rect;
  /** The source strip along the bottom edge. */
  source: Rect;
  legend: Rect | null;
  planLegend: Rect | null;
  /** Left end of the scale bar and the top of its bar. */
  scaleBar: { x: number; y: number };
  /** Tip of the north arrow. */
  northArrow: { x: number; y: number };
  inset: Rect | null;
}

/**
 * Where the overlays of the PNG go, in CSS px of the map: the title block top left, the north arrow top
 * right, the source strip along the bottom, the scale bar just above it on the left with the legend above
 * that (where the live map's legend sits), the South China Sea inset bottom right (where the live one sits),
 * a plan's legend bottom right above the inset.
 */
/** The height of the source strip of `lines` lines, CSS px. */
export const sourceStripHeight = (lines: number, s: PngLayoutSizes = PNG_LAYOUT): number => lines * s.sourceLine + 8;

export function pngLayout(c: PngContents, s: PngLayoutSizes = PNG_LAYOUT): PngLayout {
  const sourceHeight = sourceStripHeight(c.sourceLines, s);
  const source = { x: 0, y: c.height - sourceHeight, width: c.width, height: sourceHeight };
  const titleHeight = s.titlePadding * 2 + c.titleLines * s.titleLine + c.subtitleLines * s.subtitleLine;
  const title = { x: s.margin, y: s.margin, width: Math.ceil(c.titleWidth + s.titlePadding * 2), height: titleHeight };
  const scaleBar = { x: s.margin + 4, y: source.y - s.margin - 8 };
  const legend = c.legend
    ? { x: s.margin, y: scaleBar.y - s.scaleBarRoom + 4 - c.legend.height, width: c.legend.width, height: c.legend.height }
    : null;
  const inset = c.inset
    ? { x: c.width - s.margin - c.inset.width, y: source.y - s.margin - c.inset.height, width: c.inset.width, height: c.inset.height }
    : null;
  // The plan's legend bottom right, above the inset when there is one.
  const planBottom = inset ? inset.y - s.margin : source.y - s.margin;
  const planLegend = c.planLegend
    ? { x: c.width - s.margin - c.planLegend.width, y: planBottom - c.planLegend.height, width: c.planLegend.width, height: c.planLegend.height }
    : null;
  return {
    title,
    source,
    legend,
    planLegend,
    scaleBar,
    northArrow: { x: c.width - s.margin - NORTH_ARROW.halfWidth - 12, y: s.margin + NORTH_ARROW.letterSize + NORTH_ARROW.letterGap + 6 },
    inset,
  };
}

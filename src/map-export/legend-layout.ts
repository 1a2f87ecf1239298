import type { LegendContent, LegendRow } from './legend-content.ts';
import { wrapText } from './wrap-text.ts';

/** Sizes of an exported legend box, px at 1×. */
export const LEGEND_METRICS = {
  /** Inner padding of the box. */
  padding: 10,
  /** Font size of the title, bold. */
  titleSize: 14,
  /** Font size of row labels and counts. */
  rowSize: 12,
  /** Font size of the note. */
  noteSize: 10.5,
  /** Distance between row baselines. */
  rowHeight: 20,
  /** Swatch width and height. */
  swatch: [18, 12] as [number, number],
  /** Gap between swatch and label. */
  gap: 8,
  /** Least gap between a label and its count. */
  countGap: 14,
  /** Gap below the title. */
  titleGap: 8,
  /** Distance between the baselines of the note's and the caveat's lines. */
  noteLineHeight: 14,
  /** The caveat wraps at the legend's width, or at this width when the legend is narrower. */
  caveatWidth: 240,
};

export type LegendMetrics = typeof LEGEND_METRICS;

/** Width of a text at a font size, px: ctx.measureText in a canvas, an estimate in an SVG string. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

/**
 * An estimate of a text's width for a string SVG, where nothing can be measured: CJK and full-width
 * characters 1 em, digits and Latin 0.56 em, spaces and narrow punctuation 0.3 em. Errs wide.
 */
export const estimateText: MeasureText = (text, size, bold = false) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    em += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 1 : /[\s.,:;'|!il()\[\]]/.test(ch) ? 0.3 : /[mwMW%]/.test(ch) ? 0.85 : 0.56;
  }
  return em * size * (bold ? 1.06 : 1);
};

export interface LegendRowBox extends LegendRow {
  /** Baseline of the row's text, px from the box's top. */
  baseline: number;
  /** Top of the swatch. */
  swatchY: number;
  /** Count as shown, or '' when unknown. */
  countText: string;
}

/** Where everything in a legend box goes, px relative to its top-left corner. */
export interface LegendBox {
  title: string;
  note: string | null;
  width: number;
  height: number;
  titleBaseline: number;
  rows: LegendRowBox[];
  labelX: number;
  /** Right edge of the counts (they are right-aligned). */
  countRight: number;
  noteBaseline: number | null;
  /** The caveat's lines (LegendContent.caveat wrapped), each with its baseline; [] without one. */
  caveat: { text: string; baseline: number }[];
  metrics: LegendMetrics;
}

/** Lays out a legend: title, then rows of swatch, label and right-aligned count, then the note. */
export function layoutLegend(content: LegendContent, measure: MeasureText, m: LegendMetrics = LEGEND_METRICS): LegendBox {
  const titleBaseline = m.padding + m.titleSize;
  const first = titleBaseline + m.titleGap + m.rowHeight * 0.75;
  const rows = content.rows.map((row, i) => {
    const baseline = first + i * m.rowHeight;
    return { ...row, baseline, swatchY: baseline - m.rowSize * 0.5 - m.swatch[1] / 2 + 1, countText: row.count === null ? '' : String(row.count) };
  });
  const labelX = m.padding + m.swatch[0] + m.gap;
  const labels = Math.max(0, ...rows.map((r) => measure(r.label, m.rowSize)));
  const counts = Math.max(0, ...rows.map((r) => measure(r.countText, m.rowSize)));
  const rowsWidth = labelX + labels + (counts > 0 ? m.countGap + counts : 0) + m.padding;
  const titleWidth = m.padding * 2 + measure(content.title, m.titleSize, true);
  const noteWidth = content.note ? m.padding * 2 + measure(content.note, m.noteSize) : 0;
  const lines = content.caveat
    ? wrapText(content.caveat, Math.max(rowsWidth, titleWidth, noteWidth, m.caveatWidth) - m.padding * 2, (s) => measure(s, m.noteSize))
    : [];
  const caveatWidth = lines.length ? m.padding * 2 + Math.max(...lines.map((l) => measure(l, m.noteSize))) : 0;
  const width = Math.ceil(Math.max(rowsWidth, titleWidth, noteWidth, caveatWidth));
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.baseline : titleBaseline;
  const noteBaseline = content.note ? lastRow + m.rowHeight * 0.5 + m.noteSize + 2 : null;
  const firstCaveat = noteBaseline !== null ? noteBaseline + m.noteLineHeight : lastRow + m.rowHeight * 0.5 + m.noteSize + 2;
  const caveat = lines.map((text, i) => ({ text, baseline: firstCaveat + i * m.noteLineHeight }));
  const height = Math.ceil((caveat.at(-1)?.baseline ?? noteBaseline ?? lastRow) + m.padding + 2);
  return { title: content.title, note: content.note ?? null, width, height, titleBaseline, rows, labelX, countRight: width - m.padding, noteBaseline, caveat, metrics: m };
}

import type { LegendModel } from '../core/thematic/legend.ts';
import type { Lang } from '../core/url-state.ts';
import { drawLegend } from './canvas-legend.ts';
import { drawNorthArrow, drawScaleBar } from './canvas-furniture.ts';
import { canvasFont, canvasMeasure, drawPanel, drawText, type Ctx } from './canvas-text.ts';
import { sourceLine } from './labels.ts';
import { legendContent, planLegendContent, type PlanLegend } from './legend-content.ts';
import { layoutLegend } from './legend-layout.ts';
import { PNG_LAYOUT, pngLayout, sourceStripHeight } from './png-layout.ts';
import type { ScaleBar } from './scale-bar.ts';
import { LEGEND_COLOURS } from './export-style.ts';
import { wrapText } from './wrap-text.ts';

import { drawMapLayers, type SourceCanvas } from './map-layers.ts';

export type { SourceCanvas };

export interface ComposePngOptions {
  /**
   * `map.getCanvas()`, the map's one canvas (deck.gl's plan layers are drawn within MapLibre's frame):
   * the map must be created with `canvasContextAttributes: { preserveDrawingBuffer: true }`.
   */
  mapCanvas: SourceCanvas;
  /** Output pixels per CSS px. */
  scale: 1 | 2 | 4;
  /** The map's size in CSS px (`map.getContainer().clientWidth/clientHeight`). */
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  /** The thematic legend (ThematicView.model); without it (and without a plan), the plain pilots legend is drawn. */
  legend?: LegendModel;
  /** The plan overlay on the map, whose legend is drawn; with a plan and no thematic legend the pilots legend is left out, as on the map. */
  plan?: PlanLegend;
  /** How many pilots the map draws at an approximate extent (dashed): keyed in the thematic legend, as on the map. */
  approximate?: number;
  /** Under the thematic legend: the pilots drawn at a boundary with a note (legend-content.ts › extentNotesCaveat). */
  extentNotes?: string;
  source: string;
  date: string;
  /** The scale bar in CSS px of the map (scale-bar.ts › niceScaleBar(mercatorKmPerPx(lat, zoom), 120)). */
  scaleBar: ScaleBar;
  lang: Lang;
  /** The South China Sea inset as an image (e.g. svgImage(new XMLSerializer().serializeToString(insetSvg))), CSS px. */
  inset?: { image: CanvasImageSource; width: number; height: number } | null;
}

/** Fill opacity of plain pilot areas on the live map (pilots-style.ts › PILOT_FILL_OPACITY, not hovered). */
const LIVE_AREA_OPACITY = 0.22;
/** Largest side of a canvas Chromium and Firefox draw, px. */
const MAX_SIDE = 32767;

/** The output canvas: an OffscreenCanvas where there is one, else a detached <canvas>. */
function outputCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toPng(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png › the canvas gave no image'))), 'image/png'));
}

/** Waits for the export fonts where the page can load fonts (system fonts resolve at once). */
async function fontsReady(): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  await Promise.all([fonts.load(canvasFont(14)), fonts.load(canvasFont(14, true))]).catch(() => undefined);
}

/**
 * The map as a PNG with its furniture: the map's canvas stretched to fill `width` × `height`; over it a title block, the legend, a scale bar, a north arrow and the South China Sea inset when given;
 * below it the source and date lines in a strip of their own (over the map they hid its bottom edge,
 * Hainan in a national view), all drawn with the 2D canvas API. The PNG is exactly
 * round(width × scale) px wide and round((height + the strip's height) × scale) px high; the overlays are laid out in CSS px and drawn at `scale`.
 *
 * Sharp 2× and 4× output needs the map drawn at that pixel ratio first: the caller does
 * `map.setPixelRatio(scale)` (create the map with `maxCanvasSize` large enough, e.g. [16384, 16384],
 * or MapLibre lowers the ratio), waits for `await map.once('idle')`, calls composePng, then restores
 * it (`map.setPixelRatio(devicePixelRatio)`). A canvas of any backing size is accepted.
 */
export async function composePng(o: ComposePngOptions): Promise<Blob> {
  if (![1, 2, 4].includes(o.scale)) throw new Error(`png › scale must be 1, 2 or 4 (got ${String(o.scale)})`);
  if (!(o.width > 0 && o.height > 0 && Number.isFinite(o.width) && Number.isFinite(o.height))) {
    throw new Error(`png › width and height must be positive CSS px (got ${o.width} × ${o.height})`);
  }
  await fontsReady();
  // The source lines are measured first: their strip adds to the picture's height.
  const measuring = outputCanvas(1, 1).getContext('2d') as Ctx | null;
  if (!measuring) throw new Error('png › no 2D canvas context');
  const sourceLines = wrapText(sourceLine(o.source, o.date, o.lang), o.width - 16, (t) => canvasMeasure(measuring)(t, PNG_LAYOUT.sourceSize), PNG_LAYOUT.sourceLines);
  const height = o.height + sourceStripHeight(sourceLines.length);
  const [pw, ph] = [Math.round(o.width * o.scale), Math.round(height * o.scale)];
  if (pw > MAX_SIDE || ph > MAX_SIDE) throw new Error(`png › ${pw} × ${ph} px is larger than a canvas can be (${MAX_SIDE} px a side); use a smaller scale`);
  const canvas = outputCanvas(pw, ph);
  const ctx = canvas.getContext('2d') as Ctx | null;
  if (!ctx) throw new Error('png › no 2D canvas context');

  drawMapLayers(ctx, o.mapCanvas, pw, Math.round(o.height * o.scale));
  ctx.setTransform(o.scale, 0, 0, o.scale, 0, 0);
  drawFurniture(ctx, { ...o, height }, sourceLines);
  return toPng(canvas);
}

/** Everything over the map and the source strip below it, in CSS px of the whole picture (`o.height` includes the strip). */
function drawFurniture(ctx: Ctx, o: ComposePngOptions, sourceLines: string[]): void {
  const s = PNG_LAYOUT;
  const measure = canvasMeasure(ctx);
  // The title block leaves room on the right for the north arrow.
  const titleMax = Math.max(80, o.width - 2 * s.margin - 2 * s.titlePadding - 60);
  const titleLines = wrapText(o.title, titleMax, (t) => measure(t, s.titleSize, true), 2);
  const subtitleLines = o.subtitle ? wrapText(o.subtitle, titleMax, (t) => measure(t, s.subtitleSize), 1) : [];
  const titleWidth = Math.max(...titleLines.map((t) => measure(t, s.titleSize, true)), ...subtitleLines.map((t) => measure(t, s.subtitleSize)));
  const content = legendContent(o.legend, o.lang, { areaOpacity: LIVE_AREA_OPACITY }, o.approximate);
  const legend = o.plan && !o.legend ? null : layoutLegend(o.extentNotes ? { ...content, caveat: o.extentNotes } : content, measure);
  const planLegend = o.plan ? layoutLegend(planLegendContent(o.plan, o.lang), measure) : null;
  const inset = o.inset ? { width: o.inset.width, height: o.inset.height } : null;
  const at = pngLayout({ width: o.width, height: o.height, titleLines: titleLines.length, subtitleLines: subtitleLines.length, titleWidth, sourceLines: sourceLines.length, legend, planLegend, inset });

  drawPanel(ctx, at.title.x, at.title.y, at.title.width, at.title.height, LEGEND_COLOURS.border);
  let y = at.title.y + s.titlePadding;
  for (const line of titleLines) drawText(ctx, line, at.title.x + s.titlePadding, (y += s.titleLine) - 6, { size: s.titleSize, bold: true, colour: LEGEND_COLOURS.text });
  for (const line of subtitleLines) drawText(ctx, line, at.title.x + s.titlePadding, (y += s.subtitleLine) - 4, { size: s.subtitleSize, colour: LEGEND_COLOURS.muted });

  if (legend && at.legend) drawLegend(ctx, legend, at.legend.x, at.legend.y);
  if (planLegend && at.planLegend) drawLegend(ctx, planLegend, at.planLegend.x, at.planLegend.y);
  drawScaleBar(ctx, o.scaleBar, at.scaleBar.x, at.scaleBar.y, o.lang);
  drawNorthArrow(ctx, at.northArrow.x, at.northArrow.y, o.lang);
  if (o.inset && at.inset) {
    ctx.drawImage(o.inset.image, at.inset.x, at.inset.y, at.inset.width, at.inset.height);
    drawPanel(ctx, at.inset.x, at.inset.y, at.inset.width, at.inset.height, LEGEND_COLOURS.border, 'rgba(0,0,0,0)');
  }
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(at.source.x, at.source.y, at.source.width, at.source.height);
  sourceLines.forEach((line, i) => drawText(ctx, line, 8, at.source.y + 4 + (i + 1) * s.sourceLine - 4, { size: s.sourceSize, colour: LEGEND_COLOURS.muted }));
}

/** An SVG string as an image to draw (e.g. the live South China Sea inset, serialised). */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await image.decode();
  } finally {
    URL.revokeObjectURL(image.src);
  }
  return image;
}

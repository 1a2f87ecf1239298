import type { Lang } from '../core/url-state.ts';
import { drawText, type Ctx } from './canvas-text.ts';
import { t } from '../app/i18n.ts';
import { NORTH_ARROW, northArrowHalves, type Point } from './north-arrow.ts';
import { kmText, scaleBarTicks, type ScaleBar } from './scale-bar.ts';
import { INK as FURNITURE_INK, SCALE_BAR_HEIGHT } from './export-style.ts';

/** Draws the scale bar (svg-furniture.ts › svgScaleBar, the same design) with its left end at (x, y), the bar's top. */
export function drawScaleBar(ctx: Ctx, bar: ScaleBar, x: number, y: number, lang: Lang): void {
  const half = bar.px / 2;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.75)';
  ctx.fillRect(x - 4, y - 16, bar.px + 40, SCALE_BAR_HEIGHT + 20);
  ctx.fillStyle = FURNITURE_INK;
  ctx.fillRect(x, y, half, SCALE_BAR_HEIGHT);
  ctx.fillStyle = '#fff';
  ctx.fillRect(x + half, y, half, SCALE_BAR_HEIGHT);
  ctx.strokeStyle = FURNITURE_INK;
  ctx.lineWidth = 0.8;
  ctx.strokeRect(x, y, bar.px, SCALE_BAR_HEIGHT);
  ctx.restore();
  scaleBarTicks(bar).forEach((t, i) =>
    drawText(ctx, kmText(t.km), x + t.at, y - 4, { size: 11, colour: FURNITURE_INK, align: i === 0 ? 'left' : 'center' }),
  );
  drawText(ctx, t(lang, 'km'), x + bar.px + 6, y + SCALE_BAR_HEIGHT, { size: 11, colour: FURNITURE_INK });
}

const polygon = (ctx: Ctx, x: number, y: number, points: Point[], fill: string) => {
  ctx.beginPath();
  points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(x + px, y + py) : ctx.lineTo(x + px, y + py)));
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.stroke();
};

/** Draws the north arrow (north-arrow.ts) with its tip at (x, y), the letter above. */
export function drawNorthArrow(ctx: Ctx, x: number, y: number, lang: Lang): void {
  const { left, right } = northArrowHalves();
  ctx.save();
  ctx.strokeStyle = FURNITURE_INK;
  ctx.lineWidth = 0.8;
  ctx.lineJoin = 'round';
  polygon(ctx, x, y, left, FURNITURE_INK);
  polygon(ctx, x, y, right, '#fff');
  ctx.restore();
  drawText(ctx, t(lang, 'north'), x, y - NORTH_ARROW.letterGap, { size: NORTH_ARROW.letterSize, bold: true, colour: FURNITURE_INK, align: 'center' });
}

import type { LegendBox } from './legend-layout.ts';
import { drawPanel, drawText, type Ctx } from './canvas-text.ts';
import { LEGEND_COLOURS } from './export-style.ts';

/** Draws a laid-out legend (legend-layout.ts) with its top-left at (x, y): the same box as the SVG's. */
export function drawLegend(ctx: Ctx, box: LegendBox, x: number, y: number): void {
  const m = box.metrics;
  const [sw, sh] = m.swatch;
  drawPanel(ctx, x, y, box.width, box.height, LEGEND_COLOURS.border, LEGEND_COLOURS.background);
  drawText(ctx, box.title, x + m.padding, y + box.titleBaseline, { size: m.titleSize, bold: true, colour: LEGEND_COLOURS.text });
  for (const row of box.rows) {
    ctx.save();
    ctx.fillStyle = row.colour;
    const [left, top] = [x + m.padding, y + row.swatchY];
    if (row.shape === 'circle') {
      ctx.beginPath();
      ctx.arc(left + sw / 2, top + sh / 2, sh / 2 - 1, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.stroke();
    } else if (row.shape === 'line') {
      ctx.strokeStyle = row.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(row.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(left, top + sh / 2);
      ctx.lineTo(left + sw, top + sh / 2);
      ctx.stroke();
    } else {
      ctx.beginPath();
      if (row.rounded) ctx.roundRect(left, top, sw, sh, sh / 2);
      else ctx.rect(left, top, sw, sh);
      ctx.globalAlpha = row.opacity ?? 1;
      ctx.fill();
      ctx.globalAlpha = 1;
      if (row.edge !== 'none') {
        ctx.strokeStyle = row.edge ?? LEGEND_COLOURS.swatchEdge;
        ctx.lineWidth = row.edge ? 0.8 : 0.5;
        ctx.setLineDash(row.dash ?? []);
        ctx.stroke();
      }
    }
    ctx.restore();
    drawText(ctx, row.label, x + box.labelX, y + row.baseline, { size: m.rowSize, colour: LEGEND_COLOURS.text });
    if (row.countText) drawText(ctx, row.countText, x + box.countRight, y + row.baseline, { size: m.rowSize, colour: LEGEND_COLOURS.muted, align: 'right' });
  }
  if (box.note !== null && box.noteBaseline !== null) drawText(ctx, box.note, x + m.padding, y + box.noteBaseline, { size: m.noteSize, colour: LEGEND_COLOURS.muted });
  for (const line of box.caveat) drawText(ctx, line.text, x + m.padding, y + line.baseline, { size: m.noteSize, colour: LEGEND_COLOURS.muted });
}

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
    if (row.shape === 'circle') {
      ctx.beginPath();
      ctx.arc(x + m.padding + sw / 2, y + row.swatchY + sh / 2, sh / 2 - 1, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.stroke();
    } else {
      ctx.globalAlpha = row.opacity ?? 1;
      ctx.fillRect(x + m.padding, y + row.swatchY, sw, sh);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = row.edge ?? LEGEND_COLOURS.swatchEdge;
      ctx.lineWidth = row.edge ? 0.8 : 0.5;
      ctx.strokeRect(x + m.padding, y + row.swatchY, sw, sh);
    }
    ctx.restore();
    drawText(ctx, row.label, x + box.labelX, y + row.baseline, { size: m.rowSize, colour: LEGEND_COLOURS.text });
    if (row.countText) drawText(ctx, row.countText, x + box.countRight, y + row.baseline, { size: m.rowSize, colour: LEGEND_COLOURS.muted, align: 'right' });
  }
  if (box.note !== null && box.noteBaseline !== null) drawText(ctx, box.note, x + m.padding, y + box.noteBaseline, { size: m.noteSize, colour: LEGEND_COLOURS.muted });
}

import { FONT_FAMILY } from './export-style.ts';

/** A 2D context of a page canvas or an OffscreenCanvas. */
export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A canvas font string in the atlas's stack: "bold 14px 'Noto Sans CJK SC', …, sans-serif". */
export const canvasFont = (size: number, bold = false): string => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;

/** A measurer in the context's fonts, for legend-layout.ts and wrap-text.ts. */
export const canvasMeasure =
  (ctx: Ctx) =>
  (text: string, size: number, bold = false): number => {
    ctx.font = canvasFont(size, bold);
    return ctx.measureText(text).width;
  };

/** Draws text with the font, fill and alignment given; the context's state is restored afterwards. */
export function drawText(ctx: Ctx, text: string, x: number, y: number, style: { size: number; bold?: boolean; colour: string; align?: CanvasTextAlign }): void {
  ctx.save();
  ctx.font = canvasFont(style.size, style.bold);
  ctx.fillStyle = style.colour;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, x, y);
  ctx.restore();
}

/** A box with a translucent white fill and a thin border, as the live map's panels. */
export function drawPanel(ctx: Ctx, x: number, y: number, width: number, height: number, border: string, fill = 'rgba(255,255,255,0.92)'): void {
  ctx.save();
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = border;
  ctx.lineWidth = 0.75;
  ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
  ctx.restore();
}

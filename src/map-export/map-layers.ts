import { PALETTE } from '../render/palette.ts';
import type { Ctx } from './canvas-text.ts';

/** A canvas to copy from: the map's (any backing size: it is stretched to the output). */
export type SourceCanvas = HTMLCanvasElement | OffscreenCanvas | ImageBitmap;

/**
 * The map as the page shows it: the sea colour, then the map's one canvas (MapLibre's, with deck.gl's
 * plan layers drawn within it) stretched to `width` × `height` px. Synchronous, so a `beforeprint` handler can use it (print.ts);
 * a module of its own, so printing does not load the rest of the export code.
 */
export function drawMapLayers(ctx: Ctx, mapCanvas: SourceCanvas, width: number, height: number): void {
  ctx.fillStyle = PALETTE.sea;
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(mapCanvas, 0, 0, width, height);
}


import { CHINA_PALETTE } from '../render/china-style.ts';
import { FONT_STACK } from '../render/palette.ts';

/** The atlas's font stack as one CSS font-family value (SVG attribute, canvas font). */
export const FONT_FAMILY = FONT_STACK.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');

/** Ink of exported maps' text, scale bar and north arrow. */
export const INK = '#2b2722';
/** Quieter text: subtitles, counts, notes, the source line. */
export const MUTED = '#6b655b';

/** Colours of the exported legend box (and the PNG's title block). */
export const LEGEND_COLOURS = {
  /** Box fill, nearly opaque so the map below does not show through the text. */
  background: 'rgba(255,255,255,0.92)',
  border: CHINA_PALETTE.outline,
  text: INK,
  muted: MUTED,
  /** Edge of the swatches, so a pale class still shows on white. */
  swatchEdge: 'rgba(0,0,0,0.35)',
};

/** Height of the scale bar's bar, px; its labels sit above it. */
export const SCALE_BAR_HEIGHT = 6;

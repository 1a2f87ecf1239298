/**
 * Type for a room. The map's labels and legends are sized for a desk (11–17 px); on a projector
 * at 1920×1080 they would be read from metres away. In presentation mode the map's label text
 * grows with the screen (this factor, applied by the controller to MapLibre's and deck.gl's text),
 * and story.css grows the root font size that the legends' rem sizes follow.
 */

/** Screen the map's type is designed for, px: at or below it labels keep their size. */
export const DESIGN_SCREEN = { width: 1280, height: 720 };
/** Largest factor: beyond it labels crowd out the plan. */
export const MAX_TEXT_SCALE = 2;

/** The label-size factor for a screen of `width`×`height` CSS px: 1 up to 1280×720, 1.5 at 1920×1080, at most 2. */
export function presentationTextScale(width: number, height: number): number {
  const ratio = Math.min(width / DESIGN_SCREEN.width, height / DESIGN_SCREEN.height);
  if (!Number.isFinite(ratio)) return 1;
  return Math.round(Math.max(1, Math.min(MAX_TEXT_SCALE, ratio)) * 100) / 100;
}

/**
 * The north arrow both exports draw: a split arrowhead (left half dark, right half light) with the
 * letter above. Points in px relative to the arrow's tip, for a drawn height of `NORTH_ARROW.height`.
 */
export const NORTH_ARROW = {
  /** Height of the arrowhead, px. */
  height: 36,
  /** Half its width, px. */
  halfWidth: 10,
  /** How far up its base notch goes, px. */
  notch: 10,
  /** Gap between the letter's baseline and the tip, px. */
  letterGap: 4,
  /** Letter size, px. */
  letterSize: 14,
};

export type Point = [number, number];

/** The two halves of the arrowhead, tip at [0, 0], pointing up. */
export function northArrowHalves(a = NORTH_ARROW): { left: Point[]; right: Point[] } {
  const base: Point = [0, a.height - a.notch];
  return {
    left: [[0, 0], [-a.halfWidth, a.height], base],
    right: [[0, 0], [a.halfWidth, a.height], base],
  };
}

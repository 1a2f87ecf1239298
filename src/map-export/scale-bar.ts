/** A scale bar: a round length and how long it is drawn. */
export interface ScaleBar {
  /** Length represented, km. */
  km: number;
  /** Length drawn, px (of the output). */
  px: number;
}

/** Round lengths a scale bar may show, km (1, 2, 5 × 10ⁿ). */
const ROUND = [1, 2, 5];

/** The longest round length that fits in `maxPx` at `kmPerPx`, and its length in px. */
export function niceScaleBar(kmPerPx: number, maxPx: number): ScaleBar {
  if (!(kmPerPx > 0) || !(maxPx > 0)) throw new Error(`scale bar › needs positive km per px and length (got ${kmPerPx}, ${maxPx})`);
  const most = kmPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const km = Math.max(...ROUND.map((r) => r * power).filter((v) => v <= most));
  return { km, px: km / kmPerPx };
}

/**
 * Kilometres per CSS pixel of a MapLibre map (512 px tiles, Web Mercator) at a latitude and zoom:
 * what to pass `niceScaleBar` for `composePng`, from `map.getCenter().lat` and `map.getZoom()`.
 */
export const mercatorKmPerPx = (latitude: number, zoom: number): number =>
  (40075.016686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);

/** Where the scale bar's ticks and labels go: 0, half, whole (px from its left end). */
export const scaleBarTicks = (bar: ScaleBar): { at: number; km: number }[] =>
  [0, 0.5, 1].map((f) => ({ at: bar.px * f, km: bar.km * f }));

/** A length in km written as a label: "500", "2.5". */
export const kmText = (km: number): string => String(Math.round(km * 1000) / 1000);

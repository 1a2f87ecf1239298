/** The state keys the thematic view depends on: a change to any of them recomputes it. */
export const THEMATIC_KEYS = ['indicator', 'year', 'method', 'breaks', 'classes', 'scheme', 'province', 'level', 'doc', 'agg', 'lang'] as const;

/** The filters: a change to any of them frames what they leave. */
export const FILTER_KEYS = ['province', 'level', 'doc'] as const;

/** Defaults of a mounted map. */
export const MOUNT_DEFAULTS = {
  /** Initial view when the state has no camera: mainland China and Hainan, [west, south, east, north]. */
  homeBounds: [73, 17.5, 135.5, 53.8] as [number, number, number, number],
  /** The map cannot be panned beyond the region the base map covers. */
  maxBounds: [50, -15, 170, 62] as [number, number, number, number],
  /** Padding around the home view, px. */
  padding: 24,
  /** The South China Sea inset shows at national scales: up to this zoom. */
  insetMaxZoom: 5,
  /** Width of the inset on screen, px (its height in the inset's proportions; compact frames shrink it, compact.css). */
  insetWidth: 150,
};

/** Whether a map of this frame is held to MOUNT_DEFAULTS.maxBounds: on a portrait phone the home view is taller than the region, and bounding the map would zoom it in. */
export const keepsMaxBounds = (width: number, height: number): boolean => width >= height * 0.9;

import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A constant paint value read through the feature. MapLibre picks a layer's shader program by how
 * each paint property is bound: a constant (a uniform), read from the feature (an attribute), or from
 * the feature and the zoom. The pilots' layers read their colours from their features; the base map's
 * land, coast, borders and China's boundary lines read theirs the same way, so every fill of the first
 * view is drawn with one program, every solid line with one and every dashed line with one. Each
 * program more is linked synchronously at the first frame that draws it, and in software WebGL that
 * link waits for the GPU to finish all it has queued: 100 ms to a second per program at first load.
 */
export const fromFeature = <T extends string | number>(value: T): ExpressionSpecification => ['case', ['has', 'atlas:none'], value, value] as ExpressionSpecification;

/** A line width growing with the zoom, read through the feature as the pilots' outlines read theirs. */
export const widthByZoom = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.map((v, i) => (i % 2 === 0 ? v : fromFeature(v)))] as ExpressionSpecification;

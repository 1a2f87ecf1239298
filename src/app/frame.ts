import { bbox } from '@turf/turf';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { motionMs } from '../render/motion.ts';

/** The [w, s, e, n] of some features, or null for none. */
export function boundsOf(features: readonly Feature[]): [number, number, number, number] | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...features] });
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/**
 * Padding that keeps a framed extent clear of the panels over the map (legend, settings, inset):
 * each visible panel pushes the side it sits on, as long as the map keeps most of its width.
 */
export function panelPadding(container: HTMLElement, base = 40): PaddingOptions {
  const box = container.getBoundingClientRect();
  const padding = { top: base, right: base, bottom: base, left: base };
  const panels = container.querySelectorAll<HTMLElement>('.thematic-legend-box, .layout-legend-box, .user-legend-box, .thematic-controls');
  for (const panel of panels) {
    if (panel.hidden || panel.offsetParent === null) continue;
    const r = panel.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // A panel on the left edge pushes the left side, unless that would leave the map too narrow.
    if (r.left - box.left < box.width / 3 && r.right - box.left + base < box.width * 0.45) padding.left = Math.max(padding.left, r.right - box.left + 12);
    else if (box.right - r.right < box.width / 3 && box.right - r.left + base < box.width * 0.45) padding.right = Math.max(padding.right, box.right - r.left + 12);
  }
  // Never more than the map can give.
  const spareX = box.width - 80;
  if (padding.left + padding.right > spareX) padding.left = padding.right = Math.max(8, spareX / 2);
  return padding;
}

/** Moves the camera to show `bounds` clear of the panels; a single point or a tiny extent gets a sensible zoom. */
export function frameBounds(map: MapLibreMap, bounds: [number, number, number, number], options: { animate?: boolean; maxZoom?: number } = {}): void {
  map.fitBounds(bounds, {
    padding: panelPadding(map.getContainer()),
    maxZoom: options.maxZoom ?? 9,
    duration: options.animate === false ? 0 : motionMs(900),
  });
}

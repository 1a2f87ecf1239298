/**
 * The map's label sizes times a factor, for presentations on large screens: MapLibre's
 * `text-size` of every symbol layer, whether a number or a zoom curve.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** MapLibre's default text-size, px. */
const DEFAULT_TEXT_SIZE = 16;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A `text-size` value times `factor`. Zoom curves (`interpolate`, `step`) keep their stops and scale
 * their outputs, as MapLibre allows `zoom` only at an expression's top; other expressions are
 * multiplied. Undefined is MapLibre's default size.
 */
export function scaleTextSize(value: unknown, factor: number): unknown {
  if (value === undefined || value === null) return round(DEFAULT_TEXT_SIZE * factor);
  if (typeof value === 'number') return round(value * factor);
  if (!Array.isArray(value)) return value;
  const [op] = value as unknown[];
  if (op === 'interpolate' || op === 'interpolate-hcl' || op === 'interpolate-lab')
    return value.map((item: unknown, i: number) => (i >= 4 && i % 2 === 0 ? scaleTextSize(item, factor) : item));
  if (op === 'step') return value.map((item: unknown, i: number) => (i >= 2 && i % 2 === 0 ? scaleTextSize(item, factor) : item));
  if (op === 'literal') return value;
  return ['*', value, factor];
}

const designed = new WeakMap<MapLibreMap, Map<string, unknown>>();

/**
 * Sets every symbol layer's text-size to its designed value times `factor` (1 restores it). The
 * designed values are taken the first time, so repeated calls do not compound.
 */
export function applyTextScale(map: MapLibreMap, factor: number): void {
  let sizes = designed.get(map);
  if (!sizes) designed.set(map, (sizes = new Map()));
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'symbol' || layer.layout?.['text-field'] === undefined) continue;
    if (!sizes.has(layer.id)) sizes.set(layer.id, layer.layout['text-size']);
    const size = sizes.get(layer.id);
    map.setLayoutProperty(layer.id, 'text-size', (factor === 1 ? size : scaleTextSize(size, factor)) as never);
  }
}

/** A text-size at `zoom`: numbers, and linear `interpolate` and `step` curves over zoom; NaN for others. */
export function textSizeAt(value: unknown, zoom: number): number {
  if (value === undefined || value === null) return DEFAULT_TEXT_SIZE;
  if (typeof value === 'number') return value;
  if (!Array.isArray(value)) return Number.NaN;
  const [op] = value as unknown[];
  const stops: [number, number][] = [];
  if (op === 'interpolate' && JSON.stringify(value[1]) === '["linear"]' && JSON.stringify(value[2]) === '["zoom"]') {
    for (let i = 3; i + 1 < value.length; i += 2) stops.push([value[i] as number, textSizeAt(value[i + 1], zoom)]);
    if (zoom <= stops[0]![0]) return stops[0]![1];
    for (let i = 1; i < stops.length; i++) {
      const [z0, s0] = stops[i - 1]!;
      const [z1, s1] = stops[i]!;
      if (zoom <= z1) return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
    }
    return stops[stops.length - 1]![1];
  }
  if (op === 'step' && JSON.stringify(value[1]) === '["zoom"]') {
    let size = textSizeAt(value[2], zoom);
    for (let i = 3; i + 1 < value.length; i += 2) if (zoom >= (value[i] as number)) size = textSizeAt(value[i + 1], zoom);
    return size;
  }
  return Number.NaN;
}

/** The size, px, of every label layer of the map at its current zoom (by layer id). */
export function textSizes(map: MapLibreMap): Record<string, number> {
  const zoom = map.getZoom();
  const sizes: Record<string, number> = {};
  for (const layer of map.getStyle().layers)
    if (layer.type === 'symbol' && layer.layout?.['text-field'] !== undefined) sizes[layer.id] = textSizeAt(map.getLayoutProperty(layer.id, 'text-size'), zoom);
  return sizes;
}

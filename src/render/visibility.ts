import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Shows or hides a layer, only when that changes it. MapLibre lays a layer's source out again in its
 * worker on any change of a layout property, even `visibility: 'visible'` on a layer whose style left
 * it unset (so visible): at first load that tiled the pilots a second time and drew the whole map once
 * more before it was ready.
 */
export function setVisible(map: Pick<MapLibreMap, 'getLayoutProperty' | 'setLayoutProperty'>, layer: string, visible: boolean): void {
  const wanted = visible ? 'visible' : 'none';
  const now = (map.getLayoutProperty(layer, 'visibility') as string | undefined) ?? 'visible';
  if (now !== wanted) map.setLayoutProperty(layer, 'visibility', wanted);
}

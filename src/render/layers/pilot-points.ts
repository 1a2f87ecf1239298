import { ScatterplotLayer } from '@deck.gl/layers';
import type { PilotFeature } from '../../core/schema/pilots.ts';

export interface PilotPointsProps {
  pilots: PilotFeature[];
  selected: string | null;
  hovered: string | null;
}

type PointFeature = PilotFeature & { geometry: { type: 'Point' } };

/** Towns and zones, pilots without a polygon of their own, as markers (deck.gl). */
export function pilotPointsLayer({ pilots, selected, hovered }: PilotPointsProps) {
  const points = pilots.filter((f): f is PointFeature => f.geometry.type === 'Point');
  return new ScatterplotLayer<PointFeature>({
    id: 'pilot-points',
    data: points,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getRadius: (f) => (f.properties.id === selected ? 8 : 6),
    radiusUnits: 'pixels',
    getFillColor: (f) => (f.properties.id === hovered || f.properties.id === selected ? [156, 36, 32, 255] : [196, 48, 43, 235]),
    getLineColor: [255, 255, 255, 255],
    getLineWidth: (f) => (f.properties.id === selected ? 2.5 : 1.5),
    lineWidthUnits: 'pixels',
    stroked: true,
    pickable: true,
    updateTriggers: { getRadius: selected, getFillColor: [selected, hovered], getLineWidth: selected },
  });
}

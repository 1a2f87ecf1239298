import { ScatterplotLayer } from '@deck.gl/layers';
import type { PilotFeature } from '../../core/schema/pilots.ts';

export interface PilotPointsProps {
  pilots: PilotFeature[];
  selected: string | null;
  hovered: string | null;
  /** Choropleth colour of a pilot (hex); plain red markers without it. */
  colourOf?: ((id: string) => string) | null;
}

const rgb = (hex: string): [number, number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
};

/** Where a pilot's marker goes: its point, or the centre of an approximate extent (too small to see nationally). */
export const markerPosition = (f: PilotFeature): [number, number] | null =>
  f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : f.properties.extent === 'approximate' && f.properties.centre ? f.properties.centre : null;

/**
 * Towns and zones, pilots without a polygon of their own, as markers (deck.gl); pilots drawn at an
 * approximate extent get one at its centre as well, so a zone of a few km² stays findable.
 */
export function pilotPointsLayer({ pilots, selected, hovered, colourOf = null }: PilotPointsProps) {
  const points = pilots.filter((f) => markerPosition(f) !== null);
  return new ScatterplotLayer<PilotFeature>({
    id: 'pilot-points',
    data: points,
    getPosition: (f) => markerPosition(f)!,
    getRadius: (f) => (f.properties.id === selected ? 8 : 6),
    radiusUnits: 'pixels',
    getFillColor: (f) =>
      colourOf ? rgb(colourOf(f.properties.id)) : f.properties.id === hovered || f.properties.id === selected ? [156, 36, 32, 255] : [196, 48, 43, 235],
    getLineColor: (f) => (colourOf && (f.properties.id === hovered || f.properties.id === selected) ? [27, 27, 27, 255] : colourOf ? [90, 90, 90, 255] : [255, 255, 255, 255]),
    getLineWidth: (f) => (f.properties.id === selected ? 2.5 : 1.5),
    lineWidthUnits: 'pixels',
    stroked: true,
    pickable: true,
    updateTriggers: { getRadius: selected, getFillColor: [selected, hovered, colourOf], getLineColor: [selected, hovered, colourOf], getLineWidth: selected },
  });
}

import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PilotsFile, PilotProps } from '../core/schema/pilots.ts';
import { labelPoints } from '../core/label-points.ts';
import type { Lang } from '../core/url-state.ts';
import { LABEL_KIND, type StyleExtension } from './basemap-style.ts';
import { FONT_STACK } from './palette.ts';
import { fromFeature } from './shared-programs.ts';
import { PILOT_FILL_LAYER, PILOT_LABEL_LAYER, PILOT_LABEL_SOURCE, PILOT_POINT_LAYER, PILOT_POINT_SOURCE, PILOT_SOURCE, PROVINCE_CHOROPLETH_LAYER, PROVINCE_SOURCE } from './layer-ids.ts';

/** Colours of the pilots layer. */
export const PILOT_PALETTE = {
  /** Fill of a pilot's area: the accent red, translucent so the boundaries show through. */
  fill: '#c4302b',
  /** Outline of a pilot's area. */
  outline: '#9c2420',
  /** Pilot names. */
  label: '#3b2b27',
  halo: '#fbfaf6',
} as const;

/** The pilots' source and layer ids (defined with the map's other ids in layer-ids.ts). */
export { PILOT_FILL_LAYER, PILOT_LABEL_SOURCE, PILOT_POINT_LAYER, PILOT_POINT_SOURCE, PILOT_SOURCE };

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** True for a pilot drawn at an approximate extent (pilots.geojson `extent`), not its own boundary. */
export const IS_APPROXIMATE_EXTENT: ExpressionSpecification = ['==', ['get', 'extent'], 'approximate'];

/** Dash pattern of an approximate extent's outline (in line widths). */
export const APPROXIMATE_DASH = [2, 1.5];

/**
 * Fill opacity of pilot areas: a choropleth (features with a `colour`) is nearly opaque; plain
 * pilots are a translucent red; both grow stronger when hovered or selected. Approximate extents
 * are lighter (and dashed, below): the map does not claim their edges.
 */
/** A pilot's fill opacity at rest: coloured by a class or plain, drawn at its boundary or at an approximate extent. */
export const PILOT_FILL_REST = { classed: 0.86, classedApproximate: 0.55, plain: 0.22, plainApproximate: 0.12 } as const;

export const PILOT_FILL_OPACITY: ExpressionSpecification = [
  'case',
  ['has', 'colour'],
  ['case', IS_APPROXIMATE_EXTENT, ['case', state('selected'), 0.8, state('hover'), 0.7, PILOT_FILL_REST.classedApproximate], ['case', state('selected'), 1, state('hover'), 0.95, PILOT_FILL_REST.classed]],
  ['case', IS_APPROXIMATE_EXTENT, ['case', state('selected'), 0.3, state('hover'), 0.24, PILOT_FILL_REST.plainApproximate], ['case', state('selected'), 0.45, state('hover'), 0.38, PILOT_FILL_REST.plain]],
];

/** Where a pilot's marker goes: its point, or the centre of an approximate extent (too small to see nationally). */
export const markerPosition = (f: PilotsFile['features'][number]): [number, number] | null =>
  f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : f.properties.extent === 'approximate' && f.properties.centre ? f.properties.centre : null;

const emphasised: ExpressionSpecification = ['any', state('selected'), state('hover')];

/**
 * The markers' paint: a choropleth colours them by class (features with a `colour`) with a grey
 * ring, dark when hovered or selected; plain markers are the accent red with a white ring, darker
 * when hovered or selected. A selected marker is larger. Radii are the visible disc less half the
 * ring (MapLibre draws the ring outside the radius): 6 px, 8 px selected.
 */
export const PILOT_POINT_PAINT = {
  'circle-radius': ['case', state('selected'), 6.75, 5.25] as ExpressionSpecification,
  'circle-color': ['case', ['has', 'colour'], ['get', 'colour'], ['case', emphasised, PILOT_PALETTE.outline, PILOT_PALETTE.fill]] as ExpressionSpecification,
  'circle-opacity': ['case', ['has', 'colour'], 1, ['case', emphasised, 1, 235 / 255]] as ExpressionSpecification,
  'circle-stroke-color': ['case', ['has', 'colour'], ['case', emphasised, '#1b1b1b', '#5a5a5a'], '#ffffff'] as ExpressionSpecification,
  'circle-stroke-width': ['case', state('selected'), 2.5, 1.5] as ExpressionSpecification,
};

const OUTLINE_COLOUR: ExpressionSpecification = ['case', ['has', 'colour'], ['case', state('selected'), '#1b1b1b', '#ffffff'], PILOT_PALETTE.outline];

/** The pilots with a polygon, and one label point per pilot (inside its polygon, or its own point). */
export function splitPilots(pilots: PilotsFile, colourOf?: (id: string) => string): {
  areas: FeatureCollection<Polygon | MultiPolygon, PilotProps>;
  labels: FeatureCollection<Point, PilotProps & { en: string; point: boolean }>;
  markers: FeatureCollection<Point, PilotProps>;
} {
  const coloured = colourOf
    ? pilots.features.map((f) => ({ ...f, properties: { ...f.properties, colour: colourOf(f.properties.id) } }))
    : pilots.features;
  const areas = coloured.filter((f) => f.geometry.type !== 'Point') as FeatureCollection<Polygon | MultiPolygon, PilotProps>['features'];
  const points = coloured.filter((f) => f.geometry.type === 'Point') as FeatureCollection<Point, PilotProps>['features'];
  // An approximate extent is labelled beside its marker, at the centre it is drawn around.
  const centred = (f: (typeof areas)[number]) => f.properties.extent === 'approximate' && f.properties.centre;
  const areaLabels = labelPoints({ type: 'FeatureCollection', features: areas.filter((f) => !centred(f)) }).features;
  const centreLabels = areas.filter(centred).map((f) => ({ type: 'Feature' as const, properties: f.properties, geometry: { type: 'Point' as const, coordinates: f.properties.centre! } }));
  const labels = [...areaLabels.map((f) => ({ ...f, point: false })), ...[...centreLabels, ...points].map((f) => ({ ...f, point: true }))].map(
    // On the map, English names drop their province ("Fangshan District, Beijing" → "Fangshan District").
    ({ point, ...f }) => ({ ...f, properties: { ...f.properties, en: f.properties.nameEn.split(',')[0]!.trim(), point } }),
  );
  // Towns and zones, and a pilot drawn at an approximate extent (a zone of a few km² stays findable), get a marker.
  const markers = coloured.flatMap((f) => {
    const at = markerPosition(f);
    return at ? [{ type: 'Feature' as const, properties: f.properties, geometry: { type: 'Point' as const, coordinates: at } }] : [];
  });
  return {
    areas: { type: 'FeatureCollection', features: areas },
    labels: { type: 'FeatureCollection', features: labels },
    markers: { type: 'FeatureCollection', features: markers },
  };
}

/**
 * Pilots with areas as translucent red fills with outlines; hover and selection through
 * feature-state (`hover`, `selected`) on the `pilots` source, keyed by pilot id. Names of all
 * pilots above the base map's labels; towns and zones as markers over the areas (same feature-state
 * on the `pilot-points` source).
 */
export function pilotsStyle(pilots: PilotsFile | ReturnType<typeof splitPilots>, lang: Lang): StyleExtension {
  const { areas, labels, markers } = 'areas' in pilots ? pilots : splitPilots(pilots);
  return {
    sources: {
      [PILOT_SOURCE]: { type: 'geojson', data: areas, promoteId: 'id' },
      [PILOT_LABEL_SOURCE]: { type: 'geojson', data: labels },
      [PILOT_POINT_SOURCE]: { type: 'geojson', data: markers, promoteId: 'id' },
    },
    layers: [
      {
        id: PILOT_FILL_LAYER,
        type: 'fill',
        source: PILOT_SOURCE,
        paint: {
          'fill-color': ['coalesce', ['get', 'colour'], PILOT_PALETTE.fill],
          'fill-opacity': PILOT_FILL_OPACITY,
        },
      },
      {
        // The province view: provinces coloured by their pilots' mean (feature-state `colour`).
        id: PROVINCE_CHOROPLETH_LAYER,
        type: 'fill',
        source: PROVINCE_SOURCE,
        layout: { visibility: 'none' },
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'colour'], 'rgba(0,0,0,0)']],
          // Lighter than a pilot's fill: a province's colour is its pilots' mean, not a provincial figure.
          'fill-opacity': fromFeature(0.6),
        },
      },
      {
        id: 'pilots-outline',
        type: 'line',
        source: PILOT_SOURCE,
        filter: ['!', IS_APPROXIMATE_EXTENT],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': OUTLINE_COLOUR,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['case', state('selected'), 2.4, 0.6], 9, ['case', state('selected'), 3.2, 1.4]],
        },
      },
      {
        // Approximate extents: dashed, never a boundary line.
        id: 'pilots-outline-approximate',
        type: 'line',
        source: PILOT_SOURCE,
        filter: IS_APPROXIMATE_EXTENT,
        paint: {
          'line-color': ['case', ['has', 'colour'], ['case', state('selected'), '#1b1b1b', '#3b3b3b'], PILOT_PALETTE.outline],
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['case', state('selected'), 2.4, 1], 9, ['case', state('selected'), 3.2, 2]],
          'line-dasharray': APPROXIMATE_DASH,
        },
      },
      { id: PILOT_POINT_LAYER, type: 'circle', source: PILOT_POINT_SOURCE, paint: PILOT_POINT_PAINT },
    ],
    labels: [
      {
        id: PILOT_LABEL_LAYER,
        type: 'symbol',
        source: PILOT_LABEL_SOURCE,
        metadata: { [LABEL_KIND]: 'name' },
        layout: {
          'text-field': (lang === 'en' ? ['get', 'en'] : ['get', 'name']) as unknown as string,
          'text-font': FONT_STACK,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': ['case', ['get', 'point'], 0.7, 0],
          'text-justify': 'auto',
          'text-max-width': 9,
          'text-padding': 2,
        },
        paint: { 'text-color': PILOT_PALETTE.label, 'text-halo-color': PILOT_PALETTE.halo, 'text-halo-width': 1.6 },
      },
    ],
  };
}

import type { StyleSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Basemap } from '../core/schema/basemap.ts';
import type { Lang } from '../core/url-state.ts';
import { PALETTE, FONT_STACK } from './palette.ts';

/** Sources and layers a later stage adds to the base map (China's boundaries, for one). */
export interface StyleExtension {
  sources: Record<string, SourceSpecification>;
  /** Drawn above the neighbours' land and borders, below every label. */
  layers: LayerSpecification[];
  /** Label layers, drawn above the base map's own labels. */
  labels?: LayerSpecification[];
}

/** The id of the first label layer: extensions go below it. */
export const FIRST_LABEL_LAYER = 'label-sea';

/** Text field of a label in the chosen language. */
export const labelField = (lang: Lang) => ['get', lang] as ['get', string];

/**
 * The embedded base map: sea, land, neighbours' borders and labels from Natural Earth,
 * drawn with local fonts. No glyphs, no sprite, no tiles: nothing is requested from the network.
 */
export function basemapStyle(basemap: Basemap, lang: Lang, extensions: StyleExtension[] = []): StyleSpecification {
  return {
    version: 8,
    name: 'Pilot Atlas base map',
    sources: {
      land: { type: 'geojson', data: basemap.land, attribution: basemap.attribution },
      borders: { type: 'geojson', data: basemap.borders },
      labels: { type: 'geojson', data: basemap.labels },
      ...Object.assign({}, ...extensions.map((e) => e.sources)),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': PALETTE.land, 'fill-antialias': false } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': PALETTE.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2] } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6], 'line-dasharray': [3, 1.5] },
      },
      ...extensions.flatMap((e) => e.layers),
      {
        id: FIRST_LABEL_LAYER,
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'sea'],
        layout: {
          'text-field': labelField(lang),
          'text-font': FONT_STACK,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15],
          'text-letter-spacing': lang === 'zh' ? 0.25 : 0.1,
          'text-max-width': 8,
        },
        paint: { 'text-color': PALETTE.seaLabel },
      },
      {
        id: 'label-country',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': labelField(lang),
          'text-font': FONT_STACK,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 16],
          'text-transform': lang === 'en' ? 'uppercase' : 'none',
          'text-letter-spacing': 0.15,
          'text-max-width': 7,
        },
        paint: { 'text-color': PALETTE.countryLabel, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2 },
      },
      ...extensions.flatMap((e) => e.labels ?? []),
    ],
  };
}

/** Ids of the layers whose text follows the language. */
export function labelLayerIds(style: StyleSpecification): string[] {
  return style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
}

import type { StyleSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Basemap } from '../core/schema/basemap.ts';
import type { Lang } from '../core/url-state.ts';
import { PALETTE, FONT_STACK } from './palette.ts';
import { fromFeature, widthByZoom } from './shared-programs.ts';

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

/**
 * How a symbol layer names things, kept in its metadata so a language switch can rewrite every
 * label: 'bilingual' sources carry `zh` and `en`; 'name' sources carry a Chinese `name` and
 * maybe an `en`.
 */
export type LabelKind = 'bilingual' | 'name';
export const LABEL_KIND = 'atlas:label';

/** Text field of a label in the chosen language. */
export function labelField(lang: Lang, kind: LabelKind = 'bilingual'): unknown {
  if (kind === 'bilingual') return ['get', lang];
  return lang === 'en' ? ['coalesce', ['get', 'en'], ['get', 'name']] : ['get', 'name'];
}

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
    // Fills and lines read their paint through the feature (fromFeature): one shader program per kind of layer.
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': fromFeature(PALETTE.land), 'fill-opacity': fromFeature(1), 'fill-antialias': false } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': fromFeature(PALETTE.coast), 'line-width': widthByZoom(2, 0.4, 8, 1.2) } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': fromFeature(PALETTE.border), 'line-width': widthByZoom(2, 0.6, 8, 1.6), 'line-dasharray': [3, 1.5] },
      },
      ...extensions.flatMap((e) => e.layers),
      {
        id: FIRST_LABEL_LAYER,
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'sea'],
        metadata: { [LABEL_KIND]: 'bilingual' },
        layout: {
          'text-field': labelField(lang) as string,
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
        metadata: { [LABEL_KIND]: 'bilingual' },
        layout: {
          'text-field': labelField(lang) as string,
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

/** The layers whose text follows the language, with the text field each takes in `lang`. */
export function labelFields(style: StyleSpecification, lang: Lang): { id: string; field: unknown }[] {
  return style.layers.flatMap((l) => {
    const kind = (l.metadata as Record<string, unknown> | undefined)?.[LABEL_KIND];
    return l.type === 'symbol' && (kind === 'bilingual' || kind === 'name') ? [{ id: l.id, field: labelField(lang, kind) }] : [];
  });
}

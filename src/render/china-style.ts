import type { ExpressionSpecification } from 'maplibre-gl';
import type { ChinaLayers } from '../core/china-topology.ts';
import { labelPoints } from '../core/label-points.ts';
import type { Lang } from '../core/url-state.ts';
import { LABEL_KIND, labelField, type StyleExtension } from './basemap-style.ts';
import { FONT_STACK } from './palette.ts';
import { chinaLevelSource, userLevelLayer } from './layer-ids.ts';
import { fromFeature, widthByZoom } from './shared-programs.ts';

/** China's colours: lighter than the neighbours so the country reads as the subject. */
export const CHINA_PALETTE = {
  /** Fill of China's land. */
  land: '#fbfaf6',
  /** Border of provinces (dash-dot, as on Chinese administrative maps). */
  province: '#8f8677',
  /** Border of prefectures. */
  prefecture: '#c3b9a6',
  /** Border of counties. */
  county: '#ddd5c6',
  /** China's outline. */
  outline: '#7d7466',
  provinceLabel: '#4a443b',
  prefectureLabel: '#6b655b',
  countyLabel: '#8a8378',
  halo: '#fbfaf6',
} as const;

const lines = (geometry: GeoJSON.MultiLineString): GeoJSON.Feature => ({ type: 'Feature', properties: {}, geometry });
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const numbered = <T extends GeoJSON.FeatureCollection>(fc: T): T => ({ ...fc, features: fc.features.map((f, i) => ({ ...f, id: i })) });


/**
 * China's boundaries in the base map: land, county/prefecture/province borders that appear
 * with zoom, the national outline, and names of provinces, then prefectures, then counties.
 */
export function chinaStyle(china: ChinaLayers, lang: Lang): StyleExtension {
  // The boundary data name units in Chinese only; English labels fall back to those names.
  const text = (size: [number, number, number, number], color: string) => ({
    metadata: { [LABEL_KIND]: 'name' },
    layout: {
      'text-field': labelField(lang, 'name'),
      'text-font': FONT_STACK,
      'text-size': ['interpolate', ['linear'], ['zoom'], size[0], size[1], size[2], size[3]],
      'text-max-width': 6,
      'text-padding': 3,
    },
    paint: { 'text-color': color, 'text-halo-color': CHINA_PALETTE.halo, 'text-halo-width': 1.4 },
  });
  return {
    sources: {
      'china-provinces': { type: 'geojson', data: china.provinces, promoteId: 'id' },
      // The prefectures' sources start empty: the national view draws none of them (their lines show
      // from zoom 4.5, their names from 5.5), and MapLibre's worker would index 2 MB of them at first
      // load all the same. The map gets them when a view needs them (setPrefectureData).
      'china-prefectures': { type: 'geojson', data: EMPTY, promoteId: 'id' },
      'china-counties': { type: 'geojson', data: china.counties, promoteId: 'id' },
      // The county sources take their features piece by piece (src/app/county-loader.ts, GeoJSONSource.updateData):
      // each a FeatureCollection whose features have ids.
      'china-county-lines': { type: 'geojson', data: { type: 'FeatureCollection', features: china.countyLines.coordinates.length > 0 ? [{ ...lines(china.countyLines), id: 0 }] : [] } },
      'china-prefecture-lines': { type: 'geojson', data: EMPTY },
      'china-province-lines': { type: 'geojson', data: lines(china.provinceLines) },
      'china-outline': { type: 'geojson', data: lines(china.outline) },
      'china-province-labels': { type: 'geojson', data: labelPoints(china.provinces) },
      'china-prefecture-labels': { type: 'geojson', data: EMPTY },
      'china-county-labels': { type: 'geojson', data: numbered(labelPoints(china.counties)) },
    },
    // Paint read through the feature (fromFeature): drawn with the programs of the pilots' fills and outlines.
    layers: [
      { id: 'china-land', type: 'fill', source: 'china-provinces', paint: { 'fill-color': fromFeature(CHINA_PALETTE.land), 'fill-opacity': fromFeature(1) } },
      // A user's own figures (dropped CSV), by province, prefecture or county: colours set by
      // src/render/user-layer.ts as a match on the unit's id.
      ...(['provinces', 'prefectures', 'counties'] as const).map((level) => ({
        id: userLevelLayer(level),
        type: 'fill' as const,
        source: chinaLevelSource(level),
        layout: { visibility: 'none' as const },
        // Opacity read from the feature, as the pilots' fill reads it: drawn with the program the first view compiled (a new one is a long task in software WebGL).
        paint: { 'fill-color': 'rgba(0,0,0,0)', 'fill-opacity': ['case', ['has', 'id'], 1, 0] as ExpressionSpecification },
      })),
      {
        id: 'china-county-lines',
        type: 'line',
        source: 'china-county-lines',
        minzoom: 6,
        paint: { 'line-color': fromFeature(CHINA_PALETTE.county), 'line-width': widthByZoom(6, 0.4, 10, 1) },
      },
      {
        id: 'china-prefecture-lines',
        type: 'line',
        source: 'china-prefecture-lines',
        minzoom: 4.5,
        paint: { 'line-color': fromFeature(CHINA_PALETTE.prefecture), 'line-width': widthByZoom(4.5, 0.4, 10, 1.4) },
      },
      {
        id: 'china-province-lines',
        type: 'line',
        source: 'china-province-lines',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': fromFeature(CHINA_PALETTE.province),
          'line-width': widthByZoom(3, 0.6, 10, 2),
          'line-dasharray': [4, 1.5, 1, 1.5],
        },
      },
      {
        id: 'china-outline',
        type: 'line',
        source: 'china-outline',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': fromFeature(CHINA_PALETTE.outline), 'line-width': widthByZoom(3, 0.9, 10, 2.4) },
      },
    ],
    labels: [
      {
        id: 'china-county-labels',
        type: 'symbol',
        source: 'china-county-labels',
        minzoom: 7.5,
        ...text([7.5, 11, 11, 14], CHINA_PALETTE.countyLabel),
      },
      {
        id: 'china-prefecture-labels',
        type: 'symbol',
        source: 'china-prefecture-labels',
        minzoom: 5.5,
        maxzoom: 9,
        ...text([5.5, 11, 9, 14], CHINA_PALETTE.prefectureLabel),
      },
      {
        id: 'china-province-labels',
        type: 'symbol',
        source: 'china-province-labels',
        maxzoom: 6.5,
        ...text([3, 11, 6.5, 15], CHINA_PALETTE.provinceLabel),
      },
    ] as StyleExtension['labels'],
  };
}

/** The zoom from which a view draws the prefectures (their lines show from 4.5): they reach the map a little before. */
export const PREFECTURE_ZOOM = 4.2;

/** Gives the map the prefectures (the style drew them empty until then): their fills for a person's figures, their borders and names. */
export function setPrefectureData(map: CountySources, china: Pick<ChinaLayers, 'prefectures' | 'prefectureLines'>): void {
  setSourceData(map, 'china-prefectures', china.prefectures);
  setSourceData(map, 'china-prefecture-lines', lines(china.prefectureLines));
  setSourceData(map, 'china-prefecture-labels', labelPoints(china.prefectures));
}

/** The map's county sources as `chinaStyle` names them. */
interface CountySources {
  getSource(id: string): unknown;
}

/** Gives a GeoJSON source of the map its data (none when the map has no such source). */
const setSourceData = (map: CountySources, id: string, data: GeoJSON.GeoJSON) => (map.getSource(id) as { setData(data: GeoJSON.GeoJSON): unknown } | undefined)?.setData(data);

/**
 * Gives the map the counties once they have loaded (the style drew them empty until then): their
 * fills for a person's figures, their borders and their names. The layers were there from the
 * start, so nothing else on the map changes.
 */
export function setCountyData(map: CountySources, china: Pick<ChinaLayers, 'counties' | 'countyLines'>): void {
  setSourceData(map, 'china-counties', china.counties);
  setSourceData(map, 'china-county-lines', lines(china.countyLines));
  setSourceData(map, 'china-county-labels', labelPoints(china.counties));
}

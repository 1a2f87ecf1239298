import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ChinaLayers } from '../core/china-topology.ts';
import { labelPoints } from '../core/label-points.ts';
import { classOf } from '../core/thematic/classify.ts';
import { formatNumber, withUnit } from '../core/format.ts';
import type { Lang } from '../core/url-state.ts';
import { FONT_STACK } from '../render/palette.ts';
import type { ThematicView } from './thematic-view.ts';

const SOURCE = 'province-means';
const LAYER = 'province-mean-labels';

/** "均值 62.3% · 3 个试点" / "mean 62.3% · 3 pilots": what a province's colour stands for. */
export function meanLabel(mean: number, pilots: number, unit: string, lang: Lang, decimals = 1): string {
  const value = withUnit(formatNumber(mean, lang, decimals), unit, lang);
  return lang === 'zh' ? `均值 ${value}\n${pilots} 个试点` : `mean ${value}\n${pilots} pilot${pilots === 1 ? '' : 's'}`;
}

/** The province view's points: at each province with valued pilots, the mean and how many pilots it is of. */
export function provinceMeanPoints(china: Pick<ChinaLayers, 'provinces'>, view: ThematicView, lang: Lang): FeatureCollection<Point, { text: string }> {
  const summaries = new Map(view.provinces.map((p) => [p.province, p]));
  const points = labelPoints(china.provinces);
  return {
    type: 'FeatureCollection',
    features: points.features.flatMap((f) => {
      const s = summaries.get(f.properties.name);
      if (!s || s.mean === null) return [];
      return [{ type: 'Feature' as const, geometry: f.geometry, properties: { text: meanLabel(s.mean, s.withValue, view.model.unit, lang) } }];
    }),
  };
}

/** How many provinces fall in each class of the legend, and how many have pilots but no value. */
export function provinceClassCounts(view: ThematicView): { counts: number[]; noData: number } {
  const counts = view.model.classes.map(() => 0);
  let noData = 0;
  for (const p of view.provinces) {
    const i = p.mean === null ? -1 : classOf(p.mean, view.model.breaks);
    if (i >= 0) counts[i]! += 1;
    else noData += 1;
  }
  return { counts, noData };
}

/** Shows or hides the means over the provinces (a symbol layer added on first use). */
export function drawProvinceMeans(map: MapLibreMap, china: Pick<ChinaLayers, 'provinces'>, view: ThematicView | null, lang: Lang, visible: boolean): void {
  const data = visible && view ? provinceMeanPoints(china, view, lang) : { type: 'FeatureCollection' as const, features: [] };
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (source) source.setData(data);
  else {
    if (!visible) return;
    map.addSource(SOURCE, { type: 'geojson', data });
    map.addLayer({
      id: LAYER,
      type: 'symbol',
      source: SOURCE,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 13],
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-max-width': 10,
      },
      paint: { 'text-color': '#2b2823', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
    });
  }
}

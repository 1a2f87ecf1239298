import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { ChinaLayers } from '../core/china-topology.ts';
import { matchRows, type Matched, type UserFile } from '../core/user-data.ts';
import { classify, classOf } from '../core/thematic/classify.ts';
import { colours } from '../core/thematic/schemes.ts';
import type { Lang } from '../core/url-state.ts';
import { formatNumber, t } from './i18n.ts';
import { el } from './dom.ts';

const LEVELS = ['provinces', 'prefectures', 'counties'] as const;

export interface UserLayerResult {
  matched: Matched;
  breaks: number[];
  colours: string[];
}

/** Removes a user's layer from the map. */
export function clearUserLayer(map: MapLibreMap): void {
  for (const level of LEVELS) {
    map.setLayoutProperty(`user-${level}`, 'visibility', 'none');
    map.removeFeatureState({ source: `china-${level}` });
  }
  if (map.getLayer('user-geojson-fill')) map.removeLayer('user-geojson-fill');
  if (map.getLayer('user-geojson-point')) map.removeLayer('user-geojson-point');
  if (map.getSource('user-geojson')) map.removeSource('user-geojson');
}

/**
 * Draws a user's figures: CSV rows joined to China's provinces, prefectures and counties (by
 * adcode or name; unmatched ones reported), or a GeoJSON's own features, in five quantile classes.
 */
export function drawUserLayer(map: MapLibreMap, china: ChinaLayers, file: UserFile): UserLayerResult {
  clearUserLayer(map);
  const units = LEVELS.flatMap((level) => china[level].features.map((f) => ({ id: f.properties.id, name: f.properties.name, level })));
  const levelOf = new Map(units.map((u) => [u.id, u.level]));
  const matched: Matched = file.geojson ? { values: new Map(file.rows.map((r, i) => [String(i), r.value])), unmatched: [] } : matchRows(file.rows, units);
  const values = [...matched.values.values()];
  const c = classify(values, 'quantile', Math.min(5, Math.max(1, new Set(values).size)));
  const palette = colours('YlGnBu', Math.max(3, c.k)).slice(-c.k);
  const colourOf = (v: number) => palette[Math.max(0, classOf(v, c.breaks))] ?? palette[0]!;
  if (file.geojson) {
    const data = { ...file.geojson, features: file.geojson.features.map((f) => ({ ...f, properties: { ...f.properties, colour: colourOf(Number(f.properties?.value)) } })) };
    map.addSource('user-geojson', { type: 'geojson', data });
    map.addLayer({ id: 'user-geojson-fill', type: 'fill', source: 'user-geojson', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85, 'fill-outline-color': '#555' } }, 'label-sea');
    map.addLayer({ id: 'user-geojson-point', type: 'circle', source: 'user-geojson', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 6, 'circle-stroke-color': '#444', 'circle-stroke-width': 1 } }, 'label-sea');
  } else {
    for (const [id, value] of matched.values) map.setFeatureState({ source: `china-${levelOf.get(id)!}`, id }, { user: colourOf(value) });
    for (const level of LEVELS) map.setLayoutProperty(`user-${level}`, 'visibility', [...matched.values.keys()].some((id) => levelOf.get(id) === level) ? 'visible' : 'none');
  }
  return { matched, breaks: c.breaks, colours: palette };
}

/** The legend of a user's layer: the file, its classes, and what could not be placed. */
export function userLegend(file: UserFile, result: UserLayerResult, lang: Lang, onClear: () => void): HTMLElement {
  const box = el('section', 'thematic-legend user-legend');
  box.append(el('h2', undefined, `${t(lang, 'userData')}: ${file.name}`), el('p', 'legend-note', `${file.valueField} · ${t(lang, 'userLocal')}`));
  const table = el('table');
  const body = el('tbody');
  result.colours.forEach((colour, i) => {
    const tr = el('tr', 'legend-class');
    const sw = el('span', 'legend-swatch');
    sw.style.background = colour;
    const td = el('td');
    td.append(sw);
    const from = result.breaks[i]!;
    const to = result.breaks[i + 1]!;
    tr.append(td, el('td', 'legend-label', `${formatNumber(lang, from, 2)}–${formatNumber(lang, to, 2)}`));
    body.append(tr);
  });
  table.append(body);
  box.append(table);
  const { unmatched } = result.matched;
  box.append(el('p', 'legend-note', `${t(lang, 'userMatched')}: ${result.matched.values.size} · ${t(lang, 'userUnmatched')}: ${unmatched.length + file.skipped.length}`));
  if (unmatched.length > 0) {
    const list = el('ul', 'user-unmatched');
    for (const u of unmatched.slice(0, 12)) list.append(el('li', undefined, `${u.key}（${t(lang, 'line')} ${u.line}，${t(lang, u.reason === 'ambiguous' ? 'userAmbiguous' : 'userUnknown')}）`));
    box.append(list);
  }
  const clear = el('button', 'atlas-button', t(lang, 'userClear'));
  clear.type = 'button';
  clear.addEventListener('click', onClear);
  box.append(clear);
  return box;
}

import type { Map as MapLibreMap, LngLatBoundsLike, FilterSpecification } from 'maplibre-gl';
import type { ChinaLayers } from '../core/china-topology.ts';
import { LEVELS, matchRows, UnitIndex, unitKey, UserFileError, type Level, type Matched, type Problem, type Unit, type UserFile } from '../core/user-data.ts';
import { classify, classOf } from '../core/thematic/classify.ts';
import { colours } from '../core/thematic/schemes.ts';
import type { Lang } from '../core/url-state.ts';
import { fillTemplate } from '../core/user-data.ts';
import { formatNumber, t } from './i18n.ts';
import { el } from './dom.ts';
import { problemText } from './user-text.ts';

/** Classes asked for; fewer distinct values give fewer (one or two values still map). */
const CLASSES = 5;
const SCHEME = 'YlGnBu';

export interface UserLayerResult {
  matched: Matched;
  /** k + 1 ascending bounds of the k classes (k = 1 for a single value: [v, v]). */
  breaks: number[];
  colours: string[];
  /** The smallest and largest value each class holds (what its legend row says). */
  ranges: [number, number][];
  /** Rows or features left out and repairs: the file's own problems, then those of the join. */
  problems: Problem[];
  /** [west, south, east, north] of what is drawn. */
  bounds: [number, number, number, number] | null;
}

/** The index of China's units, built once per boundary set. */
const indexes = new WeakMap<ChinaLayers, { index: UnitIndex; features: Map<string, GeoJSON.Feature> }>();
function unitIndex(china: ChinaLayers) {
  let entry = indexes.get(china);
  if (!entry) {
    const units: Unit[] = [];
    const features = new Map<string, GeoJSON.Feature>();
    for (const level of LEVELS) {
      for (const f of china[level].features) {
        const p = f.properties as { id: string; name: string; province?: string; prefecture?: string };
        const unit: Unit = { id: p.id, name: p.name, level, ...(p.province ? { province: p.province } : {}), ...(p.prefecture ? { prefecture: p.prefecture } : {}) };
        units.push(unit);
        features.set(unitKey(unit), f);
      }
    }
    entry = { index: new UnitIndex(units), features };
    indexes.set(china, entry);
  }
  return entry;
}

/** Extends a [w, s, e, n] box by every position of a geometry: linear, no copies. */
function extend(box: [number, number, number, number], coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as number[];
    if (x! < box[0]) box[0] = x!;
    if (y! < box[1]) box[1] = y!;
    if (x! > box[2]) box[2] = x!;
    if (y! > box[3]) box[3] = y!;
    return;
  }
  for (const c of coordinates) extend(box, c);
}

const boundsOf = (geometries: Iterable<GeoJSON.Geometry | null>): UserLayerResult['bounds'] => {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) if (g && 'coordinates' in g) extend(box, g.coordinates);
  return Number.isFinite(box[0]) ? box : null;
};

const joinProblem = (file: UserFile, u: Matched['unmatched'][number]): Problem => {
  const place = file.kind === 'csv' ? { line: u.line } : { feature: u.line };
  if (u.reason === 'duplicate') return { code: 'duplicate', ...place, args: { key: u.key, first: u.suggestions[0] ?? '' } };
  return { code: u.reason, ...place, args: { key: u.key, suggestion: u.suggestions.join('、') } };
};

/**
 * Joins and classifies a person's figures without touching the map: CSV rows (and GeoJSON
 * without geometry) by adcode or name to provinces, prefectures and counties; GeoJSON features
 * as they are. Throws a UserFileError, naming the file, when nothing can be drawn.
 */
export function prepareUserLayer(china: ChinaLayers, file: UserFile): UserLayerResult {
  const { index, features } = unitIndex(china);
  const own = file.geojson;
  const matched: Matched = own
    ? { values: new Map(own.features.map((f, i) => [String(i), Number(f.properties?.value)])), units: new Map(), unmatched: [], level: null }
    : matchRows(file.rows, index);
  const problems = [...file.problems, ...matched.unmatched.map((u) => joinProblem(file, u))];
  if (matched.values.size === 0) throw new UserFileError(file.name, [{ code: 'noneMatched', args: { count: file.rows.length } }, ...problems.slice(0, 12)]);
  const values = [...matched.values.values()];
  const c = classify(values, 'quantile', CLASSES);
  const palette = colours(SCHEME, c.k);
  const bounds = own ? boundsOf(own.features.map((f) => f.geometry)) : boundsOf([...matched.values.keys()].map((k) => features.get(k)?.geometry ?? null));
  const ranges = palette.map((): [number, number] => [Infinity, -Infinity]);
  for (const v of values) {
    const r = ranges[Math.max(0, classOf(v, c.breaks))]!;
    r[0] = Math.min(r[0], v);
    r[1] = Math.max(r[1], v);
  }
  return { matched, breaks: c.breaks, colours: palette, ranges, problems, bounds };
}

const colourOf = (result: UserLayerResult, v: number) => result.colours[Math.max(0, classOf(v, result.breaks))] ?? result.colours[0]!;

/** Removes a person's layer from the map. */
export function clearUserLayer(map: MapLibreMap): void {
  for (const level of LEVELS) {
    map.setLayoutProperty(`user-${level}`, 'visibility', 'none');
    map.removeFeatureState({ source: `china-${level}` });
  }
  for (const id of ['user-geojson-fill', 'user-geojson-line', 'user-geojson-point']) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource('user-geojson')) map.removeSource('user-geojson');
}

/**
 * Draws a person's figures in up to five quantile classes: joined rows as fills of China's units,
 * a GeoJSON's own areas, lines and points in their class colours. Everything that can fail is
 * done before the map is touched, so a file that cannot be shown leaves the map as it was.
 */
export function drawUserLayer(map: MapLibreMap, china: ChinaLayers, file: UserFile): UserLayerResult {
  const result = prepareUserLayer(china, file);
  clearUserLayer(map);
  if (file.geojson) {
    const data = { ...file.geojson, features: file.geojson.features.map((f) => ({ ...f, properties: { ...f.properties, colour: colourOf(result, Number(f.properties?.value)) } })) };
    map.addSource('user-geojson', { type: 'geojson', data });
    const of = (...types: string[]) => ['any', ...types.map((type) => ['==', ['geometry-type'], type])] as FilterSpecification;
    // Only the layers the file needs: each new layer costs the GPU a shader program.
    const types = new Set(file.geojson.features.map((f) => f.geometry.type.replace('Multi', '')));
    if (types.has('Polygon')) map.addLayer({ id: 'user-geojson-fill', type: 'fill', source: 'user-geojson', filter: of('Polygon', 'MultiPolygon'), paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85, 'fill-outline-color': '#555' } }, 'label-sea');
    if (types.has('LineString')) map.addLayer({ id: 'user-geojson-line', type: 'line', source: 'user-geojson', filter: of('LineString', 'MultiLineString'), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': ['get', 'colour'], 'line-width': 4 } }, 'label-sea');
    if (types.has('Point')) map.addLayer({ id: 'user-geojson-point', type: 'circle', source: 'user-geojson', filter: of('Point', 'MultiPoint'), paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 6, 'circle-stroke-color': '#444', 'circle-stroke-width': 1 } }, 'label-sea');
  } else {
    const shown = new Set<Level>();
    for (const [key, value] of result.matched.values) {
      const unit = result.matched.units.get(key)!;
      shown.add(unit.level!);
      map.setFeatureState({ source: `china-${unit.level!}`, id: unit.id }, { user: colourOf(result, value) });
    }
    for (const level of LEVELS) map.setLayoutProperty(`user-${level}`, 'visibility', shown.has(level) ? 'visible' : 'none');
  }
  return result;
}

/** The map's title while a person's file is shown: the file, its value column and how much of it is drawn. */
export const userTitle = (file: UserFile, result: UserLayerResult, lang: Lang): { title: string; sub: string } => ({
  title: `${t(lang, 'userData')}: ${file.name}`,
  sub: `${file.valueField} · ${t(lang, 'userMatched')} ${formatNumber(lang, result.matched.values.size, 0)}`,
});

/** Frames what a person's file shows, clear of the legend on the right. */
export function fitUserLayer(map: MapLibreMap, result: UserLayerResult): void {
  if (!result.bounds) return;
  const [w, s, e, n] = result.bounds;
  const box = map.getContainer();
  const pad = (share: number, px: number) => Math.round(Math.min(px, share));
  // Clear of the panels over the map: the thematic settings on the left, the legend on the right, the title on top.
  const padding = { top: pad(box.clientHeight * 0.18, 110), bottom: pad(box.clientHeight * 0.1, 50), left: pad(box.clientWidth * 0.25, 280), right: pad(box.clientWidth * 0.25, 280) };
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const bounds: LngLatBoundsLike = [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
  map.fitBounds(bounds, { padding, maxZoom: 10, duration: reduced ? 0 : 900 });
}

/** The legend of a person's layer: the file, its classes, and what was left out or repaired, with where. */
export function userLegend(file: UserFile, result: UserLayerResult, lang: Lang, onClear: () => void): HTMLElement {
  const box = el('section', 'thematic-legend user-legend');
  const facts = [`${file.valueField}`, ...(file.encoding && file.encoding !== 'utf-8' ? [`${t(lang, 'userEncoding')} ${file.encoding.toUpperCase()}`] : []), t(lang, 'userLocal')];
  box.append(el('h2', undefined, `${t(lang, 'userData')}: ${file.name}`), el('p', 'legend-note', facts.join(' · ')));
  const table = el('table');
  const body = el('tbody');
  const digits = 2;
  result.colours.forEach((colour, i) => {
    const tr = el('tr', 'legend-class');
    const sw = el('span', 'legend-swatch');
    sw.style.background = colour;
    const td = el('td');
    td.append(sw);
    const range = result.ranges[i]!;
    const [from, to] = range[0] <= range[1] ? range : [result.breaks[i]!, result.breaks[i + 1]!];
    const label = from === to ? formatNumber(lang, from, digits) : `${formatNumber(lang, from, digits)}–${formatNumber(lang, to, digits)}`;
    tr.append(td, el('td', 'legend-label', label));
    body.append(tr);
  });
  table.append(body);
  box.append(table);
  box.append(el('p', 'legend-note', `${t(lang, 'userMatched')}: ${result.matched.values.size} · ${t(lang, 'userUnmatched')}: ${result.problems.filter((p) => p.code !== 'geomKinked' && p.code !== 'geomKinkedAsIs' && p.code !== 'unclosedQuote').length}`));
  if (result.problems.length > 0) {
    const list = el('ul', 'user-unmatched');
    list.setAttribute('aria-label', t(lang, 'userProblems'));
    for (const p of result.problems.slice(0, 12)) list.append(el('li', undefined, problemText(lang, p)));
    if (result.problems.length > 12) list.append(el('li', undefined, fillTemplate(t(lang, 'userMore'), { n: result.problems.length - 12 })));
    box.append(list);
  }
  const clear = el('button', 'atlas-button', t(lang, 'userClear'));
  clear.type = 'button';
  clear.addEventListener('click', onClear);
  box.append(clear);
  return box;
}

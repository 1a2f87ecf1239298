import type { ExpressionSpecification, FilterSpecification, LayerSpecification, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { classOf } from '../core/thematic/classify.ts';
import { LEVELS, type Level } from '../core/unit-names.ts';
import { SEA_LABEL_LAYER, USER_GEOJSON_LAYERS, USER_GEOJSON_SOURCE, userLevelLayer } from './layer-ids.ts';
import { motionMs } from './motion.ts';
import { setVisible } from './visibility.ts';

/** A person's figures, joined and classified (src/app/user-prepare.ts › prepareUserLayer): what the map needs of them. */
export interface UserFigures {
  matched: { values: Map<string, number>; units: Map<string, { id: string; level?: Level | null }> };
  /** k + 1 ascending bounds of the k classes. */
  breaks: number[];
  colours: string[];
  /** [west, south, east, north] of what is drawn. */
  bounds: [number, number, number, number] | null;
}

/** A GeoJSON file's own shapes, coloured (property `colour`), and the geometry types among them (src/app/user-prepare.ts › userShapes). */
export interface UserShapesData {
  data: GeoJSON.FeatureCollection;
  types: string[];
}

const NONE = 'rgba(0,0,0,0)';

/** A paint value read from the feature: `value` for a feature with a colour (every shape of a file has one), `otherwise` for one without. */
const coloured = <T extends number | string>(value: T, otherwise: T) => ['case', ['has', 'colour'], value, otherwise] as unknown as ExpressionSpecification;
const colourOf = (figures: UserFigures, v: number) => figures.colours[Math.max(0, classOf(v, figures.breaks))] ?? figures.colours[0]!;

/** Removes a person's layer from the map. */
export function clearUserLayer(map: MapLibreMap): void {
  for (const level of LEVELS) {
    setVisible(map, userLevelLayer(level), false);
    map.setPaintProperty(userLevelLayer(level), 'fill-color', NONE);
  }
  for (const id of Object.values(USER_GEOJSON_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(USER_GEOJSON_SOURCE)) map.removeSource(USER_GEOJSON_SOURCE);
}

/**
 * The fill colour of each unit of a level, as one expression: the ids of each class, then its
 * colour. MapLibre's worker colours the features when it lays out the tiles; the page sends only
 * this list (a county file is 3,243 ids), not a state per feature.
 */
export function unitColours(figures: UserFigures): Map<Level, ExpressionSpecification> {
  const byLevel = new Map<Level, Map<string, string[]>>();
  for (const [key, value] of figures.matched.values) {
    const unit = figures.matched.units.get(key)!;
    const colour = colourOf(figures, value);
    let classes = byLevel.get(unit.level!);
    if (!classes) byLevel.set(unit.level!, (classes = new Map()));
    let ids = classes.get(colour);
    if (!ids) classes.set(colour, (ids = []));
    ids.push(unit.id);
  }
  const out = new Map<Level, ExpressionSpecification>();
  for (const [level, classes] of byLevel) {
    const branches = [...classes].flatMap(([colour, ids]) => [ids, colour]);
    out.set(level, ['match', ['get', 'id'], ...branches, NONE] as unknown as ExpressionSpecification);
  }
  return out;
}

/**
 * The layers of a GeoJSON file's own shapes: only those its geometry types need (each new layer
 * costs the GPU a shader program). Every paint property that the pilots' fill, outline and marker
 * layers take from their features (and the zoom) is taken from them here too (`coloured`), so that
 * MapLibre draws these layers with the shader programs the first view compiled: a new program is
 * linked synchronously and, in software WebGL, waits for the GPU to finish what it has queued (the
 * frame that first drew a 200,000-vertex file held the page for half a second).
 */
export function userShapeLayers(types: readonly string[]): LayerSpecification[] {
  const of = (...geometries: string[]) => ['any', ...geometries.map((type) => ['==', ['geometry-type'], type])] as FilterSpecification;
  const source = USER_GEOJSON_SOURCE;
  const has = new Set(types);
  const layers: LayerSpecification[] = [];
  if (has.has('Polygon')) layers.push({ id: USER_GEOJSON_LAYERS.fill, type: 'fill', source, filter: of('Polygon', 'MultiPolygon'), paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': coloured(0.85, 0), 'fill-outline-color': coloured('#555555', NONE) } });
  if (has.has('LineString')) layers.push({ id: USER_GEOJSON_LAYERS.line, type: 'line', source, filter: of('LineString', 'MultiLineString'), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': ['get', 'colour'], 'line-width': ['interpolate', ['linear'], ['zoom'], 3, coloured(4, 0), 9, coloured(4, 0)] } });
  if (has.has('Point')) layers.push({ id: USER_GEOJSON_LAYERS.point, type: 'circle', source, filter: of('Point', 'MultiPoint'), paint: { 'circle-color': ['get', 'colour'], 'circle-radius': coloured(6, 0), 'circle-opacity': coloured(1, 0), 'circle-stroke-color': coloured('#444444', NONE), 'circle-stroke-width': coloured(1, 0) } });
  return layers;
}

/**
 * Draws a person's figures in their class colours: joined rows as fills of China's units, a
 * GeoJSON's own areas, lines and points as they are. The figures are prepared (and checked)
 * before, so this only touches the map.
 */
export function drawUserFigures(map: MapLibreMap, figures: UserFigures, shapes: UserShapesData | null): void {
  clearUserLayer(map);
  if (shapes) {
    map.addSource(USER_GEOJSON_SOURCE, { type: 'geojson', data: shapes.data });
    for (const layer of userShapeLayers(shapes.types)) map.addLayer(layer, SEA_LABEL_LAYER);
  } else {
    const colours = unitColours(figures);
    for (const level of LEVELS) {
      const fill = colours.get(level);
      if (fill) map.setPaintProperty(userLevelLayer(level), 'fill-color', fill);
      setVisible(map, userLevelLayer(level), fill !== undefined);
    }
  }
}

/** Frames what a person's file shows, clear of the panels over the map. */
export function fitUserLayer(map: MapLibreMap, figures: UserFigures): void {
  if (!figures.bounds) return;
  const [w, s, e, n] = figures.bounds;
  const box = map.getContainer();
  const pad = (share: number, px: number) => Math.round(Math.min(px, share));
  // Clear of the panels over the map: the thematic settings on the left, the legend on the right, the title on top.
  const padding = { top: pad(box.clientHeight * 0.18, 110), bottom: pad(box.clientHeight * 0.1, 50), left: pad(box.clientWidth * 0.25, 280), right: pad(box.clientWidth * 0.25, 280) };
  const bounds: LngLatBoundsLike = [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
  map.fitBounds(bounds, { padding, maxZoom: 10, duration: motionMs(900) });
}

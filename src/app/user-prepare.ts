import type { ChinaLayers } from '../core/china-topology.ts';
import { matchRows, UserFileError, type Matched, type Problem, type UserFile } from '../core/user-data.ts';
import { classify, classOf } from '../core/thematic/classify.ts';
import { colours } from '../core/thematic/schemes.ts';
import { simplifyForMap } from '../core/user-simplify.ts';
import { boundaryIndex } from '../core/boundary-units.ts';

// Joining and classifying a person's figures: pure, no DOM, so that it runs in the import's worker
// (src/app/user-worker.ts) as well as on the page where workers cannot start.

/** Classes asked for; fewer distinct values give fewer (one or two values still map). */
const CLASSES = 5;
const SCHEME = 'YlGnBu';

/** A person's figures joined and classified; what the map draws of them is src/render/user-layer.ts. */
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
  const { index, features } = boundaryIndex(china);
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


/** A GeoJSON file's own shapes as the map draws them: each in its class colour, without the detail MapLibre would drop. */
export interface UserShapes {
  data: GeoJSON.FeatureCollection;
  /** The geometry types drawn, without Multi (Polygon, LineString, Point): the map adds only their layers. */
  types: string[];
}

/** The class colour of a value. */
export const colourOf = (result: Pick<UserLayerResult, 'colours' | 'breaks'>, v: number): string => result.colours[Math.max(0, classOf(v, result.breaks))] ?? result.colours[0]!;

/** A GeoJSON file's features, coloured by class and simplified to what MapLibre keeps (null for a CSV). */
export function userShapes(file: UserFile, result: UserLayerResult): UserShapes | null {
  if (!file.geojson) return null;
  const types = new Set<string>();
  const features = file.geojson.features.map((f) => {
    types.add(f.geometry.type.replace('Multi', ''));
    return { ...f, geometry: simplifyForMap(f.geometry), properties: { ...f.properties, colour: colourOf(result, Number(f.properties?.value)) } };
  });
  return { data: { type: 'FeatureCollection', features }, types: [...types] };
}

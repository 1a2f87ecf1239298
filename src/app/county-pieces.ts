import type { ChinaLayers } from '../core/china-topology.ts';
import { labelPoints } from '../core/label-points.ts';
import type { CountyChunk, CountyPart } from './user-offpage.ts';

/**
 * Features per piece. The page hands each piece to MapLibre as one task (copied in from the worker,
 * copied out to MapLibre's), and the map draws itself again after each: pieces small enough for a
 * short task, few enough not to redraw the map for nothing. The lines (3,538, 40,647 points) come in
 * two pieces and the label points (3,243) in one; the polygons, far heavier, in pieces of 200.
 */
export const PIECE = { polygons: 200, lines: 2000, labels: 4000 };

function* slices<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/**
 * The county sources' features of `parts`, in the pieces the page hands to MapLibre: the lines and
 * names first (what a view zoomed in draws), then the polygons. Features of a diff need ids: the
 * counties have theirs (the source promotes `id`); lines and labels are numbered.
 */
export function* countyPieces(layers: Pick<ChinaLayers, 'counties' | 'countyLines'>, parts: readonly CountyPart[]): Generator<CountyChunk> {
  if (parts.includes('lines')) {
    let n = 0;
    for (const coordinates of slices(layers.countyLines.coordinates, PIECE.lines)) {
      yield { source: 'china-county-lines', features: [{ type: 'Feature', id: n++, properties: {}, geometry: { type: 'MultiLineString', coordinates } }] };
    }
  }
  if (parts.includes('labels')) {
    const labels = labelPoints(layers.counties).features.map((f, i) => ({ ...f, id: i }));
    for (const features of slices(labels, PIECE.labels)) yield { source: 'china-county-labels', features };
  }
  if (parts.includes('polygons')) {
    for (const features of slices(layers.counties.features, PIECE.polygons)) yield { source: 'china-counties', features };
  }
}

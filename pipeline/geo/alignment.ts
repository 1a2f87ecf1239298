import type { Position } from 'geojson';

/**
 * How far one outline sits from another, in metres: the datum check's measure. Both outlines
 * are projected to a local plane (equirectangular around the target's first vertex), the
 * target is densified so that vertex distance approximates distance to its line, and
 * distances are capped so that stretches where the two sources draw the coast differently
 * (tidal flats, piers) do not dominate.
 */

const R = 6_371_008.8;
const rad = Math.PI / 180;

export interface Alignment {
  /** Median distance from the outline's vertices to the target outline, m. */
  medianDistance: number;
  /** The offset of the outline from the target that fits best (the shift to undo), m east and north. */
  shift: { east: number; north: number; distance: number };
}

function projector(origin: Position) {
  const k = Math.cos(origin[1]! * rad) * rad * R;
  return (p: Position): [number, number] => [(p[0]! - origin[0]!) * k, (p[1]! - origin[1]!) * rad * R];
}

function densify(rings: Position[][], project: (p: Position) => [number, number], step: number): [number, number][] {
  const out: [number, number][] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = project(ring[i]!);
      const [x1, y1] = project(ring[i + 1]!);
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
      for (let j = 0; j < n; j++) out.push([x0 + ((x1 - x0) * j) / n, y0 + ((y1 - y0) * j) / n]);
    }
  }
  return out;
}

/** Nearest-point lookup on a uniform grid of cells `cell` metres wide. */
function nearestIndex(points: [number, number][], cell: number) {
  const grid = new Map<string, [number, number][]>();
  for (const p of points) {
    const key = `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`;
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }
  /** Distance to the nearest point, or `cap` when none is within it (cap ≤ cell). */
  return (x: number, y: number, cap: number): number => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    let best = cap;
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const p of grid.get(`${i},${j}`) ?? []) best = Math.min(best, Math.hypot(p[0] - x, p[1] - y));
      }
    }
    return best;
  };
}

/**
 * Measures `outline` against `target` (both polygons' rings, lon/lat), symmetrically: both are
 * densified to `step` m, and every point of each is scored by its (capped) distance to the other,
 * so each stretch of coast counts by its length, whichever source has more vertices there.
 */
export function alignment(
  outline: Position[][],
  target: Position[][],
  options: { cap: number; range: number; step: number } = { cap: 200, range: 1000, step: 50 },
): Alignment {
  const project = projector(target[0]![0]!);
  const a = densify(outline, project, options.step);
  const b = densify(target, project, options.step);
  const nearA = nearestIndex(a, options.cap);
  const nearB = nearestIndex(b, options.cap);
  const score = (dx: number, dy: number) =>
    a.reduce((s, [x, y]) => s + nearB(x - dx, y - dy, options.cap), 0) +
    b.reduce((s, [x, y]) => s + nearA(x + dx, y + dy, options.cap), 0);

  // Coarse grid, then finer grids around the best shift.
  let best = { dx: 0, dy: 0, s: score(0, 0) };
  for (const [step, span] of [[100, options.range], [20, 100], [4, 20]] as const) {
    const { dx: cx, dy: cy } = best;
    for (let dx = cx - span; dx <= cx + span; dx += step) {
      for (let dy = cy - span; dy <= cy + span; dy += step) {
        const s = score(dx, dy);
        if (s < best.s) best = { dx, dy, s };
      }
    }
  }
  const distances = [...a.map(([x, y]) => nearB(x, y, options.cap)), ...b.map(([x, y]) => nearA(x, y, options.cap))].sort(
    (p, q) => p - q,
  );
  return {
    medianDistance: distances[Math.floor(distances.length / 2)]!,
    shift: { east: best.dx, north: best.dy, distance: Math.hypot(best.dx, best.dy) },
  };
}

import type { LngLat } from '../schema/gazetteer.ts';
import { DEFAULTS } from './defaults.ts';
import { mean, plane } from './plane.ts';

/**
 * A smooth line through every point, in order (a centripetal Catmull-Rom spline, which unlike a
 * Bézier passes through its places and does not loop on uneven spacing).
 */
export function smoothLine(points: readonly LngLat[], perSegment: number = DEFAULTS.splinePointsPerSegment): LngLat[] {
  if (points.length < 3) return points.map((p) => [p[0], p[1]]);
  const pl = plane(mean(points));
  const p = points.map(pl.to);
  const out: LngLat[] = [];
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[i - 1] ?? reflect(p[i + 1]!, p[i]!);
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[i + 2] ?? reflect(p[i]!, p[i + 1]!);
    for (let s = 0; s < perSegment; s++) out.push(pl.from(catmullRom(p0, p1, p2, p3, s / perSegment)));
  }
  out.push([points.at(-1)![0], points.at(-1)![1]]);
  return out;
}

const reflect = (a: [number, number], about: [number, number]): [number, number] => [2 * about[0] - a[0], 2 * about[1] - a[1]];

function catmullRom(p0: [number, number], p1: [number, number], p2: [number, number], p3: [number, number], u: number): [number, number] {
  const d = (a: [number, number], b: [number, number]) => Math.max(Math.hypot(b[0] - a[0], b[1] - a[1]) ** 0.5, 1e-12);
  const t1 = d(p0, p1);
  const t2 = t1 + d(p1, p2);
  const t3 = t2 + d(p2, p3);
  const t = t1 + u * (t2 - t1);
  const lerp = (a: [number, number], b: [number, number], ta: number, tb: number): [number, number] => {
    const w = (t - ta) / (tb - ta);
    return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
  };
  const a1 = lerp(p0, p1, 0, t1);
  const a2 = lerp(p1, p2, t1, t2);
  const a3 = lerp(p2, p3, t2, t3);
  const b1 = lerp(a1, a2, 0, t2);
  const b2 = lerp(a2, a3, t1, t3);
  return lerp(b1, b2, t1, t2);
}

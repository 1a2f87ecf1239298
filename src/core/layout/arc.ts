import type { LngLat } from '../schema/gazetteer.ts';
import { DEFAULTS } from './defaults.ts';
import { mean, plane } from './plane.ts';

/** A gentle arc from `a` to `b`, bulging to the left of the direction of travel. */
export function arc(a: LngLat, b: LngLat, bulge: number = DEFAULTS.arcBulge, n: number = DEFAULTS.arcPoints): LngLat[] {
  const pl = plane(mean([a, b]));
  const [ax, ay] = pl.to(a);
  const [bx, by] = pl.to(b);
  const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
  const control: [number, number] = [mx - (by - ay) * bulge * 2, my + (bx - ax) * bulge * 2];
  const out: LngLat[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const u = 1 - t;
    out.push(pl.from([u * u * ax + 2 * u * t * control[0] + t * t * bx, u * u * ay + 2 * u * t * control[1] + t * t * by]));
  }
  out[0] = [a[0], a[1]];
  out[n - 1] = [b[0], b[1]];
  return out;
}

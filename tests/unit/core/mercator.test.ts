import { describe, expect, it } from 'vitest';
import { constrainCamera, fitCamera, projector } from '../../../src/core/mercator.ts';
import { keepsMaxBounds, MOUNT_DEFAULTS } from '../../../src/app/map/defaults.ts';

// The home view as MapLibre 6.17 framed it in Chromium (fitBounds of the home bounds, padding 24,
// held to maxBounds where the frame is wide), read from the built app's state at four map sizes.
const MAPLIBRE = [
  { size: [1280, 669], center: [104.25, 37.8321], zoom: 3.2376 },
  { size: [390, 622], center: [104.25, 37.8321], zoom: 1.9439 },
  { size: [640, 274], center: [107.4171, 37.8321], zoom: 1.9704 },
  { size: [1920, 1029], center: [104.25, 37.8321], zoom: 3.8973 },
] as const;

const home = (width: number, height: number) => {
  const fitted = fitCamera(MOUNT_DEFAULTS.homeBounds, width, height, MOUNT_DEFAULTS.padding);
  return keepsMaxBounds(width, height) ? constrainCamera(fitted, MOUNT_DEFAULTS.maxBounds, width, height) : fitted;
};

describe('Web Mercator for the first paint', () => {
  it('frames the home view in the camera MapLibre chose for it, at every size measured, or leaves it to MapLibre where it zooms in to its bounds', () => {
    for (const { size, center, zoom } of MAPLIBRE) {
      const camera = home(size[0], size[1]);
      // 640 × 274 (a small frame): China fitted is taller than the map's bounds; MapLibre zooms in by its own rule.
      if (size[1] === 274) {
        expect(camera).toBeNull();
        continue;
      }
      if (!camera) throw new Error(`no camera at ${size.join('×')}`);
      expect(camera.zoom, `${size.join('×')}`).toBeCloseTo(zoom, 3);
      expect(camera.center[0], `${size.join('×')}`).toBeCloseTo(center[0], 3);
      expect(camera.center[1], `${size.join('×')}`).toBeCloseTo(center[1], 3);
    }
  });

  it('puts the fitted extent inside the padded frame, touching it on the tighter side', () => {
    const [w, s, e, n] = MOUNT_DEFAULTS.homeBounds;
    for (const [width, height] of [[1280, 669], [390, 622], [800, 800]] as const) {
      const camera = fitCamera(MOUNT_DEFAULTS.homeBounds, width, height, 24);
      const at = projector(camera, width, height);
      const nw = at([w, n]);
      const se = at([e, s]);
      expect(nw.x).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(nw.y).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(se.x).toBeLessThanOrEqual(width - 24 + 1e-6);
      expect(se.y).toBeLessThanOrEqual(height - 24 + 1e-6);
      const touches = Math.abs(nw.x - 24) < 1e-6 || Math.abs(nw.y - 24) < 1e-6;
      expect(touches, `${width}×${height}`).toBe(true);
    }
  });

  it('keeps the frame inside the bounds, and gives up where the frame is larger than them', () => {
    const bounds = MOUNT_DEFAULTS.maxBounds;
    const camera = constrainCamera({ center: [60, 30], zoom: 3 }, bounds, 1000, 600)!;
    const at = projector(camera, 1000, 600);
    expect(at([bounds[0], bounds[3]]).x).toBeCloseTo(0, 6);
    expect(constrainCamera({ center: [104, 35], zoom: 0 }, bounds, 2000, 2000)).toBeNull();
  });
});

import { geoArea, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxOutline, CHINA_ALBERS, chinaAlbers, fitAlbers, kmPerPx } from '../../../src/map-export/projection.ts';
import { nationalLayout, NATIONAL_SVG_DEFAULTS } from '../../../src/map-export/national-layout.ts';

// A 1° cell, wound clockwise as d3-geo reads rings.
const cell = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon, lat + 1], [lon + 1, lat + 1], [lon + 1, lat], [lon, lat]]],
});

describe('the Albers projection of China', () => {
  const { projection } = nationalLayout();

  it('is equal-area: 1° cells from 18° N to 53° N keep their area ratio on the map', () => {
    const path = geoPath(projection);
    const ratios = [[80, 18], [105, 25], [120, 35], [90, 47], [130, 53]].map(([lon, lat]) => path.area(cell(lon!, lat!)) / geoArea(cell(lon!, lat!)));
    for (const r of ratios) expect(r / ratios[0]!).toBeCloseTo(1, 3);
  });

  it('is true to scale along 25° N and 47° N and smaller between them, whatever the fit', () => {
    const scaleOn = (lat: number) => kmPerPx(projection, projection([105, lat])!, 2);
    expect(scaleOn(25) / scaleOn(47)).toBeCloseTo(1, 3);
    // Between the standard parallels the scale factor along parallels is below 1: more km per px.
    expect(scaleOn(36)).toBeGreaterThan(scaleOn(25) * 1.01);
    expect(scaleOn(15)).toBeLessThan(scaleOn(25));
    expect(CHINA_ALBERS.parallels).toEqual([25, 47]);
  });

  it('draws 105° E as a straight vertical line and parallels as arcs bowing south from it', () => {
    const [xa, ya] = projection([105, 20])!;
    const [xb, yb] = projection([105, 50])!;
    expect(xa).toBeCloseTo(xb, 6);
    expect(ya).toBeGreaterThan(yb);
    const [w, c, e] = [80, 105, 130].map((lon) => projection([lon, 25])!);
    expect(w![1]).toBeCloseTo(e![1], 6);
    expect(c![1]).toBeGreaterThan(w![1] + 10);
    expect(c![0] - w![0]).toBeCloseTo(e![0] - c![0], 6);
  });

  it('fits the mainland, Hainan included, inside the map frame', () => {
    const { frame } = nationalLayout();
    const [w, s, e, n] = NATIONAL_SVG_DEFAULTS.mainland;
    for (const p of [[w, 40], [e, 48], [110, s], [122, n], [w, s], [e, n], [e, s], [w, n]] as [number, number][]) {
      const [x, y] = projection(p)!;
      expect(x).toBeGreaterThanOrEqual(frame[0][0]);
      expect(x).toBeLessThanOrEqual(frame[1][0]);
      expect(y).toBeGreaterThanOrEqual(frame[0][1]);
      expect(y).toBeLessThanOrEqual(frame[1][1]);
    }
  });

  it('fits a lon/lat box by its parallels, not by great circles that bow beyond them', () => {
    const outline = boxOutline([100, 20, 120, 50], 5);
    expect(outline.coordinates).toContainEqual([100, 20]);
    expect(outline.coordinates).toContainEqual([120, 50]);
    expect(outline.coordinates.every(([x, y]) => x! >= 100 && x! <= 120 && y! >= 20 && y! <= 50)).toBe(true);
    const fitted = fitAlbers([95, 20, 115, 50], [[0, 0], [200, 200]]);
    const along = (lat: number) => Array.from({ length: 21 }, (_, i) => fitted([95 + i, lat])!);
    const points = [...along(20), ...along(50), ...along(35)];
    const [xs, ys] = [points.map((p) => p[0]), points.map((p) => p[1])];
    for (const v of [...xs, ...ys]) {
      expect(v).toBeGreaterThanOrEqual(-0.01);
      expect(v).toBeLessThanOrEqual(200.01);
    }
    // It fills the box one way: the parallels' extremes touch two opposite sides.
    const touches = (vs: number[]) => Math.min(...vs) < 0.5 && Math.max(...vs) > 199.5;
    expect(touches(xs) || touches(ys)).toBe(true);
  });

  it('names a point outside the projection when a scale is asked for there', () => {
    const bare = chinaAlbers();
    expect(() => kmPerPx({ invert: () => null }, [0, 0])).toThrow('scale bar › the point [0, 0] px is outside the projection');
    expect(kmPerPx(bare, bare([105, 30])!)).toBeGreaterThan(0);
  });
});

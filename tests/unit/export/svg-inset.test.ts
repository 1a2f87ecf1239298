import { rewind } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MOUNT_DEFAULTS } from '../../../src/app/map/defaults.ts';
import { insetOfWidth, insetSvg, SVG_INSET_DEFAULTS } from '../../../src/map-export/svg-inset.ts';
import { realInputs } from './real-inputs.ts';
import { xmlProblems } from './xml-check.ts';

describe('insetSvg', () => {
  const { china, land, southChinaSea } = realInputs();
  const input = { land, provinces: china.provinces, provinceLines: china.provinceLines, outline: china.outline, islands: southChinaSea };

  it('is a well-formed standalone SVG of the inset’s size, with its fonts inline for drawing as an image', () => {
    const svg = insetSvg(input, 'zh');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="170" height="220" viewBox="0 0 170 220" role="img" aria-label="南海诸岛（示意）" font-family="&#39;Noto Sans CJK SC&#39;/);
  });

  it('draws each island feature inside its frame, whatever way the input rings wind', () => {
    // RFC 7946 winding (exteriors counter-clockwise) and d3-geo's (clockwise) give the same drawing.
    const ccw = rewind(southChinaSea, { reverse: false }) as FeatureCollection;
    const cw = rewind(southChinaSea, { reverse: true }) as FeatureCollection;
    const svg = insetSvg({ ...input, islands: ccw }, 'en');
    expect(insetSvg({ ...input, islands: cw }, 'en')).toBe(svg);
    const islands = /<g class="islands">(.*?)<\/g>/.exec(svg)![1]!;
    expect([...islands.matchAll(/<path d="M/g)]).toHaveLength(southChinaSea.features.length);
    const numbers = [...islands.matchAll(/ d="([^"]+)"/g)].flatMap((m) => m[1]!.split(/[MLZ,]/).filter((s) => s !== '').map(Number));
    for (const [i, v] of numbers.entries()) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(i % 2 === 0 ? SVG_INSET_DEFAULTS.width : SVG_INSET_DEFAULTS.height);
    }
    // In two lines, spaced by the font's size: one line would overflow the small frame the page sets.
    expect(svg).toMatch(/<tspan[^>]*dy="-1.15em"[^>]*>South China Sea<\/tspan><tspan[^>]*dy="1.15em"[^>]*>Islands<\/tspan><\/text>/);
  });

  it('is one frame at every size: the live map’s smaller inset shows the same sea in the same proportions, its words scaled with it', () => {
    const screen = insetOfWidth(MOUNT_DEFAULTS.insetWidth);
    expect(screen.extent).toEqual(SVG_INSET_DEFAULTS.extent);
    expect(screen.width).toBeLessThan(SVG_INSET_DEFAULTS.width);
    expect(Math.abs(screen.height / screen.width - SVG_INSET_DEFAULTS.height / SVG_INSET_DEFAULTS.width)).toBeLessThan(0.01);
    const big = insetSvg(input, 'en');
    const small = insetSvg(input, 'en', screen);
    expect(xmlProblems(small)).toEqual([]);
    expect(small).toContain(`viewBox="0 0 ${screen.width} ${screen.height}"`);
    // Drawn in one projection: every island path of the small inset is the big one's scaled (same commands, coordinates within rounding).
    const shapes = (svg: string) => /<g class="islands">(.*?)<\/g>/.exec(svg)![1]!.match(/ d="[^"]+"/g)!.length;
    expect(shapes(small)).toBe(shapes(big));
    const firstPoint = (svg: string) => /<g class="islands"><path d="M([\d.]+),([\d.]+)/.exec(svg)!.slice(1).map(Number);
    const k = screen.width / SVG_INSET_DEFAULTS.width;
    const [bx, by] = firstPoint(big) as [number, number];
    const [sx, sy] = firstPoint(small) as [number, number];
    expect(Math.abs(sx - bx * k)).toBeLessThan(SVG_INSET_DEFAULTS.padding);
    expect(Math.abs(sy - by * k)).toBeLessThan(SVG_INSET_DEFAULTS.padding);
    const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(fontSizes(small)).toEqual(fontSizes(big).map((f) => Math.round(f * k * 100) / 100));
    // A page may hold several maps: the standalone inset carries no id, the national SVG's group does.
    expect(small).not.toContain('id="scs-inset"');
    expect(small).toContain('class="scs-inset"');
  });
});

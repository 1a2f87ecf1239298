import { rewind } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { insetSvg, SVG_INSET_DEFAULTS } from '../../../src/map-export/svg-inset.ts';
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
    expect(svg).toContain('>South China Sea Islands</text>');
  });
});

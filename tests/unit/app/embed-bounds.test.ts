import { describe, expect, it } from 'vitest';
import { embedBounds, shareSnippets, viewBounds } from '../../../src/app/share-dialog.ts';
import { DEFAULT_STATE, parseState, serializeState } from '../../../src/core/url-state.ts';

const CHINA: [number, number, number, number] = [73, 17.5, 135.5, 53.8];

describe('bounds in the URL', () => {
  it('reads west,south,east,north and writes them back instead of a center and zoom', () => {
    const { state, warnings } = parseState('indicator=urbanization_increase&bounds=118.591,36.156,123.11,38.04');
    expect(warnings).toEqual([]);
    expect(state.bounds).toEqual([118.591, 36.156, 123.11, 38.04]);
    expect(serializeState(state)).toBe('indicator=urbanization_increase&bounds=118.591,36.156,123.11,38.04');
  });

  it('wins over a center and zoom given with it', () => {
    const { state } = parseState('center=104,35&zoom=3.2&bounds=73,17.5,135.5,53.8');
    expect(state.bounds).toEqual(CHINA);
    expect(state.camera).toBeNull();
  });

  it('warns about bounds that are not four ordered numbers in range, and keeps the rest', () => {
    for (const bad of ['73,17.5,135.5', '135.5,17.5,73,53.8', '73,53.8,135.5,17.5', '73,17.5,190,53.8', '73,-90,135,53', 'a,b,c,d', '1,2,3,4,5']) {
      const { state, warnings } = parseState(`bounds=${bad}&year=2020`);
      expect(state.bounds, bad).toBeNull();
      expect(state.year).toBe(2020);
      expect(warnings).toEqual([expect.stringMatching(/^bounds: .* is not "west,south,east,north" in degrees$/)]);
    }
  });
});

describe('the region a camera shows', () => {
  it('is the whole world at zoom 0 in a 512-px square (MapLibre counts 512-px tiles)', () => {
    const [w, s, e, n] = viewBounds({ center: [0, 0], zoom: 0, bearing: 0, pitch: 0 }, 512, 512);
    expect([w, e]).toEqual([-180, 180]);
    expect(s).toBeCloseTo(-85, 0);
    expect(n).toBeCloseTo(85, 0);
  });

  it('halves in width with each zoom level', () => {
    const at = (zoom: number) => viewBounds({ center: [110, 30], zoom, bearing: 0, pitch: 0 }, 640, 420);
    const [w4, , e4] = at(4);
    const [w5, , e5] = at(5);
    expect(e4 - w4).toBeCloseTo((640 / (512 * 16)) * 360, 6);
    expect((e4 - w4) / (e5 - w5)).toBeCloseTo(2, 6);
  });

  it('of a national view at 1280 × 720 is China, so that any frame fits China', () => {
    // The app's home view at 1280 × 664 px (under the header).
    expect(embedBounds({ center: [104.25, 37.83], zoom: 3.24, bearing: 0, pitch: 0 }, 1280, 664)).toEqual(CHINA);
  });

  it('of a local view is what the author sees', () => {
    const bounds = embedBounds({ center: [120.85, 37.1], zoom: 7.64, bearing: 0, pitch: 0 }, 1280, 664);
    expect(bounds[0]).toBeCloseTo(118.6, 1);
    expect(bounds[2]).toBeCloseTo(123.1, 1);
    expect(bounds[1]).toBeLessThan(37.1);
    expect(bounds[3]).toBeGreaterThan(37.1);
  });
});

describe('share snippets by bounds', () => {
  const state = { ...DEFAULT_STATE, indicator: 'urbanization_increase', year: 2020, camera: { center: [104.25, 37.83] as [number, number], zoom: 3.24, bearing: 0, pitch: 0 } };

  it('write the bounds of the author’s view in the link, the iframe and the element, not their center and zoom', () => {
    const s = shareSnippets('https://intranet.example/atlas/', state, { width: '640', height: '420', lang: 'zh', mapSize: [1280, 664] });
    expect(s.link).toBe('https://intranet.example/atlas/index.html?indicator=urbanization_increase&year=2020&bounds=73,17.5,135.5,53.8');
    expect(s.iframe).toContain('embed.html?indicator=urbanization_increase&amp;year=2020&amp;bounds=73,17.5,135.5,53.8"');
    expect(s.element).toContain('<pilot-atlas indicator="urbanization_increase" year="2020" bounds="73,17.5,135.5,53.8" lang="zh"');
    for (const text of [s.link, s.iframe, s.element]) expect(text).not.toMatch(/center|zoom/);
  });

  it('keep bounds the view already has', () => {
    const s = shareSnippets('https://intranet.example/atlas/', { ...state, bounds: [118.5, 36, 123, 38] }, { width: '800', height: '560', lang: 'en', mapSize: [390, 700] });
    expect(s.embed).toBe('https://intranet.example/atlas/embed.html?lang=en&indicator=urbanization_increase&year=2020&bounds=118.5,36,123,38');
  });
});

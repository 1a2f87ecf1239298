import { schemeBlues, schemeRdBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { divergingColours } from '../../../src/core/thematic/diverging.ts';
import { MEASURE_IDS, MEASURES } from '../../../src/core/thematic/measures.ts';
import { colours, defaultScheme, NO_DATA, SCHEMES, type SchemeId } from '../../../src/core/thematic/schemes.ts';

const HEX = /^#[0-9a-f]{6}$/;

describe('colours', () => {
  it('gives ColorBrewer’s own k colours for k = 3–9', () => {
    expect(colours('Blues', 3)).toEqual(schemeBlues[3]);
    expect(colours('Blues', 9)).toEqual(schemeBlues[9]);
  });

  it('gives k distinct hex colours for every scheme and k = 1–9', () => {
    for (const id of Object.keys(SCHEMES) as SchemeId[]) {
      for (let k = 1; k <= 9; k++) {
        const c = colours(id, k);
        expect(c, `${id} ${k}`).toHaveLength(k);
        expect(new Set(c).size).toBe(k);
        for (const colour of c) expect(colour).toMatch(HEX);
      }
    }
  });

  it('samples the continuous scheme beyond ColorBrewer’s largest array', () => {
    const c = colours('RdBu', 13);
    expect(c).toHaveLength(13);
    expect(c[0]).toBe('#67001f');
    for (const colour of c) expect(colour).toMatch(HEX);
  });

  it('refuses an unknown scheme and a k below 1', () => {
    expect(() => colours('Rainbow' as SchemeId, 5)).toThrow(/unknown scheme "Rainbow"/);
    expect(() => colours('Blues', 0)).toThrow(/k must be a positive integer, got 0/);
  });
});

describe('the scheme catalogue', () => {
  it('holds no scheme ColorBrewer marks unsafe for colour-blind readers', () => {
    for (const unsafe of ['RdYlGn', 'Spectral', 'RdGy', 'Set1', 'Greys']) expect(Object.keys(SCHEMES)).not.toContain(unsafe);
  });

  it('gives each measure a default scheme of its own kind', () => {
    for (const id of MEASURE_IDS) expect(SCHEMES[defaultScheme(MEASURES[id])].kind, id).toBe(MEASURES[id].kind);
  });

  it('draws no data in a grey that no scheme uses', () => {
    for (const id of Object.keys(SCHEMES) as SchemeId[]) for (let k = 3; k <= 9; k++) expect(colours(id, k)).not.toContain(NO_DATA);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(NO_DATA.slice(i, i + 2), 16));
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

});

describe('divergingColours', () => {
  it('gives classes below and above 0 the colours either side of the neutral middle', () => {
    // Two classes below 0, three above: RdBu at 6 colours, the lower side using its two inner ones.
    const six = schemeRdBu[6]!;
    expect(divergingColours('RdBu', [-30, -10, 0, 10, 50, 120], 0)).toEqual([six[1], six[2], six[3], six[4], six[5]]);
  });

  it('gives a class spanning 0 the neutral middle colour', () => {
    expect(divergingColours('RdBu', [-20, -5, 5, 20], 0)).toEqual(schemeRdBu[3]);
    // One class below, two above: RdBu at 5, the spanning class on its middle (index 2).
    const five = schemeRdBu[5]!;
    expect(divergingColours('RdBu', [-20, -5, 5, 20, 50], 0)).toEqual([five[1], five[2], five[3], five[4]]);
  });
});

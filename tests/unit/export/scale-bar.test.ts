import { describe, expect, it } from 'vitest';
import { kmText, mercatorKmPerPx, niceScaleBar, scaleBarTicks } from '../../../src/map-export/scale-bar.ts';

describe('niceScaleBar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ km that fits, and its length in px', () => {
    expect(niceScaleBar(4, 160)).toEqual({ km: 500, px: 125 });
    expect(niceScaleBar(2, 160)).toEqual({ km: 200, px: 100 });
    expect(niceScaleBar(0.011, 120)).toEqual({ km: 1, px: 1 / 0.011 });
    expect(niceScaleBar(30, 100)).toEqual({ km: 2000, px: 2000 / 30 });
  });

  it('never draws longer than the room given, nor shorter than 40 % of it', () => {
    for (const kmPerPx of [0.003, 0.07, 1.3, 5.5, 17, 260]) {
      const bar = niceScaleBar(kmPerPx, 150);
      expect(bar.px).toBeLessThanOrEqual(150);
      expect(bar.px).toBeGreaterThanOrEqual(150 * 0.4);
    }
  });

  it('throws on a scale or room that is not positive, naming both', () => {
    expect(() => niceScaleBar(0, 100)).toThrow('scale bar › needs positive km per px and length (got 0, 100)');
    expect(() => niceScaleBar(Number.NaN, 100)).toThrow('scale bar ›');
  });
});

describe('scale bar helpers', () => {
  it('mercatorKmPerPx is the equator’s length over 512 px at zoom 0, halving per zoom and shrinking with cos(latitude)', () => {
    expect(mercatorKmPerPx(0, 0)).toBeCloseTo(40075.016686 / 512, 6);
    expect(mercatorKmPerPx(0, 3)).toBeCloseTo(40075.016686 / 512 / 8, 6);
    expect(mercatorKmPerPx(60, 0)).toBeCloseTo(40075.016686 / 1024, 6);
  });

  it('ticks 0, half and the whole, and writes km without float noise', () => {
    expect(scaleBarTicks({ km: 500, px: 120 })).toEqual([{ at: 0, km: 0 }, { at: 60, km: 250 }, { at: 120, km: 500 }]);
    expect(kmText(0.1 + 0.2)).toBe('0.3');
    expect(kmText(2.5)).toBe('2.5');
  });
});

import { describe, expect, it } from 'vitest';
import { legendContent } from '../../../src/map-export/legend-content.ts';
import { estimateText, layoutLegend } from '../../../src/map-export/legend-layout.ts';
import { pngLayout, type Rect } from '../../../src/map-export/png-layout.ts';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, width: number, height: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height;

describe('pngLayout', () => {
  const legend = layoutLegend(legendContent(undefined, 'zh', { areas: 47, points: 16 }), estimateText);
  const contents = { width: 1280, height: 720, titleLines: 1, subtitleLines: 1, titleWidth: 300, sourceLines: 1, legend, inset: { width: 140, height: 180 } };
  const at = pngLayout(contents);

  it('keeps every overlay inside the image and apart from the others', () => {
    const boxes = [at.title, at.source, at.legend!, at.inset!];
    for (const b of boxes) expect(inside(b, 1280, 720)).toBe(true);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('puts the title top left, the north arrow top right, the source strip along the bottom edge', () => {
    expect(at.title).toMatchObject({ x: 10, y: 10 });
    expect(at.northArrow.x).toBeGreaterThan(1280 - 40);
    expect(at.northArrow.y).toBeLessThan(60);
    expect(at.source.y + at.source.height).toBe(720);
    expect(at.source.width).toBe(1280);
  });

  it('stacks the legend above the scale bar, both above the source strip, on the left', () => {
    expect(at.legend!.x).toBe(10);
    expect(at.legend!.y + at.legend!.height).toBeLessThan(at.scaleBar.y - 14);
    expect(at.scaleBar.y).toBeLessThan(at.source.y);
  });

  it('puts the South China Sea inset bottom right, as on the live map', () => {
    expect(at.inset!.x + at.inset!.width).toBe(1270);
    expect(at.inset!.y + at.inset!.height).toBe(at.source.y - 10);
  });

  it('grows the source strip for a second line and leaves the legend and inset out when absent', () => {
    const two = pngLayout({ ...contents, sourceLines: 2, legend: null, inset: null });
    expect(two.source.height).toBe(at.source.height + 15);
    expect(two.legend).toBeNull();
    expect(two.inset).toBeNull();
  });
});

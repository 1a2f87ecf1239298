import { describe, expect, it } from 'vitest';
import { decodeCollection, decodeGeometry, decodeRing } from '../../../pipeline/geo/decode.ts';

/** The inverse of echarts' decoder, to make test strings: zigzag, +64, two characters per point. */
function encodeRing(points: [number, number][], scale = 1024): { ring: string; offset: [number, number] } {
  const q = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let [px, py] = offset;
  let ring = '';
  for (const [x, y] of q) {
    const zig = (d: number) => String.fromCharCode(((d << 1) ^ (d >> 31)) + 64);
    ring += zig(x - px) + zig(y - py);
    [px, py] = [x, y];
  }
  return { ring, offset };
}

describe('echarts compressed GeoJSON', () => {
  it('decodeRing reads two characters per point: zigzag deltas from the offsets, divided by 1024', () => {
    // '@' = 64 → 0; 'A' = 65 → 1 → zigzag −1; 'B' = 66 → 2 → zigzag +1; 'D' = 68 → 4 → +2.
    expect(decodeRing('@@AB@D', [1024, 2048])).toEqual([
      [1, 2],
      [1023 / 1024, 2049 / 1024],
      [1023 / 1024, 2051 / 1024],
    ]);
  });

  it('decodeRing inverts the encoder on a real-looking ring (重庆 渝中区 corner)', () => {
    const points: [number, number][] = [[106.5625, 29.5566], [106.5801, 29.5508], [106.5898, 29.5615], [106.5625, 29.5566]];
    const { ring, offset } = encodeRing(points);
    const decoded = decodeRing(ring, offset);
    decoded.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(points[i]![0], 3);
      expect(p[1]).toBeCloseTo(points[i]![1], 3);
    });
  });

  it('decodeGeometry takes per-ring offsets for Polygon and per-polygon, per-ring offsets for MultiPolygon', () => {
    const a = encodeRing([[1, 1], [2, 1], [2, 2], [1, 1]]);
    const b = encodeRing([[5, 5], [6, 5], [6, 6], [5, 5]]);
    const multi = decodeGeometry({ type: 'MultiPolygon', coordinates: [[a.ring], [b.ring]], encodeOffsets: [[a.offset], [b.offset]] });
    expect(multi).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]],
    });
    const poly = decodeGeometry({ type: 'Polygon', coordinates: [a.ring], encodeOffsets: [a.offset] });
    expect(poly).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
  });

  it('decodeCollection decodes only when UTF8Encoding is set, and drops leftover encodeOffsets either way', () => {
    const plain = {
      UTF8Encoding: false,
      features: [{ geometry: { type: 'Polygon' as const, coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]], encodeOffsets: [[0, 0]] } }],
    };
    const out = decodeCollection(plain);
    expect(out.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
    const a = encodeRing([[1, 1], [2, 1], [2, 2], [1, 1]]);
    const encoded = decodeCollection({
      UTF8Encoding: true,
      features: [{ geometry: { type: 'Polygon' as const, coordinates: [a.ring], encodeOffsets: [a.offset] } }],
    });
    expect(encoded.UTF8Encoding).toBe(false);
    expect(encoded.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
  });

  it('decodeCollection leaves an empty geometry empty (蓟州区 in the source)', () => {
    const out = decodeCollection({ UTF8Encoding: true, features: [{ geometry: { type: 'Polygon' as const, coordinates: [], encodeOffsets: [] } }] });
    expect(out.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [] });
  });
});

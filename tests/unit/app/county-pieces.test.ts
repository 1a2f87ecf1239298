// The counties as the map gets them zoomed in: what a view draws (lines and names) without the
// polygons, which only a person's rows are drawn on; few pieces, every feature once, each id once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countyLayers } from '../../../src/core/china-topology.ts';
import { countyPieces, PIECE } from '../../../src/app/county-pieces.ts';

const layers = countyLayers(JSON.parse(readFileSync('public/data/china-counties.topo.json', 'utf8')));
const sources = (parts: Parameters<typeof countyPieces>[1]) => [...countyPieces(layers, parts)].map((chunk) => chunk.source);

describe('countyPieces (the real counties)', () => {
  it('gives a view zoomed in its lines and names in three pieces, and no polygon', () => {
    const chunks = [...countyPieces(layers, ['lines', 'labels'])];
    expect(chunks.map((c) => c.source)).toEqual(['china-county-lines', 'china-county-lines', 'china-county-labels']);
    // Every line once, in features numbered from 0.
    const lines = chunks.filter((c) => c.source === 'china-county-lines').flatMap((c) => c.features);
    expect(lines.map((f) => f.id)).toEqual([0, 1]);
    expect(lines.flatMap((f) => (f.geometry as GeoJSON.MultiLineString).coordinates)).toEqual(layers.countyLines.coordinates);
    // A name for each county, numbered once.
    const labels = chunks.find((c) => c.source === 'china-county-labels')!.features;
    expect(labels).toHaveLength(layers.counties.features.length);
    expect(new Set(labels.map((f) => f.id)).size).toBe(labels.length);
    expect(labels.every((f) => f.geometry.type === 'Point' && typeof f.properties?.name === 'string')).toBe(true);
  });

  it('gives the polygons, in pieces of 200 with their own ids, only when asked, after the lines and names', () => {
    expect(sources(['polygons']).every((s) => s === 'china-counties')).toBe(true);
    const all = [...countyPieces(layers, ['lines', 'labels', 'polygons'])];
    expect(all.slice(0, 3).map((c) => c.source)).toEqual(['china-county-lines', 'china-county-lines', 'china-county-labels']);
    const polygons = all.filter((c) => c.source === 'china-counties');
    expect(polygons).toHaveLength(Math.ceil(layers.counties.features.length / PIECE.polygons));
    expect(polygons.every((c) => c.features.length <= PIECE.polygons)).toBe(true);
    expect(polygons.flatMap((c) => c.features)).toEqual(layers.counties.features);
    expect(sources([])).toEqual([]);
  });
});

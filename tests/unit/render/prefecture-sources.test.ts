import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertChinaTopology, BASE_OBJECTS, chinaLayers } from '../../../src/core/china-topology.ts';
import { chinaStyle, PREFECTURE_ZOOM, setPrefectureData } from '../../../src/render/china-style.ts';

// The national view draws no prefecture: their sources start empty (MapLibre's worker would index
// 2 MB of them at first load all the same), and the map gets them from the zoom their lines need.
const topology: unknown = JSON.parse(readFileSync('public/data/china-base.topo.json', 'utf8'));
assertChinaTopology(topology, 'public/data/china-base.topo.json', BASE_OBJECTS);
const china = chinaLayers(topology);
const IDS = ['china-prefectures', 'china-prefecture-lines', 'china-prefecture-labels'];
const count = (data: unknown) => {
  const d = data as GeoJSON.FeatureCollection | GeoJSON.Feature;
  return d.type === 'FeatureCollection' ? d.features.length : (d.geometry as GeoJSON.MultiLineString).coordinates.length;
};

describe("the prefectures' sources", () => {
  it('start empty in the first view’s style, and their layers show only beyond the zoom they are loaded at', () => {
    const style = chinaStyle(china, 'zh');
    for (const id of IDS) expect(count((style.sources[id] as { data: unknown }).data), id).toBe(0);
    const shown = [...style.layers, ...(style.labels ?? [])].filter((l) => 'source' in l && IDS.includes(l.source as string) && (l.layout as { visibility?: string } | undefined)?.visibility !== 'none');
    expect(shown.map((l) => l.id).sort()).toEqual(['china-prefecture-labels', 'china-prefecture-lines']);
    for (const layer of shown) expect(layer.minzoom, layer.id).toBeGreaterThan(PREFECTURE_ZOOM);
  });

  it('get every prefecture, its borders and its name when the map asks for them', () => {
    const given = new Map<string, unknown>();
    setPrefectureData({ getSource: (id: string) => ({ setData: (data: unknown) => given.set(id, data) }) }, china);
    expect([...given.keys()].sort()).toEqual([...IDS].sort());
    expect(count(given.get('china-prefectures'))).toBe(china.prefectures.features.length);
    expect(china.prefectures.features.length).toBeGreaterThan(300);
    expect(count(given.get('china-prefecture-labels'))).toBe(china.prefectures.features.length);
    expect(count(given.get('china-prefecture-lines'))).toBe(china.prefectureLines.coordinates.length);
    expect(china.prefectureLines.coordinates.length).toBeGreaterThan(100);
  });
});

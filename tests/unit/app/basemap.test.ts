import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildBasemap, encodeBasemap, type BasemapNames } from '../../../pipeline/basemap/build.ts';
import { decodeBasemap } from '../../../src/core/basemap-file.ts';
import { gzipSync } from 'node:zlib';
import { BasemapFileSchema, BasemapSchema } from '../../../src/core/schema/basemap.ts';
import { basemapStyle, FIRST_LABEL_LAYER, labelFields } from '../../../src/render/basemap-style.ts';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const names = JSON.parse(readFileSync('data/basemap/names.json', 'utf8')) as BasemapNames;
const basemap = buildBasemap(world, names);

describe('the base map build', () => {
  it('writes data that its own schema accepts', () => {
    expect(BasemapSchema.safeParse(basemap).success).toBe(true);
  });

  it('writes the land and borders as a topology that decodes to them within 0.002° (about 200 m), at under 60 % of the GeoJSON’s gzip size', () => {
    const file = encodeBasemap(basemap);
    expect(BasemapFileSchema.safeParse(file).success).toBe(true);
    const decoded = decodeBasemap(file);
    expect(BasemapSchema.safeParse(decoded).success).toBe(true);
    expect(decoded.labels).toEqual(basemap.labels);
    const flat = (g: { coordinates: unknown }): number[][] => (g.coordinates as unknown[]).flat(3).reduce<number[][]>((all, v, i) => (i % 2 === 0 ? all.push([v as number]) : all.at(-1)!.push(v as number), all), []);
    for (const key of ['land', 'borders'] as const) {
      const before = basemap[key].features.flatMap((f) => flat(f.geometry));
      const after = decoded[key].features.flatMap((f) => flat(f.geometry));
      expect(after.length, key).toBe(before.length);
      // Rings may start elsewhere after the encoding: each decoded vertex has an original one within 0.002°.
      const cell = (x: number, y: number) => `${Math.floor(x * 100)},${Math.floor(y * 100)}`;
      const grid = new Map<string, number[][]>();
      for (const p of before) grid.set(cell(p[0]!, p[1]!), [...(grid.get(cell(p[0]!, p[1]!)) ?? []), p]);
      const near = (p: number[]) =>
        [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => (grid.get(cell(p[0]! + dx / 100, p[1]! + dy / 100)) ?? []).some((q) => Math.abs(q[0]! - p[0]!) < 0.002 && Math.abs(q[1]! - p[1]!) < 0.002)));
      expect(after.filter((p) => !near(p)).length, key).toBe(0);
    }
    expect(gzipSync(JSON.stringify(file)).length).toBeLessThan(0.6 * gzipSync(JSON.stringify(basemap)).length);
    // The file the build writes is this encoding.
    expect(JSON.parse(readFileSync('public/data/basemap.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it('labels the neighbours in Chinese and English and leaves out China, Taiwan, Hong Kong and Macau', () => {
    const countries = basemap.labels.features.filter((f) => f.properties.kind === 'country').map((f) => f.properties.zh);
    expect(countries).toEqual(expect.arrayContaining(['蒙古', '俄罗斯', '日本', '韩国', '越南', '印度']));
    expect(countries).not.toContain('中国');
    const english = basemap.labels.features.map((f) => f.properties.en);
    expect(english).not.toEqual(expect.arrayContaining(['China']));
    expect(english).not.toEqual(expect.arrayContaining(['Taiwan']));
  });

  it('places each neighbour label inside the region it clips to', () => {
    const [w, s, e, n] = basemap.bounds;
    for (const label of basemap.labels.features) {
      const [x, y] = label.geometry.coordinates as [number, number];
      expect(x >= w && x <= e && y >= s && y <= n, label.properties.en).toBe(true);
    }
  });

  it('keeps every coordinate inside the clip bounds', () => {
    const [w, s, e, n] = basemap.bounds;
    const positions = basemap.land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
    expect(positions.length).toBeGreaterThan(10_000);
    expect(positions.every(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n)).toBe(true);
  });

  it('draws no border touching China: those come from the project boundary data', () => {
    // Natural Earth's China–India line east of Bhutan (the McMahon line) crosses this box.
    const inBox = ([x, y]: number[]) => x! > 93 && x! < 95.5 && y! > 28.3 && y! < 29.3;
    const ours = basemap.borders.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(ours.filter(inBox)).toEqual([]);
    const withChina = buildBasemap(world, { ...names, countries: { ...names.countries, '156': { zh: '中国', en: 'China' } }, excluded: [] });
    expect(withChina.borders.features.flatMap((f) => f.geometry.coordinates.flat()).filter(inBox).length).toBeGreaterThan(5);
  });
});

describe('the base map style', () => {
  const style = basemapStyle(basemap, 'zh');

  it('needs no glyphs, sprite or tiles from any server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('draws sea, land, coast and borders below the labels, in Chinese by default', () => {
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'coast', 'borders', 'label-sea', 'label-country']);
    expect(labelFields(style, 'en')).toEqual([
      { id: 'label-sea', field: ['get', 'en'] },
      { id: 'label-country', field: ['get', 'en'] },
    ]);
    const sea = style.layers.find((l) => l.id === 'label-sea');
    expect(sea?.type === 'symbol' && sea.layout?.['text-field']).toEqual(['get', 'zh']);
  });

  it('takes extensions between the base map and its labels', () => {
    const extended = basemapStyle(basemap, 'en', [
      {
        sources: { china: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
        layers: [{ id: 'china-fill', type: 'fill', source: 'china' }],
        labels: [{ id: 'china-labels', type: 'symbol', source: 'china' }],
      },
    ]);
    const ids = extended.layers.map((l) => l.id);
    expect(ids.indexOf('china-fill')).toBe(ids.indexOf(FIRST_LABEL_LAYER) - 1);
    expect(ids.at(-1)).toBe('china-labels');
    expect(Object.keys(extended.sources)).toContain('china');
  });
});

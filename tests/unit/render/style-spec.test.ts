import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { BasemapFileSchema, BasemapSchema, type BasemapFile } from '../../../src/core/schema/basemap.ts';
import { decodeBasemap } from '../../../src/core/basemap-file.ts';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';
import type { Lang } from '../../../src/core/url-state.ts';
import { basemapStyle, labelFields } from '../../../src/render/basemap-style.ts';
import { chinaStyle } from '../../../src/render/china-style.ts';
import { pilotsStyle } from '../../../src/render/pilots-style.ts';

// The style the map is created with, from the data `npm run data` writes, checked against the
// MapLibre style specification of the version the app runs (the spec maplibre-gl itself depends on).
const read = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const basemap = BasemapSchema.parse(decodeBasemap(BasemapFileSchema.parse(read('basemap.json')) as BasemapFile));
const topology = read('china.topo.json');
assertChinaTopology(topology, 'public/data/china.topo.json');
const china = chinaLayers(topology);
const pilots = PilotsFileSchema.parse(read('pilots.geojson'));

const styleFor = (lang: Lang) => basemapStyle(basemap, lang, [chinaStyle(china, lang), pilotsStyle(pilots, lang)]);
const problems = (style: ReturnType<typeof styleFor>) => validateStyleMin(style).map((e) => e.message);

describe('the generated map style', () => {
  it.each(['zh', 'en'] as const)('is a valid MapLibre style for the national view in %s', (lang) => {
    const style = styleFor(lang);
    expect(style.layers.length).toBeGreaterThan(10);
    expect(problems(style)).toEqual([]);
  });

  it('stays valid when the language is switched on the live map (each label layer given the other language)', () => {
    const style = styleFor('zh');
    for (const { id, field } of labelFields(style, 'en')) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer.type).toBe('symbol');
      (layer as { layout: Record<string, unknown> }).layout['text-field'] = field;
    }
    expect(problems(style)).toEqual([]);
  });

  it('reports a broken layer, so a clean result means something', () => {
    const style = styleFor('en');
    const fill = style.layers.find((l) => l.type === 'fill')!;
    (fill as { paint: Record<string, unknown> }).paint['fill-opacity'] = 'half';
    expect(problems(style).join('\n')).toMatch(/fill-opacity/);
  });
});

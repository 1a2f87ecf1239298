import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { basemapStyle } from '../../../src/render/basemap-style.ts';
import { chinaStyle } from '../../../src/render/china-style.ts';
import { BasemapFileSchema, type BasemapFile } from '../../../src/core/schema/basemap.ts';
import { decodeBasemap } from '../../../src/core/basemap-file.ts';
import { fromFeature } from '../../../src/render/shared-programs.ts';
import { pilotsStyle } from '../../../src/render/pilots-style.ts';
import { userShapeLayers } from '../../../src/render/user-layer.ts';
import { userLevelLayer } from '../../../src/render/layer-ids.ts';

// MapLibre picks a layer's shader program by how each paint property is bound: a constant (a
// uniform), read from the feature (an attribute), or from the feature and the zoom. A layer bound
// otherwise than every layer the first view draws needs a program of its own, linked synchronously
// the first time it is drawn: in software WebGL the page then waits for the GPU to finish what it has
// queued (a person's 200,000-vertex GeoJSON held the page for half a second). A person's layers are
// bound as the pilots' fill, outline and markers are.
const FEATURE_OPS = new Set(['get', 'has', 'feature-state', 'geometry-type', 'properties', 'id']);
const uses = (v: unknown, ops: Set<string> | string): boolean =>
  Array.isArray(v) && ((typeof v[0] === 'string' && (typeof ops === 'string' ? v[0] === ops : ops.has(v[0]))) || v.some((x) => uses(x, ops)));
const binding = (v: unknown): 'u' | 'a' | 'z' => (!uses(v, FEATURE_OPS) ? 'u' : uses(v, 'zoom') ? 'z' : 'a');

/** The bindings of a layer's paint properties that choose its program (MapLibre's ProgramConfiguration key). */
function programKey(layer: LayerSpecification, properties: readonly string[]): string {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const value = (p: string) => (p === 'fill-outline-color' && paint[p] === undefined ? paint['fill-color'] : paint[p]);
  return properties.map((p) => `${p}:${binding(value(p))}`).join(' ');
}

const PROPERTIES = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
  line: ['line-color', 'line-width', 'line-opacity', 'line-blur', 'line-gap-width', 'line-offset'],
  circle: ['circle-color', 'circle-radius', 'circle-opacity', 'circle-blur', 'circle-stroke-color', 'circle-stroke-width', 'circle-stroke-opacity'],
} as const;

const read = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const pilots = PilotsFileSchema.parse(read('pilots.geojson'));
const topology = read('china.topo.json');
assertChinaTopology(topology, 'public/data/china.topo.json');
const china = chinaLayers(topology);
/** The layers of the first view's style (the base map, China's boundaries, the pilots), those hidden at first left out. */
const style = basemapStyle(decodeBasemap(BasemapFileSchema.parse(read('basemap.json')) as BasemapFile), 'zh', [chinaStyle(china, 'zh'), pilotsStyle(pilots, 'zh')]);
const firstView = style.layers.filter((l) => (l as { layout?: { visibility?: string } }).layout?.visibility !== 'none');
const keysOf = (type: keyof typeof PROPERTIES) => new Set(firstView.filter((l) => l.type === type).map((l) => programKey(l, PROPERTIES[type])));

describe("a person's layers are drawn with the programs the first view compiled", () => {
  it("a GeoJSON file's fill, line and point layers", () => {
    const layers = userShapeLayers(['Polygon', 'LineString', 'Point']);
    expect(layers.map((l) => l.type)).toEqual(['fill', 'line', 'circle']);
    for (const layer of layers) {
      const type = layer.type as keyof typeof PROPERTIES;
      expect(keysOf(type), `${layer.id}: ${programKey(layer, PROPERTIES[type])}`).toContain(programKey(layer, PROPERTIES[type]));
    }
    // The colours still come from the file's classes.
    for (const layer of layers) expect(JSON.stringify((layer as { paint: object }).paint)).toContain('["get","colour"]');
  });

  it("a table's fills of provinces, prefectures and counties, once coloured by a match on the unit's id", () => {
    const style = chinaStyle(china, 'zh').layers as LayerSpecification[];
    for (const level of ['provinces', 'prefectures', 'counties'] as const) {
      const layer = style.find((l) => l.id === userLevelLayer(level))!;
      const coloured = { ...layer, paint: { ...(layer as { paint: object }).paint, 'fill-color': ['match', ['get', 'id'], ['110000'], '#ff0000', 'rgba(0,0,0,0)'] } } as LayerSpecification;
      expect(keysOf('fill')).toContain(programKey(coloured, PROPERTIES.fill));
    }
  });
});

describe("the first view's layers of one kind are drawn with one shader program", () => {
  // Each program is linked at the first frame that draws it; in software WebGL each link waits for the
  // GPU to finish what it has queued, 100 ms to a second at first load. A solid and a dashed line are
  // two programs in MapLibre; everything else of a kind shares its program.
  const kinds = (type: keyof typeof PROPERTIES, dashed?: boolean) =>
    firstView.filter((l) => l.type === type && (dashed === undefined || dashed === 'line-dasharray' in ((l as { paint?: object }).paint ?? {})));
  it.each([
    ['fill', undefined, ['land', 'china-land', 'pilots-fill']],
    ['line', false, ['coast', 'china-county-lines', 'china-prefecture-lines', 'china-outline', 'pilots-outline']],
    ['line', true, ['borders', 'china-province-lines', 'pilots-outline-approximate']],
  ] as const)('%s layers (dashed: %s)', (type, dashed, some) => {
    const layers = kinds(type, dashed);
    // The layers the test is about are there (a renamed layer fails here, not silently).
    expect(layers.map((l) => l.id)).toEqual(expect.arrayContaining([...some]));
    const keys = new Map(layers.map((l) => [l.id, programKey(l, PROPERTIES[type])]));
    expect(new Set(keys.values()), JSON.stringify(Object.fromEntries(keys), null, 1)).toHaveLength(1);
  });

  it("the pilots' fill faded under a plan keeps its program", () => {
    const fill = firstView.find((l) => l.id === 'pilots-fill')!;
    const faded = { ...fill, paint: { ...(fill as { paint: object }).paint, 'fill-opacity': fromFeature(0.05) } } as LayerSpecification;
    expect(programKey(faded, PROPERTIES.fill)).toBe(programKey(fill, PROPERTIES.fill));
  });
});

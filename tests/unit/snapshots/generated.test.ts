// Exact file snapshots of what the app and the pipeline generate from the shipped data: the map
// style, the national SVG, the compiled plans and the legend models. Cheap to run, and any change
// to them shows up as a diff to review (`npx vitest run --project unit -u` accepts it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type BasemapNames } from '../../../pipeline/basemap/build.ts';
import { compileAll } from '../../../src/core/layout/index.ts';
import type { PilotsFile } from '../../../src/core/schema/pilots.ts';
import { colourOf, legendModel } from '../../../src/core/thematic/legend.ts';
import { MEASURE_IDS } from '../../../src/core/thematic/measures.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { nationalSvg } from '../../../src/map-export/national-svg.ts';
import { basemapStyle } from '../../../src/render/basemap-style.ts';
import { chinaStyle } from '../../../src/render/china-style.ts';
import { pilotsStyle } from '../../../src/render/pilots-style.ts';
import { realInputs } from '../export/real-inputs.ts';
import { ctx, specs } from '../layout/fixtures.ts';
import { realData } from '../thematic/real-data.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A style with each inline GeoJSON source's data replaced by its feature count or geometry type (the data has tests of its own). */
function withDataCounted(style: { sources: Record<string, { type: string; data?: unknown }> }): unknown {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => {
      const data = source.data as { type?: string; features?: unknown[]; geometry?: { type: string } | null } | undefined;
      if (source.type !== 'geojson' || typeof data !== 'object' || data === null) return [id, source];
      const counted = data.type === 'FeatureCollection' ? { features: data.features?.length } : { geometry: data.geometry?.type ?? null };
      return [id, { ...source, data: { type: data.type, ...counted } }];
    }),
  );
  return { ...style, sources };
}

describe('generated files, compared byte for byte with the snapshots', () => {
  it('the map style, in Chinese and English', async () => {
    const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
    const basemap = buildBasemap(world, JSON.parse(readFileSync('data/basemap/names.json', 'utf8')) as BasemapNames);
    const { china, pilots } = realInputs();
    for (const lang of ['zh', 'en'] as const) {
      const style = basemapStyle(basemap, lang, [chinaStyle(china, lang), pilotsStyle(pilots as PilotsFile, lang)]);
      await expect(json(withDataCounted(style as never))).toMatchFileSnapshot(`__snapshots__/map-style.${lang}.json`);
    }
  });

  it('the legend model of every measure, in Chinese and English', async () => {
    const data = await realData();
    const ids = data.pilots.map((p) => p.id);
    const models = MEASURE_IDS.flatMap((measure) =>
      (['zh', 'en'] as const).map((lang) => legendModel(pilotValues(data.records, measure, null), ids, { measure, lang })),
    );
    await expect(json(models)).toMatchFileSnapshot('__snapshots__/legend-models.json');
  });

  it('every shipped plan, compiled', async () => {
    const { collection, errors, layouts } = compileAll(specs(), ctx);
    expect(errors).toEqual([]);
    await expect(json(layouts)).toMatchFileSnapshot('__snapshots__/layouts-index.json');
    await expect(json(collection)).toMatchFileSnapshot('__snapshots__/layouts.geojson');
  });

  it('the national SVG: the 2020 urbanization targets, in Chinese', async () => {
    const inputs = realInputs();
    const data = await realData();
    const values = pilotValues(data.records, 'urbanization_target', 2020);
    const model = legendModel(values, data.pilots.map((p) => p.id), { measure: 'urbanization_target', year: 2020, lang: 'zh' });
    const svg = nationalSvg({
      china: inputs.china,
      southChinaSea: inputs.southChinaSea,
      land: inputs.land,
      pilots: inputs.pilots,
      colourOf: colourOf(model, values),
      legend: model,
      title: model.title,
      source: '国家发展改革委',
      date: '2025-01-01',
      lang: 'zh',
    });
    await expect(svg).toMatchFileSnapshot('__snapshots__/national-urbanization-target-2020.zh.svg');
  });
});

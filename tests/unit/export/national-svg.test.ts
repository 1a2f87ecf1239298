import { beforeAll, describe, expect, it } from 'vitest';
import { colourOf, legendModel, type LegendModel } from '../../../src/core/thematic/legend.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { kmPerPx } from '../../../src/map-export/projection.ts';
import { nationalLayout } from '../../../src/map-export/national-layout.ts';
import { nationalSvg, type NationalSvgInput } from '../../../src/map-export/national-svg.ts';
import { PILOT_PALETTE } from '../../../src/render/pilots-style.ts';
import { realData } from '../thematic/real-data.ts';
import { realInputs } from './real-inputs.ts';
import { xmlProblems } from './xml-check.ts';

let base: Omit<NationalSvgInput, 'title' | 'source' | 'date' | 'lang'>;
let model: LegendModel;
let fill: (id: string) => string;
let plain: string;
let thematic: string;

/** The element with this id, from its start tag to its matching end tag (ids are unique in our SVG). */
function group(svg: string, id: string): string {
  const start = svg.indexOf(`<g id="${id}"`);
  if (start < 0) return '';
  let depth = 0;
  for (const m of svg.slice(start).matchAll(/<(\/?)g\b[^>]*?(\/?)>/g)) {
    if (m[2]) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return svg.slice(start, start + m.index! + m[0].length);
  }
  return '';
}
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
/** Towns and zones, and pilots drawn at an approximate extent, are circles on the national map. */
const drawnAsCircle = (f: NationalSvgInput['pilots']['features'][number]) => f.geometry.type === 'Point' || (f.properties.extent === 'approximate' && f.properties.centre !== undefined);

beforeAll(async () => {
  const inputs = realInputs();
  const data = await realData();
  const values = pilotValues(data.records, 'urbanization_target', 2020);
  model = legendModel(values, data.pilots.map((p) => p.id), { measure: 'urbanization_target', year: 2020, lang: 'zh' });
  fill = colourOf(model, values);
  base = { china: inputs.china, southChinaSea: inputs.southChinaSea, land: inputs.land, pilots: inputs.pilots };
  const meta = { source: '国家发展改革委试点文件', date: '2025-01-01', lang: 'zh' as const };
  plain = nationalSvg({ ...base, title: '国家新型城镇化综合试点', subtitle: '三批试点', ...meta });
  thematic = nationalSvg({ ...base, colourOf: fill, legend: model, title: model.title, ...meta });
}, 60_000); // real boundaries and corpus: slow on a loaded 2-core machine

describe('nationalSvg on the real data', () => {
  it('writes a well-formed standalone SVG document of 1200 × 900 px with a viewBox', () => {
    for (const svg of [plain, thematic]) {
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="900" viewBox="0 0 1200 900"/);
    }
    // Small enough to mail: provinces are thinned to what 0.35 px can show.
    expect(plain.length).toBeLessThan(1_000_000);
  });

  it('titles and describes the map, naming the projection and the source', () => {
    expect(plain).toContain('<title id="map-title">国家新型城镇化综合试点</title>');
    const desc = /<desc id="map-desc">([^<]*)<\/desc>/.exec(plain)?.[1];
    expect(desc).toContain('标准纬线北纬25°和47°，中央经线东经105°');
    expect(desc).toContain('资料来源：国家发展改革委试点文件');
    expect(plain).toContain('制图日期：2025-01-01');
  });

  it('carries the South China Sea inset in its own frame in the lower right, with the islands, 南海诸岛 and 示意', () => {
    const inset = group(plain, 'scs-inset');
    expect(inset).not.toBe('');
    const islands = group(inset.replace('<g class="islands"', '<g id="islands"'), 'islands');
    // Both features of data/geo/south-china-sea.topo.json (东沙群岛, 三沙市) are drawn.
    expect(count(islands, /<path d="M/g)).toBe(base.southChinaSea.features.length);
    expect(inset).toContain('>南海诸岛</text>');
    expect(inset).toContain('>示意</text>');
    const [x, y] = /transform="translate\(([\d.]+) ([\d.]+)\)"/.exec(inset)!.slice(1).map(Number) as [number, number];
    const { frame } = nationalLayout();
    expect(x).toBeGreaterThan(600);
    expect(y).toBeGreaterThan(450);
    expect(x + 170).toBeLessThanOrEqual(frame[1][0]);
    expect(y + 220).toBeLessThanOrEqual(frame[1][1]);
  });

  it('labels the inset in English for an English map', () => {
    const en = nationalSvg({ ...base, title: 'Pilots', source: 'NDRC', date: '2025-01-01', lang: 'en' });
    const inset = group(en, 'scs-inset');
    expect(inset).toMatch(/>South China Sea<\/tspan><tspan[^>]*>Islands<\/tspan>/);
    expect(inset).toContain('>schematic</text>');
    expect(en).toContain('standard parallels 25° N and 47° N, central meridian 105° E');
  });

  it('draws one legend row per class of the model, highest first, then no data, with its labels and counts in order', () => {
    const rows = [...thematic.matchAll(/<g class="legend-row">(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(model.classes.length + 1);
    const expected = [...[...model.classes].reverse(), model.noData];
    rows.forEach((row, i) => {
      expect(row).toContain(`fill="${expected[i]!.colour}"`);
      expect(row).toContain(`class="legend-label">${expected[i]!.label}</text>`);
      expect(row).toContain(`class="legend-count">${expected[i]!.count}</text>`);
    });
    expect(thematic).toContain(`class="legend-title">${model.title}</text>`);
  });

  it('fills each pilot with colourOf, areas as paths and towns and zones as circles', () => {
    const areas = base.pilots.features.filter((f) => !drawnAsCircle(f));
    const points = base.pilots.features.filter(drawnAsCircle);
    for (const f of areas) expect(thematic).toMatch(new RegExp(`<path d="M[^"]+" fill="${fill(f.properties.id)}"[^>]* data-id="${f.properties.id}">`));
    for (const f of points) expect(thematic).toMatch(new RegExp(`<circle [^>]*fill="${fill(f.properties.id)}"[^>]* data-id="${f.properties.id}">`));
    expect(count(group(thematic, 'map'), /data-id="/g)).toBe(63);
  });

  it('leaves out the pilots colourOf returns null for', () => {
    const kept = new Set(base.pilots.features.slice(0, 10).map((f) => f.properties.id));
    const svg = nationalSvg({ ...base, colourOf: (id) => (kept.has(id) ? '#123456' : null), title: 't', source: 's', date: 'd', lang: 'zh' });
    expect(count(svg, /data-id="/g)).toBe(10);
  });

  it('without colourOf fills pilots in the accent red and keys them with the plain legend and its counts', () => {
    const areas = base.pilots.features.filter((f) => !drawnAsCircle(f)).length;
    expect(count(group(plain, 'map'), new RegExp(`fill="${PILOT_PALETTE.fill}"`, 'g'))).toBe(63);
    expect(plain).toContain('class="legend-label">试点地区</text>');
    expect(plain).toContain(`class="legend-count">${areas}</text>`);
    expect(plain).toContain(`class="legend-count">${63 - areas}</text>`);
  });

  it('draws provinces with dash-dot borders and the national outline', () => {
    expect(plain).toMatch(/<path class="province-lines" d="M[^"]+" fill="none" stroke="#8f8677" stroke-width="0.8" stroke-dasharray="6 2 1.5 2"/);
    expect(plain).toMatch(/<path class="outline" d="M[^"]+"/);
    expect(count(group(plain, 'map'), /<g class="provinces">/g)).toBe(1);
  });

  it('clips everything on the map to the frame', () => {
    const { frame } = nationalLayout();
    const map = group(plain, 'map');
    const numbers = [...map.matchAll(/ d="([^"]+)"/g)].flatMap((m) => m[1]!.split(/[MLZ,]/).filter((s) => s !== '').map(Number));
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(frame[0][0] - 0.1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(frame[1][0] + 0.1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(frame[0][1] - 0.1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(frame[1][1] + 0.1);
  });

  it('sizes the scale bar by the projection’s scale along the parallel through the map’s centre', () => {
    const layout = nationalLayout();
    const [, km, px] = /class="scale-bar"[^>]* data-km="([\d.]+)" data-px="([\d.]+)"/.exec(plain)!.map(Number);
    expect([100, 200, 250, 500, 1000]).toContain(km);
    expect(px).toBeLessThanOrEqual(160);
    expect(km! / px!).toBeCloseTo(kmPerPx(layout.projection, layout.centre), 2);
    expect(plain).toContain('>千米</text>');
  });

  it('has a north arrow', () => {
    expect(plain).toMatch(/<g class="north-arrow"[^>]*><polygon [^>]+\/><polygon [^>]+\/><text [^>]+>北<\/text><\/g>/);
  });

  it('writes titles, names and sources as text: markup in them never becomes markup', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const svg = nationalSvg({ ...base, title: hostile, subtitle: hostile, source: hostile, date: '"><g onload="x', lang: 'en' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"><g onload');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
  });
});

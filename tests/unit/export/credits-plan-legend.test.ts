import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/app/i18n.ts';
import type { Lang } from '../../../src/core/url-state.ts';
import { sourceLine } from '../../../src/map-export/labels.ts';
import { planLegendContent } from '../../../src/map-export/legend-content.ts';
import { estimateText, LEGEND_METRICS, layoutLegend } from '../../../src/map-export/legend-layout.ts';
import { nationalSvg } from '../../../src/map-export/national-svg.ts';
import { PRINT_PAGE, printZoom } from '../../../src/map-export/print.ts';
import { svgLegend } from '../../../src/map-export/svg-legend.ts';
import { LAYOUT_STYLE } from '../../../src/render/palette.ts';
import { realInputs } from './real-inputs.ts';
import { xmlProblems } from './xml-check.ts';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'data/sources/manifest.json'), 'utf8')) as { documents: { title: string; titleEn: string }[] };
const yantai = JSON.parse(readFileSync(join(root, 'data/layouts/yantai.json'), 'utf8')) as { formula: string; parts: { elements: { kind: string }[] }[] };

/** The credits of the national map as the export menu writes them: every document, then the boundaries' licence. */
const credits = (lang: Lang) =>
  `${manifest.documents.map((d) => (lang === 'zh' ? d.title : d.titleEn)).join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '. '}${t(lang, 'boundaryCredit')}`;

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the national SVG’s credits', () => {
  const inputs = realInputs();
  for (const lang of ['zh', 'en'] as const) {
    it(`wrap to the page's width, every word kept, the map frame above them (${lang})`, () => {
      const source = credits(lang);
      const svg = nationalSvg({ china: inputs.china, southChinaSea: inputs.southChinaSea, land: inputs.land, pilots: inputs.pilots, title: 'T', source, date: '2026-11-26', lang });
      expect(xmlProblems(svg)).toEqual([]);
      const lines = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="11"[^>]*class="source">([^<]*)<\/text>/g)].map((m) => ({ x: +m[1]!, y: +m[2]!, text: unescape(m[3]!) }));
      // One line of this length would run 1.7 to 2.4 times past the page's right edge.
      expect(estimateText(sourceLine(source, '2026-11-26', lang), 11)).toBeGreaterThan(1.5 * 1200);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        expect(line.x).toBe(24);
        expect(line.x + estimateText(line.text, 11), line.text).toBeLessThanOrEqual(1200 - 24);
        expect(line.y).toBeLessThanOrEqual(900 - 24);
      }
      const joined = lines.map((l) => l.text).join(lang === 'zh' ? '' : ' ');
      expect(joined.replace(/\s+/g, '')).toBe(sourceLine(source, '2026-11-26', lang).replace(/\s+/g, ''));
      // The map's frame ends above the first line.
      const frame = /<rect x="24" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none" stroke="#2b2722"/.exec(svg)!;
      expect(+frame[1]! + +frame[3]!).toBeLessThan(lines[0]!.y - 11);
    }, 30_000);
  }
});

describe('planLegendContent', () => {
  const kinds = [...new Set(yantai.parts.flatMap((p) => p.elements.map((e) => e.kind)))];

  it('gives the plan’s formula and one row per kind of its elements, drawn as the overlay draws them', () => {
    const legend = planLegendContent({ formula: yantai.formula, kinds }, 'zh');
    expect(legend.title).toBe('“一核引领、三带贯通、六圈聚力、多点支撑”');
    expect(legend.note).toBe('示意图，非法定规划');
    expect(legend.caveat).toBe('地点位置为近似（据一般知识，非实测）；范围、半径和宽度均为示意');
    expect(planLegendContent({ formula: yantai.formula, kinds }, 'en').caveat).toBe(
      'Place positions are approximate (general knowledge, not surveyed); extents, radii and widths are schematic',
    );
    expect(legend.rows.map((r) => r.label)).toEqual(['核', '带', '圈', '点 / 极', '联动']);
    const row = (label: string) => legend.rows.find((r) => r.label === label)!;
    expect(row('核')).toMatchObject({ shape: 'box', colour: 'rgb(206,38,38)', edge: 'rgba(160,20,20,1)' });
    expect(row('核').opacity).toBeCloseTo(LAYOUT_STYLE.core!.fill[3] / 255, 2);
    expect(row('带')).toMatchObject({ shape: 'box', edge: 'none' });
    expect(row('圈')).toMatchObject({ shape: 'box', rounded: true, dash: [4, 3] });
    expect(row('点 / 极')).toMatchObject({ shape: 'circle', colour: 'rgb(206,38,38)' });
    expect(row('联动')).toMatchObject({ shape: 'line', dash: [5, 3] });
    expect(planLegendContent({ formula: yantai.formula, kinds }, 'en').rows.map((r) => r.label)).toEqual(['Core', 'Belt', 'Circle', 'Node', 'Link']);
  });

  it('draws as SVG: a dashed rounded box for circles, a dashed line for links, no edge on belts', () => {
    const svg = svgLegend(layoutLegend(planLegendContent({ formula: yantai.formula, kinds }, 'zh'), estimateText), 0, 0);
    expect(xmlProblems(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`)).toEqual([]);
    expect(svg).toContain('rx="6" fill="rgb(40,110,170)" fill-opacity="0.11" stroke="rgba(30,90,150,1)" stroke-width="0.8" stroke-dasharray="4 3"');
    expect(svg).toMatch(/<line [^>]*stroke="rgba\(90,90,90,0.9\)" stroke-width="2" stroke-dasharray="5 3"\/>/);
    expect(svg).toMatch(/fill="rgb\(238,160,30\)" fill-opacity="0.33" stroke="none"\/>/);
    expect(svg).toContain('>示意图，非法定规划</text>');
  });

  it('wraps the caveat under the note, inside the legend box, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const content = planLegendContent({ formula: yantai.formula, kinds }, lang);
      const box = layoutLegend(content, estimateText);
      // Wrapped, not one line as wide as the sentence: the box is no wider than without the caveat, or its minimum.
      expect(box.caveat.length, lang).toBeGreaterThan(1);
      const without = layoutLegend({ ...content, caveat: undefined }, estimateText).width;
      expect(box.width, lang).toBeLessThanOrEqual(Math.max(without, LEGEND_METRICS.caveatWidth) + 1);
      expect(box.caveat.map((l) => l.text).join(lang === 'zh' ? '' : ' ')).toBe(content.caveat);
      for (const line of box.caveat) expect(estimateText(line.text, LEGEND_METRICS.noteSize) + LEGEND_METRICS.padding * 2, line.text).toBeLessThanOrEqual(box.width);
      expect(box.caveat[0]!.baseline).toBeGreaterThan(box.noteBaseline!);
      expect(box.height).toBeGreaterThan(box.caveat.at(-1)!.baseline);
      const svg = svgLegend(box, 0, 0);
      for (const line of box.caveat) expect(svg).toContain(`class="legend-caveat">${line.text}</text>`);
    }
  });
});

describe('printZoom', () => {
  it('fits the map as shown on screen to the printed map’s box, keeping its proportions', () => {
    const mm = 96 / 25.4;
    // A wide map fills the A4 page's width; a tall one its map height.
    expect(1280 * printZoom(1280, 669, 'A4')).toBeCloseTo(PRINT_PAGE.A4.width * mm - 2, 6);
    expect(669 * printZoom(1280, 669, 'A4')).toBeLessThan(PRINT_PAGE.A4.mapHeight * mm);
    expect(900 * printZoom(800, 900, 'A4')).toBeCloseTo(PRINT_PAGE.A4.mapHeight * mm - 2, 6);
    expect(printZoom(1280, 669, 'A3')).toBeGreaterThan(printZoom(1280, 669, 'A4'));
  });

  it('agrees with print.css on the page sizes', () => {
    const css = readFileSync(join(root, 'src/map-export/print.css'), 'utf8');
    expect(css).toContain(`--print-map-height: ${PRINT_PAGE.A4.mapHeight}mm`);
    expect(css).toContain(`--print-map-height: ${PRINT_PAGE.A3.mapHeight}mm`);
    expect(css).toMatch(/Printable area less the title line: A4 landscape 277 × 190 mm, A3 landscape 400 × 277 mm/);
  });
});

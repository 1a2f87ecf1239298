import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { colourShares, hexToRgb, openAtlas, type Rect, type Rgb } from './page.ts';

// Exports and printing of what a person sees: the Yantai plan over the map, and the national pilots.
const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Overlay colours (src/render/palette.ts): core outline, belt line, circle line, node fill; pilot town markers. */
const OVERLAY: Record<string, Rgb> = { coreLine: [160, 20, 20], beltLine: [196, 116, 0], circleLine: [30, 90, 150], node: [206, 38, 38] };
const TOWN: Rgb = [196, 48, 43];

/** Share of the pixels of `png` (or of a rectangle of it) within `tolerance` of each colour. */
const shares = async (page: Page, png: Buffer, colours: Record<string, Rgb>, rect?: Rect, tolerance = 8): Promise<Record<string, number>> =>
  (await colourShares(page, png, colours, tolerance, rect)).shares;

async function download(page: Page, name: string): Promise<Buffer> {
  await page.click('.export-menu > summary');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-export="${name}"]`)]);
  return readFileSync((await file.path())!);
}

let plan: Page;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  plan = (await openAtlas(browser(), `${baseUrl}?layout=yantai`)).page;
});

afterAll(async () => {
  await plan?.close();
});

describe('exports with a plan open (烟台 “一核引领、三带贯通、六圈聚力、多点支撑”)', () => {
  it('saves a PNG with the plan’s overlay and the plan’s legend, not the pilots’ legend', async () => {
    // deck.gl draws the plan within MapLibre's frame: the map has one canvas (one WebGL context), the plan in it.
    const canvases = await plan.evaluate(() => [...document.querySelectorAll('.atlas-map canvas')].map((c) => c.className));
    expect(canvases).toEqual(['maplibregl-canvas']);
    const canvas = await plan.evaluate(() => document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.toDataURL('image/png'));
    const live = await shares(plan, Buffer.from(canvas.split(',')[1]!, 'base64'), OVERLAY);
    for (const [name, share] of Object.entries(live)) expect(share, `${name} in the map's canvas`).toBeGreaterThan(0.0002);
    const png = await download(plan, 'png-2');
    writeFileSync('test-results/export-plan-2x.png', png);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const overlay = await shares(plan, png, OVERLAY);
    for (const [name, share] of Object.entries(overlay)) expect(share, name).toBeGreaterThan(0.0002);
    // The legend stands bottom right, above the source strip: the node's dot and the core's outline are
    // in that corner only through the legend (the overlay's nodes and core lie further left and up).
    const corner = await shares(plan, png, OVERLAY, { x: width - 700, y: height - 680, width: 690, height: 600 });
    expect(corner.node, 'node swatch').toBeGreaterThan(0.0002);
    expect(corner.circleLine, 'circle swatch').toBeGreaterThan(0.00005);
    // No pilots legend bottom left, plain or thematic (the map shows no measure under a plan, as on screen):
    // the plain legend's town dot, or the thematic legend's darkest classes, would be the only such colours there.
    const classes = await plan.evaluate(() => window.pilotAtlas.getView()!.model.classes.map((c) => c.colour));
    const dark = Object.fromEntries(classes.slice(-2).map((hex, i) => [`class${i}`, hexToRgb(hex)]));
    const left = await shares(plan, png, { town: TOWN, ...dark }, { x: 0, y: height - 680, width: 700, height: 600 }, 4);
    expect(left).toEqual({ town: 0, class0: 0, class1: 0 });
  });

  it('saves an SVG of the plan: its overlay, labels and legend, the credits inside the page; the national SVG stays national', async () => {
    const measure = async (svg: string) =>
      plan.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
        document.body.append(root);
        const texts = (selector: string) => [...root.querySelectorAll<SVGTextElement>(selector)].map((t) => t.textContent ?? '');
        const result = {
          error: doc.querySelector('parsererror') !== null,
          width: Number(root.getAttribute('width')),
          viewBox: root.getAttribute('viewBox'),
          title: texts('text.title')[0],
          labels: texts('text.plan-label'),
          members: texts('text.plan-member'),
          legend: texts('.legend text'),
          caveat: texts('.legend text.legend-caveat'),
          areas: root.querySelectorAll('.plan-areas path').length,
          credits: [...root.querySelectorAll<SVGTextElement>('text.source')].map((t) => ({ text: t.textContent ?? '', right: t.getBBox().x + t.getBBox().width })),
        };
        root.remove();
        return result;
      }, svg);

    const svg = (await download(plan, 'svg')).toString('utf8');
    writeFileSync('test-results/export-plan.svg', svg);
    const got = await measure(svg);
    expect(got.error).toBe(false);
    expect(got.title).toBe('烟台“一核引领、三带贯通、六圈聚力、多点支撑”城镇空间布局');
    expect(got.labels).toEqual(expect.arrayContaining(['烟台中心城区', '北部沿海城镇化综合发展带', '莱州圈', '栖霞圈']));
    expect(got.members.length).toBeGreaterThan(5);
    expect(got.areas).toBeGreaterThanOrEqual(10);
    expect(got.legend).toEqual(expect.arrayContaining(['“一核引领、三带贯通、六圈聚力、多点支撑”', '核', '带', '圈', '点 / 极', '联动', '示意图，非法定规划']));
    expect(got.legend).not.toContain('试点地区');
    // Under it, wrapped over lines: positions approximate, extents, radii and widths schematic.
    expect(got.caveat.length).toBeGreaterThan(1);
    expect(got.caveat.join('')).toBe('地点位置为近似（据一般知识，非实测）；范围、半径和宽度均为示意');
    expect(got.credits.map((c) => c.text).join('')).toContain('政府资料开放授权条款');
    for (const line of got.credits) expect(line.right, line.text).toBeLessThanOrEqual(got.width - 24);

    // The national SVG, still offered with a plan open, is titled as the national map (its measure,
    // or the atlas), not as the plan, and its many documents' credits wrap inside the page.
    const national = await measure((await download(plan, 'svg-national')).toString('utf8'));
    expect(national.title).toBe(await plan.evaluate(() => window.pilotAtlas.getView()?.model.title ?? '新型城镇化试点图谱'));
    expect(national.title).not.toBe(got.title);
    expect(national.credits.length).toBeGreaterThanOrEqual(2);
    for (const line of national.credits) expect(line.right, line.text).toBeLessThanOrEqual(national.width - 24);
  });

  it('prints the plan overlay, titled with the plan, and puts the page back after', async () => {
    const title = await plan.evaluate(() => document.title);
    await plan.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await plan.emulateMedia({ media: 'print' });
    const printed = await plan.evaluate(() => {
      const snapshot = document.querySelector<HTMLCanvasElement>('.atlas-map .print-snapshot');
      const box = snapshot?.getBoundingClientRect();
      const shown = (s: string) => {
        const e = document.querySelector(s);
        return e !== null && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden';
      };
      return {
        snapshot: snapshot ? { width: snapshot.width, height: snapshot.height, boxWidth: box!.width, boxHeight: box!.height } : null,
        heading: document.querySelector('.print-heading h1')?.textContent,
        appHeading: shown('.atlas-heading'),
        legend: shown('.layout-legend'),
        documentTitle: document.title,
      };
    });
    expect(printed.snapshot).not.toBeNull();
    expect(printed.snapshot!.width).toBeGreaterThan(600);
    expect(printed.snapshot!.boxWidth).toBeGreaterThan(600);
    expect(printed.snapshot!.boxHeight).toBeGreaterThan(300);
    expect(printed.heading).toBe('烟台“一核引领、三带贯通、六圈聚力、多点支撑”城镇空间布局');
    expect(printed.appHeading).toBe(false);
    expect(printed.legend).toBe(true);
    // What the printed page shows: the overlay's colours, in the page as laid out for paper.
    const page = await plan.screenshot({ path: 'test-results/export-plan-print.png', fullPage: true });
    const onPaper = await shares(plan, page, OVERLAY);
    for (const [name, share] of Object.entries(onPaper)) expect(share, name).toBeGreaterThan(0.0002);
    // The PDF is A4 landscape and titled with the plan.
    const pdf = await plan.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync('test-results/export-plan-print.pdf', pdf);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
    expect([Math.round(+box[1]!), Math.round(+box[2]!)]).toEqual([842, 595]);
    await plan.emulateMedia({ media: 'screen' });
    await plan.evaluate(() => dispatchEvent(new Event('afterprint')));
    const after = await plan.evaluate(() => ({
      snapshot: document.querySelector('.print-snapshot') !== null,
      heading: document.querySelector('.print-heading') !== null,
      title: document.title,
    }));
    expect(after).toEqual({ snapshot: false, heading: false, title });
  });
});

describe('printing the national map', () => {
  it('keeps the pilot towns on paper, titled with the measure', async () => {
    // The plan's page, its plan closed and the view back on the whole country, as a link to the measure opens it.
    const page = plan;
    await page.evaluate(() => window.pilotAtlas.setState({ layout: null, indicator: 'urbanization_target', year: 2020, bounds: [73, 17.5, 135.5, 53.8] }));
    await page.evaluate(() => window.pilotAtlas.idle());
    expect(await page.evaluate(() => window.pilotAtlas.getState())).toMatchObject({ layout: null, indicator: 'urbanization_target', year: 2020 });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const heading = await page.evaluate(() => document.querySelector('.print-heading h1')?.textContent);
    expect(heading).toBe('常住人口城镇化率目标（2020年）');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.thematic-legend')!).display)).not.toBe('none');
    // The towns are drawn in their class colours with a grey ring (#5a5a5a), a colour nothing else on
    // the map has: count it in what prints and in the map's own canvas.
    const towns = await page.evaluate(() => {
      const grey = (canvas: HTMLCanvasElement) => {
        const copy = new OffscreenCanvas(canvas.width, canvas.height);
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - 90) <= 6 && Math.abs(pixels[i + 1]! - 90) <= 6 && Math.abs(pixels[i + 2]! - 90) <= 6) n++;
        return n;
      };
      return {
        snapshot: grey(document.querySelector<HTMLCanvasElement>('.print-snapshot')!),
        mapOnly: grey(document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!),
      };
    });
    expect(towns.snapshot).toBeGreaterThan(200);
    // One canvas draws them: what prints is that canvas.
    expect(Math.abs(towns.snapshot - towns.mapOnly)).toBeLessThan(towns.mapOnly * 0.05 + 20);
    await page.screenshot({ path: 'test-results/export-national-print.png', fullPage: true });
  });
});

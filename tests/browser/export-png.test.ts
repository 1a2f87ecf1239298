import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LegendModel } from '../../src/core/thematic/legend.ts';
import { CHINA_PALETTE } from '../../src/render/china-style.ts';
import { sourceStripHeight } from '../../src/map-export/png-layout.ts';
import { launchReducedMotion } from './chromium.ts';
import { pngDifference } from './page.ts';

/**
 * The golden export: composePng at 2× with the legend, over the known canvases below. It depends on
 * src/map-export's drawing alone (not on the data or the map), so it changes only when the export's
 * look does; then `PILOT_ATLAS_UPDATE_GOLDEN=1` writes it anew, to be looked at and committed.
 */
const GOLDEN = 'tests/browser/golden/export-png-legend-2x.png';
/** A pixel differs when a channel is off by more than this; at most this share of pixels may differ. */
const GOLDEN_TOLERANCE = { channel: 24, share: 0.002 };

// composePng in Chromium, on canvases of known colours. src/map-export/png.ts is bundled on the fly with
// vite's build API (an IIFE exposing `pilotExport`) and added to a blank page: no app, no map, so the
// test sees exactly what composePng draws.
let browser: Browser;
let page: Page;
let code: string;

const legend: LegendModel = {
  measure: 'urbanization_target',
  title: '常住人口城镇化率目标（2020年）',
  unit: '%',
  method: 'quantile',
  scheme: 'YlGnBu',
  breaks: [43.2, 59, 70, 94.5],
  classes: [
    { from: 43.2, to: 59, colour: '#edf8b1', count: 9, label: '43.2–59.0%' },
    { from: 59, to: 70, colour: '#7fcdbb', count: 17, label: '59.0–70.0%' },
    { from: 70, to: 94.5, colour: '#2c7fb8', count: 19, label: '70.0–94.5%' },
  ],
  noData: { colour: '#c8c8c8', count: 18, label: '无数据' },
  qualified: { about: 0, at_least: 0, at_most: 0 },
};

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'src/map-export/png.ts', formats: ['iife'], name: 'pilotExport', fileName: 'png' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('export-png › vite built no chunk for src/map-export/png.ts');
  return chunk.code;
}

interface Run {
  scale: 1 | 2 | 4;
  width: number;
  height: number;
  /** Backing size of the map's canvas, px. */
  backing: [number, number];
  withLegend?: boolean;
  /** Count the pixels of each colour (slow on large images). */
  count?: boolean;
}

/** Runs composePng on a blue map canvas with a green centre (as a plan drawn within the map); returns the PNG's size, some pixels and colour counts. */
const compose = (run: Run) =>
  page.evaluate(
    async ({ run, legend }) => {
      const canvas = (fill: (ctx: CanvasRenderingContext2D, w: number, h: number) => void) => {
        const c = document.createElement('canvas');
        [c.width, c.height] = run.backing;
        fill(c.getContext('2d')!, c.width, c.height);
        return c;
      };
      const mapCanvas = canvas((ctx, w, h) => {
        ctx.fillStyle = '#336699';
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#00ff00';
        ctx.fillRect(w * 0.4, h * 0.4, w * 0.2, h * 0.2);
      });
      const exporter = (window as unknown as { pilotExport: typeof import('../../src/map-export/png.ts') }).pilotExport;
      const blob = await exporter.composePng({
        mapCanvas,
        scale: run.scale,
        width: run.width,
        height: run.height,
        title: '国家新型城镇化综合试点',
        subtitle: 'Pilot Atlas',
        ...(run.withLegend ? { legend } : {}),
        source: '国家发展改革委',
        date: '2025-01-01',
        scaleBar: { km: 500, px: 120 },
        lang: 'zh',
      });
      const bitmap = await createImageBitmap(blob);
      const out = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = out.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const hex = (i: number) => `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      const at = (fx: number, fy: number) => hex((Math.floor(fy * bitmap.height) * bitmap.width + Math.floor(fx * bitmap.width)) * 4);
      const counts: Record<string, number> = {};
      if (run.count) for (let i = 0; i < data.length; i += 4) counts[hex(i)] = (counts[hex(i)] ?? 0) + 1;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let base64 = '';
      for (let i = 0; i < bytes.length; i += 0x8000) base64 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      // The map's last row, in the middle (nothing is drawn over it there), and the strip below it.
      const mapBottom = hex(((Math.round(run.height * run.scale) - 1) * bitmap.width + Math.floor(bitmap.width / 2)) * 4);
      const strip = hex(((bitmap.height - 1) * bitmap.width + Math.floor(bitmap.width * 0.9)) * 4);
      return { type: blob.type, size: [bitmap.width, bitmap.height], centre: at(0.5, 0.5), map: at(0.6, 0.3), mapBottom, strip, counts, png: btoa(base64) };
    },
    { run, legend },
  );

beforeAll(async () => {
  code = await bundle();
  browser = await launchReducedMotion();
  page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
  await page.addScriptTag({ content: code });
});

afterAll(async () => {
  await browser?.close();
});

describe('composePng in Chromium', () => {
  it('is a PNG of exactly width × scale by (height + its one-line source strip) × scale px, whatever the canvases’ backing size', async () => {
    for (const [scale, backing] of [[1, [640, 400]], [2, [1280, 800]], [4, [640, 400]], [2, [333, 211]]] as const) {
      const result = await compose({ scale, width: 640, height: 400, backing: [...backing] });
      expect(result.type).toBe('image/png');
      expect(result.size, `scale ${scale}, backing ${backing.join('×')}`).toEqual([640 * scale, (400 + sourceStripHeight(1)) * scale]);
    }
  });

  it('draws the map’s canvas stretched to fill', async () => {
    const result = await compose({ scale: 2, width: 640, height: 400, backing: [1280, 800] });
    expect(result.map).toBe('#336699');
    expect(result.centre).toBe('#00ff00');
    // The source strip is below the map, not over its bottom edge (where a national view has Hainan).
    expect(result.mapBottom).toBe('#336699');
    expect(result.strip).toBe('#ffffff');
  });

  it('draws a swatch of each class and of no data in the legend, at the scale asked for', async () => {
    const result = await compose({ scale: 2, width: 640, height: 400, backing: [640, 400], withLegend: true, count: true });
    // An 18 × 12 px swatch at 2×, less its anti-aliased edge.
    for (const colour of [...legend.classes.map((c) => c.colour), legend.noData.colour]) {
      expect(result.counts[colour] ?? 0, colour).toBeGreaterThan(16 * 10 * 4);
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/export-png.png', Buffer.from(result.png, 'base64'));
  });

  it('draws the same picture as the golden PNG, within a tolerance for anti-aliased edges', async () => {
    const png = Buffer.from((await compose({ scale: 2, width: 640, height: 400, backing: [640, 400], withLegend: true })).png, 'base64');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/export-png-golden-actual.png', png);
    if (process.env.PILOT_ATLAS_UPDATE_GOLDEN === '1' || (!existsSync(GOLDEN) && process.env.CI !== 'true')) {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, png);
    }
    const difference = await pngDifference(page, png, readFileSync(GOLDEN), GOLDEN_TOLERANCE.channel);
    expect(difference.size, `${GOLDEN} has another size than the export`).toBe(true);
    expect(difference.share, `${GOLDEN}: ${(difference.share * 100).toFixed(2)} % of the pixels differ (test-results/export-png-golden-actual.png is the new one)`).toBeLessThanOrEqual(
      GOLDEN_TOLERANCE.share,
    );
    // Drawn twice, the same bytes: the export is deterministic.
    const again = Buffer.from((await compose({ scale: 2, width: 640, height: 400, backing: [640, 400], withLegend: true })).png, 'base64');
    expect(again.equals(png)).toBe(true);
  });

  it('draws the plain pilots legend and the title block over the map, and the source strip below it', async () => {
    const result = await compose({ scale: 1, width: 640, height: 400, backing: [640, 400], count: true });
    const share = (colour: string) => (result.counts[colour] ?? 0) / (640 * 400);
    // The map's blue is left where nothing is drawn over it, and the overlays cover part of it.
    expect(share('#336699')).toBeGreaterThan(0.5);
    expect(share('#336699')).toBeLessThan(0.95);
    // The ink of text, the scale bar and the north arrow.
    expect(result.counts['#2b2722'] ?? 0).toBeGreaterThan(100);
    // The plain legend's dot for towns and zones, in the accent red.
    expect(result.counts['#c4302b'] ?? 0).toBeGreaterThan(30);
  });

  it('refuses a scale other than 1, 2 or 4, and sizes no canvas can have, saying why', async () => {
    await expect(compose({ scale: 3 as 2, width: 100, height: 100, backing: [100, 100] })).rejects.toThrow('png › scale must be 1, 2 or 4 (got 3)');
    await expect(compose({ scale: 4, width: 9000, height: 100, backing: [100, 100] })).rejects.toThrow(/png › 36000 × \d+ px is larger than a canvas can be/);
  });
});

describe('composePng on the built app’s own canvases', () => {
  it('copies the live map (MapLibre, preserveDrawingBuffer, the map’s one canvas) into the PNG', async () => {
    // The app's CSP (script-src 'self') would refuse the injected bundle: this page bypasses it.
    const app = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, bypassCSP: true });
    await app.goto(inject('baseUrl'));
    await app.waitForFunction(() => window.pilotAtlas !== undefined, undefined, { timeout: 60_000 });
    await app.evaluate(() => window.pilotAtlas.ready);
    await app.waitForSelector('html[data-atlas-ready="true"]', { timeout: 60_000 });
    await app.addScriptTag({ content: code });
    const result = await app.evaluate(async (land) => {
      const mapCanvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const { clientWidth: width, clientHeight: height } = mapCanvas.parentElement!.closest('.maplibregl-map')!;
      const exporter = (window as unknown as { pilotExport: typeof import('../../src/map-export/png.ts') }).pilotExport;
      const blob = await exporter.composePng({
        mapCanvas,
        scale: 1,
        width,
        height,
        title: '国家新型城镇化综合试点',
        source: '国家发展改革委',
        date: '2025-01-01',
        scaleBar: { km: 500, px: 100 },
        lang: 'zh',
      });
      const bitmap = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const target = [1, 3, 5].map((i) => Number.parseInt(land.slice(i, i + 2), 16));
      let landPixels = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - target[0]!) <= 3 && Math.abs(data[i + 1]! - target[1]!) <= 3 && Math.abs(data[i + 2]! - target[2]!) <= 3) landPixels += 1;
      }
      return { size: [bitmap.width, bitmap.height], css: [width, height], canvases: document.querySelectorAll('.atlas-map canvas').length, land: landPixels / (bitmap.width * bitmap.height) };
    }, CHINA_PALETTE.land);
    await app.close();
    // The map at its size, its one-line source strip below.
    expect(result.size).toEqual([result.css[0], result.css[1]! + sourceStripHeight(1)]);
    // The map has one canvas (deck.gl, loaded only with a plan, draws within it).
    expect(result.canvases).toBe(1);
    // China's land fills a good part of the home view: a blank (not preserved) WebGL canvas would give 0.
    expect(result.land).toBeGreaterThan(0.1);
  });
});

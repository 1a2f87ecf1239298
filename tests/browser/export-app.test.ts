import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { sourceStripHeight } from '../../src/map-export/png-layout.ts';
import { colourShares, openAtlas } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

// One page for both exports: the SVG's measure is set on it after the PNG.
let page: Page;
beforeAll(async () => {
  page = (await openAtlas(browser(), `${baseUrl}?indicator=urbanization_increase&year=2020`)).page;
});
afterAll(async () => {
  await page?.close();
});

describe('exports from the app', () => {
  it('saves a PNG of the view at 2× its size on screen, with the legend’s colours in it', async () => {
    await page.waitForSelector('.thematic-legend');
    const colours = await page.$$eval('.thematic-legend .legend-class .legend-swatch', (spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    const map = (await page.locator('#map').boundingBox())!;
    await page.click('.export-menu > summary');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-export="png-2"]')]);
    const file = await download.path();
    const bytes = readFileSync(file!);
    writeFileSync('test-results/export-app-2x.png', bytes);
    // The map at 2×, and below it the source strip: the document titles, the boundaries' credits and the date in a few lines.
    const size = pngSize(bytes);
    expect(size.width).toBe(Math.round(map.width) * 2);
    const strip = size.height / 2 - Math.round(map.height);
    expect([1, 2, 3, 4, 5, 6].map((lines) => sourceStripHeight(lines))).toContain(strip);
    const rgb = colours.map((c) => c.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number]);
    const { shares } = await colourShares(page, bytes, Object.fromEntries(rgb.map((c, i) => [`class${i}`, c])), 4);
    for (const [name, share] of Object.entries(shares)) expect(share, name).toBeGreaterThan(0);
  });

  it('saves the national SVG in an equal-area projection with the South China Sea inset', async () => {
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'urbanization_baseline', year: null }));
    await page.evaluate(() => window.pilotAtlas.idle());
    expect(await page.evaluate(() => window.pilotAtlas.getState())).toMatchObject({ indicator: 'urbanization_baseline', year: null });
    await page.click('.export-menu > summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, text: doc.documentElement.textContent ?? '' };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.text).toContain('南海诸岛');
  });
});

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Opens `url` at the given viewport and waits for `window.pilotAtlas.ready` and `data-atlas-ready`. */
export async function openAtlas(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.pilotAtlas !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.pilotAtlas.ready);
  await page.waitForSelector('html[data-atlas-ready="true"]', { timeout: 60_000 });
  return { page, requests, errors };
}

/** Saves a screenshot under test-results/ and returns its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync('test-results', { recursive: true });
  return page.screenshot({ path: `test-results/${name}.png` });
}

export type Rgb = [number, number, number];

export const hexToRgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Decodes a PNG in the page and returns, for each named colour, the share of pixels (of the whole
 * image, or of `rect`) within `tolerance` (per channel) of it, plus the number of distinct colours.
 */
export async function colourShares(
  page: Page,
  png: Buffer,
  colours: Record<string, Rgb>,
  tolerance = 6,
  rect?: Rect,
): Promise<{ shares: Record<string, number>; distinct: number }> {
  return page.evaluate(
    async ({ data, colours, tolerance, rect }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const r = rect ?? { x: 0, y: 0, width: image.width, height: image.height };
      const pixels = ctx.getImageData(r.x, r.y, r.width, r.height).data;
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      const distinct = new Set<number>();
      const total = pixels.length / 4;
      for (let i = 0; i < pixels.length; i += 4) {
        const r = pixels[i]!, g = pixels[i + 1]!, b = pixels[i + 2]!;
        distinct.add((r << 16) | (g << 8) | b);
        for (const [name, [cr, cg, cb]] of Object.entries(colours)) {
          if (Math.abs(r - cr) <= tolerance && Math.abs(g - cg) <= tolerance && Math.abs(b - cb) <= tolerance) counts[name]!++;
        }
      }
      const shares = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
      return { shares, distinct: distinct.size };
    },
    { data: png.toString('base64'), colours, tolerance, rect },
  );
}

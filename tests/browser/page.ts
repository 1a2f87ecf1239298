import { mkdirSync } from 'node:fs';
import { afterAll } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

const DESK = { width: 1280, height: 720 };

/** Waits for `window.pilotAtlas.ready` and `data-atlas-ready` on the page's current document. */
export async function atlasReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.pilotAtlas !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.pilotAtlas.ready);
  await page.waitForSelector('html[data-atlas-ready="true"]', { timeout: 60_000 });
}

function listen(page: Page): OpenedPage {
  const opened: OpenedPage = { page, requests: [], errors: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  return opened;
}

/** Opens `url` in a new page at the given viewport and waits for `window.pilotAtlas.ready` and `data-atlas-ready`. */
export async function openAtlas(browser: Browser, url: string, viewport = DESK): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const opened = listen(page);
  await page.goto(url);
  await atlasReady(page);
  return opened;
}

/**
 * Opens pages for a test file one at a time: `open(url, viewport)` closes the page it opened last
 * and opens the atlas at `url` in a new one, as `openAtlas` does; the last page closes after the
 * file. (A new page measured faster than navigating the old one to a new URL: about 16 s against
 * 21 s per load on a busy 2-core machine, as the old map's WebGL teardown overlaps the new load.)
 */
export function useAtlasPage(browser: () => Browser): (url: string, viewport?: { width: number; height: number }) => Promise<OpenedPage> {
  let last: Page | undefined;
  afterAll(async () => {
    if (last && !last.isClosed()) await last.close();
  });
  return async (url, viewport = DESK) => {
    if (last && !last.isClosed()) await last.close();
    const opened = await openAtlas(browser(), url, viewport);
    last = opened.page;
    return opened;
  };
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
 * Decodes a PNG in the page and returns, for each named colour, the share and the number of pixels
 * (of the whole image, or of `rect`, less the `exclude` boxes) within `tolerance` (per channel) of
 * it, plus the number of distinct colours.
 */
export async function colourShares(
  page: Page,
  png: Buffer,
  colours: Record<string, Rgb>,
  tolerance = 6,
  rect?: Rect,
  exclude: Rect[] = [],
): Promise<{ shares: Record<string, number>; counts: Record<string, number>; distinct: number }> {
  return page.evaluate(
    async ({ data, colours, tolerance, rect, exclude }) => {
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
      const excluded = (x: number, y: number) => exclude.some((e) => x >= e.x && x < e.x + e.width && y >= e.y && y < e.y + e.height);
      let total = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (exclude.length > 0 && excluded(r.x + ((i / 4) % r.width), r.y + Math.floor(i / 4 / r.width))) continue;
        total++;
        const red = pixels[i]!, g = pixels[i + 1]!, b = pixels[i + 2]!;
        distinct.add((red << 16) | (g << 8) | b);
        for (const [name, [cr, cg, cb]] of Object.entries(colours)) {
          if (Math.abs(red - cr) <= tolerance && Math.abs(g - cg) <= tolerance && Math.abs(b - cb) <= tolerance) counts[name]!++;
        }
      }
      const shares = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
      return { shares, counts, distinct: distinct.size };
    },
    { data: png.toString('base64'), colours, tolerance, rect, exclude },
  );
}

/** What floats over the map: legends, title, settings, inset, notes, panels and MapLibre's controls. */
const OVER_THE_MAP = [
  '.map-title',
  '.thematic-legend-box',
  '.user-legend-box',
  '.layout-legend-box',
  '.thematic-controls',
  '.scs-inset-box',
  '.atlas-legend-toggle',
  '.atlas-note',
  '.atlas-framed-note',
  '.atlas-tooltip',
  '.detail-panel',
  '.maplibregl-ctrl',
];

/**
 * The map's own pixels in a screenshot of the page: the map canvas's box, and the boxes of what
 * floats over it, to leave out (a legend's swatch is not the map).
 */
export async function mapArea(page: Page): Promise<{ rect: Rect; exclude: Rect[] }> {
  return page.evaluate((selectors) => {
    const round = (r: DOMRect) => ({ x: Math.max(0, Math.floor(r.x)), y: Math.max(0, Math.floor(r.y)), width: Math.ceil(r.width), height: Math.ceil(r.height) });
    const canvas = document.querySelector('#map canvas.maplibregl-canvas')!.getBoundingClientRect();
    const rect = round(canvas);
    rect.width = Math.min(rect.width, innerWidth - rect.x);
    rect.height = Math.min(rect.height, innerHeight - rect.y);
    const exclude = [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => round(e.getBoundingClientRect()))
      .filter((b) => b.width > 0 && b.height > 0);
    return { rect, exclude };
  }, OVER_THE_MAP);
}

/** Lets `n` animation frames of the page pass (what was drawn is then on screen, deck.gl's overlay too). */
export const frames = (page: Page | Frame, n = 2): Promise<void> =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    n,
  );

/**
 * Starts listening for the controller's next `event`; call the result for its payload. Listen before
 * the action that should cause it: a click on empty map, say, is then known to have been handled.
 */
export async function nextEvent(page: Page, event: 'select' | 'state' | 'view'): Promise<() => Promise<unknown>> {
  const key = `next-${event}-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([event, key]) => {
      const w = window as unknown as Record<string, Promise<unknown>>;
      w[key] = new Promise((resolve) => {
        const off = window.pilotAtlas.on(event as 'select', (payload) => {
          off();
          resolve(payload);
        });
      });
    },
    [event, key] as const,
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, Promise<unknown>>)[key], key);
}

/**
 * Compares two PNGs in the page: whether they have one size, the share of pixels that differ by
 * more than `channel` in some channel, and the largest difference.
 */
export const pngDifference = (page: Page, a: Buffer, b: Buffer, channel: number): Promise<{ size: boolean; share: number; worst: number }> =>
  page.evaluate(
    async ({ a, b, channel }) => {
      const pixels = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.width !== y.width || x.height !== y.height) return { size: false, share: 1, worst: 255 };
      let off = 0;
      let worst = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(Math.abs(x.data[i]! - y.data[i]!), Math.abs(x.data[i + 1]! - y.data[i + 1]!), Math.abs(x.data[i + 2]! - y.data[i + 2]!));
        worst = Math.max(worst, d);
        if (d > channel) off++;
      }
      return { size: true, share: off / (x.data.length / 4), worst };
    },
    { a: a.toString('base64'), b: b.toString('base64'), channel },
  );

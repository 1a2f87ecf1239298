// Time to first meaningful paint, the same way for every page: what the screen showed.
//
// The page is loaded cold with a CDP screencast running (PNG frames of the page as composited, at
// half size, each with the time it was presented). After the page is ready and the network quiet,
// each frame is decoded (in a blank page of the same browser, so nothing else runs meanwhile) and
// its choropleth pixels are counted: pixels of the map area (the surface element's box, less the
// boxes of the page's overlays such as legends and panels) of a strong blue, blue − red ≥ 70 and
// blue ≥ 130: the three darker ColorBrewer Blues classes every page's choropleth uses (#6baed6,
// #3182bd, #08519c), also where a page blends them over its land (the app's fills are translucent),
// and nothing of the pages' land, sea, borders or labels.
// First meaningful paint = the first frame showing at least half as many such pixels as the last
// frame (the view at ready), in ms since navigation start. The screencast costs the compositor some
// CPU, so these loads are separate from the loads that measure time to ready.
import type { Browser, Page } from 'playwright-core';
import { networkQuiet, openReady, VIEWPORT } from './page.ts';
import type { Target } from './targets.ts';

/** A choropleth pixel: a strong blue (Blues classes 3–5 of 5, opaque or blended over land). */
export const CHOROPLETH = { minBlueMinusRed: 70, minBlue: 130 };
/** Share of the ready frame's choropleth pixels a frame must show to count as the first meaningful paint. */
export const SHARE = 0.5;
const SCALE = 0.5;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaintResult {
  /** ms since navigation start; NaN when the ready frame shows no choropleth. */
  paintMs: number;
  readyMs: number;
  frames: number;
  /** Choropleth pixels (at half size) of the ready frame. */
  readyPixels: number;
}

interface Frame {
  data: string;
  /** ms since navigation start. */
  at: number;
}

/** The first frame reaching SHARE of the last frame's count (pure; counts given per frame, in time order). */
export function firstMeaningful(counts: readonly { at: number; pixels: number }[], share = SHARE): number {
  const last = counts.at(-1);
  if (!last || last.pixels === 0) return Number.NaN;
  return counts.find((c) => c.pixels >= last.pixels * share)!.at;
}

/** Counts choropleth pixels of PNG frames in a blank page of the browser. */
async function countPixels(decoder: Page, frames: readonly Frame[], area: Rect, masks: readonly Rect[]): Promise<number[]> {
  const counts: number[] = [];
  for (const frame of frames) {
    counts.push(
      await decoder.evaluate(
        async ({ data, area, masks, scale, blue }) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
          ctx.drawImage(bitmap, 0, 0);
          const s = bitmap.width / (scale * 1280);
          const x0 = Math.max(0, Math.floor(area.x * scale * s));
          const y0 = Math.max(0, Math.floor(area.y * scale * s));
          const x1 = Math.min(bitmap.width, Math.ceil((area.x + area.width) * scale * s));
          const y1 = Math.min(bitmap.height, Math.ceil((area.y + area.height) * scale * s));
          if (x1 <= x0 || y1 <= y0) return 0;
          const px = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
          const k = scale * s;
          let n = 0;
          for (let y = y0; y < y1; y++) {
            for (let x = x0; x < x1; x++) {
              const i = ((y - y0) * (x1 - x0) + (x - x0)) * 4;
              const r = px[i]!, b = px[i + 2]!;
              if (b - r < blue.minBlueMinusRed || b < blue.minBlue) continue;
              if (!masks.some((m) => x >= m.x * k && x < (m.x + m.width) * k && y >= m.y * k && y < (m.y + m.height) * k)) n++;
            }
          }
          return n;
        },
        { data: frame.data, area, masks, scale: SCALE, blue: CHOROPLETH },
      ),
    );
  }
  return counts;
}

/** One cold load of the target's national view with a screencast; its first meaningful paint. */
export async function paintLoad(browser: Browser, decoder: Page, target: Target): Promise<PaintResult> {
  const frames: { data: string; timestamp: number }[] = [];
  let stop: () => Promise<void> = async () => {};
  const opened = await openReady(browser, target.server, target.server.url + target.national, target.ready, async ({ context, page }) => {
    const cdp = await context.newCDPSession(page);
    cdp.on('Page.screencastFrame', (e) => {
      if (e.metadata.timestamp !== undefined) frames.push({ data: e.data, timestamp: e.metadata.timestamp });
      void cdp.send('Page.screencastFrameAck', { sessionId: e.sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', maxWidth: VIEWPORT.width * SCALE, maxHeight: VIEWPORT.height * SCALE, everyNthFrame: 1 });
    stop = () => cdp.send('Page.stopScreencast').then(() => undefined);
  });
  const { page, context, readyMs } = opened;
  await networkQuiet(target.server);
  const origin = await page.evaluate(() => performance.timeOrigin);
  // The last frame must show the view at ready: wait for a frame presented after it (at most 5 s;
  // on a loaded machine the screencast lags).
  for (let waited = 0; waited < 5000 && !frames.some((f) => f.timestamp * 1000 - origin >= readyMs); waited += 100) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  await stop();
  // (No named functions inside evaluated code: tsx would wrap them in a helper the page lacks.)
  const [area, ...masks] = await page.evaluate(
    ({ surface, overlays }) =>
      [document.querySelector(surface)!, ...(overlays ? document.querySelectorAll(overlays) : [])]
        .filter((e, i) => i === 0 || getComputedStyle(e).visibility !== 'hidden')
        .map((e) => e.getBoundingClientRect())
        .filter((r, i) => i === 0 || (r.width > 0 && r.height > 0))
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    { surface: target.surface, overlays: target.overlays },
  );
  await context.close();
  const timed = frames.map((f) => ({ data: f.data, at: f.timestamp * 1000 - origin })).sort((a, b) => a.at - b.at);
  const counts = await countPixels(decoder, timed, area!, masks);
  const series = timed.map((f, i) => ({ at: f.at, pixels: counts[i]! }));
  return { paintMs: firstMeaningful(series), readyMs, frames: timed.length, readyPixels: series.at(-1)?.pixels ?? 0 };
}

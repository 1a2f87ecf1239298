import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchReducedMotion } from './chromium.ts';
import { frames, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const appOrigin = new URL(baseUrl).origin;
let browser: Browser;
let host: Server;
let hostOrigin: string;

/** A host page on another origin embedding the map, recording the messages the map posts. */
const hostPage = (allowed: string, query: string) => `<!doctype html><meta charset="utf-8"><title>portal</title>
<h1>门户页面</h1>
<iframe id="atlas" width="900" height="560" style="border:0" src="${baseUrl}embed.html?${query}&origins=${encodeURIComponent(allowed)}"></iframe>
<script>
  window.received = [];
  addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(appOrigin)}) window.received.push(e.data); });
  window.send = (message) => document.getElementById('atlas').contentWindow.postMessage(message, ${JSON.stringify(appOrigin)});
</script>`;

beforeAll(async () => {
  browser = await launchReducedMotion();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // A blank page of the portal, for snippets pasted in by the tests.
    if (url.pathname === '/portal') return void res.end('<!doctype html><meta charset="utf-8"><title>门户</title>');
    res.end(hostPage(url.searchParams.get('allowed') ?? '', url.searchParams.get('q') ?? ''));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

async function openHost(allowed: string, query: string): Promise<{ page: Page; frame: Frame; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${hostOrigin}/?allowed=${encodeURIComponent(allowed)}&q=${encodeURIComponent(query)}`);
  const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
  await frame.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
  return { page, frame, requests };
}

describe('the embedded map in a page of another origin', () => {
  it('shows the requested view, talks to the allowed host, and requests nothing outside the two origins', async () => {
    const { page, frame, requests } = await openHost(hostOrigin, 'indicator=urbanization_baseline&lang=zh');
    await frame.waitForSelector('.thematic-legend', { state: 'attached' });
    expect(await frame.textContent('#embed-title')).toContain('常住人口城镇化率');
    expect(await frame.isVisible('.thematic-controls')).toBe(false);
    await page.waitForFunction(() => (window as unknown as { received: { type: string }[] }).received.some((m) => m.type === 'pilot-atlas:ready'));

    // The host sets the state; the map follows.
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { indicator: 'urbanization_increase', year: 2020, layout: 'not a layout!' } }));
    await frame.waitForFunction(() => window.pilotAtlas.getState().indicator === 'urbanization_increase');
    expect(await frame.evaluate(() => window.pilotAtlas.getState().layout)).toBeNull();

    // A bad value leaves its key as it was and every valid key applies; prototype keys stay out.
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { year: 'abc', classes: 5, indicator: { toString: 1 }, toString: null, __proto__: null, constructor: 'x' } }),
    );
    await frame.waitForFunction(() => window.pilotAtlas.getState().classes === 5);
    const after = await frame.evaluate(() => {
      const s = window.pilotAtlas.getState();
      return { year: s.year, indicator: s.indicator, own: ['toString', 'constructor', '__proto__'].filter((k) => Object.hasOwn(s, k)) };
    });
    expect(after).toEqual({ year: 2020, indicator: 'urbanization_increase', own: [] });
    // A message with 100,000 keys is answered at once (only the known keys are read).
    await page.evaluate(() => {
      const state: Record<string, unknown> = { indicator: 'urbanization_baseline' };
      for (let i = 0; i < 100_000; i++) state[`k${i}`] = i;
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state });
    });
    // (It took over 30 s when every key of the message was read.)
    await frame.waitForFunction(() => window.pilotAtlas.getState().indicator === 'urbanization_baseline', undefined, { timeout: 20_000 });

    // Bounds fit the frame as `bounds=` in the URL does (Shandong's coast); a bad year beside them is dropped alone.
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { bounds: [119, 36.5, 122.5, 38], year: 'abc' } }));
    await frame.waitForFunction(() => {
      const c = window.pilotAtlas.getState().camera;
      return c !== null && c.center[0] > 119 && c.center[0] < 122.5 && c.center[1] > 36.5 && c.center[1] < 38 && c.zoom > 6;
    });
    expect(await frame.evaluate(() => window.pilotAtlas.getState().bounds)).toEqual([119, 36.5, 122.5, 38]);
    // Bounds that are not [west, south, east, north] leave the view where it is.
    const fitted = await frame.evaluate(() => window.pilotAtlas.getState().camera);
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { bounds: [122.5, 36.5, 119, 38], classes: 4 } }));
    await frame.waitForFunction(() => window.pilotAtlas.getState().classes === 4);
    expect(await frame.evaluate(() => window.pilotAtlas.getState().camera)).toEqual(fitted);

    // A selection inside the map is posted to the host.
    await frame.evaluate(() => window.pilotAtlas.setState({ camera: { center: [110.0, 41.2], zoom: 7, bearing: 0, pitch: 0 } }));
    // The map has drawn the new view (a click while its tiles load finds nothing).
    await frame.evaluate(() => window.pilotAtlas.idle());
    const box = (await frame.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { received: { type: string; pilot?: string }[] }).received.some((m) => m.type === 'pilot-atlas:select' && m.pilot === 'neimenggu-baotou'));
    await frame.evaluate(() => window.pilotAtlas.idle());
    await frames(frame);
    await screenshot(page, 'embed-cross-origin');

    const origins = new Set(requests.map((u) => (/^(data|blob):/.test(u) ? 'local' : new URL(u).origin)));
    origins.delete('local');
    expect([...origins].sort()).toEqual([appOrigin, hostOrigin].sort());
    await page.close();
  });

  it('ignores messages from an origin it was not told to trust, and posts nothing to it', async () => {
    const { page, frame } = await openHost('http://127.0.0.1:1', 'indicator=urbanization_baseline');
    // The map's own listener was added when it loaded, before this one: when this one has the
    // message, the map has handled (and ignored) it.
    await frame.evaluate(() => {
      (window as unknown as { seen: Promise<void> }).seen = new Promise((resolve) => addEventListener('message', () => resolve(), { once: true }));
    });
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { indicator: 'area' } }));
    await frame.evaluate(() => (window as unknown as { seen: Promise<void> }).seen);
    await frames(frame);
    expect(await frame.evaluate(() => window.pilotAtlas.getState().indicator)).toBe('urbanization_baseline');
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
    await page.close();
  });
});

describe('the share / embed dialog', () => {
  it('gives iframe code for the current view that loads that view, drawn before MapLibre has loaded', async () => {
    const { nationalEn } = await shareCodes();
    expect(nationalEn).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=en&amp;bounds=/);
    const src = nationalEn.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The embed draws its first view, fitted to the frame, before MapLibre and the rest load (held here).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(src);
    await page.waitForSelector('canvas.atlas-preview', { state: 'attached', timeout: 60_000 });
    expect(await page.evaluate(() => [window.pilotAtlas === undefined, document.querySelectorAll('.maplibregl-canvas').length])).toEqual([true, 0]);
    release();
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(await page.textContent('#embed-title')).toMatch(/urbanization/i);
    // The map took the picture over: its canvas is the only one.
    expect(await page.$$eval('#map canvas', (c) => c.map((x) => x.className))).toEqual(['maplibregl-canvas']);
    await page.close();
  });
});

/** The embed frame of a page of the host's origin made of a snippet from the share dialog. */
async function hostSnippet(snippet: string, viewport: { width: number; height: number }): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(`${hostOrigin}/portal`);
  await page.setContent(`<!doctype html><meta charset="utf-8"><title>门户</title><body style="margin:20px">${snippet.replace(' loading="lazy"', '')}</body>`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 90_000 });
  return { page, frame };
}

let codes: Promise<{ nationalEn: string; nationalSmall: string; planMedium: string }> | undefined;

/**
 * Code from the share dialog of one app page at 1280 × 720, opened on the baseline rate: the national
 * view's iframe for the small preset, and in English; then, with Yantai's plan picked on the same page
 * (the map frames it, as a link to it does), the plan's iframe for the medium preset. The tests that use
 * them share the page's load.
 */
function shareCodes(): Promise<{ nationalEn: string; nationalSmall: string; planMedium: string }> {
  codes ??= (async () => {
    const { openAtlas } = await import('./page.ts');
    const { page } = await openAtlas(browser, `${baseUrl}?indicator=urbanization_baseline`);
    const openDialog = async () => {
      await page.click('#atlas-share');
      await page.waitForSelector('dialog.share-dialog[open]');
    };
    const iframe = () => page.inputValue('.share-dialog textarea[name="iframe"]');
    await openDialog();
    await page.selectOption('.share-dialog select[name="size"]', 'small');
    const nationalSmall = await iframe();
    await page.selectOption('.share-dialog select[name="lang"]', 'en');
    const nationalEn = await iframe();
    await screenshot(page, 'share-dialog');
    await page.click('.share-dialog button[value="close"]');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog.share-dialog')!.open);
    await page.evaluate(() => window.pilotAtlas.setState({ layout: 'yantai' }));
    await page.waitForSelector('.layout-legend');
    await page.evaluate(() => window.pilotAtlas.idle());
    await openDialog();
    await page.selectOption('.share-dialog select[name="size"]', 'medium');
    const planMedium = await iframe();
    await page.close();
    return { nationalEn, nationalSmall, planMedium };
  })();
  return codes;
}

/**
 * Where places fall in the frame's map (px from its top left), projected as MapLibre does in Web
 * Mercator with 512-px tiles, from the map's camera and size; and the boxes of what floats over it.
 */
const inFrame = (frame: Frame, points: [number, number][]) =>
  frame.evaluate((points) => {
    const map = document.getElementById('map')!;
    const { center, zoom } = window.pilotAtlas.getState().camera!;
    const world = 512 * 2 ** zoom;
    const x = (lng: number) => ((lng + 180) / 360) * world;
    const y = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
    const origin = map.getBoundingClientRect();
    const box = (selector: string) => {
      const e = map.querySelector<HTMLElement>(selector);
      if (!e || e.hidden || getComputedStyle(e).display === 'none') return null;
      const r = e.getBoundingClientRect();
      return { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
    };
    return {
      size: [map.clientWidth, map.clientHeight] as [number, number],
      zoom,
      points: points.map(([lng, lat]) => [x(lng) - x(center[0]) + map.clientWidth / 2, y(lat) - y(center[1]) + map.clientHeight / 2] as [number, number]),
      inset: box('.scs-inset-box'),
      covers: ['.map-title', '.thematic-legend-box', '.layout-legend-box', '.atlas-legend-toggle', '.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale'].map(box).filter((b) => b !== null),
    };
  }, points);

const inside = ([x, y]: [number, number], box: { x: number; y: number; width: number; height: number }) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

// China's extremes: Xinjiang's west (73.5° E), Heilongjiang's north (53.5° N) and east (134.7° E), Hainan's south (18.2° N);
// and mainland coasts near the inset's corner.
const EXTREMES: [number, number][] = [[73.5, 39.4], [123.3, 53.5], [134.7, 48.3], [109.5, 18.2]];
const COASTS: [number, number][] = [[121.9, 30.9], [119.6, 25.4], [117.1, 23.6], [113.6, 22.2], [110.2, 20.1], [121.6, 39.0]];

describe('embedding by bounds', () => {
  it('fits the national view of the share dialog into a 640 × 420 iframe, with the South China Sea inset and a folded attribution', async () => {
    const code = (await shareCodes()).nationalSmall;
    expect(code).toContain('width="640" height="420"');
    // The baseline rate is the default measure: the URL leaves it out.
    expect(code).toMatch(/embed\.html\?bounds=[\d.]+,[\d.]+,[\d.]+,[\d.]+"/);
    expect(code).not.toContain('zoom=');
    const { page, frame } = await hostSnippet(code, { width: 700, height: 480 });
    await frames(frame);
    await screenshot(page, 'embed-640x420-national');

    const seen = await inFrame(frame, [...EXTREMES, ...COASTS]);
    expect(seen.zoom).toBeLessThanOrEqual(2.7);
    for (const [i, p] of seen.points.slice(0, EXTREMES.length).entries()) {
      expect(inside(p, { x: 0, y: 0, width: seen.size[0], height: seen.size[1] }), `${EXTREMES[i]} at ${p}`).toBe(true);
    }
    // The inset is there, small, and hides no part of the mainland's edge.
    expect(seen.inset).not.toBeNull();
    expect(seen.inset!.width * seen.inset!.height).toBeLessThan(0.06 * seen.size[0] * seen.size[1]);
    for (const [i, p] of seen.points.entries()) expect(inside(p, seen.inset!), `${[...EXTREMES, ...COASTS][i]} under the inset`).toBe(false);

    // The attribution is folded to its ⓘ button, which opens it.
    const attribution = frame.locator('.maplibregl-ctrl-attrib');
    expect(await attribution.getAttribute('class')).toContain('maplibregl-compact');
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact-show');
    expect(await frame.isVisible('.maplibregl-ctrl-attrib-inner')).toBe(false);
    await frame.click('.maplibregl-ctrl-attrib-button');
    expect(await frame.textContent('.maplibregl-ctrl-attrib-inner')).toContain('Natural Earth');
    expect(await frame.isVisible('.maplibregl-ctrl-attrib-inner')).toBe(true);

    // A larger frame: the map fits China again, larger, with the full attribution.
    const before = seen.zoom;
    await page.evaluate(() => {
      const iframe = document.querySelector('iframe')!;
      iframe.width = '1000';
      iframe.height = '700';
    });
    await frame.waitForFunction((z) => window.pilotAtlas.getState().camera!.zoom > z + 0.3, before);
    const larger = await inFrame(frame, EXTREMES);
    for (const p of larger.points) expect(inside(p, { x: 0, y: 0, width: larger.size[0], height: larger.size[1] })).toBe(true);
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact');
    await page.close();
  }, 240_000);

  it('folds the legends of a plan at 800 × 560 into a button that opens them', async () => {
    const code = (await shareCodes()).planMedium;
    expect(code).toContain('width="800" height="560"');
    expect(code).toMatch(/layout=yantai&amp;bounds=/);
    const { page, frame } = await hostSnippet(code, { width: 860, height: 620 });
    await frames(frame);
    await screenshot(page, 'embed-800x560-yantai');
    // Yantai's centre (烟台中心城区) is in the frame.
    const seen = await inFrame(frame, [[121.4, 37.5]]);
    expect(inside(seen.points[0]!, { x: 0, y: 0, width: seen.size[0], height: seen.size[1] })).toBe(true);
    expect(await frame.isVisible('.thematic-legend')).toBe(false);
    expect(await frame.isVisible('.layout-legend')).toBe(false);
    const covered = seen.covers.reduce((sum, b) => sum + b.width * b.height, 0) / (seen.size[0] * seen.size[1]);
    expect(covered).toBeLessThan(0.1);

    const button = frame.getByRole('button', { name: '图例', exact: true });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Under a plan the plan's legend is the one shown.
    expect(await frame.isVisible('.layout-legend')).toBe(true);
    expect(await frame.textContent('.layout-legend')).toContain('一核');
    await screenshot(page, 'embed-800x560-yantai-legends');
    await button.click();
    expect(await frame.isVisible('.layout-legend')).toBe(false);
    await page.close();
  }, 240_000);
});

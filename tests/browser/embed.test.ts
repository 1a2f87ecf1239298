import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { screenshot } from './page.ts';

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
  browser = await launchChromium();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'text/html; charset=utf-8');
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
    await frame.waitForSelector('.thematic-legend');
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

    // A selection inside the map is posted to the host.
    await frame.evaluate(() => window.pilotAtlas.setState({ camera: { center: [110.0, 41.2], zoom: 7, bearing: 0, pitch: 0 } }));
    await frame.waitForFunction(() => document.documentElement.dataset.atlasReady === 'true');
    const box = (await frame.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { received: { type: string; pilot?: string }[] }).received.some((m) => m.type === 'pilot-atlas:select' && m.pilot === 'neimenggu-baotou'));
    await frame.waitForFunction(() => document.documentElement.dataset.atlasReady === 'true');
    await page.waitForTimeout(800);
    await screenshot(page, 'embed-cross-origin');

    const origins = new Set(requests.map((u) => (/^(data|blob):/.test(u) ? 'local' : new URL(u).origin)));
    origins.delete('local');
    expect([...origins].sort()).toEqual([appOrigin, hostOrigin].sort());
    await page.close();
  });

  it('ignores messages from an origin it was not told to trust, and posts nothing to it', async () => {
    const { page, frame } = await openHost('http://127.0.0.1:1', 'indicator=urbanization_baseline');
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pilot-atlas:set-state', state: { indicator: 'area' } }));
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => window.pilotAtlas.getState().indicator)).toBe('urbanization_baseline');
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
    await page.close();
  });
});

describe('the share / embed dialog', () => {
  it('gives iframe code for the current view that loads that view', async () => {
    const { openAtlas } = await import('./page.ts');
    const { page } = await openAtlas(browser, `${baseUrl}?indicator=urbanization_baseline`);
    await page.click('#atlas-share');
    await page.waitForSelector('dialog.share-dialog[open]');
    await page.selectOption('.share-dialog select[name="lang"]', 'en');
    const iframe = await page.inputValue('.share-dialog textarea[name="iframe"]');
    expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=en&amp;indicator=urbanization_baseline/);
    await screenshot(page, 'share-dialog');
    const src = iframe.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    await page.goto(src);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(await page.textContent('#embed-title')).toMatch(/urbanization/i);
    await page.close();
  });
});

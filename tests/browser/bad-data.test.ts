import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('bad data files in the browser', () => {
  it('names a malformed optional file and its problem, and shows everything else', async () => {
    const page = await browser().newPage();
    await page.route('**/data/layouts-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"layouts": [ {"id": 1' }));
    await page.route('**/data/indicators.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ sources: [], records: [{ pilot: 'x', value: 'high' }] }) }),
    );
    await page.goto(`${baseUrl}?indicator=urbanization_baseline`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    const notices = await page.$$eval('.atlas-problem', (els) => els.map((e) => e.textContent ?? ''));
    expect(notices.some((n) => n.includes('data/layouts-index.json › not valid JSON'))).toBe(true);
    expect(notices.some((n) => /data\/indicators\.json › records\[0\]\.\w+ › /.test(n))).toBe(true);
    // The map and the pilots are still there.
    expect(await page.evaluate(() => window.pilotAtlas.getState().indicator)).toBe('urbanization_baseline');
    expect(await page.locator('#map canvas.maplibregl-canvas').count()).toBe(1);
    await page.close();
  });

  it('names the file when a needed one is broken, instead of a blank page', async () => {
    const page = await browser().newPage();
    await page.route('**/data/china.topo.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Topology", "objects": {}, "arcs": []}' }));
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-atlas-ready="error"]', { state: 'attached', timeout: 60_000 });
    expect(await page.textContent('.atlas-error')).toContain('data/china.topo.json › objects.counties › missing GeometryCollection');
    await page.close();
  });
});

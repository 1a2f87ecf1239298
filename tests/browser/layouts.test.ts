import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { colourShares, openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface IndexEntry {
  id: string;
  formula: string;
  bbox: [number, number, number, number];
}
const index = async () => ((await (await fetch(`${baseUrl}data/layouts-index.json`)).json()) as { layouts: IndexEntry[] }).layouts;

describe('spatial-plan overlays', () => {
  it('draws Yantai’s 一核三带六圈 from the URL with its legend, the schematic warning and the red core', async () => {
    const { page, errors, requests } = await openAtlas(browser(), `${baseUrl}?layout=yantai`);
    const legend = await page.textContent('.layout-legend');
    expect(legend).toContain('一核引领、三带贯通、六圈聚力、多点支撑');
    expect(legend).toContain('示意图，非法定规划');
    for (const kind of ['核', '带', '圈']) expect(legend).toContain(kind);
    const png = await screenshot(page, 'layout-yantai');
    // The core is drawn in translucent red over the land; belts in amber.
    const { shares } = await colourShares(page, png, { core: [231, 145, 140], belt: [246, 213, 160] }, 14);
    expect(shares.core).toBeGreaterThan(0.01);
    expect(shares.belt).toBeGreaterThan(0.01);
    // Flown to the plan: the camera's centre lies inside the layout's extent.
    const yantai = (await index()).find((l) => l.id === 'yantai')!;
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.center[0]).toBeGreaterThan(yantai.bbox[0]);
    expect(camera.center[0]).toBeLessThan(yantai.bbox[2]);
    expect(camera.zoom).toBeGreaterThan(7);
    expect(requests.filter((u) => u.includes('layouts.geojson'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels every member of Changle’s 三城三群 that the plan names', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}?layout=changle`);
    expect(await page.textContent('.layout-legend')).toContain('三城三群');
    await screenshot(page, 'layout-changle');
    const labels = await page.evaluate(async () => {
      const r = await fetch('data/layouts.geojson');
      const fc = (await r.json()) as { features: { properties: { layout: string; role: string; label: string } }[] };
      return fc.features.filter((f) => f.properties.layout === 'changle' && f.properties.role === 'label').map((f) => f.properties.label);
    });
    expect(labels.sort()).toEqual(['东北部城镇群', '临江城', '临空城', '海港城', '西部城镇群', '闽江口南岸城镇群'].sort());
    await page.close();
  });

  it('switches plans from the picker, keeps the choice in the URL, and clears it', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.selectOption('#atlas-layout', 'changle');
    await page.waitForFunction(() => location.search.includes('layout=changle'));
    await page.waitForSelector('.layout-legend');
    const changle = (await index()).find((l) => l.id === 'changle')!;
    await page.waitForFunction(
      ([w, e]) => {
        const c = window.pilotAtlas.getState().camera;
        return c !== null && c.center[0] > w! && c.center[0] < e!;
      },
      [changle.bbox[0], changle.bbox[2]],
    );
    await page.selectOption('#atlas-layout', '');
    await page.waitForFunction(() => !location.search.includes('layout='));
    expect(await page.isVisible('.layout-legend')).toBe(false);
    await page.close();
  });
});

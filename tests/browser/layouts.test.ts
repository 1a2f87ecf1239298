import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { colourShares, openAtlas, screenshot, type OpenedPage } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface IndexEntry {
  id: string;
  formula: string;
  bbox: [number, number, number, number];
}
/** The page of the link to Yantai's plan, shared by the test of that link and the test of the picker, which goes on from it. */
let yantaiPage: Promise<OpenedPage> | undefined;
const openYantai = () => (yantaiPage ??= openAtlas(browser(), `${baseUrl}?layout=yantai`));
afterAll(async () => {
  await (await yantaiPage)?.page.close();
});

const index = async () => ((await (await fetch(`${baseUrl}data/layouts-index.json`)).json()) as { layouts: IndexEntry[] }).layouts;


/**
 * Where a plan falls on screen at the current camera (MapLibre's Web Mercator with 512-px tiles,
 * bearing and pitch 0: the app never rotates a plan): its element labels (role 'label'), or with
 * `every`, every vertex of every feature.
 */
const labelPoints = (page: Page, layout: string, every = false) =>
  page.evaluate(
    async ([id, all]) => {
      const camera = window.pilotAtlas.getState().camera!;
      type Coords = number[] | Coords[];
      const fc = (await (await fetch('data/layouts.geojson')).json()) as {
        features: { properties: { layout: string; role: string; label: string }; geometry: { coordinates: Coords } }[];
      };
      const rect = document.getElementById('map')!.getBoundingClientRect();
      const mx = (lng: number) => (lng + 180) / 360;
      const my = (lat: number) => {
        const r = (lat * Math.PI) / 180;
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
      };
      const scale = 512 * 2 ** camera.zoom;
      const flat = (c: Coords): [number, number][] => (typeof c[0] === 'number' ? [c as [number, number]] : (c as Coords[]).flatMap(flat));
      return fc.features
        .filter((f) => f.properties.layout === id && (all || f.properties.role === 'label'))
        .flatMap((f) =>
          flat(f.geometry.coordinates).map(([lng, lat]) => ({
            label: f.properties.label,
            x: rect.left + rect.width / 2 + (mx(lng) - mx(camera.center[0])) * scale,
            y: rect.top + rect.height / 2 + (my(lat) - my(camera.center[1])) * scale,
          })),
        );
    },
    [layout, every] as const,
  );

describe('spatial-plan overlays', () => {
  it('draws Yantai’s 一核三带六圈 from the URL with its legend, the schematic warning and the red core', async () => {
    const { page, errors, requests } = await openYantai();
    const legend = await page.textContent('.layout-legend');
    expect(legend).toContain('一核引领、三带贯通、六圈聚力、多点支撑');
    expect(legend).toContain('示意图，非法定规划');
    // And that where things are is our reading: positions approximate, sizes schematic.
    expect(await page.textContent('.layout-legend-positions')).toBe('地点位置为近似（据一般知识，非实测）；范围、半径和宽度均为示意');
    for (const kind of ['核', '带', '圈']) expect(legend).toContain(kind);
    const png = await screenshot(page, 'layout-yantai');
    // The core is drawn in translucent red over the land; belts in amber.
    const { shares } = await colourShares(page, png, { core: [231, 145, 140], belt: [246, 213, 160] }, 14);
    expect(shares.core).toBeGreaterThan(0.01);
    expect(shares.belt).toBeGreaterThan(0.01);
    // Framed on the plan: the camera's centre lies inside the layout's extent.
    const yantai = (await index()).find((l) => l.id === 'yantai')!;
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.center[0]).toBeGreaterThan(yantai.bbox[0]);
    expect(camera.center[0]).toBeLessThan(yantai.bbox[2]);
    expect(camera.zoom).toBeGreaterThan(7);
    expect(requests.filter((u) => u.includes('layouts.geojson'))).toHaveLength(1);
    // Framed clear of the legend: no element's label point under it.
    const legendBox = (await page.locator('.layout-legend').boundingBox())!;
    for (const p of await labelPoints(page, 'yantai')) {
      const under = p.x >= legendBox.x && p.x <= legendBox.x + legendBox.width && p.y >= legendBox.y && p.y <= legendBox.y + legendBox.height;
      expect(under, `${p.label} at ${Math.round(p.x)},${Math.round(p.y)} is under the legend`).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('opens a deep link to 烟台 “五个新城” framed on the plan, with a loading cue, and no town under the legend', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    await page.goto(`${baseUrl}?layout=yantai-new-cities`);
    // What a person sees first: the map at the plan's scale (a scale bar of a few km, not hundreds), and a cue while it loads.
    await page.waitForSelector('.maplibregl-ctrl-scale', { timeout: 60_000 });
    const firstScale = (await page.textContent('.maplibregl-ctrl-scale'))!;
    const cue = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.plan-loading');
      return { ready: document.documentElement.dataset.atlasReady === 'true', shown: el !== null && !el.hidden, text: el?.textContent ?? '' };
    });
    if (!cue.ready) expect(cue).toMatchObject({ shown: true, text: '正在加载规划图…' });
    expect(firstScale).toMatch(/^\d+\s?km$/);
    expect(Number.parseInt(firstScale, 10)).toBeLessThanOrEqual(20);
    await page.evaluate(() => window.pilotAtlas.ready);
    await page.waitForSelector('html[data-atlas-ready="true"]');
    expect(await page.isVisible('.plan-loading')).toBe(false);
    const plan = (await index()).find((l) => l.id === 'yantai-new-cities')!;
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.center[0]).toBeGreaterThan(plan.bbox[0]);
    expect(camera.center[0]).toBeLessThan(plan.bbox[2]);
    expect(camera.center[1]).toBeGreaterThan(plan.bbox[1]);
    expect(camera.center[1]).toBeLessThan(plan.bbox[3]);
    await screenshot(page, 'layout-yantai-new-cities');
    const legendBox = (await page.locator('.layout-legend').boundingBox())!;
    const points = await labelPoints(page, 'yantai-new-cities');
    expect(points.map((p) => p.label).sort()).toEqual(['八角湾新城', '夹河新城', '幸福新城', '牟平新城', '蓬莱新城'].sort());
    for (const p of points) {
      // On the map, and outside the legend's rectangle.
      expect(p.x > 0 && p.x < 1280 && p.y > 50 && p.y < 720, `${p.label} on screen`).toBe(true);
      const under = p.x >= legendBox.x && p.x <= legendBox.x + legendBox.width && p.y >= legendBox.y && p.y <= legendBox.y + legendBox.height;
      expect(under, `${p.label} at ${Math.round(p.x)},${Math.round(p.y)} is under the legend`).toBe(false);
    }
    // Nor any part of their outlines.
    const inside = (await labelPoints(page, 'yantai-new-cities', true)).filter(
      (p) => p.x >= legendBox.x && p.x <= legendBox.x + legendBox.width && p.y >= legendBox.y && p.y <= legendBox.y + legendBox.height,
    );
    expect(inside.map((p) => p.label)).toEqual([]);
    await page.close();
  });

  it('switches plans from the picker, keeps the choice in the URL, and clears it', async () => {
    // From the page of the Yantai link: 长乐 picked over it.
    const { page } = await openYantai();
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
  });
});

describe('a plan’s elements: 长乐 “三城三群”', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    // On the page of the Yantai link, 长乐 picked from the picker as a person does (the link to a
    // plan, framed as this is, has its tests above): the map frames the plan and draws it.
    ({ page, errors } = await openYantai());
    await page.selectOption('#atlas-layout', 'changle');
    await page.waitForFunction(() => location.search.includes('layout=changle'));
    await page.waitForFunction(() => document.querySelector('.layout-legend h2')?.textContent === '“三城三群”');
    const changle = (await index()).find((l) => l.id === 'changle')!;
    await page.waitForFunction(
      ([w, s, e, n]) => {
        const c = window.pilotAtlas.getState().camera;
        return c !== null && c.center[0] > w! && c.center[0] < e! && c.center[1] > s! && c.center[1] < n!;
      },
      changle.bbox,
    );
    await page.evaluate(() => window.pilotAtlas.idle());
  });

  it('labels every member the plan names, and the legend says the memberships are our reading', async () => {
    const legend = (await page.textContent('.layout-legend'))!;
    expect(legend).toContain('三城三群');
    expect(legend).toContain('各要素的成员均为本图解读');
    await screenshot(page, 'layout-changle');
    expect((await labelPoints(page, 'changle')).map((p) => p.label).sort()).toEqual(['东北部城镇群', '临江城', '临空城', '海港城', '西部城镇群', '闽江口南岸城镇群'].sort());
  });

  it('hovering an element shows its label, kind and whose its members are', async () => {
    const airport = (await labelPoints(page, 'changle')).find((p) => p.label === '临空城')!;
    await page.mouse.move(airport.x, airport.y);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.atlas-tooltip')!.hidden);
    expect(await page.textContent('.atlas-tooltip')).toBe('临空城 · 区 / 片 · 成员为本图解读');
  });

  it('clicking it opens its detail (source line, our reading and on which lines), and the URL gets no pilot', async () => {
    const airport = (await labelPoints(page, 'changle')).find((p) => p.label === '临空城')!;
    await page.mouse.click(airport.x, airport.y);
    await page.waitForSelector('.plan-detail:not([hidden])');
    expect(await page.textContent('.plan-detail h2')).toBe('临空城');
    expect(await page.textContent('.plan-detail-source')).toBe('出处: 行 19');
    expect(await page.textContent('.plan-detail-membership')).toBe('成员为本图解读 · 依据 行 17、行 19、行 25、行 45');
    // The spec's note, shown at last, in the page's language: the Chinese on the Chinese page, with its lines and places.
    const note = await page.$eval('.plan-detail-note', (p) => ({ text: p.textContent ?? '', lang: p.getAttribute('lang') }));
    expect(note.lang).toBe('zh');
    expect(note.text).toMatch(/^临空即围绕长乐国际机场（第 17 行；临空经济区，第 25 行）/);
    expect(note.text).toContain('第 45 行将其与漳港街道并列');
    expect(note.text).not.toContain('line 45');
    // Where its points come from: the gazetteer's rough positions of its five places.
    expect(await page.textContent('.plan-detail-positions')).toBe('点位：大致位置（据一般知识，非实测）');
    // In English the same card gives the English note, and the legend its English caveat.
    await page.evaluate(() => window.pilotAtlas.setState({ lang: 'en' }));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.plan-detail-note')?.lang === 'en');
    expect(await page.textContent('.plan-detail-note')).toContain('which line 45 names together with 漳港街道');
    expect(await page.textContent('.plan-detail-positions')).toBe('Points: rough positions (general knowledge, not surveyed)');
    await page.waitForFunction(() => document.querySelector('.layout-legend-positions')?.textContent?.startsWith('Place'));
    expect(await page.textContent('.layout-legend-positions')).toBe(
      'Place positions are approximate (general knowledge, not surveyed); extents, radii and widths are schematic',
    );
    await page.evaluate(() => window.pilotAtlas.setState({ lang: 'zh' }));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.plan-detail-note')?.lang === 'zh');
    await screenshot(page, 'layout-changle-detail');
    expect(page.url()).not.toContain('pilot=');
    expect(page.url()).not.toContain('undefined');
    expect(await page.evaluate(() => window.pilotAtlas.getState().pilot)).toBeNull();
  });

  it('its line numbers open the document at that line', async () => {
    await page.click('.plan-detail-basis[data-line="45"]');
    await page.waitForSelector('dialog.doc-viewer[open] li#doc-line-45.is-source');
    expect(await page.textContent('dialog.doc-viewer li#doc-line-45')).toContain('支持金峰镇和漳港街道按照城市的标准');
    await page.click('.doc-viewer-close');
    await page.click('.plan-detail-line');
    await page.waitForSelector('dialog.doc-viewer[open] li#doc-line-19.is-source');
    expect(await page.textContent('dialog.doc-viewer li#doc-line-19 mark')).toBe('临空城');
    await page.click('.doc-viewer-close');
  });

  it('switching to 福州 “双核两廊十四片”, the legend lists the parts not drawn and why', async () => {
    await page.selectOption('#atlas-layout', 'fuzhou');
    await page.waitForFunction(() => document.querySelector('.layout-legend h2')?.textContent === '“双核两廊十四片”');
    expect(await page.isVisible('.plan-detail')).toBe(false);
    const items = await page.$$eval('.layout-legend-undrawn li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(2);
    // Each with its reason in the page's language.
    expect(items[0]).toBe('“两廊” 原文未列明成员“双核两廊十四片”中，原文只点名了双核（大学城、东南(福建)科学城）；两廊未点名。');
    expect(items[1]).toBe('“十四片” 原文未列明成员“双核两廊十四片”中的十四个片区均未点名。');
    expect(await page.textContent('.layout-legend-members')).toBe('各要素的成员均为本图解读');
    await screenshot(page, 'layout-fuzhou-legend');
    expect(errors).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { colourShares, hexToRgb, openAtlas, screenshot, type OpenedPage } from './page.ts';
import { PALETTE } from '../../src/render/palette.ts';
import { CHINA_PALETTE } from '../../src/render/china-style.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
/** One page of the national view for the three tests: what it loaded, then English and back, then a camera in the URL. */
let shared: OpenedPage;
beforeAll(async () => {
  shared = await openAtlas(browser(), baseUrl);
});
afterAll(async () => {
  await shared?.page.close();
});

describe('the offline base map', () => {
  it('renders sea, neighbours, China and the pilots’ markers, requesting nothing outside localhost', async () => {
    const { page, requests, errors } = shared;
    const png = await screenshot(page, 'national-1280x720');
    const { shares, distinct } = await colourShares(page, png, {
      sea: hexToRgb(PALETTE.sea),
      neighbours: hexToRgb(PALETTE.land),
      china: hexToRgb(CHINA_PALETTE.land),
      pilotPoint: [196, 48, 43],
    });
    // The home view: China fills much of the frame, neighbours and seas around it.
    expect(shares.china).toBeGreaterThan(0.2);
    expect(shares.neighbours).toBeGreaterThan(0.1);
    expect(shares.sea).toBeGreaterThan(0.05);
    // The town and zone pilots are red markers (a MapLibre circle layer) over the map.
    expect(shares.pilotPoint).toBeGreaterThan(0.0001);
    // Labels, boundaries and fills antialias into many colours; a blank canvas has a handful.
    expect(distinct).toBeGreaterThan(500);
    const outside = requests.filter((url) => !url.startsWith(baseUrl) && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
    for (const file of ['basemap.json', 'china-base.topo.json']) {
      expect(requests.some((url) => url.endsWith(`/data/${file}`)), file).toBe(true);
    }
    // The national view takes the pilots from the light topology and loads no county.
    for (const file of ['china.topo.json', 'china-counties.topo.json', 'pilots.geojson']) {
      expect(requests.some((url) => url.endsWith(`/data/${file}`)), file).toBe(false);
    }
    expect(errors).toEqual([]);
    // The files the build validated are taken as built (data/checks.json): the page's own modules
    // (the entry and what it preloads) hold no schema library.
    expect(requests.some((url) => url.endsWith('/data/checks.json'))).toBe(true);
    const preloaded = [...(await (await fetch(baseUrl)).text()).matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded.filter((name) => /^zod/.test(name!))).toEqual([]);
    // Nor does any script the first view loaded after the entry.
    const scripts = requests.filter((url) => /\/assets\/[^/]+\.m?js$/.test(url));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((url) => /\/assets\/zod/.test(url))).toEqual([]);
    // Nor the code of what the first view does not show, each known by a word its minified code keeps:
    // the readers of a person's file (their text encodings), deck.gl (its GPU layer), zod (its error).
    // Each word is in some chunk of the build, so that a renamed word fails here rather than passing.
    const markers = ['gb18030', 'luma.gl', 'ZodError'];
    const texts = await Promise.all(scripts.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
    expect(markers.map((word) => texts.filter(({ text }) => text.includes(word)).map(({ url }) => `${word}: ${url}`))).toEqual([[], [], []]);
    const built = readdirSync(join(process.cwd(), 'dist/assets')).filter((name) => name.endsWith('.js'));
    const all = built.map((name) => readFileSync(join(process.cwd(), 'dist/assets', name), 'utf8'));
    expect(markers.filter((word) => !all.some((text) => text.includes(word)))).toEqual([]);
    // The South China Sea inset is on the national view.
    expect(await page.isVisible('.scs-inset')).toBe(true);
    expect(await page.textContent('.scs-inset')).toContain('南海诸岛');
    // It is the exports' inset (src/map-export/svg-inset.ts), at the screen's size: its frame, its islands
    // inside the frame, its two lines of text, and no id that a second map on the page would repeat.
    const inset = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.scs-inset-box svg.scs-inset')!;
      const frame = svg.getBoundingClientRect();
      const islands = svg.querySelector('.islands')!.getBoundingClientRect();
      return {
        viewBox: svg.getAttribute('viewBox'),
        islandPaths: svg.querySelectorAll('.islands path').length,
        inside: islands.left >= frame.left && islands.right <= frame.right && islands.top >= frame.top && islands.bottom <= frame.bottom,
        texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
        ids: svg.querySelectorAll('[id]').length,
      };
    });
    expect(inset).toEqual({ viewBox: '0 0 150 194', islandPaths: expect.any(Number), inside: true, texts: ['南海诸岛', '示意'], ids: 0 });
    expect(inset.islandPaths).toBeGreaterThan(0);
  });

  it('switches the interface and the map labels to English and back with the browser history', async () => {
    const { page } = shared;
    await page.click('#atlas-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#atlas-title')).toBe('Pilot Atlas');
    expect(await page.evaluate(() => location.search)).toContain('lang=en');
    await screenshot(page, 'basemap-english');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('#atlas-title')).toBe('新型城镇化试点图谱');
    expect(await page.evaluate(() => window.pilotAtlas.getState().lang)).toBe('zh');
  });

  it('keeps the camera in the URL and restores it on reload', async () => {
    const { page } = shared;
    await page.evaluate(() =>
      window.pilotAtlas.setState({ camera: { center: [121.45, 37.46], zoom: 7.5, bearing: 0, pitch: 0 } }),
    );
    await page.waitForFunction(() => location.search.includes('zoom=7.5'));
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('center=121.45,37.46');

    const reopened = await openAtlas(browser(), `${baseUrl}${search}`);
    const camera = await reopened.page.evaluate(() => window.pilotAtlas.getState().camera);
    expect(camera?.zoom).toBeCloseTo(7.5, 2);
    expect(camera?.center[0]).toBeCloseTo(121.45, 3);
    expect(camera?.center[1]).toBeCloseTo(37.46, 3);
    await screenshot(reopened.page, 'basemap-yantai-zoom7.5');
    // Zoomed in from the start: the counties are loaded before the page says it is ready (their names and borders show).
    expect(reopened.requests.some((url) => url.endsWith('/data/china-counties.topo.json'))).toBe(true);
    await reopened.page.close();
  });
});

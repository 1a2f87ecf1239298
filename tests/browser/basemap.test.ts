import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { colourShares, hexToRgb, openAtlas, screenshot } from './page.ts';
import { PALETTE } from '../../src/render/palette.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline base map', () => {
  it('renders sea, land and the deck.gl overlay, requesting nothing outside localhost', async () => {
    const { page, requests, errors } = await openAtlas(browser, baseUrl);
    const png = await screenshot(page, 'basemap-1280x720');
    const { shares, distinct } = await colourShares(page, png, {
      sea: hexToRgb(PALETTE.sea),
      land: hexToRgb(PALETTE.land),
      seat: [196, 48, 43],
    });
    // The home view of China holds both a large land area and the seas east and south of it.
    expect(shares.land).toBeGreaterThan(0.25);
    expect(shares.sea).toBeGreaterThan(0.08);
    // The deck.gl layer's red markers are drawn over the map.
    expect(shares.seat).toBeGreaterThan(0.0001);
    // Labels, coastlines and borders antialias into many colours; a blank canvas has a handful.
    expect(distinct).toBeGreaterThan(200);
    const outside = requests.filter((url) => !url.startsWith(baseUrl) && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
    expect(requests.some((url) => url.endsWith('/data/basemap.json'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the camera in the URL and restores it on reload', async () => {
    const { page } = await openAtlas(browser, baseUrl);
    await page.evaluate(() =>
      window.pilotAtlas.setState({ camera: { center: [121.45, 37.46], zoom: 7.5, bearing: 0, pitch: 0 } }),
    );
    await page.waitForFunction(() => location.search.includes('zoom=7.5'));
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('center=121.45,37.46');
    await page.close();

    const reopened = await openAtlas(browser, `${baseUrl}${search}`);
    const camera = await reopened.page.evaluate(() => window.pilotAtlas.getState().camera);
    expect(camera?.zoom).toBeCloseTo(7.5, 2);
    expect(camera?.center[0]).toBeCloseTo(121.45, 3);
    expect(camera?.center[1]).toBeCloseTo(37.46, 3);
    await screenshot(reopened.page, 'basemap-yantai-zoom7.5');
    await reopened.page.close();
  });

  it('switches the interface and the map labels to English and back with the browser history', async () => {
    const { page } = await openAtlas(browser, baseUrl);
    await page.click('#atlas-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#atlas-title')).toBe('Pilot Atlas');
    expect(await page.evaluate(() => location.search)).toContain('lang=en');
    await screenshot(page, 'basemap-english');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('#atlas-title')).toBe('新型城镇化试点图谱');
    expect(await page.evaluate(() => window.pilotAtlas.getState().lang)).toBe('zh');
    await page.close();
  });
});

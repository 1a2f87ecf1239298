import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { colourShares, openAtlas, screenshot, type Rgb } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The swatch colours of a legend, as the page computes them. */
const swatches = (page: Page, legend: string) =>
  page.$$eval(`${legend} .legend-swatch`, (s) => s.map((e) => getComputedStyle(e).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number]));

/** Resolves in the page when the camera next comes to rest (the state event a finished move sends), and the map has drawn the view (idle()). */
const nextRest = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { rest: Promise<void> }).rest = new Promise<void>((resolve) => {
      const off = window.pilotAtlas.on('state', () => {
        off();
        void window.pilotAtlas.idle().then(resolve);
      });
    });
  });
const settle = (page: Page) => page.evaluate(() => (window as unknown as { rest: Promise<void> }).rest);

/** Chooses a file through the page's own file input, as a person does. */
const choose = (page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') => page.setInputFiles('#atlas-import', { name, mimeType, buffer });

describe('your own data', () => {
  it('makes a choropleth of a CSV of names and adcodes, lists what it cannot place, and uploads nothing', { timeout: 240_000 }, async () => {
    const { page, requests } = await openAtlas(browser(), `${baseUrl}?center=121.0,37.3&zoom=7`);
    const before = requests.length;
    const csv = '名称,数值\n芝罘区,10\n370681,20\n莱州市,30\n招远市,40\n栖霞市,50\n城区,60\n火星县,70\n';
    await nextRest(page);
    await choose(page, 'yantai.csv', Buffer.from(csv));
    await page.waitForSelector('.user-legend');
    const legend = await page.textContent('.user-legend');
    expect(legend).toContain('yantai.csv');
    expect(legend).toContain('已匹配: 5');
    expect(legend).toContain('第 7 行 › “城区”可能是');
    expect(legend).toContain('第 8 行 › “火星县”不是省、地级或县级行政区的名称');
    await settle(page);
    const png = await screenshot(page, 'user-data-yantai');
    const colours = await swatches(page, '.user-legend');
    const { shares } = await colourShares(page, png, { top: colours.at(-1)! }, 10);
    expect(shares.top).toBeGreaterThan(0.001);
    // Nothing was sent anywhere: after the file was chosen the page only loaded its own parser (a worker
    // script) and its own modules for a person's file, which the first view does not load.
    const later = requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !u.includes('/data/') && !u.endsWith('/favicon.svg'));
    const paths = later.map((u) => new URL(u).pathname.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(paths).toContain('/assets/user-worker.js');
    expect(paths).toContain('/assets/user-layer.js');
    expect(paths.filter((p) => !/^\/assets\/[\w.-]+\.js$/.test(p))).toEqual([]);
    expect(later.every((u) => u.startsWith(baseUrl))).toBe(true);
    await page.click('.user-legend button');
    expect(await page.isVisible('.user-legend')).toBe(false);
    await page.close();
  });

  it('keeps the pilots’ map when no name matches, maps two provinces and a GBK file of counties, frames each, and speaks English too', { timeout: 300_000 }, async () => {
    const { page, errors } = await openAtlas(browser(), `${baseUrl}?indicator=urbanization_baseline`);
    const pilotsLegend = '.thematic-legend-box .thematic-legend';
    const pilotRows = await page.$$eval(`${pilotsLegend} .legend-class`, (rows) => rows.map((r) => r.textContent));
    expect(pilotRows.length).toBeGreaterThanOrEqual(3);

    // 1. Only names the boundaries do not know: a message naming the file, the lines and a suggestion; the pilots' map stays.
    await choose(page, '城市.csv', Buffer.from('名称,数值\n福请市,1\n闽候县,2\n'));
    await page.waitForSelector('.user-error');
    const message = await page.textContent('.user-error');
    expect(message).toContain('无法读取文件: 城市.csv');
    expect(message).toContain('2 个名称都没有匹配到省、地级或县级行政区');
    expect(message).toContain('第 2 行 › “福请市”不是省、地级或县级行政区的名称。是否指 福清市');
    expect(message).toContain('第 3 行 › “闽候县”不是省、地级或县级行政区的名称。是否指 闽侯县');
    expect(message).toContain('地图保持原样');
    expect(await page.isVisible(pilotsLegend)).toBe(true);
    expect(await page.$$eval(`${pilotsLegend} .legend-class`, (rows) => rows.map((r) => r.textContent))).toEqual(pilotRows);
    expect(await page.$('.user-legend')).toBeNull();
    const pilotColours = await swatches(page, pilotsLegend);
    // The first row is the darkest class (rows after the classes key no-data and approximate extents).
    const kept = await colourShares(page, await screenshot(page, 'user-data-unknown-names'), { dark: pilotColours[0]! }, 8);
    expect(kept.shares.dark).toBeGreaterThan(0.0002);

    // 2. Two provinces, two values: two classes, both drawn, and the camera goes there.
    const home = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    await nextRest(page);
    await choose(page, 'provinces.csv', Buffer.from('省份,数值\n福建省,64.8\n浙江省,70.0\n'));
    await page.waitForSelector('.user-legend');
    expect(await page.$('.user-error')).toBeNull();
    await settle(page);
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.zoom).toBeGreaterThan(home.zoom + 1);
    expect(camera.center[0]).toBeGreaterThan(116);
    expect(camera.center[0]).toBeLessThan(123);
    expect(camera.center[1]).toBeGreaterThan(24);
    expect(camera.center[1]).toBeLessThan(31);
    expect(await page.$$eval('.user-legend .legend-label', (l) => l.map((e) => e.textContent))).toEqual(['64.8', '70']);
    const two = await swatches(page, '.user-legend');
    const twoShares = await colourShares(page, await screenshot(page, 'user-data-two-provinces'), { low: two[0]!, high: two[1]! }, 6);
    expect(twoShares.shares.low).toBeGreaterThan(0.03);
    expect(twoShares.shares.high).toBeGreaterThan(0.03);

    // 3. A CSV of counties saved by Excel on Chinese Windows (GBK), tab-separated: read, mapped, framed.
    const gbk = iconv.encode('名称\t数值\r\n闽侯县\t12.5\r\n长乐市\t30\r\n福清市\t41\r\n连江县\t8\r\n罗源县\t3\r\n永泰县\t22\r\n', 'gbk');
    await nextRest(page);
    await choose(page, '福州.csv', gbk);
    await page.waitForFunction(() => document.querySelector('.user-legend h2')?.textContent?.includes('福州.csv'));
    await settle(page);
    const legend = await page.textContent('.user-legend');
    expect(legend).toContain('已匹配: 6');
    expect(legend).toContain('GB18030');
    const rows = await page.$$eval('.user-legend .legend-class', (r) => r.length);
    expect(rows).toBe(5);
    const fuzhou = await swatches(page, '.user-legend');
    const png = await screenshot(page, 'user-data-gbk-counties');
    const shares = await colourShares(page, png, Object.fromEntries(fuzhou.map((c, i) => [`c${i}`, c as Rgb])), 6);
    for (const [name, share] of Object.entries(shares.shares)) expect(share, name).toBeGreaterThan(0.003);
    const zoom = await page.evaluate(() => window.pilotAtlas.getState().camera!.zoom);
    expect(zoom).toBeGreaterThan(7);

    // 4. A failed import after a good one: the county map and its legend stay.
    await choose(page, 'broken.geojson', Buffer.from('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"value": 1}, "geometry": {"type": "Polygon", "coordinates": [[[119, 26], [120, 26], [119.5, 27]]]}}]}'), 'application/geo+json');
    await page.waitForSelector('.user-error');
    expect(await page.textContent('.user-error')).toContain('features[0] › 环 coordinates[0] 只有 3 个点；环至少需要 4 个点');
    expect(await page.textContent('.user-legend h2')).toContain('福州.csv');
    const after = await colourShares(page, await screenshot(page, 'user-data-kept'), { top: fuzhou.at(-1)! }, 6);
    expect(after.shares.top).toBeGreaterThan(0.003);

    // 5. In English, a file that is not what its name says.
    await page.click('#atlas-lang');
    await choose(page, 'figures.geojson', Buffer.from('name,value\na,1\n'), 'application/geo+json');
    await page.waitForFunction(() => document.querySelector('.user-error')?.textContent?.includes('figures.geojson'));
    const english = await page.textContent('.user-error');
    expect(english).toContain('Cannot read the file: figures.geojson');
    expect(english).toContain('named as JSON but does not start with { or [');
    expect(english).toContain('The map is unchanged.');
    // The county map's legend and title follow the language too.
    expect(await page.textContent('.user-legend h2')).toBe('Your data: 福州.csv');
    expect(await page.textContent('.user-legend')).toContain('encoding GB18030');
    expect(await page.textContent('.map-title-main')).toBe('Your data: 福州.csv');
    expect(errors).toEqual([]);
    await page.close();
  });
});

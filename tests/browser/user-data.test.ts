import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { colourShares, openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('your own data', () => {
  it('makes a choropleth of a CSV of names and adcodes, lists what it cannot place, and uploads nothing', async () => {
    const { page, requests } = await openAtlas(browser(), `${baseUrl}?center=121.0,37.3&zoom=7`);
    const before = requests.length;
    const csv = '名称,数值\n芝罘区,10\n370681,20\n莱州市,30\n招远市,40\n栖霞市,50\n城区,60\n火星县,70\n';
    await page.setInputFiles('#atlas-import', { name: 'yantai.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('.user-legend');
    const legend = await page.textContent('.user-legend');
    expect(legend).toContain('yantai.csv');
    expect(legend).toContain('已匹配: 5');
    expect(legend).toContain('城区');
    expect(legend).toContain('火星县');
    await page.waitForTimeout(800);
    const png = await screenshot(page, 'user-data-yantai');
    const swatches = await page.$$eval('.user-legend .legend-swatch', (s) => s.map((e) => getComputedStyle(e).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number)));
    const { shares } = await colourShares(page, png, { top: swatches.at(-1) as [number, number, number] }, 10);
    expect(shares.top).toBeGreaterThan(0.001);
    // Nothing was sent anywhere: no request after the file was read.
    expect(requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !u.includes('/data/'))).toEqual([]);
    await page.click('.user-legend button');
    expect(await page.isVisible('.user-legend')).toBe(false);
    await page.close();
  });

  it('says clearly when a file is not what it claims', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.setInputFiles('#atlas-import', { name: 'figures.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('name,value\na,1\n') });
    await page.waitForSelector('.user-error');
    expect(await page.textContent('.user-error')).toContain('figures.geojson › named as JSON but does not start with { or [');
    await page.close();
  });
});

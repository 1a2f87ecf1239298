import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { legendModel } from '../../src/core/thematic/legend.ts';
import { pilotValues } from '../../src/core/thematic/values.ts';
import type { IndicatorRecord } from '../../src/core/schema/indicators.ts';
import { useBrowser } from './chromium.ts';
import { colourShares, hexToRgb, mapArea, openAtlas, screenshot, useAtlasPage, type OpenedPage } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const open = useAtlasPage(browser);
let records: IndicatorRecord[];
let pilots: { id: string; province: string }[];
/** One page for the link with a measure, then a province, the settings' choices and English set on it. */
let shared: OpenedPage;

beforeAll(async () => {
  shared = await openAtlas(browser(), `${baseUrl}?indicator=urbanization_increase&year=2020&classes=4&method=jenks`);
  records = ((await (await fetch(`${baseUrl}data/indicators.json`)).json()) as { records: IndicatorRecord[] }).records;
  pilots = ((await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as { features: { properties: { id: string; province: string } }[] }).features.map(
    (f) => f.properties,
  );
});
afterAll(async () => {
  await shared?.page.close();
});

const legendRows = (page: Page) =>
  page.$$eval('.thematic-legend tr.legend-class, .thematic-legend tr.legend-nodata', (rows) =>
    rows.map((r) => ({ label: r.querySelector('.legend-label')!.textContent, count: Number(r.querySelector('.legend-count')!.textContent) })),
  );

describe('the thematic map', () => {
  it('shows a legend whose classes and counts match the data for the URL', async () => {
    const { page, errors } = shared;
    await page.waitForSelector('.thematic-legend');
    const values = pilotValues(records, 'urbanization_increase', 2020);
    const model = legendModel(values, pilots.map((p) => p.id), { measure: 'urbanization_increase', method: 'jenks', k: 4, lang: 'zh', year: 2020 });
    const rows = await legendRows(page);
    expect(rows).toEqual([
      ...[...model.classes].reverse().map((c) => ({ label: c.label, count: c.count })),
      { label: model.noData.label, count: model.noData.count },
    ]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(63);
    expect(await page.textContent('.thematic-legend h2')).toContain('2020');
    // The top class is drawn on the map: counted on the map's own pixels, not on the legend's swatch.
    const png = await screenshot(page, 'thematic-increase-2020');
    const top = model.classes.at(-1)!.colour;
    const area = await mapArea(page);
    expect(area.exclude.length).toBeGreaterThan(0);
    const { counts } = await colourShares(page, png, { top: hexToRgb(top) }, 8, area.rect, area.exclude);
    // About 150 px of the top class's pilots at 1280 × 720 (the legend's swatch alone was 228 px).
    expect(counts.top).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('filters by province: the legend counts only the pilots shown', async () => {
    const { page } = shared;
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'urbanization_baseline', year: null, classes: null, method: null, province: '山东省', lang: 'zh' }));
    await page.evaluate(() => window.pilotAtlas.idle());
    await page.waitForSelector('.thematic-legend');
    const shandong = pilots.filter((p) => p.province === '山东省').length;
    const rows = await legendRows(page);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(shandong);
  });

  it('keeps every choice in the URL: a change survives reload, and Back undoes it', async () => {
    // The shared page, back on the baseline rate over the whole country with no other setting (as its link opens).
    const { page } = shared;
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'urbanization_baseline', year: null, classes: null, method: null, province: null, lang: 'zh' }));
    await page.evaluate(() => window.pilotAtlas.idle());
    await page.waitForFunction(() => !/[?&](year|classes|method|province|lang)=/.test(location.search));
    await page.waitForSelector('.thematic-legend');
    const before = await legendRows(page);
    // (That they start open on this link at 1280×720, where there is room beside the legend, is the first view's test.)
    if ((await page.getAttribute('.thematic-controls', 'open')) === null) await page.click('.thematic-controls summary');
    await page.selectOption('.thematic-controls select[name="classes"]', '7');
    await page.waitForFunction(() => location.search.includes('classes=7'));
    await page.selectOption('.thematic-controls select[name="scheme"]', 'GnBu');
    await page.waitForFunction(() => location.search.includes('scheme=GnBu'));
    const after = await legendRows(page);
    expect(after).toHaveLength(8);
    const url = page.url();
    // Back undoes the last choice (the scheme), and keeps the one before (7 classes).
    const scheme = await page.evaluate(() => window.pilotAtlas.getState().scheme);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('scheme=GnBu') && location.search.includes('classes=7'));
    expect(await page.inputValue('.thematic-controls select[name="scheme"]')).not.toBe(scheme);
    expect(await legendRows(page)).toHaveLength(8);

    const reopened = await open(url);
    await reopened.page.waitForSelector('.thematic-legend');
    expect(await legendRows(reopened.page)).toEqual(after);
    expect(await reopened.page.inputValue('.thematic-controls select[name="scheme"]')).toBe('GnBu');
    expect(before).toHaveLength(6);
  });

  it('switches the legend and controls to English', async () => {
    const { page } = shared;
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'urbanization_baseline', year: null, classes: null, method: null, province: null, lang: 'en' }));
    await page.evaluate(() => window.pilotAtlas.idle());
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForSelector('.thematic-legend');
    expect(await page.textContent('.thematic-legend h2')).toMatch(/urbanization/i);
    expect(await page.textContent('.thematic-controls summary')).toBe('Thematic settings');
    expect(await page.textContent('.legend-nodata .legend-label')).toMatch(/no data/i);
    await screenshot(page, 'thematic-english');
  });
});

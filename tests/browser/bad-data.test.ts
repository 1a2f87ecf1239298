import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { frames, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Serves the first half of the real file: a truncated download or write. */
const truncated = async (route: Route) => {
  const response = await route.fetch();
  const body = await response.body();
  await route.fulfill({ status: 200, contentType: 'application/json', body: body.subarray(0, Math.floor(body.length / 2)) });
};

const notices = (page: Page) => page.$$eval('.atlas-problem', (els) => els.map((e) => e.textContent ?? ''));
const ready = (page: Page, value = 'true') => page.waitForSelector(`html[data-atlas-ready="${value}"]`, { state: 'attached', timeout: 60_000 });

describe('bad data files in the browser', () => {
  // One page for four broken files: a malformed optional file, a record that is not a record, a broken
  // story and a broken gazetteer. Each is named with its place; the map, the pilots and the editor stay.
  it('names malformed optional files, a broken story and the gazetteer, on the map and in the editor, and shows everything else', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.route('**/data/layouts-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"layouts": [ {"id": 1' }));
    await page.route('**/data/indicators.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ sources: [], records: [{ pilot: 'x', value: 'high' }] }) }),
    );
    await page.route('**/data/stories/yantai.json', truncated);
    await page.route('**/data/gazetteer.json', truncated);
    await page.goto(`${baseUrl}?indicator=urbanization_baseline`);
    await ready(page);
    await page.waitForFunction(() => document.querySelectorAll('.atlas-problem').length >= 2);
    let texts = await notices(page);
    expect(texts.some((n) => n.includes('data/layouts-index.json › 第 1 行第 23 列 › JSON 在此意外结束：文件不完整'))).toBe(true);
    expect(texts.some((n) => /data\/indicators\.json › records\[0\]\.\w+ › 内容不符合格式/.test(n))).toBe(true);
    // The map and the pilots are still there.
    expect(await page.evaluate(() => window.pilotAtlas.getState().indicator)).toBe('urbanization_baseline');
    expect(await page.locator('#map canvas.maplibregl-canvas').count()).toBe(1);
    // The story and the gazetteer (the search's aliases, loaded when the search is first used), asked for on the same page.
    await page.evaluate(() => window.pilotAtlas.setState({ story: 'yantai', slide: 1 }));
    await page.focus('#atlas-search input');
    await page.waitForFunction(() => document.querySelectorAll('.atlas-problem').length >= 4);
    texts = await notices(page);
    expect(texts.some((n) => /data\/stories\/yantai\.json › 第 \d+ 行第 \d+ 列 › /.test(n))).toBe(true);
    expect(texts.some((n) => /data\/gazetteer\.json › 第 \d+ 行第 \d+ 列 › /.test(n))).toBe(true);
    await page.click('#atlas-editor');
    await page.waitForFunction(() => (document.querySelector('.layout-editor-status')?.textContent ?? '').includes('data/gazetteer.json'));
    expect(await page.textContent('.layout-editor-status')).toMatch(/^地名表无法载入，编辑器无法编译: data\/gazetteer\.json › 第 \d+ 行第 \d+ 列 › /);
    await page.close();
  });

  it('a truncated layouts.geojson and stories index: named, ready resolves, PNG export works, a later plan pick retries', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.route('**/data/layouts.geojson', truncated);
    await page.route('**/data/stories/index.json', truncated);
    await page.goto(`${baseUrl}?indicator=urbanization_baseline&layout=yantai`);
    await ready(page);
    await page.evaluate(() => window.pilotAtlas.ready);
    await page.waitForFunction(() => document.querySelectorAll('.atlas-problem').length >= 2);
    const texts = await notices(page);
    expect(texts.some((n) => /data\/layouts\.geojson › 第 1 行第 \d+ 列 › JSON 在此意外结束：文件不完整（只有 \d+ 字节/.test(n))).toBe(true);
    expect(texts.some((n) => /data\/stories\/index\.json › 第 1 行第 \d+ 列 › JSON 在此意外结束/.test(n))).toBe(true);
    // All 63 pilots are on the map, coloured; the plan that could not load is not in the state.
    expect(await page.evaluate(() => window.pilotAtlas.getView()?.shown.length)).toBe(63);
    expect(await page.evaluate(() => window.pilotAtlas.getState().layout)).toBeNull();
    expect(await page.isVisible('.thematic-legend')).toBe(true);
    const png = await page.evaluate(async () => (await window.pilotAtlas.exportPng(1, { title: 't', source: 's', date: '2026-11-26' })).size);
    expect(png).toBeGreaterThan(10_000);
    // The file is fixed (or the network back): picking the plan again draws it.
    await page.unroute('**/data/layouts.geojson');
    await page.selectOption('#atlas-layout', 'yantai');
    await page.waitForSelector('.layout-legend', { timeout: 30_000 });
    expect(await page.evaluate(() => window.pilotAtlas.getState().layout)).toBe('yantai');
    await page.close();
  });

  it('a truncated china-base.topo.json: an error page names it and where; the base map still shows', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.route('**/data/china-base.topo.json', truncated);
    await page.goto(baseUrl);
    await ready(page, 'error');
    const text = await page.textContent('.data-error-page');
    expect(text).toContain('地图无法完整显示：必需的数据文件有误');
    expect(text).toMatch(/data\/china-base\.topo\.json第 1 行第 \d+ 列 › JSON 在此意外结束/);
    expect(await page.locator('#map canvas.maplibregl-canvas').count()).toBe(1);
    expect(await page.textContent('#atlas-title')).toBe('新型城镇化试点图谱');
    await frames(page);
    await screenshot(page, 'bad-data-error-page');
    // The reader can set the page aside and use what is there.
    await page.click('.data-error-page button:nth-of-type(2)');
    expect(await page.isVisible('.data-error-page li')).toBe(false);
    await page.close();
  });

  it('names every broken required file on one page', async () => {
    const page = await browser().newPage();
    await page.route('**/data/china-base.topo.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Topology", "objects": {}, "arcs": []}' }));
    await page.route('**/data/sources.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${baseUrl}?lang=en`);
    await ready(page, 'error');
    const items = await page.$$eval('.data-error-page li', (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toContain('data/sources.jsonHTTP 404');
    expect(items.some((i) => i.startsWith('data/china-base.topo.jsonobjects.provinces › missing GeometryCollection'))).toBe(true);
    await page.close();
  });
});

describe('bad URL parameters', () => {
  it('drops an unknown province and measure with a note naming them, and shows all the pilots', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${baseUrl}?province=${encodeURIComponent('火星')}&indicator=nope&year=20x0`);
    await ready(page);
    const items = await page.$$eval('.atlas-note li', (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toEqual(['year=20x0 格式无效', 'province=火星 没有这个省份的试点', 'indicator=nope 没有这个指标']);
    expect(warnings.some((w) => w.includes('province="火星" ignored'))).toBe(true);
    // The address shows what is applied: no filter, the opening measure.
    expect(await page.evaluate(() => location.search)).not.toMatch(/province|nope|20x0/);
    expect(await page.evaluate(() => window.pilotAtlas.getState())).toMatchObject({ province: null, year: null });
    await frames(page);
    await screenshot(page, 'bad-url-note');
    // All 63 pilots: the table lists every one.
    await page.click('#atlas-view');
    await page.waitForSelector('.atlas-table tbody tr');
    expect(await page.locator('.atlas-table tbody tr').count()).toBe(63);
    await page.click('#atlas-view');
    await page.click('.atlas-note .atlas-note-close');
    expect(await page.locator('.atlas-note').count()).toBe(0);
    // Values set later are checked too: an unknown pilot or plan is noted, never applied.
    await page.evaluate(() => window.pilotAtlas.setState({ pilot: 'nope', layout: 'nope', level: 'county' }));
    expect(await page.evaluate(() => window.pilotAtlas.getState())).toMatchObject({ pilot: null, layout: null, level: 'county' });
    expect(await page.$$eval('.atlas-note li', (els) => els.map((e) => e.getAttribute('data-param')))).toEqual(['pilot', 'layout']);
    await page.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bbox } from '@turf/turf';
import { labelPoints } from '../../src/core/label-points.ts';
import { projector } from '../../src/core/mercator.ts';
import { FIRST_VIEW_DATA } from '../../src/first-view-data.ts';
import { useBrowser } from './chromium.ts';
import { colourShares, mapArea, screenshot, useAtlasPage } from './page.ts';

// Viewing works the first time: the page opens on a measure with its legend and title, what a person
// picks is framed, the province view says what it is, manual breaks and schemes behave, and the small
// things a reader notices (tooltips, units, English names, the table's sort, phones) are right.

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const open = useAtlasPage(browser);
/** The first view on a 390 × 800 phone, for the two tests of the phone (the last of the file: the next `open` would close it). */
let phone: ReturnType<typeof open> | undefined;
const openPhone = () => (phone ??= open(baseUrl, { width: 390, height: 800 }));

const legendRows = (page: Page) =>
  page.$$eval('.thematic-legend tr.legend-class, .thematic-legend tr.legend-nodata', (rows) =>
    rows.map((r) => ({ label: r.querySelector('.legend-label')!.textContent ?? '', count: Number(r.querySelector('.legend-count')!.textContent), colour: (r.querySelector('.legend-swatch') as HTMLElement).style.background })),
  );

const rgbOf = (css: string): [number, number, number] => {
  const m = css.match(/\d+/g)!.map(Number);
  return [m[0]!, m[1]!, m[2]!];
};

/** Waits for the map to take the last change and draw the whole view. */
const settledMap = (page: Page) => page.evaluate(() => window.pilotAtlas.idle());

async function insidePoint(id: string): Promise<[number, number]> {
  const pilots = (await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  return labelPoints({ type: 'FeatureCollection', features: pilots.features.filter((f) => f.properties.id === id) }).features[0]!.geometry.coordinates as [number, number];
}

describe('the first view', () => {
  // One page for five things a person does from the first view: each was a test of its own, with
  // a page load of its own; each part's expectations are as they were.
  it('opens on the baseline urbanization rate; then a province framed, the province view, manual breaks, and no measure', async () => {
    const { page, errors } = await open(baseUrl);
    // The first view: title, legend, settings open, the classes drawn.
    expect(await page.textContent('.map-title-main')).toBe('常住人口城镇化率（基期）');
    expect(await page.textContent('.map-title-sub')).toMatch(/^全国 · 63 个试点，\d+ 个有数值$/);
    expect(await page.textContent('.thematic-legend h2')).toBe('常住人口城镇化率（基期）');
    // The settings are open where there is room (1280 × 720).
    expect(await page.evaluate(() => (document.querySelector('.thematic-controls') as HTMLDetailsElement).open)).toBe(true);
    const rows = await legendRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // Pilots drawn at an approximate extent are keyed in the legend.
    expect(await page.textContent('.thematic-legend .legend-approximate')).toMatch(/近似范围（虚线）\d+/);
    // And those drawn at a boundary that is not quite the document's are named (遵义县, drawn as the later 播州区).
    expect(await page.textContent('.thematic-legend .legend-extent-notes')).toBe('4 个试点的范围附说明，见详情');
    expect(await page.getAttribute('.thematic-legend .legend-extent-notes', 'title')).toMatch(/遵义县/);
    const png = await screenshot(page, 'first-view');
    const top = rows[0]!;
    // Counted on the map's own pixels: the legend's swatch is not the map.
    const area = await mapArea(page);
    const { counts } = await colourShares(page, png, { top: rgbOf(top.colour) }, 6, area.rect, area.exclude);
    // About 150 px of the top class's pilots at 1280 × 720 (the legend's swatch alone was 228 px).
    expect(counts.top).toBeGreaterThan(50);

    // It frames a province a person picks, and the whole country again when the filter is cleared.
    const before = await page.evaluate(() => window.pilotAtlas.getState().camera!.zoom);
    await page.selectOption('.thematic-controls select[name="province"]', '山东省');
    await page.waitForFunction((z) => (window.pilotAtlas.getState().camera?.zoom ?? 0) > z + 1.5, before, { timeout: 20_000 });
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    // Shandong's pilots (Yantai in the east, Zoucheng in the south-west) are all in view.
    expect(camera.center[0]).toBeGreaterThan(116);
    expect(camera.center[0]).toBeLessThan(122);
    expect(camera.center[1]).toBeGreaterThan(34.5);
    expect(camera.center[1]).toBeLessThan(38.5);
    expect(await page.textContent('.map-title-sub')).toMatch(/^山东省 · 5 个试点/);
    await page.evaluate(() => window.pilotAtlas.idle());
    const shandong = await screenshot(page, 'filter-shandong');
    // Framed on a province, the map has been given the prefectures (the national view drew none): their borders are on screen.
    const prefectureLine = { line: [0xc3, 0xb9, 0xa6] } satisfies Record<string, [number, number, number]>;
    const national = (await colourShares(page, png, prefectureLine, 4, area.rect, area.exclude)).counts.line!;
    const framedArea = await mapArea(page);
    const framed = (await colourShares(page, shandong, prefectureLine, 4, framedArea.rect, framedArea.exclude)).counts.line!;
    expect(national, 'prefecture borders in the national view').toBeLessThan(5);
    expect(framed, 'prefecture borders framed on 山东省').toBeGreaterThan(25);
    await page.selectOption('.thematic-controls select[name="province"]', '');
    await page.waitForFunction((z) => (window.pilotAtlas.getState().camera?.zoom ?? 99) < z + 0.5, before, { timeout: 20_000 });
    // It says the province view is a mean of pilots: in the title, the legend and on the map.
    await page.check('.thematic-controls input[name="agg"]');
    await page.waitForFunction(() => location.search.includes('agg=province'));
    expect(await page.textContent('.map-title-main')).toBe('常住人口城镇化率（基期）：各省试点均值');
    expect(await page.textContent('.legend-province-view')).toContain('非全省统计');
    // The legend counts provinces now: one per province that has pilots.
    const provinces = new Set(
      ((await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection<null, { province: string }>).features.map((f) => f.properties.province),
    );
    const provinceRows = await legendRows(page);
    expect(provinceRows.reduce((n, r) => n + r.count, 0)).toBe(provinces.size);
    await screenshot(page, 'province-view');
    await page.uncheck('.thematic-controls input[name="agg"]');
    await page.waitForFunction(() => !location.search.includes('agg=province'));
    // Manual breaks keep the method, set the class count, and say what is wrong in the reader’s language.
    await page.selectOption('.thematic-controls select[name="method"]', 'manual');
    await page.fill('.thematic-controls input[name="breaks"]', '50, 60, 70');
    await page.press('.thematic-controls input[name="breaks"]', 'Enter');
    await page.waitForFunction(() => location.search.includes('breaks=50,60,70'));
    let breakRows = await legendRows(page);
    expect(breakRows.filter((r) => r.label !== '无数据')).toHaveLength(4);
    expect(await page.inputValue('.thematic-controls select[name="method"]')).toBe('manual');
    expect(await page.isDisabled('.thematic-controls select[name="classes"]')).toBe(true);
    // Breaks outside the data: a message in Chinese, the method stays manual in the settings and the URL.
    await page.fill('.thematic-controls input[name="breaks"]', '1, 2');
    await page.press('.thematic-controls input[name="breaks"]', 'Enter');
    await page.waitForFunction(() => location.search.includes('breaks=1,2'));
    expect(await page.textContent('.thematic-controls .control-error')).toMatch(/^断点 1 落在数据范围/);
    expect(await page.inputValue('.thematic-controls select[name="method"]')).toBe('manual');
    expect(await page.evaluate(() => location.search)).toContain('method=manual');
    // Not a number: said under the field; the last valid breaks stay in force.
    await page.fill('.thematic-controls input[name="breaks"]', '50, abc');
    await page.press('.thematic-controls input[name="breaks"]', 'Enter');
    await page.waitForFunction(() => document.querySelector('.thematic-controls .control-error')?.textContent?.includes('“abc”不是数字'));
    expect(await page.evaluate(() => location.search)).toContain('breaks=1,2');
    breakRows = await legendRows(page);
    expect(breakRows.length).toBeGreaterThan(1);
    // "No measure" is a choice a person makes, and the URL keeps it.
    await page.selectOption('.thematic-controls select[name="indicator"]', '');
    await page.waitForFunction(() => location.search.includes('indicator=none'));
    expect(await page.isHidden('.thematic-legend-box')).toBe(true);
    expect(errors).toEqual([]);
  }, 240_000);

  it('paints the classes at once on a 2D canvas, before MapLibre has loaded, in the camera the map then starts in, and hands over to it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    // The rest of the page (MapLibre and the map: ./app/page/start.ts) and MapLibre's worker are held
    // back: only the page's small entry and the data can draw until they are let go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/(start-[^/]*\.js|maplibre-gl-worker[^/]*\.mjs)$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    await page.waitForSelector('canvas.atlas-preview', { state: 'attached', timeout: 60_000 });
    const early = await page.screenshot();
    expect(await page.evaluate(() => [window.pilotAtlas === undefined, document.querySelectorAll('.maplibregl-canvas').length])).toEqual([true, 0]);
    expect(await page.getAttribute('html', 'data-atlas-ready')).toBeNull();
    // Every data file the first paint read was preloaded by the page's <head>.
    const dataFetched = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').filter((e) => /\/data\//.test(e.name)).map((e) => `${e.name.replace(/^.*\/data\//, '')} ${(e as PerformanceResourceTiming).initiatorType}`),
      );
    const preloaded = FIRST_VIEW_DATA.map((file) => `${file} link`);
    expect((await dataFetched()).filter((entry) => !preloaded.includes(entry)), 'fetched before the first paint without a preload').toEqual([]);
    // Titled from the start, as the map then titles it.
    const titled = () => page.$$eval('.map-title', (boxes) => boxes.map((b) => b.textContent));
    expect(await titled()).toEqual([expect.stringMatching(/^常住人口城镇化率（基期）全国 · 63 个试点，\d+ 个有数值$/)]);
    const earlyTitle = await titled();
    release();
    await page.waitForSelector('html[data-atlas-ready="true"]', { timeout: 60_000 });
    expect(await titled()).toEqual(earlyTitle);
    // Each preload was used: no first-view file fetched a second time.
    const all = await dataFetched();
    expect(preloaded.filter((entry) => !all.includes(entry)), 'preloaded files not fetched').toEqual([]);
    expect(all.filter((entry) => FIRST_VIEW_DATA.some((file) => entry.startsWith(`${file} `)) && !preloaded.includes(entry)), `fetched twice: ${all.join(', ')}`).toEqual([]);
    // The map has taken over: the preview is gone, the map is the only canvas.
    expect(await page.$$eval('#map canvas', (c) => c.map((x) => x.className))).toEqual(['maplibregl-canvas']);
    const late = await page.screenshot();
    // Each class's colour, as a pilot's fill shows it over China's land (86 % opaque) and as a marker.
    const land = [0xfb, 0xfa, 0xf6];
    const classes = (await legendRows(page)).filter((r) => /\d/.test(r.label) && !/无数据/.test(r.label));
    expect(classes).toHaveLength(5);
    const colours = Object.fromEntries(
      classes.flatMap((r, i) => {
        const c = rgbOf(r.colour);
        return [
          [`fill${i}`, c.map((v, k) => Math.round(0.86 * v + 0.14 * land[k]!)) as [number, number, number]],
          [`mark${i}`, c],
        ];
      }),
    );
    const { rect, exclude } = await mapArea(page);
    const before = await colourShares(page, early, colours, 8, rect, exclude);
    const after = await colourShares(page, late, colours, 8, rect, exclude);
    // Every class is on screen from the preview, in about the amount the map then shows (same places,
    // same camera; the map's labels and lines then cover part of the fills, so it shows somewhat fewer).
    for (let i = 0; i < classes.length; i++) {
      const a = before.counts[`fill${i}`]! + before.counts[`mark${i}`]!;
      const b = after.counts[`fill${i}`]! + after.counts[`mark${i}`]!;
      expect(a, `class ${i + 1} in the preview`).toBeGreaterThan(20);
      expect(a / b, `class ${i + 1}: preview ${a} px, map ${b} px`).toBeGreaterThan(0.6);
      expect(a / b, `class ${i + 1}: preview ${a} px, map ${b} px`).toBeLessThan(2.5);
    }
    await page.close();
  });

  it('opens a filtered link framed on what the filter leaves, and keeps the table’s sort in the URL, so a shared link opens sorted', async () => {
    const { page } = await open(`${baseUrl}?province=${encodeURIComponent('福建省')}`);
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.zoom).toBeGreaterThan(5);
    expect(camera.center[0]).toBeGreaterThan(116);
    expect(camera.center[0]).toBeLessThan(121);
    // The table's sort, from the same page.
    await page.click('#atlas-view');
    await page.waitForSelector('.atlas-table-view:not([hidden])');
    await page.click('.atlas-table th [data-sort="urbanization_baseline"]');
    await page.click('.atlas-table th [data-sort="urbanization_baseline"]');
    await page.waitForFunction(() => location.search.includes('sort=-urbanization_baseline'));
    const url = await page.evaluate(() => location.href);
    const { page: again } = await open(url);
    await again.waitForSelector('.atlas-table-view:not([hidden])');
    expect(await again.getAttribute('.atlas-table th[aria-sort="descending"] [data-sort]', 'data-sort')).toBe('urbanization_baseline');
  });
});

describe('classes and colours', () => {
  // One link for both: seven classes make a tall legend, and the scheme is one the measure does not take.
  it('folds the settings where, open, they would cover a tall legend; offers only schemes that fit the measure, and ignores a diverging one in the URL', async () => {
    const { page } = await open(`${baseUrl}?classes=7&scheme=PuOr`);
    expect(await page.evaluate(() => (document.querySelector('.thematic-controls') as HTMLDetailsElement).open)).toBe(false);
    const overlap = await page.evaluate(() => {
      const a = document.querySelector('.thematic-controls')!.getBoundingClientRect();
      const b = document.querySelector('.thematic-legend-box')!.getBoundingClientRect();
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    });
    expect(overlap).toBe(false);
    expect(await page.$$eval('.thematic-legend tr.legend-class', (rows) => rows.length)).toBe(7);
    const schemes = await page.$$eval('.thematic-controls select[name="scheme"] option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(schemes).toContain('Blues');
    expect(schemes).not.toContain('PuOr');
    expect(schemes).not.toContain('RdBu');
    const legend = await page.textContent('.thematic-legend');
    expect(legend).toContain('配色“PuOr”不适用于此指标');
    // No class takes the land's colour: every pilot with a value is drawn.
    const rows = await legendRows(page);
    for (const r of rows.slice(0, -1)) expect(r.colour).not.toBe('rgb(251, 250, 247)');
  });

});

describe('what a reader notices', () => {
  it('in English: half-width punctuation, 82.3% written one way, English province names, no stale tooltip', async () => {
    const { page } = await open(`${baseUrl}?lang=en`);
    const provinces = await page.$$eval('.thematic-controls select[name="province"] option', (o) => o.map((x) => x.textContent));
    expect(provinces).toContain('Shandong');
    expect(provinces.join('')).not.toMatch(/[\u4e00-\u9fff]/);
    const at = await insidePoint('neimenggu-baotou');
    await page.evaluate(([lng, lat]) => window.pilotAtlas.setState({ camera: { center: [lng!, lat!], zoom: 7, bearing: 0, pitch: 0 } }), at);
    await settledMap(page);
    const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.atlas-tooltip:not([hidden])', { timeout: 10_000 });
    const tip = await page.textContent('.atlas-tooltip');
    expect(tip).toMatch(/^Baotou City[^:：]*: \d+(\.\d+)?%( \(\d{4}\))?$/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.detail-panel:not([hidden])');
    expect(await page.isHidden('.atlas-tooltip')).toBe(true);
    expect(await page.textContent('.detail-sub')).toMatch(/^Inner Mongolia · /);
    // Every figure in the panel is inside it.
    const clipped = await page.$$eval('.detail-panel .detail-value', (cells) => {
      const panel = document.querySelector('.detail-panel')!.getBoundingClientRect();
      return cells.filter((c) => c.getBoundingClientRect().right > panel.right + 0.5).map((c) => c.textContent);
    });
    expect(clipped).toEqual([]);
    await screenshot(page, 'english-panel');
  });

  it('is styled before any script runs (no unstyled flash); between phone and wide screen, the title on one line and every tool on screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    await page.route(/\.js$/, (route) => route.abort()); // the header is the page's own HTML and CSS
    await page.goto(baseUrl);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.atlas-header')!).display)).toBe('flex');
    for (const width of [1000, 800, 1100]) {
      await page.setViewportSize({ width, height: 700 });
      const header = await page.evaluate(() => {
        const h1 = document.querySelector('#atlas-title')!;
        const lineHeight = parseFloat(getComputedStyle(h1).fontSize) * 1.6;
        const offscreen = [...document.querySelectorAll('.atlas-tools > *')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < 0 || r.right > innerWidth + 0.5);
        }).map((t) => t.id || t.className);
        return { lines: h1.getBoundingClientRect().height / lineHeight, offscreen };
      });
      expect(header.lines, `title lines at ${width} px`).toBeLessThan(1.05);
      expect(header.offscreen, `tools off screen at ${width} px`).toEqual([]);
    }
    await page.close();
  });

  it('on a phone: every tool on screen, and the legend leaves the map to the map', async () => {
    const { page } = await openPhone();
    const offscreen = await page.$$eval('.atlas-tools > *', (tools) =>
      tools.filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > innerWidth + 0.5);
      }).map((t) => t.id || t.className),
    );
    expect(offscreen).toEqual([]);
    const share = await page.evaluate(() => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      const legend = document.querySelector('.thematic-legend')!.getBoundingClientRect();
      return (legend.width * legend.height) / (map.width * map.height);
    });
    expect(share).toBeLessThan(0.12);
    await screenshot(page, 'phone-390');
  });

  it('keeps the inset on a 390 px phone, with the legend behind its button', async () => {
    const { page } = await openPhone();
    expect(await page.isVisible('.scs-inset-box')).toBe(true);
    expect(await page.isVisible('.thematic-legend')).toBe(false);
    await page.getByRole('button', { name: '图例', exact: true }).click();
    expect(await page.isVisible('.thematic-legend')).toBe(true);
    await screenshot(page, 'phone-390-legend');
    await page.getByRole('button', { name: '图例', exact: true }).click();

    // A pilot picked from the search is framed in the map that is left once its panel opens below it.
    await page.click('#atlas-search input');
    await page.keyboard.type('烟台');
    await page.waitForSelector('.atlas-search-option');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.detail-panel:not([hidden])');
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'yantai');
    await page.evaluate(() => window.pilotAtlas.idle());
    const { camera, map } = await page.evaluate(() => ({ camera: window.pilotAtlas.getState().camera!, map: document.querySelector('#map')!.getBoundingClientRect().toJSON() as DOMRect }));
    const panel = (await page.locator('.detail-panel').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    const pilots = (await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
    const [w, s, e, n] = bbox(pilots.features.find((f) => f.properties.id === 'yantai')!);
    const at = projector(camera, map.width, map.height);
    for (const corner of [[w, s], [e, n]] as const) {
      const { x, y } = at(corner);
      expect(x, 'within the map').toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y, 'within the map').toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
    await screenshot(page, 'phone-390-search-yantai');
  });
});

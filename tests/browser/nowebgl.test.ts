import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_ARGS, chromiumPath } from './chromium.ts';
import { screenshot } from './page.ts';
import { batchSection } from '../fixtures/documents.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  // A browser with WebGL switched off, as on some locked-down office machines.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...TEST_ARGS, '--disable-3d-apis', '--disable-webgl'], headless: true });
});
afterAll(async () => {
  await browser?.close();
});

/** What the SVG map shows: its title, and the fill of every pilot area by id. */
const picture = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('#map svg.atlas-fallback-svg')!;
    const fills = [...svg.querySelectorAll('.pilot-areas path')].map((p) => `${p.getAttribute('data-id')}=${p.getAttribute('fill')}`);
    return { title: svg.querySelector('text.title')?.textContent ?? '', fills };
  });

describe('without WebGL', () => {
  it('says so, draws the thematic map as SVG that follows the controls and the language, and says what needs WebGL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}?indicator=urbanization_baseline`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);
    expect(await page.textContent('.atlas-nowebgl')).toContain('WebGL');
    expect(await page.locator('#map svg.atlas-fallback-svg path').count()).toBeGreaterThan(50);
    expect(await page.textContent('#map svg.atlas-fallback-svg')).toContain('南海诸岛');
    await screenshot(page, 'nowebgl-svg');

    // A person's document (房山区's section of the batch document): its unit is drawn on the SVG in its
    // class's colour as the pilots are, and the search box finds it and selects it.
    const fangshan = batchSection('北京市房山区').lines.join('\n');
    await page.setInputFiles('#atlas-import', { name: '房山区.txt', mimeType: 'text/plain', buffer: Buffer.from(fangshan) });
    await page.waitForSelector('.doc-panel');
    const mine = '#map svg.atlas-fallback-svg .pilot-areas path[data-id="mine-1-1"]';
    await page.waitForSelector(mine, { state: 'attached' });
    expect(await page.evaluate(() => window.pilotAtlas.getView()?.values.get('mine-1-1')?.value)).toBe(68.9);
    const colour = await page.evaluate(() => window.pilotAtlas.getView()?.colourOf('mine-1-1'));
    expect(colour).toMatch(/^#|^rgb/);
    expect(await page.getAttribute(mine, 'fill')).toBe(colour);
    await page.keyboard.press('/');
    await page.keyboard.type('房山');
    await page.waitForSelector('.atlas-search-option');
    const options = await page.$$eval('.atlas-search-option', (items) => items.map((i) => i.textContent ?? ''));
    const at = options.findIndex((o) => o.includes('房山区（我的文档）'));
    expect(at, options.join(' | ')).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'mine-1-1');
    await screenshot(page, 'nowebgl-document');
    await page.click('.doc-remove');
    await page.waitForSelector(mine, { state: 'detached' });

    // The measure, chosen in the thematic controls as a person does: the SVG is redrawn in its classes.
    const before = await picture(page);
    if ((await page.getAttribute('.thematic-controls', 'open')) === null) await page.click('.thematic-controls summary');
    await page.selectOption('.thematic-controls select[name="indicator"]', 'urbanization_target');
    await page.waitForFunction((title) => document.querySelector('#map svg.atlas-fallback-svg text.title')?.textContent !== title, before.title);
    const target = await picture(page);
    expect(target.title).toContain('目标');
    expect(target.fills.length).toBeGreaterThan(20);
    expect(target.fills).not.toEqual(before.fills);
    expect(page.url()).toContain('indicator=urbanization_target');
    expect(await page.locator('#map svg.atlas-fallback-svg').count()).toBe(1);

    // A province filter leaves only its pilots on the map.
    await page.selectOption('.thematic-controls select[name="province"]', '山东省');
    await page.waitForFunction((n) => document.querySelectorAll('#map svg.atlas-fallback-svg .pilot-areas path').length < n, target.fills.length);
    const shandong = await picture(page);
    expect(shandong.fills.length).toBeGreaterThan(0);
    // (the classes are recomputed over the pilots shown, so the colours may change)
    const ids = (fills: string[]) => fills.map((f) => f.split('=')[0]!);
    expect(ids(shandong.fills).every((id) => ids(target.fills).includes(id))).toBe(true);
    expect(ids(shandong.fills)).toContain('yantai');
    await screenshot(page, 'nowebgl-target-shandong');

    // PNG export needs WebGL: the export menu says so instead of doing nothing.
    expect(await page.isVisible('.atlas-needs-webgl')).toBe(false);
    await page.click('.export-menu > summary');
    await page.click('[data-export="png-2"]');
    await page.waitForSelector('.atlas-needs-webgl', { state: 'visible' });
    expect(await page.textContent('.atlas-needs-webgl')).toContain('导出 PNG 需要 WebGL');
    // The SVG export works: it is the same picture.
    await page.click('.export-menu > summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="svg"]')]);
    expect(download.suggestedFilename()).toBe('pilot-atlas-national.svg');

    // A person's own figures cannot be drawn either: the import says so once the file is read.
    await page.setInputFiles('#atlas-import', { name: '城镇化.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,城镇化率\n烟台市,66.5\n青岛市,74.1\n') });
    await page.waitForFunction(() => /导入的数据需要 WebGL/.test(document.querySelector('.atlas-needs-webgl')?.textContent ?? ''));

    // English: the map, its note and the notice follow; a plan from the picker says it needs WebGL.
    await page.click('#atlas-lang');
    await page.waitForFunction(() => /WebGL/.test(document.querySelector('.atlas-nowebgl')?.textContent ?? '') && document.documentElement.lang === 'en');
    expect(await page.textContent('.atlas-nowebgl')).toContain('This browser cannot use WebGL');
    expect(await page.textContent('#map svg.atlas-fallback-svg')).toContain('Source');
    expect(await page.textContent('.atlas-needs-webgl')).toContain('Showing imported data on the map needs WebGL');
    await page.selectOption('#atlas-layout', 'yantai');
    await page.waitForFunction(() => /Plan overlays need WebGL/.test(document.querySelector('.atlas-needs-webgl')?.textContent ?? ''));
    await screenshot(page, 'nowebgl-plan-needs-webgl');
    expect(errors).toEqual([]);
    await page.close();
  });
});

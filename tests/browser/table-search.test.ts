import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { openAtlas, screenshot, type OpenedPage } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
/** One page for the file: the link to the table of the 2020 rise; the second test goes on from where the first leaves it. */
let opened: Promise<OpenedPage> | undefined;
const openTable = () => (opened ??= openAtlas(browser(), `${baseUrl}?indicator=urbanization_increase&year=2020&view=table`));
afterAll(async () => {
  await (await opened)?.page.close();
});

const column = (page: import('playwright-core').Page, index: number) =>
  page.$$eval(`.atlas-table tbody tr`, (rows, i) => rows.map((r) => r.querySelectorAll('th, td')[i]?.textContent ?? ''), index);

describe('the table view and search', () => {
  it('answers “which pilots planned the largest rise by 2020”: the table sorts by the rise, a value opens its source; back on the map, finds a pilot by pinyin with the keyboard, selects it and frames it', async () => {
    const { page, errors } = await openTable();
    await page.waitForSelector('.atlas-table');
    expect(await page.locator('.atlas-table tbody tr').count()).toBe(63);
    // A pilot drawn at a boundary that is not the document's says why under its name: 遵义县 is the later 播州区.
    const zunyi = page.locator('.atlas-table tbody tr[data-id="guizhou-zunyixian"] .atlas-table-extent-note');
    expect(await zunyi.isVisible()).toBe(true);
    expect(await zunyi.textContent()).toMatch(/播州区（约 2477 平方公里，文中 4092.66 平方公里）/);
    // So do the others drawn at their boundary with a note (同江, 津市–澧县, 成都 without 简阳); approximate extents keep their tag.
    expect(await page.locator('.atlas-table-extent-note').count()).toBe(4);
    expect(await page.locator('.atlas-table-approximate').count()).toBe(18);
    const header = page.locator('.atlas-table thead th').nth(2).locator('button');
    await header.click(); // ascending
    await header.click(); // descending
    expect(await page.locator('.atlas-table thead th').nth(2).getAttribute('aria-sort')).toBe('descending');
    const values = (await column(page, 2)).map((t) => Number(t.replace(/[^\d.]/g, ''))).filter((n) => n > 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await screenshot(page, 'table-rise-2020');
    // The top value opens the document at its sentence.
    await page.locator('.atlas-table tbody tr').first().locator('button').last().click();
    await page.waitForSelector('dialog.doc-viewer[open]');
    expect(await page.locator('.doc-lines li.is-source').count()).toBeGreaterThan(0);
    // Back to the map (same page): a pilot found by pinyin with the keyboard, selected and framed.
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.doc-viewer', { state: 'hidden' });
    await page.click('#atlas-view');
    await page.waitForFunction(() => !location.search.includes('view=table'));
    // The gazetteer (the search's aliases) is not loaded until the search is used; then a former name finds its pilot.
    const gazetteerFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/gazetteer.json')));
    expect(await gazetteerFetched()).toBe(false);
    await page.keyboard.press('/');
    await page.keyboard.type('章丘区');
    await page.waitForFunction(() => [...document.querySelectorAll('.atlas-search-option')].some((o) => o.textContent!.includes('章丘市')));
    expect(await gazetteerFetched()).toBe(true);
    // Esc closes the list, Esc again clears the box; the focus stays in it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#atlas-search input')).toBe('');
    await page.keyboard.type('zhangqiu');
    await page.waitForSelector('.atlas-search-option');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'shandong-zhangqiu');
    expect(await page.textContent('.detail-panel h2')).toBe('章丘市');
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.zoom).toBeGreaterThan(7);
    expect(Math.abs(camera.center[0] - 117.5)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
  });

  it('sorts by keyboard and goes back to the map from the header', async () => {
    // The same page, in English from the language button, and the table from the header.
    const { page } = await openTable();
    await page.click('#atlas-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    if (!page.url().includes('view=table')) await page.click('#atlas-view');
    await page.waitForSelector('.atlas-table');
    await page.waitForFunction(() => location.search.includes('view=table'));
    await page.locator('.atlas-table thead th').first().locator('button').focus();
    await page.keyboard.press('Enter');
    const names = await column(page, 0);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await page.click('#atlas-view');
    await page.waitForFunction(() => !location.search.includes('view=table'));
    expect(await page.isVisible('.atlas-table')).toBe(false);
  });
});

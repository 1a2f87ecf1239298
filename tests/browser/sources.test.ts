import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('every number traceable to its sentence', () => {
  it('shows Fangshan’s 2014 urbanization rate and opens the batch document at line 79 with the sentence marked; the Fuzhou plan in its own traditional characters', async () => {
    const { page, errors } = await openAtlas(browser(), `${baseUrl}?pilot=beijing-fangshan`);
    await page.waitForSelector('.detail-panel:not([hidden])');
    const rate = page.locator('.value-button[data-indicator="resident_urbanization_rate"][data-line="79"]');
    expect(await rate.textContent()).toBe('68.9%');
    await rate.click();
    await page.waitForSelector('dialog.doc-viewer[open]');
    expect(await page.textContent('#doc-viewer-title')).toBe('第二批国家新型城镇化综合试点工作方案要点');
    const line = page.locator('#doc-line-79');
    expect(await line.getAttribute('class')).toContain('is-source');
    const marked = await line.locator('mark').textContent();
    expect(marked).toContain('68.9');
    expect(marked).toContain('城镇化率');
    // Only one line is marked, and it is scrolled into view.
    expect(await page.locator('.doc-lines li.is-source').count()).toBe(1);
    expect(await line.isVisible()).toBe(true);
    await screenshot(page, 'source-fangshan-line79');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.doc-viewer', { state: 'hidden' });

    // The Fuzhou plan, on the same page, in its own traditional characters at the source line.
    await page.evaluate(() => window.pilotAtlas.setState({ pilot: 'fuzhou' }));
    await page.waitForFunction(() => document.querySelector('.detail-panel h2')?.textContent?.includes('福州'));
    const first = page.locator('.value-button').first();
    const lineNo = Number(await first.getAttribute('data-line'));
    await first.click();
    await page.waitForSelector('dialog.doc-viewer[open]');
    const text = await page.locator(`#doc-line-${lineNo}`).textContent();
    expect(text).toMatch(/[鎮為實現]/); // traditional characters, as published
    expect(await page.locator(`#doc-line-${lineNo} mark`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

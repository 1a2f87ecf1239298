import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('security', () => {
  it('runs a full session under a CSP with no inline script or eval, and requests nothing outside its origin', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${baseUrl}?indicator=urbanization_increase&year=2020`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    // A choropleth, a plan, a pilot's sources, the editor, the table and a story: the whole app.
    await page.selectOption('#atlas-layout', 'yantai');
    await page.waitForSelector('.layout-legend');
    await page.evaluate(() => window.pilotAtlas.setState({ pilot: 'beijing-fangshan' }));
    await page.click('.value-button');
    await page.waitForSelector('dialog.doc-viewer[open]');
    await page.keyboard.press('Escape');
    await page.click('#atlas-editor');
    await page.waitForSelector('.layout-editor-status');
    await page.click('#atlas-view');
    await page.waitForSelector('.atlas-table');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // …and a story, played from the keyboard.
    await page.goto(`${baseUrl}?story=yantai&slide=0`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('slide=1'));
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u))).toEqual([]);
    await page.close();
  });

  it('treats hostile URL parameters as data, never as markup', async () => {
    const page = await browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseUrl}?pilot=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&indicator=%3Cscript%3Ealert(2)%3C%2Fscript%3E&year=NaN&classes=-1&center=abc&zoom=99&lang=%22%3E%3Cb%3E`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const state = await page.evaluate(() => window.pilotAtlas.getState());
    expect(state).toMatchObject({ pilot: null, indicator: null, year: null, classes: null, lang: 'zh' });
    await page.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useBrowser } from './chromium.ts';
import { PAGE_CSP } from '../../src/security-headers.ts';

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
    // …and a story, in the same session: back to the map, picked from the menu, played from the keyboard.
    await page.click('#atlas-view');
    await page.waitForSelector('.atlas-table', { state: 'hidden' });
    await page.click('.story-entry-button');
    await page.click('.story-menu-item[data-story="yantai"]');
    await page.waitForSelector('.story-card[data-story-slide="1"]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('slide=2'));
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
    expect(state).toMatchObject({ pilot: null, indicator: 'urbanization_baseline', year: null, classes: null, lang: 'zh' });
    await page.close();
  });

  it('gives every page the same CSP, and lets only embed.html be framed by another origin', async () => {
    // Each page's document and headers, as served and parsed (its scripts not run: they would only
    // start a map to be torn down by the next page).
    const documents = await browser().newContext({ javaScriptEnabled: false });
    const served = await documents.newPage();
    for (const path of ['', 'index.html', 'embed.html', 'widget-demo.html']) {
      const response = (await served.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' }))!;
      expect(await served.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), path).toBe(PAGE_CSP);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toContain(PAGE_CSP);
      if (path === 'embed.html') {
        expect(headers['content-security-policy']).toContain('frame-ancestors *');
        expect(headers['x-frame-options']).toBeUndefined();
      } else {
        expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
        expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
      }
    }
    await documents.close();
    // A page of another origin frames both: the browser refuses index.html and shows embed.html.
    const host: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><iframe name="app" src="${baseUrl}index.html"></iframe><iframe name="embed" src="${baseUrl}embed.html"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const page = await browser().newPage();
    try {
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors|X-Frame-Options/.test(m.text())) refused.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const embed = page.frame({ name: 'embed' })!;
      await embed.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
      const app = page.frame({ name: 'app' })!;
      // A refused frame holds Chromium's error page, never the app.
      expect(await app.evaluate(() => document.querySelector('#atlas-title') !== null).catch(() => false)).toBe(false);
      expect(app.url()).not.toBe(`${baseUrl}index.html`);
      expect(refused.some((text) => text.includes("frame-ancestors 'self'"))).toBe(true);
    } finally {
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
    await page.close();
  });
});

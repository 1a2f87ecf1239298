import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the <pilot-atlas> custom element', () => {
  it('renders in a plain HTML page, follows its attributes, and reports selections', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}widget-demo.html`);
    await page.waitForSelector('pilot-atlas[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    // 960 × 480 px: a compact map, whose legend opens from its button.
    await page.getByRole('button', { name: '图例', exact: true }).click();
    await page.waitForSelector('pilot-atlas .thematic-legend');
    expect(await page.textContent('pilot-atlas .thematic-legend h2')).toContain('2020');
    // The host page keeps its own layout: the widget's page rules are not loaded.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await screenshot(page, 'widget-demo');

    await page.evaluate(() => document.getElementById('demo')!.setAttribute('lang', 'en'));
    await page.waitForFunction(() => (document.querySelector('pilot-atlas .thematic-legend h2')?.textContent ?? '').match(/[A-Za-z]/));
    await page.evaluate(() => {
      const el = document.getElementById('demo')!;
      const seen: (string | null)[] = [];
      (window as unknown as { selections: (string | null)[] }).selections = seen;
      el.addEventListener('pilot-atlas-select', (e) => seen.push((e as CustomEvent<string | null>).detail));
      el.setAttribute('center', '110,41.2');
      el.setAttribute('zoom', '7');
    });
    // The camera is there (the state takes it when the move ends), and the map has drawn it.
    await page.waitForFunction(() => {
      const el = document.getElementById('demo') as HTMLElement & { controller: { getState(): { camera: { center: [number, number]; zoom: number } | null } } };
      const camera = el.controller.getState().camera;
      return camera !== null && Math.abs(camera.zoom - 7) < 0.01 && Math.abs(camera.center[0] - 110) < 0.01 && Math.abs(camera.center[1] - 41.2) < 0.01;
    });
    await page.evaluate(() => (document.getElementById('demo') as HTMLElement & { controller: { idle(): Promise<void> } }).controller.idle());
    const box = (await page.locator('pilot-atlas canvas.maplibregl-canvas').boundingBox())!;
    const selections = () => page.evaluate(() => (window as unknown as { selections: (string | null)[] }).selections);
    // A click on Baotou selects it: once the map is idle, the first click finds it.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { selections: unknown[] }).selections.length > 0);
    const picked = await selections();
    expect(picked.at(-1)).toBe('neimenggu-baotou');
    expect(picked.filter((p) => p !== null && p !== 'neimenggu-baotou')).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(requests.some((u) => /widget\/maplibre-gl-worker.*\.mjs$/.test(u))).toBe(true);

    // Moved in the page, the element keeps its map and goes on following its attributes; removed, it lets it go.
    const moved = await page.evaluate(async () => {
      const el = document.getElementById('demo') as HTMLElement & { controller: { getState(): { lang: string } } | null };
      const before = el.controller;
      const box = document.createElement('div');
      document.body.append(box);
      box.append(el);
      // The element decides in a microtask of this task (src/widget.ts): the next task sees what it decided.
      await new Promise((resolve) => setTimeout(resolve, 0));
      el.setAttribute('lang', 'zh');
      return { kept: el.controller === before, canvas: el.querySelectorAll('canvas.maplibregl-canvas').length, lang: el.controller?.getState().lang };
    });
    expect(moved).toEqual({ kept: true, canvas: 1, lang: 'zh' });
    const removed = await page.evaluate(async () => {
      const el = document.getElementById('demo') as HTMLElement & { controller: unknown };
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { controller: el.controller, children: el.childElementCount };
    });
    expect(removed).toEqual({ controller: null, children: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the widget under `npm start`', () => {
  it('works in widget-demo.html served by the dev server, with nothing requested from elsewhere', async () => {
    const { createServer } = await import('vite');
    // Its own cache of pre-bundled dependencies: another dev server may be using the default one.
    const cacheDir = mkdtempSync(join(tmpdir(), 'pilot-atlas-dev-'));
    const server = await createServer({ logLevel: 'warn', cacheDir, server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false } });
    await server.listen();
    const address = server.httpServer!.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    try {
      const requests: string[] = [];
      const failed: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${origin}/widget-demo.html`);
      await page.waitForSelector('pilot-atlas[data-atlas-ready="true"]', { state: 'attached', timeout: 100_000 });
      await page.getByRole('button', { name: '图例', exact: true }).click();
      expect(await page.textContent('pilot-atlas .thematic-legend h2')).toContain('2020');
      // Styled: the legend floats over the map.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('pilot-atlas .thematic-legend-box')!).position)).toBe('absolute');
      await screenshot(page, 'widget-demo-dev-server');
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests.some((u) => u.endsWith('/widget/pilot-atlas.js'))).toBe(true);
      expect(requests.some((u) => u.endsWith('/widget/maplibre-gl-worker.mjs'))).toBe(true);
      expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([]);
    } finally {
      await page.close();
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 180_000);
});

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
    await page.waitForSelector('pilot-atlas .thematic-legend');
    expect(await page.textContent('pilot-atlas .thematic-legend h2')).toContain('2020');
    // The host page keeps its own layout: the widget's page rules are not loaded.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await screenshot(page, 'widget-demo');

    await page.evaluate(() => document.getElementById('demo')!.setAttribute('lang', 'en'));
    await page.waitForFunction(() => (document.querySelector('pilot-atlas .thematic-legend h2')?.textContent ?? '').match(/[A-Za-z]/));
    const selected = page.evaluate(
      () => new Promise<string>((resolve) => document.getElementById('demo')!.addEventListener('pilot-atlas-select', (e) => resolve((e as CustomEvent<string>).detail))),
    );
    await page.evaluate(() => {
      const el = document.getElementById('demo') as HTMLElement & { controller: { setState(s: unknown): void } };
      el.setAttribute('center', '110,41.2');
      el.setAttribute('zoom', '7');
    });
    await page.waitForTimeout(1200);
    const box = (await page.locator('pilot-atlas canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await selected).toBe('neimenggu-baotou');
    expect(requests.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(requests.some((u) => /widget\/maplibre-gl-worker.*\.mjs$/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  // A browser with WebGL switched off, as on some locked-down office machines.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl'], headless: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('without WebGL', () => {
  it('says so and still shows the thematic map, drawn as SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}?indicator=urbanization_baseline`);
    await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);
    expect(await page.textContent('.atlas-nowebgl')).toContain('WebGL');
    expect(await page.locator('#map svg.atlas-fallback-svg path').count()).toBeGreaterThan(50);
    expect(await page.textContent('#map svg.atlas-fallback-svg')).toContain('南海诸岛');
    await screenshot(page, 'nowebgl-svg');
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchReducedMotion } from './chromium.ts';

// src/map-export/print.css on a page with the app's class names (the list in the stylesheet's header),
// printed by Chromium to PDF: the page size comes from its @page rules.
const css = readFileSync('src/map-export/print.css', 'utf8');
const html = (rootClass: string) => `<!doctype html>
<html class="${rootClass}"><head><style>${css}</style></head><body>
  <header class="atlas-header"><div class="atlas-heading"><h1>新型城镇化试点图谱</h1><p>副标题</p></div>
    <div class="atlas-tools"><button>表格</button></div></header>
  <main>
    <div id="map" class="atlas-map" style="height: 300px">
      <canvas class="maplibregl-canvas" width="400" height="300"></canvas>
      <div class="maplibregl-ctrl-top-right">+ −</div>
      <div class="maplibregl-ctrl-attrib">© Natural Earth</div>
      <div class="thematic-controls">controls</div>
      <div class="thematic-legend-box"><div class="thematic-legend">legend</div></div>
      <div class="layout-legend-box">layout legend</div>
      <div class="scs-inset-box">inset</div>
    </div>
    <aside class="detail-panel"><h2>房山区</h2><button class="close">关闭</button></aside>
    <section class="layout-editor">editor</section>
    <section class="atlas-table-panel">table</section>
  </main>
</body></html>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchReducedMotion();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The first page's MediaBox, in pt, from the PDF Chromium prints. */
async function pageSize(rootClass: string): Promise<[number, number]> {
  await page.setContent(html(rootClass));
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  if (!box) throw new Error('print test › no MediaBox in the PDF');
  return [Math.round(Number(box[1])), Math.round(Number(box[2]))];
}

describe('print.css', () => {
  it('prints on A4 landscape by default and on A3 landscape with the print-a3 class', async () => {
    expect(await pageSize('')).toEqual([842, 595]);
    expect(await pageSize('print-a3')).toEqual([1191, 842]);
  });

  it('hides the app’s chrome and keeps the map, title, legends, inset and attribution', async () => {
    await page.setContent(html(''));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [
          '.atlas-tools', '.thematic-controls', '.atlas-table-panel', '.layout-editor', '.maplibregl-ctrl-top-right', '.detail-panel button',
          '.atlas-heading', '.atlas-map', '.thematic-legend-box', '.layout-legend-box', '.scs-inset-box', '.maplibregl-ctrl-attrib', '.detail-panel',
        ].map((s) => [s, getComputedStyle(document.querySelector(s)!).display !== 'none']),
      ),
    );
    expect(shown).toEqual({
      '.atlas-tools': false, '.thematic-controls': false, '.atlas-table-panel': false, '.layout-editor': false, '.maplibregl-ctrl-top-right': false, '.detail-panel button': false,
      '.atlas-heading': true, '.atlas-map': true, '.thematic-legend-box': true, '.layout-legend-box': true, '.scs-inset-box': true, '.maplibregl-ctrl-attrib': true, '.detail-panel': true,
    });
  });

  it('sizes the map to the printable height of the page, larger on A3', async () => {
    const height = async (rootClass: string, media: 'print' | 'screen' = 'print') => {
      await page.setContent(html(rootClass));
      await page.emulateMedia({ media });
      return page.evaluate(() => document.querySelector('.atlas-map')!.getBoundingClientRect().height);
    };
    const mm = 96 / 25.4;
    expect(await height('')).toBeCloseTo(176 * mm, 0);
    expect(await height('print-a3')).toBeCloseTo(263 * mm, 0);
    // On screen the stylesheet changes nothing.
    expect(await height('', 'screen')).toBe(300);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalLayout } from '../../src/map-export/national-layout.ts';
import { nationalSvg } from '../../src/map-export/national-svg.ts';
import { CHINA_PALETTE } from '../../src/render/china-style.ts';
import { PALETTE } from '../../src/render/palette.ts';
import { realInputs } from '../unit/export/real-inputs.ts';
import { launchReducedMotion } from './chromium.ts';
import { hexToRgb } from './page.ts';

// The national SVG, written in node from the committed data, parsed and drawn by Chromium: the XML
// parser is the judge of well-formedness, and an <img> the judge of a standalone document.
let browser: Browser;
let page: Page;
let svg: string;

beforeAll(async () => {
  svg = nationalSvg({ ...realInputs(), title: '国家新型城镇化综合试点', subtitle: '第一、二、三批', source: '国家发展改革委', date: '2025-01-01', lang: 'zh' });
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/export-national.svg', svg);
  browser = await launchReducedMotion();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
});

afterAll(async () => {
  await browser?.close();
});

describe('the national SVG in Chromium', () => {
  it('parses as XML with no parsererror, an <svg> root with title and desc, and the inset with its islands', async () => {
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const inset = doc.getElementById('scs-inset');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        title: doc.querySelector('svg > title')?.textContent,
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        islands: inset?.querySelectorAll('.islands path').length ?? 0,
        insetText: [...(inset?.querySelectorAll('text') ?? [])].map((t) => t.textContent),
        legendRows: doc.querySelectorAll('.legend-row').length,
      };
    }, svg);
    expect(parsed).toMatchObject({ errors: 0, root: 'svg', namespace: 'http://www.w3.org/2000/svg', title: '国家新型城镇化综合试点', islands: 2, legendRows: 2 });
    expect(parsed.desc).toContain('阿尔伯斯等积圆锥投影');
    expect(parsed.insetText).toEqual(['南海诸岛', '示意']);
  });

  it('lays the islands out inside the inset frame, where Chromium measures them', async () => {
    const boxes = await page.evaluate((text) => {
      document.body.innerHTML = '';
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      document.body.append(document.importNode(doc.documentElement, true));
      const box = (e: Element | null) => {
        const r = (e as SVGGraphicsElement).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return { inset: box(document.querySelector('#scs-inset > rect')), islands: box(document.querySelector('#scs-inset .islands')) };
    }, svg);
    expect(boxes.islands.width).toBeGreaterThan(20);
    expect(boxes.islands.height).toBeGreaterThan(40);
    expect(boxes.islands.x).toBeGreaterThanOrEqual(boxes.inset.x);
    expect(boxes.islands.y).toBeGreaterThanOrEqual(boxes.inset.y);
    expect(boxes.islands.x + boxes.islands.width).toBeLessThanOrEqual(boxes.inset.x + boxes.inset.width);
    expect(boxes.islands.y + boxes.islands.height).toBeLessThanOrEqual(boxes.inset.y + boxes.inset.height);
  });

  it('draws as a standalone image: China’s land inland, the sea offshore', async () => {
    const { projection } = nationalLayout();
    // Inside Qinghai, away from pilots and borders; in the East China Sea.
    const land = projection([96, 35])!.map(Math.round);
    const sea = projection([125, 29])!.map(Math.round);
    const pixels = await page.evaluate(
      async ({ text, points }) => {
        const image = new Image();
        image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return { size: [image.naturalWidth, image.naturalHeight], at: points.map(([x, y]) => [...ctx.getImageData(x!, y!, 1, 1).data.slice(0, 3)]) };
      },
      { text: svg, points: [land, sea] },
    );
    expect(pixels.size).toEqual([1200, 900]);
    expect(pixels.at[0]).toEqual(hexToRgb(CHINA_PALETTE.land));
    expect(pixels.at[1]).toEqual(hexToRgb(PALETTE.sea));
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    await page.screenshot({ path: 'test-results/export-national.png' });
  });
});

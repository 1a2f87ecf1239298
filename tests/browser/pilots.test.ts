import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { area, booleanPointInPolygon } from '@turf/turf';
import { labelPoints } from '../../src/core/label-points.ts';
import { useBrowser } from './chromium.ts';
import { nextEvent, openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A point inside a pilot's polygon, from the served pilots.geojson. */
async function insidePoint(id: string): Promise<[number, number]> {
  const pilots = (await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  const pilot = pilots.features.filter((f) => f.properties.id === id);
  return labelPoints({ type: 'FeatureCollection', features: pilot }).features[0]!.geometry.coordinates as [number, number];
}

/** Clicks the middle of the map after centring the camera on `at`. */
async function clickAt(page: Page, at: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lng, lat, z]) => window.pilotAtlas.setState({ camera: { center: [lng!, lat!], zoom: z!, bearing: 0, pitch: 0 } }),
    [at[0], at[1], zoom],
  );
  await page.evaluate(() => window.pilotAtlas.idle());
  const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('the pilots on the map', () => {
  // One page: a click selects 包头; then, in 西咸新区, an approximate extent and a click that selects nothing.
  it('selects a pilot polygon on click, shows its panel and puts it in the URL; draws 西咸新区 at an approximate 882 km², says so on hover and in its panel, and no longer covers 泾阳; 遵义县 notes its later boundary', async () => {
    const { page, errors } = await openAtlas(browser(), baseUrl);
    await clickAt(page, await insidePoint('neimenggu-baotou'), 7);
    await page.waitForSelector('.detail-panel:not([hidden])');
    expect(await page.textContent('.detail-panel h2')).toBe('包头市');
    // Its formula is not drawn, and the panel says why, as unplaceable.json gives it (not a generic line).
    await expect.poll(() => page.textContent('.detail-panel .detail-unplaced')).toBe(' 未绘制：按方位布局的产业（东部铝业、西部钢铁、南部高新技术、北部装备制造）：原文未给出其中任何一项的园区或地点。');
    expect(await page.evaluate(() => location.search)).toContain('pilot=neimenggu-baotou');
    expect(await page.evaluate(() => window.pilotAtlas.getState().pilot)).toBe('neimenggu-baotou');
    await screenshot(page, 'pilot-baotou-selected');
    await page.click('.detail-close');
    await page.waitForSelector('.detail-panel', { state: 'hidden' });
    expect(await page.evaluate(() => location.search)).not.toContain('pilot=');

    const pilots = (await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection<MultiPolygon, { id: string; extent?: string }>;
    const xixian = pilots.features.find((f) => f.properties.id === 'shaanxi-xixian')!;
    expect(xixian.properties.extent).toBe('approximate');
    expect(area(xixian) / 1e6).toBeGreaterThan(0.98 * 882);
    expect(area(xixian) / 1e6).toBeLessThan(1.02 * 882);
    const tooltip = page.locator('.atlas-tooltip');
    // Hover inside the drawn extent: the tooltip says the extent is approximate.
    const inside = await insidePoint('shaanxi-xixian');
    await clickAt(page, inside, 9);
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'shaanxi-xixian');
    await page.mouse.move(10, 10);
    const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    await expect.poll(() => tooltip.textContent()).toMatch(/^西咸新区（近似范围）(：|$)/);
    expect(await page.textContent('.detail-panel .detail-extent-note')).toMatch(/近似范围.*882 平方公里/);
    await screenshot(page, 'pilot-xixian-approximate');
    // 泾阳's seat lay inside the old drawing (all seven counties); it is outside the approximate extent.
    const jingyang: [number, number] = [108.84, 34.53];
    expect(booleanPointInPolygon(jingyang, xixian)).toBe(false);
    await page.click('.detail-close');
    const picked = await nextEvent(page, 'select');
    await clickAt(page, jingyang, 9);
    // The click is handled (a click on empty map selects nothing) before the state is read.
    expect(await picked()).toBeNull();
    expect(await page.evaluate(() => window.pilotAtlas.getState().pilot)).toBeNull();
    expect(await tooltip.isHidden()).toBe(true);
    // 遵义县 is drawn at a boundary of another vintage (the later, smaller 播州区): its panel gives the note, its hover says there is one.
    await clickAt(page, [106.85, 27.45], 8);
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'guizhou-zunyixian');
    expect(await page.textContent('.detail-panel .detail-extent-note')).toMatch(/播州区（约 2477 平方公里，文中 4092.66 平方公里）/);
    await page.mouse.move(10, 10);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    await expect.poll(() => tooltip.textContent()).toMatch(/^遵义县（范围见说明）(：|$)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with the pilot of the URL selected, and shows a town as a clickable marker', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}?pilot=shandong-zhangqiu&lang=en`);
    await page.waitForSelector('.detail-panel:not([hidden])');
    expect(await page.textContent('.detail-panel h2')).toMatch(/Zhangqiu/);
    // 白沟镇 (Baigou) is a town: drawn at an approximate extent of its stated 54.5 km², with a deck.gl marker at its seat.
    const baigou = (await (await fetch(`${baseUrl}data/pilots.geojson`)).json()) as FeatureCollection;
    const town = baigou.features.find((f) => f.properties?.id === 'hebei-baigou')!;
    expect(town.properties?.extent).toBe('approximate');
    await clickAt(page, town.properties!.centre as [number, number], 9);
    await page.waitForFunction(() => window.pilotAtlas.getState().pilot === 'hebei-baigou');
    expect(await page.textContent('.detail-panel h2')).toMatch(/Baigou/);
    await page.close();
  });
});

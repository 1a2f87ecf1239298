// The story player in the built app: a link to a slide, the keyboard, the URL, Back and Forward,
// the picker, and leaving with the view from before the story restored.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const caption = (page: Page) => page.textContent('.story-caption');
/** Waits until the card shows slide `n` (0-based) and the URL says so. */
async function onSlide(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`.story-card[data-story-slide="${n}"]`, { state: 'visible' });
  await page.waitForFunction((n) => new URLSearchParams(location.search).get('slide') === String(n), n);
}
/** Waits until the camera has reached the shown slide (the card says so when the flight ends). */
const settled = (page: Page) => page.waitForSelector('.story-card[data-story-settled="true"]', { timeout: 30_000 });

describe('stories', () => {
  it('plays Yantai from a link: →→ to slide 2, End, Home, and Escape leaves', async () => {
    const { page, errors } = await openAtlas(browser(), `${baseUrl}?story=yantai&slide=0`);
    await onSlide(page, 0);
    const first = await caption(page);
    expect(first).toContain('67.31%');
    expect(await page.getAttribute('html', 'class')).toContain('story-presenting');
    // Read from the back of the room (1280×720): title ≥ 40 px, caption ≥ 28 px; the caption is announced.
    const px = (selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('.story-title')).toBeGreaterThanOrEqual(40);
    expect(await px('.story-caption')).toBeGreaterThanOrEqual(28);
    expect(await page.getAttribute('.story-live', 'aria-live')).toBe('polite');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    expect(await caption(page)).not.toBe(first);
    expect(await caption(page)).toContain('一核引领');
    expect(await page.textContent('.story-counter')).toBe('3 / 7');
    expect(await page.getAttribute('.story-progress', 'aria-valuenow')).toBe('3');
    // The slide's layers are in the state and the URL: the Yantai plan, with its legend.
    expect(param(page, 'layout')).toBe('yantai');
    expect(param(page, 'story')).toBe('yantai');
    await page.waitForSelector('.layout-legend');
    // The camera flies to the slide's view (the core, zoom 8.3).
    await settled(page);
    const camera = await page.evaluate(() => window.pilotAtlas.getState().camera!);
    expect(camera.center[0]).toBeCloseTo(120.85, 1);
    expect(camera.zoom).toBeCloseTo(8.3, 1);
    await screenshot(page, 'story-yantai');

    await page.keyboard.press('End');
    await onSlide(page, 6);
    expect(await page.textContent('.story-counter')).toBe('7 / 7');
    expect(await caption(page)).toContain('2035');

    await page.keyboard.press('Home');
    await onSlide(page, 0);
    expect(await caption(page)).toBe(first);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('story'));
    expect(param(page, 'slide')).toBeNull();
    expect(param(page, 'layout')).toBeNull();
    expect(await page.isVisible('.story-card')).toBe(false);
    expect((await page.getAttribute('html', 'class')) ?? '').not.toContain('story-presenting');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows Back and Forward between slides', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}?story=changle&slide=0`);
    await onSlide(page, 0);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 1);
    await page.keyboard.press(' ');
    await onSlide(page, 2);
    expect(param(page, 'layout')).toBe('changle');
    await page.goBack();
    await onSlide(page, 1);
    expect(await caption(page)).toContain('68%');
    await page.goForward();
    await onSlide(page, 2);
    expect(await caption(page)).toContain('三城三群');
    await page.close();
  });

  it('starts from the picker and, on leaving, restores the view from before the story', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}?indicator=area&province=${encodeURIComponent('山东省')}`);
    const before = await page.evaluate(() => window.pilotAtlas.getState());
    await page.click('.story-entry-button');
    const items = await page.$$eval('.story-menu-item', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.story));
    expect(items).toEqual(['batch2-overview', 'changle', 'fuzhou', 'yantai']);
    await page.click('.story-menu-item[data-story="fuzhou"]');
    await onSlide(page, 0);
    expect(param(page, 'story')).toBe('fuzhou');
    // A slide clears the filters so that its pilots show.
    expect(param(page, 'province')).toBeNull();
    await page.click('.story-next');
    await onSlide(page, 1);
    expect(param(page, 'layout')).toBe('fuzhou');
    await page.click('.story-leave');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('story'));
    const after = await page.evaluate(() => window.pilotAtlas.getState());
    expect(after).toMatchObject({ indicator: 'area', province: '山东省', layout: null, story: null, slide: null });
    await page.waitForFunction(
      ([lng, zoom]) => {
        const c = window.pilotAtlas.getState().camera;
        return c !== null && Math.abs(c.center[0] - lng!) < 0.05 && Math.abs(c.zoom - zoom!) < 0.05;
      },
      [before.camera!.center[0], before.camera!.zoom],
      { timeout: 30_000 },
    );
    await page.close();
  });

  it('speaks the page’s language, and a slide past the end shows the last', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}?lang=en&story=batch2-overview&slide=99`);
    await onSlide(page, 5);
    expect(await page.textContent('.story-title')).toBe('The 2020 targets');
    expect(await page.textContent('.story-counter')).toBe('6 / 6');
    expect(param(page, 'indicator')).toBe('urbanization_target');
    await page.close();
  });
});

// The story player in the built app: a link to a slide, the keyboard, the URL, Back and Forward,
// the picker, leaving with the view from before the story restored, and a projector at 1920×1080:
// the slide's part of the plan highlighted, and type large enough for the room.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { colourShares, screenshot, useAtlasPage } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const open = useAtlasPage(browser);

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const caption = (page: Page) => page.textContent('.story-caption');
/** Waits until the card shows slide `n` (from 1, as its counter "n / N" does) and the URL says the same number. */
async function onSlide(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`.story-card[data-story-slide="${n}"]`, { state: 'visible', timeout: 60_000 });
  await page.waitForFunction((n) => new URLSearchParams(location.search).get('slide') === String(n), n, { timeout: 60_000 });
  expect((await page.textContent('.story-counter'))!.split(' / ')[0]).toBe(String(n));
}
/** Waits until the camera has reached the shown slide (the card says so when the flight ends). */
const settled = (page: Page) => page.waitForSelector('.story-card[data-story-settled="true"]', { timeout: 90_000 });

describe('stories', () => {
  // One page at a desk (1280×720) and then in a room (1920×1080): a link to a slide and the keys, the picker
  // and leaving with the view restored, and presenting on a large screen.
  it('plays Yantai from a link: →→ to slide 3, End, Home, and Escape leaves; starts from the picker and, on leaving, restores the view from before the story; at 1920×1080: Present, → to the slide about 三带, that part highlighted, in type for the room', async () => {
    const { page, errors } = await open(`${baseUrl}?story=yantai&slide=1`);
    await onSlide(page, 1);
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
    await onSlide(page, 3);
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
    await onSlide(page, 7);
    expect(await page.textContent('.story-counter')).toBe('7 / 7');
    expect(await caption(page)).toContain('2035');

    await page.keyboard.press('Home');
    await onSlide(page, 1);
    expect(await caption(page)).toBe(first);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('story'));
    expect(param(page, 'slide')).toBeNull();
    expect(param(page, 'layout')).toBeNull();
    expect(await page.isVisible('.story-card')).toBe(false);
    expect((await page.getAttribute('html', 'class')) ?? '').not.toContain('story-presenting');

    // The picker, from a view of its own: the area of Shandong's pilots (set as a link would, on the same page).
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'area', province: '山东省' }));
    await page.evaluate(() => window.pilotAtlas.idle());
    expect(await page.evaluate(() => window.pilotAtlas.getState())).toMatchObject({ indicator: 'area', province: '山东省', story: null });
    const beforeStory = await page.evaluate(() => window.pilotAtlas.getState());
    await page.click('.story-entry-button');
    const items = await page.$$eval('.story-menu-item', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.story));
    expect(items).toEqual(['batch2-overview', 'changle', 'fuzhou', 'yantai']);
    await page.click('.story-menu-item[data-story="fuzhou"]');
    await onSlide(page, 1);
    expect(param(page, 'story')).toBe('fuzhou');
    // A slide clears the filters so that its pilots show.
    expect(param(page, 'province')).toBeNull();
    await page.click('.story-next');
    await onSlide(page, 2);
    expect(param(page, 'layout')).toBe('fuzhou');
    await page.click('.story-leave');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('story'));
    const afterStory = await page.evaluate(() => window.pilotAtlas.getState());
    expect(afterStory).toMatchObject({ indicator: 'area', province: '山东省', layout: null, part: null, story: null, slide: null });
    await page.waitForFunction(
      ([lng, zoom]) => {
        const c = window.pilotAtlas.getState().camera;
        return c !== null && Math.abs(c.center[0] - lng!) < 0.05 && Math.abs(c.zoom - zoom!) < 0.05;
      },
      [beforeStory.camera!.center[0], beforeStory.camera!.zoom],
      { timeout: 30_000 },
    );

    // The room: the same page on a 1920×1080 screen, back on the opening measure.
    await page.evaluate(() => window.pilotAtlas.setState({ indicator: 'urbanization_baseline', province: null }));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.pilotAtlas.idle());
    // At a desk the map's smallest labels are 11 px and the legend's type about 13 px.
    const desk = await page.evaluate(() => window.pilotAtlas.textSizes());
    expect(Math.min(...Object.values(desk.map))).toBeLessThan(16);
    await page.focus('.story-entry-button');
    await page.keyboard.press('Enter');
    await page.click('.story-menu-item[data-story="yantai"]');
    await onSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    expect(param(page, 'part')).toBeNull();
    await settled(page);
    const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await frames();
    const whole = await screenshot(page, 'story-yantai-whole-1920');
    // The plan, right of the caption card and clear of the legend (whose title is the core's red).
    const plan = { x: 760, y: 250, width: 720, height: 540 };

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 4);
    expect(await page.textContent('.story-title')).toBe('三带贯通');
    expect(param(page, 'part')).toBe('三带贯通');
    expect(await page.textContent('.story-part')).toContain('三带贯通');
    await settled(page);
    await frames();
    const belts = await screenshot(page, 'story-yantai-belts-1920');

    // Slides 2 and 4 share a camera: the belts keep their amber; the core's red and the circles' blue lines turn grey.
    const colours = { belt: [196, 116, 0], core: [160, 20, 20], circle: [30, 90, 150] } satisfies Record<string, [number, number, number]>;
    const before = (await colourShares(page, whole, colours, 6, plan)).shares as Record<keyof typeof colours, number>;
    const after = (await colourShares(page, belts, colours, 6, plan)).shares as Record<keyof typeof colours, number>;
    expect(before.belt).toBeGreaterThan(0.005);
    expect(before.core).toBeGreaterThan(0.003);
    expect(before.circle).toBeGreaterThan(0.003);
    expect(after.belt).toBeGreaterThan(before.belt * 0.8);
    expect(after.core).toBeLessThan(before.core * 0.2);
    expect(after.circle).toBeLessThan(before.circle * 0.2);

    // Type for the room: every map label and every line of the legend at least 16 px.
    const room = await page.evaluate(() => window.pilotAtlas.textSizes());
    expect(room.plan).toBe(1.5);
    for (const [layer, px] of Object.entries(room.map)) expect(px, layer).toBeGreaterThanOrEqual(16);
    const legend = await page.$$eval('.layout-legend-box *', (nodes) =>
      nodes.filter((n) => [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim() !== '')).map((n) => parseFloat(getComputedStyle(n).fontSize)),
    );
    expect(legend.length).toBeGreaterThan(4);
    expect(Math.min(...legend)).toBeGreaterThanOrEqual(16);

    // Leaving gives the desk its sizes back.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('story-presenting'));
    const back = await page.evaluate(() => window.pilotAtlas.textSizes());
    expect(back.plan).toBe(1);
    expect(back.map['china-county-labels']).toBeLessThan(16);
    expect(errors).toEqual([]);
  }, 300_000);

  it('notes a slide the story does not have and starts at the first; follows Back and Forward between slides, flying as a person sees it', async () => {
    const { page } = await open(`${baseUrl}?story=changle&slide=99`);
    await onSlide(page, 1);
    expect(await page.textContent('.atlas-note li[data-param="slide"]')).toMatch(/^slide=99 超出演示的页数，共 \d+$/);
    // The other tests' pages jump between slides (reduced motion); this one flies.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    await page.keyboard.press(' ');
    await onSlide(page, 3);
    expect(param(page, 'layout')).toBe('changle');
    await page.goBack();
    await onSlide(page, 2);
    expect(await caption(page)).toContain('68%');
    await page.goForward();
    await onSlide(page, 3);
    expect(await caption(page)).toContain('三城三群');
  });

  it('speaks the page’s language, and a slide the story does not have is noted, starting at the first', async () => {
    const { page } = await open(`${baseUrl}?lang=en&story=batch2-overview&slide=99`);
    await onSlide(page, 1);
    expect(await page.textContent('.story-title')).toBe('59 pilots');
    expect(await page.textContent('.story-counter')).toBe('1 / 6');
    // Slide 99 as the URL wrote it, counted as the screen counts.
    expect(await page.textContent('.atlas-note li[data-param="slide"]')).toContain('slide=99');
    await page.keyboard.press('End');
    await onSlide(page, 6);
    expect(await page.textContent('.story-title')).toBe('The 2020 targets');
    expect(param(page, 'indicator')).toBe('urbanization_target');
  });

  it('opens an old link, which counted slides from 0, at the slide it was shared from', async () => {
    // Shared from the "一核引领" slide (the third) when the URL said slide=2: its view says which slide it was.
    const { page } = await open(`${baseUrl}?layout=yantai&story=yantai&slide=2&center=120.85,37.6&zoom=8.3`);
    await onSlide(page, 3);
    expect(await page.textContent('.story-title')).toBe('一核引领');
    expect(param(page, 'part')).toBe('一核引领');
  });

});

// The player's pure parts: what a slide sets, what leaving restores, and the keyboard table.
import { describe, expect, test } from 'vitest';
import type { AtlasController } from '../../../src/app/mount.ts';
import type { StoryAtlas } from '../../../src/app/story/player-types.ts';
import { actionOf, targetSlide } from '../../../src/app/story/keys.ts';
import { clampSlide, linkedSlide, restoreState, sameView, slideCamera, slideIndex, slideState } from '../../../src/app/story/slide-state.ts';
import { validateStory } from '../../../src/core/schema/story.ts';
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from '../../../src/core/url-state.ts';
import { known, storyFiles } from './fixtures.ts';

const load = (id: string) => validateStory(storyFiles().find((f) => f.file === `data/stories/${id}.json`)!.json, id, known);
const yantai = load('yantai');
const overview = load('batch2-overview');

// The page's controller is what the player takes (a compile-time check: typecheck fails if not).
const atlasFits = (atlas: AtlasController): StoryAtlas => atlas;
void atlasFits;

describe('slideState', () => {
  test('puts the story and slide in the state, and the slide’s layers', () => {
    // Index 2 is the third slide: the state (and the URL) say 3, as the screen's "3 / 7" does.
    expect(slideState(yantai, 2)).toMatchObject({ story: 'yantai', slide: 3, layout: 'yantai', indicator: null, pilot: null });
    expect(slideState(overview, 1)).toMatchObject({ indicator: 'urbanization_increase', year: 2020, layout: null });
  });

  test('selects a slide’s single highlighted pilot', () => {
    expect(slideState(overview, 2).pilot).toBe('guangdong-maoming');
  });

  test('clears the filters and the table view, so every pilot a caption names is on the map', () => {
    expect(slideState(yantai, 0)).toMatchObject({ province: null, level: null, doc: null, view: null, breaks: null, agg: null });
  });

  test('a slide reached from anywhere gives the same URL (no layer of an earlier slide lingers)', () => {
    const from = (state: Partial<ViewState>) => serializeState({ ...DEFAULT_STATE, ...state, ...slideState(overview, 3) });
    expect(from({ indicator: 'area', layout: 'changle', province: '山东省' })).toBe(from({}));
  });

  test('its story and slide survive the URL', () => {
    const query = serializeState({ ...DEFAULT_STATE, ...slideState(yantai, 4) });
    expect(query).toContain('story=yantai');
    expect(query).toContain('slide=5');
    expect(parseState(query).state).toMatchObject({ story: 'yantai', slide: 5, layout: 'yantai', part: '六圈聚力' });
  });

  test('a slide about a part of the plan names it; other slides clear it', () => {
    expect(yantai.slides.map((_, i) => slideState(yantai, i).part)).toEqual([null, null, '一核引领', '三带贯通', '六圈聚力', '多点支撑', null]);
  });
});

describe('slide numbers in links', () => {
  /** The state of a link shared from slide `index` when the URL counted slides from 0: no part, and no `indicator` for none. */
  const oldLink = (index: number): ViewState =>
    parseState(
      serializeState({ ...DEFAULT_STATE, ...slideState(yantai, index), part: null, slide: index, camera: slideCamera(yantai.slides[index]!) })
        .split('&')
        .filter((p) => p !== 'indicator=none')
        .join('&'),
    ).state;
  const newLink = (index: number): ViewState => ({ ...DEFAULT_STATE, ...slideState(yantai, index), camera: slideCamera(yantai.slides[index]!) });

  test('count from 1; no number and 0 are the first slide', () => {
    expect([slideIndex(null), slideIndex(0), slideIndex(1), slideIndex(4)]).toEqual([0, 0, 0, 3]);
  });

  test('a link made now opens the slide it names', () => {
    for (let i = 0; i < yantai.slides.length; i++) expect(linkedSlide(yantai, parseState(serializeState(newLink(i))).state), `slide ${i + 1}`).toBe(i);
  });

  test('an old link, counted from 0, opens the slide it was shared from where its view tells them apart', () => {
    // Old slide=2 (the core, zoom 8.3) read from 1 would be slide 2 (the whole plan at zoom 7.4): the camera tells.
    expect(linkedSlide(yantai, oldLink(2))).toBe(2);
    // Old slide=0 cannot count from 1: the first slide.
    expect(linkedSlide(yantai, oldLink(0))).toBe(0);
    // Old slide=6 (2035, Yantai selected, no plan) is not slide 6 (多点支撑, the plan).
    expect(linkedSlide(yantai, oldLink(6))).toBe(6);
  });

  test('a bare number with no view to compare counts from 1', () => {
    expect(linkedSlide(yantai, { ...DEFAULT_STATE, story: 'yantai', slide: 3 })).toBe(2);
    expect(linkedSlide(yantai, { ...DEFAULT_STATE, story: 'yantai', slide: 99 })).toBe(6);
  });
});

describe('restoreState', () => {
  test('gives back the layers from before the story, and no story', () => {
    const before: ViewState = { ...DEFAULT_STATE, indicator: 'area', province: '福建省', pilot: 'minhou', lang: 'en' };
    expect(restoreState(before)).toMatchObject({ indicator: 'area', province: '福建省', pilot: 'minhou', layout: null, part: null, story: null, slide: null });
    expect(restoreState(before)).not.toHaveProperty('lang');
    expect(restoreState(before)).not.toHaveProperty('camera');
  });
});

describe('cameras and slide numbers', () => {
  test('slideCamera fills bearing and pitch with 0', () => {
    expect(slideCamera(yantai.slides[0]!)).toEqual({ center: [120.1, 37.05], zoom: 7.4, bearing: 0, pitch: 0 });
  });

  test('clampSlide brings a URL’s slide into range', () => {
    expect([clampSlide(yantai, -3), clampSlide(yantai, 3), clampSlide(yantai, 99), clampSlide(yantai, Number.NaN)]).toEqual([0, 3, 6, 0]);
  });

  test('sameView tolerates the rounding of a clamped camera and not a different slide', () => {
    const a = slideCamera(yantai.slides[0]!);
    expect(sameView(a, { ...a, center: [a.center[0] + 0.004, a.center[1]] })).toBe(true);
    expect(sameView(a, slideCamera(yantai.slides[2]!))).toBe(false);
  });
});

describe('keyboard', () => {
  const press = (key: string, extra: Partial<Parameters<typeof actionOf>[0]> = {}) =>
    actionOf({ key, altKey: false, ctrlKey: false, metaKey: false, target: { tagName: 'BODY' }, ...extra });

  test('arrows, Space, clicker keys, Home, End and Escape drive the presentation', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape'].map((k) => press(k))).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'leave',
    ]);
  });

  test('typing in a field, shortcuts with modifiers and other keys are left alone', () => {
    expect(press('ArrowRight', { target: { tagName: 'INPUT' } })).toBeNull();
    expect(press(' ', { target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('End', { metaKey: true })).toBeNull();
    expect(press('a')).toBeNull();
    expect(press('constructor')).toBeNull();
  });

  test('targetSlide stops at the ends and leaves on Escape', () => {
    expect(targetSlide('next', 6, 7)).toBe(6);
    expect(targetSlide('previous', 0, 7)).toBe(0);
    expect(targetSlide('next', 2, 7)).toBe(3);
    expect(targetSlide('last', 0, 7)).toBe(6);
    expect(targetSlide('first', 5, 7)).toBe(0);
    expect(targetSlide('leave', 3, 7)).toBeNull();
  });
});

/**
 * What a slide does to the view state, and what leaving a story gives back. Pure: no DOM, no map.
 */
import { DEFAULT_STATE, type Camera, type ViewState } from '../../core/url-state.ts';
import type { Slide, Story } from '../../core/schema/story.ts';

/**
 * View-state keys a slide owns. Those its `state` leaves out are cleared, so a slide looks the same
 * however it is reached (from the URL, by Back, by jumping to the end); filters and the table view
 * are cleared so that every pilot a caption speaks of is on the map.
 */
export const SLIDE_KEYS = ['indicator', 'year', 'classes', 'method', 'breaks', 'agg', 'layout', 'part', 'pilot', 'province', 'level', 'doc', 'view'] as const;
export type SlideKey = (typeof SLIDE_KEYS)[number];

/**
 * The slide's view state: its layers, its pilot, and the story and slide themselves (for the URL).
 * `index` counts from 0; the state's `slide` is the number the screen shows, from 1.
 */
export function slideState(story: Story, index: number): Partial<ViewState> {
  const i = clampSlide(story, index);
  const slide = slideAt(story, i);
  const layers = slide.state ?? {};
  const highlight = slide.highlight ?? [];
  return {
    story: story.id,
    slide: i + 1,
    indicator: layers.indicator ?? null,
    year: layers.year ?? null,
    classes: layers.classes ?? null,
    method: layers.method ?? null,
    breaks: null,
    agg: layers.agg ?? null,
    layout: layers.layout ?? null,
    part: layers.part ?? null,
    // The map selects one pilot; a slide about several leaves them to the caption and the colours.
    pilot: layers.pilot ?? (highlight.length === 1 ? highlight[0]! : null),
    province: null,
    level: null,
    doc: null,
    view: null,
  };
}

/** The slide's camera with the defaults filled in. */
export function slideCamera(slide: Slide): Camera {
  const { center, zoom, bearing = 0, pitch = 0 } = slide.camera;
  return { center: [center[0], center[1]], zoom, bearing, pitch };
}

/** What leaving restores: the keys slides own, as they were before the story began, and no story. */
export function restoreState(before: ViewState): Partial<ViewState> {
  const restored: Partial<Record<SlideKey, unknown>> = {};
  for (const key of SLIDE_KEYS) restored[key] = before[key];
  return { ...(restored as Partial<ViewState>), story: null, slide: null };
}

/**
 * The index (from 0) of the state's slide number (from 1). No number, and 0, are the first slide:
 * 0 comes only from links made when the URL counted slides from 0.
 */
export const slideIndex = (slide: number | null): number => (slide === null || slide < 1 ? 0 : slide - 1);

/**
 * Whether a state shows slide `index` of `story`: its layers, and its camera when the state has one.
 * Read as links from before slides counted from 1 were written: they carry no highlighted part, and
 * a slide without a measure wrote no `indicator` (read today as the default measure).
 */
export function showsSlide(story: Story, index: number, state: ViewState): boolean {
  if (index < 0 || index >= story.slides.length) return false;
  const layers = slideState(story, index);
  const differs = (key: SlideKey) => {
    const [want, have] = [layers[key] ?? null, state[key] ?? null];
    if (key === 'part' || (key === 'indicator' && want === null && have === DEFAULT_STATE.indicator)) return false;
    return JSON.stringify(want) !== JSON.stringify(have);
  };
  if (SLIDE_KEYS.some(differs)) return false;
  return state.camera === null || sameView(state.camera, slideCamera(slideAt(story, index)));
}

/**
 * The slide a link opens. Slides in the URL count from 1, as the screen does; links made before
 * counted from 0, so `slide=2` of an old link meant the third slide. A link carries the slide's
 * layers and camera too: when those are the view of slide n + 1 and not of slide n, the link is an
 * old one and opens slide n + 1, the slide it was shared from. Otherwise `slide` counts from 1.
 */
export function linkedSlide(story: Story, state: ViewState): number {
  const index = clampSlide(story, slideIndex(state.slide));
  if (state.slide === null || state.slide < 1) return index;
  const old = state.slide; // the index an old link meant
  if (old < story.slides.length && !showsSlide(story, index, state) && showsSlide(story, old, state)) return old;
  return index;
}

/** A slide index brought into the story's range (a URL may say slide=99). */
export const clampSlide = (story: Story, index: number): number =>
  Math.max(0, Math.min(story.slides.length - 1, Number.isFinite(index) ? Math.trunc(index) : 0));

export function slideAt(story: Story, index: number): Slide {
  const slide = story.slides[clampSlide(story, index)];
  if (!slide) throw new Error(`story "${story.id}" has no slides`);
  return slide;
}

/** Whether two cameras show about the same view (the map may clamp a requested one slightly). */
export function sameView(a: Camera, b: Camera, tolerance = { degrees: 0.01, zoom: 0.05 }): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) <= tolerance.degrees &&
    Math.abs(a.center[1] - b.center[1]) <= tolerance.degrees &&
    Math.abs(a.zoom - b.zoom) <= tolerance.zoom &&
    Math.abs(a.bearing - b.bearing) <= 1 &&
    Math.abs(a.pitch - b.pitch) <= 1
  );
}

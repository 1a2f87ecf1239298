/**
 * What a slide does to the view state, and what leaving a story gives back. Pure: no DOM, no map.
 */
import type { Camera, ViewState } from '../../core/url-state.ts';
import type { Slide, Story } from '../../core/schema/story.ts';

/**
 * View-state keys a slide owns. Those its `state` leaves out are cleared, so a slide looks the same
 * however it is reached (from the URL, by Back, by jumping to the end); filters and the table view
 * are cleared so that every pilot a caption speaks of is on the map.
 */
export const SLIDE_KEYS = ['indicator', 'year', 'classes', 'method', 'breaks', 'agg', 'layout', 'pilot', 'province', 'level', 'doc', 'view'] as const;
export type SlideKey = (typeof SLIDE_KEYS)[number];

/** The slide's view state: its layers, its pilot, and the story and slide themselves (for the URL). */
export function slideState(story: Story, index: number): Partial<ViewState> {
  const slide = slideAt(story, index);
  const layers = slide.state ?? {};
  const highlight = slide.highlight ?? [];
  return {
    story: story.id,
    slide: index,
    indicator: layers.indicator ?? null,
    year: layers.year ?? null,
    classes: layers.classes ?? null,
    method: layers.method ?? null,
    breaks: null,
    agg: layers.agg ?? null,
    layout: layers.layout ?? null,
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

/** A slide number brought into the story's range (a URL may say slide=99). */
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

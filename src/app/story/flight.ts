import type { Camera, ViewState } from '../../core/url-state.ts';
import type { Story } from '../../core/schema/story.ts';
import type { StoryAtlas } from './player-types.ts';
import { sameView, slideAt, slideCamera, slideState } from './slide-state.ts';

/**
 * Moves the atlas to slide `index` of `story`: its layers through setState, its camera by a flight
 * of `flightMs` where the atlas can fly, else by a jump. Returns null when the view has already
 * arrived (a jump, or an instant flight under reduced motion); else the camera object the state
 * held as the flight began, so that a new one there tells the flight has ended.
 */
export function moveToSlide(atlas: StoryAtlas, story: Story, index: number, flightMs: number): { from: Camera | null } | null {
  const camera = slideCamera(slideAt(story, index));
  if (!atlas.flyTo) {
    atlas.setState({ ...slideState(story, index), camera });
    return null;
  }
  // Handing back the camera object the state already holds makes setState neither jump nor fit a
  // newly shown layout to its bounds (the controller's setState), so the flight is the only move.
  atlas.setState({ ...slideState(story, index), camera: atlas.getState().camera });
  const from = atlas.getState().camera;
  atlas.flyTo(camera, flightMs);
  const now = atlas.getState().camera;
  return now && now !== from && sameView(now, camera) ? null : { from: now };
}

/** Gives back the view from before a story: its state, and its camera by a flight where the atlas can fly. */
export function moveBack(atlas: StoryAtlas, before: { state: Partial<ViewState>; camera: Camera | null }, flightMs: number): void {
  if (atlas.flyTo && before.camera) {
    atlas.setState({ ...before.state, camera: atlas.getState().camera });
    atlas.flyTo(before.camera, flightMs);
  } else {
    atlas.setState({ ...before.state, ...(before.camera ? { camera: before.camera } : {}) });
  }
}

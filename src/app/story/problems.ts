import type { StoryAtlas } from './player-types.ts';
import { UnknownStoryError } from './library.ts';
import { DataFileError } from '../data-error.ts';

/** Tells why story `id` cannot be shown: an id the index does not list is the URL's mistake; a broken file is the data's. */
export function noteUnshownStory(atlas: StoryAtlas, id: string, error: unknown): void {
  console.warn(`pilot-atlas: story "${id}" cannot be shown: ${(error as Error).message}`);
  if (error instanceof UnknownStoryError) atlas.noteParams?.([{ key: 'story', value: id, reason: 'unknown' }]);
  else atlas.showProblem?.(error);
}

/** Tells why there are no stories to present: only a broken index is news; a page without stories is not. */
export function noteNoStories(atlas: StoryAtlas, error: unknown): void {
  console.warn(`pilot-atlas: no stories to present (${(error as Error).message})`);
  if (error instanceof DataFileError) atlas.showProblem?.(error);
}

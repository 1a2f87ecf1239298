import type { Camera, ViewState } from '../../core/url-state.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { Story } from '../../core/schema/story.ts';
import type { LoadedData } from './library.ts';
import type { DroppedParam } from '../notices.ts';

/** What the player needs of the atlas (the atlas's controller, AtlasController in src/app/map/types.ts, has all of it). */
export interface StoryAtlas {
  ready: Promise<void>;
  getState(): ViewState;
  setState(partial: Partial<ViewState>): void;
  on(event: 'state', fn: (state: ViewState) => void): () => void;
  /** Smooth camera move; without it the player jumps with setState({camera}). */
  flyTo?: (camera: Camera, durationMs?: number) => void;
  /** Shows a source line in the page's document viewer. */
  emitSource?: (ref: SourceRef) => void;
  /** Notes on the map a URL parameter ignored (an unknown story, a slide it does not have). */
  noteParams?: (dropped: readonly DroppedParam[]) => void;
  /** Notes on the map a data file that could not be used (a broken story or index), naming it. */
  showProblem?: (error: unknown) => void;
  /** Scales the map's label text (1: as designed); presentation mode enlarges it on large screens. */
  setTextScale?: (factor: number) => void;
}

export const PLAYER_DEFAULTS = {
  /** Camera flight from slide to slide, ms (the controller makes it instant under reduced motion). */
  flightMs: 1800,
  /** Class on <html> while presenting: story.css hides the page's chrome under it. */
  presentingClass: 'story-presenting',
};

export interface StoryPlayerOptions {
  /** URL the data folder is resolved against (the page's document.baseURI). */
  base: string;
  /** Stories already loaded; otherwise data/stories/index.json and data/stories/<id>.json are fetched. */
  stories?: readonly Story[];
  /** The page's data (its checks and documents' titles are then not fetched again). */
  data?: Promise<LoadedData>;
  /** Container for the 演示 / Present button (e.g. the header's tools). @default a floating button in root */
  entry?: Element | null;
  /** @default PLAYER_DEFAULTS.flightMs */
  flightMs?: number;
}

export interface StoryPlayer {
  /** Starts a story at slide `index` (from 0); `fullscreen` asks the browser for it (call from a click). */
  open(id: string, index?: number, options?: { fullscreen?: boolean }): Promise<void>;
  /** Shows slide `index` (from 0) of the current story. */
  go(index: number): void;
  /** Leaves the story and restores the view from before it began. */
  leave(): void;
  /** The story shown and its slide number as the screen and the URL show it (from 1). */
  readonly current: { story: string; slide: number } | null;
  destroy(): void;
}

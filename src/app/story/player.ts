/**
 * The story player: the 演示 / Present entry, presentation mode (full screen where allowed), the
 * caption card, the keyboard, and the slides applied to the atlas through its controller. The URL
 * (story, slide) is the source of truth: the player writes it with setState and follows it back
 * (a shared link, Back and Forward arrive as state changes).
 */
import './story.css';
import type { Camera, Lang, ViewState } from '../../core/url-state.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { Story } from '../../core/schema/story.ts';
import { StoryCard } from './card.ts';
import { enterFullscreen, exitFullscreen } from './fullscreen.ts';
import { actionOf, targetSlide, type StoryAction } from './keys.ts';
import { StoryLibrary, UnknownStoryError, type DocTitles } from './library.ts';
import { StoryPicker } from './picker.ts';
import type { DroppedParam } from '../notices.ts';
import { checkSlide } from '../url-check.ts';
import { DataFileError } from '../data-error.ts';
import { clampSlide, linkedSlide, restoreState, sameView, slideAt, slideCamera, slideIndex, slideState } from './slide-state.ts';
import { presentationTextScale } from './projector.ts';

/** What the player needs of the atlas (src/app/mount.ts › AtlasController has all of it). */
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

export function mountStoryPlayer(root: HTMLElement, atlas: StoryAtlas, options: StoryPlayerOptions): StoryPlayer {
  const library = new StoryLibrary(options.base, options.stories);
  const flightMs = options.flightMs ?? PLAYER_DEFAULTS.flightMs;
  let active: { story: Story; index: number } | null = null;
  /** The view to give back on leaving, taken when the story opened (null when no story is open). */
  let before: { state: Partial<ViewState>; camera: Camera | null } | null = null;
  let fullscreen = false;
  /** The camera object in the state when a flight began: a new one means the flight has ended. */
  let flying: { from: Camera | null } | null = null;
  /** The story and slide being opened, and a counter that lets a newer open win. */
  let pending: string | null = null;
  let opening = 0;
  let lang: Lang = atlas.getState().lang;
  let docTitles: DocTitles = new Map();

  const card = new StoryCard({
    onPrevious: () => act('previous'),
    onNext: () => act('next'),
    onLeave: () => leave(),
    onSource: atlas.emitSource ? (source) => atlas.emitSource!({ doc: source.doc, line: source.line, text: source.quote ?? '' }) : undefined,
  });
  root.append(card.element);
  const picker = new StoryPicker(options.entry ?? root, !options.entry, (id) => void open(id, 0, { fullscreen: true }));

  const render = () => {
    if (active) card.render(active.story, active.index, lang, (doc) => docTitles.get(doc)?.[lang] ?? doc);
  };

  /** Applies slide `index` of the active story: its layers through setState, its camera by flight. */
  const show = (index: number) => {
    if (!active) return;
    const story = active.story;
    const i = clampSlide(story, index);
    active = { story, index: i };
    render();
    const camera = slideCamera(slideAt(story, i));
    card.setSettled(false);
    flying = null;
    if (atlas.flyTo) {
      // Handing back the camera object the state already holds makes setState neither jump nor fit a
      // newly shown layout to its bounds (mount.ts › setState), so the flight is the only move.
      atlas.setState({ ...slideState(story, i), camera: atlas.getState().camera });
      const from = atlas.getState().camera;
      atlas.flyTo(camera, flightMs);
      const now = atlas.getState().camera;
      // An instant flight (reduced motion) has already ended.
      if (now && now !== from && sameView(now, camera)) card.setSettled(true);
      else flying = { from: now };
    } else {
      atlas.setState({ ...slideState(story, i), camera });
      card.setSettled(true);
    }
  };

  const go = (index: number) => {
    if (active && clampSlide(active.story, index) !== active.index) show(index);
  };

  /** Ends presentation mode without touching the view (Back out of a story leaves the URL's view). */
  const close = () => {
    const hadFocus = card.element.contains(document.activeElement);
    active = null;
    before = null;
    flying = null;
    pending = null;
    opening++;
    card.hide();
    document.documentElement.classList.remove(PLAYER_DEFAULTS.presentingClass);
    removeEventListener('resize', scaleText);
    atlas.setTextScale?.(1);
    if (fullscreen) {
      fullscreen = false;
      exitFullscreen();
    }
    if (hadFocus && !picker.button.disabled) picker.button.focus({ preventScroll: true });
  };

  const leave = () => {
    if (!active) return;
    const restore = before;
    close();
    if (!restore) return atlas.setState({ story: null, slide: null });
    if (atlas.flyTo && restore.camera) {
      atlas.setState({ ...restore.state, camera: atlas.getState().camera });
      atlas.flyTo(restore.camera, flightMs);
    } else {
      atlas.setState({ ...restore.state, ...(restore.camera ? { camera: restore.camera } : {}) });
    }
  };

  const act = (action: StoryAction) => {
    if (!active) return;
    const target = targetSlide(action, active.index, active.story.slides.length);
    if (target === null) leave();
    else go(target);
  };

  /** Map labels for the room: larger on a large screen (projector.ts). */
  const scaleText = () => atlas.setTextScale?.(presentationTextScale(innerWidth, innerHeight));

  /** `link`: the state of a link or history entry to follow, whose slide number is read by linkedSlide. */
  const open = async (id: string, slide = 0, opts: { fullscreen?: boolean; link?: ViewState } = {}): Promise<void> => {
    const token = ++opening;
    pending = `${id}/${opts.link ? opts.link.slide : slide + 1}`;
    // Asked for at once: the browser grants full screen only within the user's click.
    const granted = opts.fullscreen && !fullscreen ? enterFullscreen() : Promise.resolve(false);
    let story: Story;
    try {
      story = await library.story(id);
      await atlas.ready.catch(() => undefined); // without a map the card still shows
    } catch (error) {
      console.warn(`pilot-atlas: story "${id}" cannot be shown: ${(error as Error).message}`);
      // An id the index does not list is the URL's mistake; a broken file is the data's.
      if (error instanceof UnknownStoryError) atlas.noteParams?.([{ key: 'story', value: id, reason: 'unknown' }]);
      else atlas.showProblem?.(error);
      if (token === opening) {
        pending = null;
        if (!active && atlas.getState().story === id) atlas.setState({ story: null, slide: null });
      }
      if (await granted) exitFullscreen();
      return;
    }
    if (token !== opening) return;
    pending = null;
    // A slide the story does not have is noted and the story starts at its first.
    const outside = checkSlide(opts.link ? opts.link.slide : slide + 1, story.slides.length);
    if (outside) atlas.noteParams?.([outside]);
    if (!active) {
      const state = atlas.getState();
      before = { state: restoreState(state), camera: state.camera };
      document.documentElement.classList.add(PLAYER_DEFAULTS.presentingClass);
      addEventListener('resize', scaleText);
      scaleText();
      card.show();
    }
    active = { story, index: -1 };
    show(outside ? 0 : opts.link ? linkedSlide(story, opts.link) : slide);
    card.focus();
    if (await granted) {
      if (active?.story === story) fullscreen = true;
      else exitFullscreen();
    }
  };

  /** Follows the state to the story and slide it names (a link, Back, Forward, another control). */
  const follow = () => {
    const state = atlas.getState();
    if (state.story === null) {
      if (active) close();
      return;
    }
    if (active && state.story === active.story.id) {
      if (state.slide !== active.index + 1) show(slideIndex(state.slide));
      return;
    }
    if (pending !== `${state.story}/${state.slide}`) void open(state.story, 0, { link: state });
  };

  const offState = atlas.on('state', (state) => {
    if (flying && state.camera !== flying.from) {
      flying = null;
      card.setSettled(true);
    }
    if (state.lang !== lang) {
      lang = state.lang;
      picker.setLang(lang);
      render();
    }
    const same = active ? state.story === active.story.id && state.slide === active.index + 1 : state.story === null;
    // After the change that made this event has finished (setState calls may be nested in it).
    if (!same) queueMicrotask(follow);
  });

  const onKey = (event: KeyboardEvent) => {
    if (!active || event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const action = actionOf({ key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, target: event.target as HTMLElement | null });
    if (!action) return;
    // Captured before the map's keyboard (its arrows pan) and the page (Space scrolls).
    event.preventDefault();
    event.stopPropagation();
    act(action);
  };
  addEventListener('keydown', onKey, { capture: true });

  // Esc in full screen is the browser's: it leaves full screen, and with it the presentation.
  const onFullscreenChange = () => {
    if (fullscreen && !document.fullscreenElement) {
      fullscreen = false;
      leave();
    }
  };
  document.addEventListener('fullscreenchange', onFullscreenChange);

  void library.index().then(
    (entries) => picker.update(entries, lang),
    (error: unknown) => {
      console.warn(`pilot-atlas: no stories to present (${(error as Error).message})`);
      picker.element.hidden = true;
      // Only a broken index is news; a page without stories is not.
      if (error instanceof DataFileError) atlas.showProblem?.(error);
    },
  );
  void library.docTitles().then((titles) => {
    docTitles = titles;
    render();
  });
  // A link to a slide (?story=…&slide=…) starts there once the map is up.
  void atlas.ready
    .catch(() => undefined)
    .then(() => {
      if (!active && pending === null && atlas.getState().story !== null) follow();
    });

  return {
    open,
    go,
    leave,
    get current() {
      return active ? { story: active.story.id, slide: active.index + 1 } : null;
    },
    destroy() {
      close();
      offState();
      removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      card.element.remove();
      picker.destroy();
    },
  };
}

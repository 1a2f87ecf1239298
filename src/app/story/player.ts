/**
 * The story player: the 演示 / Present entry, presentation mode (full screen where allowed), the
 * caption card, the keyboard, and the slides applied to the atlas through its controller. The URL
 * (story, slide) is the source of truth: the player writes it with setState and follows it back
 * (a shared link, Back and Forward arrive as state changes).
 */
import './story.css';
import type { Camera, Lang, ViewState } from '../../core/url-state.ts';
import type { Story } from '../../core/schema/story.ts';
import { StoryCard } from './card.ts';
import { enterFullscreen, exitFullscreen, onFullscreenExit } from './fullscreen.ts';
import { targetSlide, type StoryAction } from './keys.ts';
import { StoryLibrary, type DocTitles } from './library.ts';
import { StoryPicker } from './picker.ts';
import { checkSlide } from '../url-check.ts';
import { clampSlide, linkedSlide, restoreState, slideIndex } from './slide-state.ts';
import { moveBack, moveToSlide } from './flight.ts';
import { captureStoryKeys, presentationMode } from './presenting.ts';
import { noteNoStories, noteUnshownStory } from './problems.ts';
import { PLAYER_DEFAULTS, type StoryAtlas, type StoryPlayer, type StoryPlayerOptions } from './player-types.ts';

export function mountStoryPlayer(root: HTMLElement, atlas: StoryAtlas, options: StoryPlayerOptions): StoryPlayer {
  const library = new StoryLibrary(options.base, options.stories, options.data);
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
  const presenting = presentationMode(atlas);
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
    card.setSettled(false);
    flying = null;
    flying = moveToSlide(atlas, story, i, flightMs);
    if (!flying) card.setSettled(true);
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
    presenting.exit();
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
    moveBack(atlas, restore, flightMs);
  };

  const act = (action: StoryAction) => {
    if (!active) return;
    const target = targetSlide(action, active.index, active.story.slides.length);
    if (target === null) leave();
    else go(target);
  };

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
      noteUnshownStory(atlas, id, error);
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
      presenting.enter();
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

  const offKeys = captureStoryKeys(() => active !== null, act);

  // Esc in full screen is the browser's: it leaves full screen, and with it the presentation.
  const offFullscreen = onFullscreenExit(() => {
    if (!fullscreen) return;
    fullscreen = false;
    leave();
  });

  void library.index().then(
    (entries) => picker.update(entries, lang),
    (error: unknown) => {
      picker.element.hidden = true;
      noteNoStories(atlas, error);
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
      offKeys();
      offFullscreen();
      card.element.remove();
      picker.destroy();
    },
  };
}

/**
 * The story player: the 演示 / Present entry, presentation mode (full screen where allowed), the
 * caption card, the keyboard, and the slides applied to the atlas through its controller. The URL
 * (story, slide) is the source of truth: the player writes it with setState and follows it back
 * (a shared link, Back and Forward arrive as state changes). The story on screen is a StorySession
 * (session.ts); a StoryOpener (opening.ts) loads stories into it.
 */
import './story.css';
import { onFullscreenExit } from './fullscreen.ts';
import { StoryLibrary } from './library.ts';
import { StoryPicker } from './picker.ts';
import { slideIndex } from './slide-state.ts';
import { captureStoryKeys } from './presenting.ts';
import { noteNoStories } from './problems.ts';
import { StorySession } from './session.ts';
import { StoryOpener } from './opening.ts';
import { PLAYER_DEFAULTS, type StoryAtlas, type StoryPlayer, type StoryPlayerOptions } from './player-types.ts';

export function mountStoryPlayer(root: HTMLElement, atlas: StoryAtlas, options: StoryPlayerOptions): StoryPlayer {
  const library = new StoryLibrary(options.base, options.stories, options.data);
  const session = new StorySession(atlas, options.flightMs ?? PLAYER_DEFAULTS.flightMs, () => opener.cancel(), () => picker.button);
  root.append(session.card.element);
  const picker = new StoryPicker(options.entry ?? root, !options.entry, (id) => void opener.open(id, 0, { fullscreen: true }));
  const opener = new StoryOpener(atlas, library, session);

  /** Follows the state to the story and slide it names (a link, Back, Forward, another control). */
  const follow = () => {
    const state = atlas.getState();
    const { active } = session;
    if (state.story === null) {
      if (active) session.close();
      return;
    }
    if (active && state.story === active.story.id) {
      if (state.slide !== active.index + 1) session.show(slideIndex(state.slide));
      return;
    }
    if (opener.pending !== `${state.story}/${state.slide}`) void opener.open(state.story, 0, { link: state });
  };

  const offState = atlas.on('state', (state) => {
    session.cameraChanged(state.camera);
    if (state.lang !== session.lang) {
      picker.setLang(state.lang);
      session.setLang(state.lang);
    }
    const { active } = session;
    const same = active ? state.story === active.story.id && state.slide === active.index + 1 : state.story === null;
    // After the change that made this event has finished (setState calls may be nested in it).
    if (!same) queueMicrotask(follow);
  });

  const offKeys = captureStoryKeys(() => session.active !== null, (action) => session.act(action));

  // Esc in full screen is the browser's: it leaves full screen, and with it the presentation.
  const offFullscreen = onFullscreenExit(() => {
    if (!session.fullscreen) return;
    session.fullscreen = false;
    session.leave();
  });

  void library.index().then(
    (entries) => picker.update(entries, session.lang),
    (error: unknown) => {
      picker.element.hidden = true;
      noteNoStories(atlas, error);
    },
  );
  void library.docTitles().then((titles) => session.setDocTitles(titles));
  // A link to a slide (?story=…&slide=…) starts there once the map is up.
  void atlas.ready
    .catch(() => undefined)
    .then(() => {
      if (!session.active && opener.pending === null && atlas.getState().story !== null) follow();
    });

  return {
    open: (id, index, opts) => opener.open(id, index, opts),
    go: (index) => session.go(index),
    leave: () => session.leave(),
    get current() {
      const { active } = session;
      return active ? { story: active.story.id, slide: active.index + 1 } : null;
    },
    destroy() {
      session.close();
      offState();
      offKeys();
      offFullscreen();
      session.card.element.remove();
      picker.destroy();
    },
  };
}

import type { ViewState } from '../../core/url-state.ts';
import type { Story } from '../../core/schema/story.ts';
import { enterFullscreen, exitFullscreen } from './fullscreen.ts';
import type { StoryLibrary } from './library.ts';
import { checkSlide } from '../url-check.ts';
import { linkedSlide } from './slide-state.ts';
import { noteUnshownStory } from './problems.ts';
import type { StoryAtlas } from './player-types.ts';
import type { StorySession } from './session.ts';

/**
 * Opens stories in the session: loads the story, waits for the map, then starts it at its slide.
 * Opens overlap (a click, then a link arriving): the newest wins, an older one that loads later is dropped.
 */
export class StoryOpener {
  /** The story and slide being opened (`id/slide`, the slide as the URL counts it), null when none. */
  pending: string | null = null;
  /** Opens started: one that a newer open or a close overtook does nothing when its story arrives. */
  private opens = 0;

  constructor(
    private readonly atlas: StoryAtlas,
    private readonly library: StoryLibrary,
    private readonly session: StorySession,
  ) {}

  /** Drops any open under way (the story was closed). */
  cancel(): void {
    this.pending = null;
    this.opens++;
  }

  /** `link`: the state of a link or history entry to follow, whose slide number is read by linkedSlide. */
  async open(id: string, slide = 0, opts: { fullscreen?: boolean; link?: ViewState } = {}): Promise<void> {
    const { atlas, session } = this;
    const token = ++this.opens;
    this.pending = `${id}/${opts.link ? opts.link.slide : slide + 1}`;
    // Asked for at once: the browser grants full screen only within the user's click.
    const granted = opts.fullscreen && !session.fullscreen ? enterFullscreen() : Promise.resolve(false);
    let story: Story;
    try {
      story = await this.library.story(id);
      await atlas.ready.catch(() => undefined); // without a map the card still shows
    } catch (error) {
      noteUnshownStory(atlas, id, error);
      if (token === this.opens) {
        this.pending = null;
        if (!session.active && atlas.getState().story === id) atlas.setState({ story: null, slide: null });
      }
      if (await granted) exitFullscreen();
      return;
    }
    if (token !== this.opens) return;
    this.pending = null;
    // A slide the story does not have is noted and the story starts at its first.
    const outside = checkSlide(opts.link ? opts.link.slide : slide + 1, story.slides.length);
    if (outside) atlas.noteParams?.([outside]);
    session.start(story, outside ? 0 : opts.link ? linkedSlide(story, opts.link) : slide);
    if (await granted) {
      if (session.active?.story === story) session.fullscreen = true;
      else exitFullscreen();
    }
  }
}

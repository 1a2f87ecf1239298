import type { Camera, Lang, ViewState } from '../../core/url-state.ts';
import type { Story } from '../../core/schema/story.ts';
import { StoryCard } from './card.ts';
import { exitFullscreen } from './fullscreen.ts';
import { targetSlide, type StoryAction } from './keys.ts';
import type { DocTitles } from './library.ts';
import { clampSlide, restoreState } from './slide-state.ts';
import { moveBack, moveToSlide } from './flight.ts';
import { presentationMode } from './presenting.ts';
import type { StoryAtlas } from './player-types.ts';

/**
 * The story on screen: its slide, the view to give back on leaving, full screen, a camera flight in
 * progress, and the caption card that shows them. It moves the atlas; following the URL and opening
 * stories are the player's (player.ts, opening.ts).
 */
export class StorySession {
  readonly card: StoryCard;
  /** The story shown and its slide index (from 0); null when no story is open. */
  active: { story: Story; index: number } | null = null;
  /** Full screen was granted for this story (leaving it leaves the story). */
  fullscreen = false;
  /** The view to give back on leaving, taken when the story opened (null when no story is open). */
  private before: { state: Partial<ViewState>; camera: Camera | null } | null = null;
  /** The camera object in the state when a flight began: a new one means the flight has ended. */
  private flying: { from: Camera | null } | null = null;
  /** The language the card is in (the state's). */
  lang: Lang;
  private docTitles: DocTitles = new Map();
  private readonly presenting: { enter(): void; exit(): void };

  /** `onClose`: called whenever the story closes; `focusAfter`: where the focus goes when the card had it. */
  constructor(
    private readonly atlas: StoryAtlas,
    private readonly flightMs: number,
    private readonly onClose: () => void,
    private readonly focusAfter: () => HTMLButtonElement,
  ) {
    this.lang = atlas.getState().lang;
    this.card = new StoryCard({
      onPrevious: () => this.act('previous'),
      onNext: () => this.act('next'),
      onLeave: () => this.leave(),
      onSource: atlas.emitSource ? (source) => atlas.emitSource!({ doc: source.doc, line: source.line, text: source.quote ?? '' }) : undefined,
    });
    this.presenting = presentationMode(atlas);
  }

  /** Opens `story` at slide `index`, taking the view to give back if no story was open. */
  start(story: Story, index: number): void {
    if (!this.active) {
      const state = this.atlas.getState();
      this.before = { state: restoreState(state), camera: state.camera };
      this.presenting.enter();
      this.card.show();
    }
    this.active = { story, index: -1 };
    this.show(index);
    this.card.focus();
  }

  /** Applies slide `index` of the active story: its layers through setState, its camera by flight. */
  show(index: number): void {
    if (!this.active) return;
    const story = this.active.story;
    const i = clampSlide(story, index);
    this.active = { story, index: i };
    this.render();
    this.card.setSettled(false);
    this.flying = null; // moveToSlide's setState calls see no flight
    this.flying = moveToSlide(this.atlas, story, i, this.flightMs);
    if (!this.flying) this.card.setSettled(true);
  }

  go(index: number): void {
    if (this.active && clampSlide(this.active.story, index) !== this.active.index) this.show(index);
  }

  /** A key or a card button: the slide it names, or leaving after the last. */
  act(action: StoryAction): void {
    if (!this.active) return;
    const target = targetSlide(action, this.active.index, this.active.story.slides.length);
    if (target === null) this.leave();
    else this.go(target);
  }

  /** Closes the story and gives back the view from before it. */
  leave(): void {
    if (!this.active) return;
    const restore = this.before;
    this.close();
    if (!restore) return this.atlas.setState({ story: null, slide: null });
    moveBack(this.atlas, restore, this.flightMs);
  }

  /** Ends presentation mode without touching the view (Back out of a story leaves the URL's view). */
  close(): void {
    const hadFocus = this.card.element.contains(document.activeElement);
    this.active = null;
    this.before = null;
    this.flying = null;
    this.onClose();
    this.card.hide();
    this.presenting.exit();
    if (this.fullscreen) {
      this.fullscreen = false;
      exitFullscreen();
    }
    const button = this.focusAfter();
    if (hadFocus && !button.disabled) button.focus({ preventScroll: true });
  }

  /** A new camera in the state ends the flight: the card says the slide has settled. */
  cameraChanged(camera: Camera | null): void {
    if (this.flying && camera !== this.flying.from) {
      this.flying = null;
      this.card.setSettled(true);
    }
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  setDocTitles(titles: DocTitles): void {
    this.docTitles = titles;
    this.render();
  }

  private render(): void {
    const { active, lang, docTitles } = this;
    if (active) this.card.render(active.story, active.index, lang, (doc) => docTitles.get(doc)?.[lang] ?? doc);
  }
}

/**
 * The caption card of a presentation: slide title and caption (an aria-live region), the source
 * line, the progress (a bar, and n / N beside the controls and the story's title). Kept short, so
 * that the map's legends below it stay clear. All text goes in as text.
 */
import type { Lang } from '../../core/url-state.ts';
import type { SlideSource, Story } from '../../core/schema/story.ts';
import { el } from '../dom.ts';
import { slideAt } from './slide-state.ts';
import { t } from '../i18n.ts';

export interface CardHandlers {
  onPrevious(): void;
  onNext(): void;
  onLeave(): void;
  /** Opens the cited line in the source viewer; without it the source is plain text. */
  onSource?: (source: SlideSource) => void;
}

export class StoryCard {
  readonly element = el('section', 'story-card');
  private readonly bar = el('div', 'story-progress');
  private readonly fill = el('div', 'story-progress-fill');
  private readonly live = el('div', 'story-live');
  private readonly heading = el('h2', 'story-title');
  private readonly caption = el('p', 'story-caption');
  /** The part of the plan the slide highlights on the map, named. */
  private readonly part = el('p', 'story-part');
  private readonly source = el('button', 'story-source');
  private readonly previous = el('button', 'story-button story-previous');
  private readonly counter = el('span', 'story-counter');
  private readonly next = el('button', 'story-button story-next');
  private readonly kicker = el('span', 'story-kicker');
  private readonly leave = el('button', 'story-button story-leave');
  private shownSource: SlideSource | null = null;

  constructor(private readonly handlers: CardHandlers) {
    const { element, bar, live, source, previous, next, leave } = this;
    element.hidden = true;
    element.tabIndex = -1;
    element.setAttribute('role', 'region');
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-valuemin', '1');
    bar.append(this.fill);
    // Screen readers hear each new slide's title and caption as one announcement.
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    live.append(this.heading, this.caption, this.part);
    for (const button of [source, previous, next, leave]) button.type = 'button';
    previous.textContent = '←';
    next.textContent = '→';
    // A click leaves focus on the card, not on a button Space would press again.
    const press = (fn: () => void) => () => {
      element.focus({ preventScroll: true });
      fn();
    };
    previous.addEventListener('click', press(() => handlers.onPrevious()));
    next.addEventListener('click', press(() => handlers.onNext()));
    leave.addEventListener('click', press(() => handlers.onLeave()));
    source.addEventListener('click', () => this.shownSource && handlers.onSource?.(this.shownSource));
    const controls = el('footer', 'story-controls');
    controls.append(previous, this.counter, next, this.kicker, leave);
    element.append(bar, live, source, controls);
  }

  /** Shows slide `index` of `story` in `lang`; `docTitle` names a source document. */
  render(story: Story, index: number, lang: Lang, docTitle: (doc: string) => string): void {
    const slide = slideAt(story, index);
    const n = index + 1;
    const total = story.slides.length;
    this.element.setAttribute('aria-label', `${t(lang, 'storyRegion')}: ${story.title[lang]}`);
    this.element.dataset.story = story.id;
    // The slide number as the counter and the URL show it (from 1).
    this.element.dataset.storySlide = String(n);
    this.kicker.textContent = story.title[lang];
    this.heading.textContent = slide.title[lang];
    this.caption.textContent = slide.caption[lang];
    const part = slide.state?.part;
    this.part.hidden = !part;
    this.part.textContent = part ? t(lang, 'storyPart', { part }) : '';
    if (part) this.element.dataset.storyPart = part;
    else delete this.element.dataset.storyPart;
    this.shownSource = slide.source ?? null;
    this.source.hidden = !slide.source;
    this.source.disabled = !this.handlers.onSource;
    this.source.textContent = slide.source ? t(lang, 'storySource', { doc: docTitle(slide.source.doc), line: slide.source.line }) : '';
    this.counter.textContent = `${n} / ${total}`;
    this.bar.setAttribute('aria-valuemax', String(total));
    this.bar.setAttribute('aria-valuenow', String(n));
    this.bar.setAttribute('aria-valuetext', t(lang, 'progress', { n, total }));
    this.fill.style.width = `${(100 * n) / total}%`;
    this.previous.disabled = index === 0;
    this.next.disabled = n === total;
    this.previous.setAttribute('aria-label', t(lang, 'previous'));
    this.previous.title = t(lang, 'previous');
    this.next.setAttribute('aria-label', t(lang, 'next'));
    this.next.title = t(lang, 'next');
    this.leave.textContent = t(lang, 'leave');
    this.leave.title = t(lang, 'leaveLabel');
    this.leave.setAttribute('aria-label', t(lang, 'leaveLabel'));
  }

  /** Marks whether the camera has reached the slide (for tests and screenshots: `data-story-settled`). */
  setSettled(settled: boolean): void {
    this.element.dataset.storySettled = String(settled);
  }

  show(): void {
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
    delete this.element.dataset.story;
    delete this.element.dataset.storySlide;
    delete this.element.dataset.storyPart;
  }

  focus(): void {
    this.element.focus({ preventScroll: true });
  }
}

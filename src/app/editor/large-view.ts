import { LineIndex } from '../../core/layout/json-lines.ts';
import type { Lang } from '../../core/url-state.ts';
import { formatNumber } from '../../core/format.ts';
import { t } from '../i18n.ts';
import { el } from '../dom.ts';

/**
 * Above this many characters the spec is shown in LargeTextView rather than the textarea (the
 * largest shipped spec has 12,000). A textarea lays out every line of its text in one go: 1 MB of
 * JSON (70,000 lines) holds the page for a second or more on a modest machine, before anything
 * else can be drawn.
 */
export const LARGE_TEXT_CHARS = 100_000;

/** Height of one line of the view, px (its stylesheet uses the same). */
const LINE_PX = 18;
/** Lines drawn above and below those in sight, so a scroll shows no gap before the next frame. */
const OVERSCAN = 20;
/** A line longer than this is drawn cut, with an ellipsis (a 200,000-character line lays out as slowly as many lines). */
const MAX_LINE_CHARS = 400;

/**
 * A large spec, read-only and virtualised: only the lines in sight are in the document, each with
 * its number. A paste replaces the whole text; “edit in the text box” hands the text back to the
 * textarea for a person who accepts the wait. Text only: lines are set as textContent.
 */
export class LargeTextView {
  readonly element: HTMLElement;
  private readonly note: HTMLParagraphElement;
  private readonly scroller: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly window: HTMLOListElement;
  private text = '';
  private lines = new LineIndex('');
  private marked = 0;
  private frame = 0;

  constructor(
    private readonly lang: Lang,
    /** A paste into the view: the whole new text. */
    onPaste: (text: string) => void,
    /** The person asks to edit the text in the textarea. */
    onEdit: () => void,
  ) {
    this.element = el('div', 'layout-editor-large');
    this.element.hidden = true;
    this.note = el('p', 'layout-editor-large-note');
    const edit = el('button', 'atlas-button', t(lang, 'editorLargeEdit'));
    edit.type = 'button';
    edit.addEventListener('click', onEdit);
    const bar = el('div', 'layout-editor-large-bar');
    bar.append(this.note, edit);
    this.scroller = el('div', 'layout-editor-view');
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute('role', 'document');
    this.scroller.setAttribute('aria-label', t(lang, 'editorSpec'));
    this.spacer = el('div', 'layout-editor-view-spacer');
    this.window = el('ol', 'layout-editor-view-lines');
    this.spacer.append(this.window);
    this.scroller.append(this.spacer);
    this.scroller.addEventListener('scroll', () => this.schedule());
    this.scroller.addEventListener('paste', (event) => {
      const pasted = event.clipboardData?.getData('text/plain');
      if (pasted === undefined) return;
      event.preventDefault();
      onPaste(pasted);
    });
    this.element.append(bar, this.scroller);
  }

  get shown(): boolean {
    return !this.element.hidden;
  }

  /** Shows `text` (its line index is built once, in one pass). */
  show(text: string): void {
    const focused = document.activeElement;
    this.text = text;
    this.lines = new LineIndex(text);
    this.marked = 0;
    this.note.textContent = t(this.lang, 'editorLargeNote', {
      size: formatNumber(text.length / 1e6, this.lang, 1),
      lines: formatNumber(this.lines.count, this.lang, 0),
    });
    this.spacer.style.height = `${this.lines.count * LINE_PX}px`;
    this.element.hidden = false;
    this.scroller.scrollTop = 0;
    // Drawn at the next frame, when the page lays itself out anyway (reading sizes now would force it).
    this.schedule();
    // The textarea the text was pasted into is hidden: a further paste goes to the view.
    if (focused instanceof HTMLTextAreaElement) this.scroller.focus({ preventScroll: true });
  }

  hide(): void {
    this.element.hidden = true;
    this.text = '';
    this.lines = new LineIndex('');
    this.window.replaceChildren();
  }

  /** Scrolls a 1-based line into view (a few lines below the top) and marks it. */
  goTo(line: number): void {
    this.marked = line;
    this.scroller.scrollTop = Math.max(0, (line - 3) * LINE_PX);
    this.render();
    this.scroller.focus({ preventScroll: true });
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.render()));
  }

  /** Draws the lines in sight, and OVERSCAN more each way. */
  private render(): void {
    if (this.element.hidden) return;
    const height = this.scroller.clientHeight || 400;
    const first = Math.max(1, Math.floor(this.scroller.scrollTop / LINE_PX) + 1 - OVERSCAN);
    const last = Math.min(this.lines.count, Math.ceil((this.scroller.scrollTop + height) / LINE_PX) + OVERSCAN);
    const items: HTMLLIElement[] = [];
    for (let line = first; line <= last; line++) {
      const start = this.lines.startOf(line);
      const end = line < this.lines.count ? this.lines.startOf(line + 1) - 1 : this.text.length;
      const body = this.text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
      const item = el('li', line === this.marked ? 'is-marked' : undefined, end - start > MAX_LINE_CHARS ? `${body}…` : body);
      item.dataset.line = String(line);
      items.push(item);
    }
    this.window.start = first;
    this.window.style.top = `${(first - 1) * LINE_PX}px`;
    this.window.replaceChildren(...items);
  }
}

import type { LayoutFeature, SpecProblem } from '../../core/layout/index.ts';
import type { MemberToPlace } from '../../core/layout/place-by-click.ts';
import { SpecChecker } from './spec-checker.ts';
import type { EditorHost } from './host.ts';
import { DRAFT_TEMPLATE } from './template.ts';
import { MAX_LISTED, problemItems } from './problem-list.ts';
import { editorDownloads } from './downloads.ts';
import { loadText } from '../load.ts';
import { describeError } from '../data-error.ts';
import { t } from '../i18n.ts';
import { el } from '../dom.ts';
import { editorHeader, startChoice } from './header.ts';
import { LARGE_TEXT_CHARS, LargeTextView } from './large-view.ts';
import { MapPlacer } from './place-on-map.ts';

/** The pause in typing after which the spec is checked, ms. */
const TYPING_PAUSE_MS = 250;
/** Inputs that bring a whole text at once (InputEvent.inputType): checked without the typing pause. */
const WHOLE_INPUTS = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText']);

/**
 * The live layout editor: a spec as JSON, recompiled in the browser as the planner types, drawn on
 * the map, with each error at the line that caused it; the spec and its GeoJSON can be downloaded.
 */
export class LayoutEditor {
  readonly element: HTMLElement;
  private readonly textarea: HTMLTextAreaElement;
  /** Shows a spec too large for the textarea to lay out quickly (the textarea keeps the text, hidden). */
  private readonly large: LargeTextView;
  /** The person chose to edit a large text in the textarea: it stays there until the text is small again. */
  private editLarge = false;
  private readonly status: HTMLParagraphElement;
  private readonly errors: HTMLOListElement;
  /** Places members and places by clicks on the map. */
  private readonly placer: MapPlacer;
  private timer = 0;
  private features: LayoutFeature[] = [];
  private flown = false;
  /** Checks each text, in a worker or on the page; a slow check that a newer one overtook comes back null. */
  private readonly checker: SpecChecker;
  /** Checks come back, shown or (overtaken by a newer text) ignored. */
  private answered = 0;

  constructor(parent: HTMLElement, private readonly host: EditorHost) {
    const { lang } = host;
    this.checker = new SpecChecker(host.base, host.counties, MAX_LISTED);
    this.element = el('aside', 'layout-editor');
    this.element.setAttribute('aria-label', t(lang, 'editorTitle'));
    const header = editorHeader(lang, () => {
      this.placer.cancel();
      host.onClose();
    });
    const { element: start, select } = startChoice(lang, host.layouts, host.current, (id) => void this.load(id));

    this.textarea = el('textarea', 'layout-editor-text');
    this.textarea.spellcheck = false;
    this.textarea.setAttribute('aria-label', t(lang, 'editorSpec'));
    this.textarea.addEventListener('input', (event) => {
      // Typing waits for a pause; a paste or a drop is one act, checked as soon as the page has drawn it.
      this.changed(event instanceof InputEvent && WHOLE_INPUTS.has(event.inputType));
    });
    this.large = new LargeTextView(
      lang,
      (text) => {
        this.textarea.value = text;
        this.changed(true);
      },
      () => {
        this.editLarge = true;
        this.showText();
        this.textarea.focus();
      },
    );
    this.status = el('p', 'layout-editor-status');
    this.status.setAttribute('role', 'status');
    this.errors = el('ol', 'layout-editor-errors');

    const actions = editorDownloads(lang, () => this.textarea.value, () => this.features);
    this.placer = new MapPlacer({
      lang,
      ...(host.pickPoints ? { pickPoints: host.pickPoints } : {}),
      text: () => this.textarea.value,
      caret: () => (this.textarea.hidden ? null : this.textarea.selectionStart),
      replace: (text) => {
        this.textarea.value = text;
        this.changed(true);
      },
    });
    this.element.append(header, start, this.textarea, this.large.element, this.status, this.errors, this.placer.element, actions);
    parent.append(this.element);
    if (host.text !== undefined) {
      select.value = '';
      void this.setText(host.text, host.toPlace, host.fly ?? true);
    } else void this.load(host.current);
  }

  /** Starts from a spec's text (a draft made from a person's document), compiled and drawn at once. */
  async setText(text: string, toPlace: readonly MemberToPlace[] = [], fly = true): Promise<void> {
    this.placer.setMembers(toPlace);
    this.textarea.value = text;
    this.editLarge = false;
    this.showText();
    this.flown = !fly;
    await this.compile();
  }

  /** Takes the editor off the page for good: its checks, its worker, its clicks on the map. */
  destroy(): void {
    clearTimeout(this.timer);
    this.placer.dispose();
    this.checker.close();
    this.element.remove();
  }

  /** The text changed: shown in the view that suits its size (before the page lays it out), then checked. */
  private changed(whole: boolean): void {
    clearTimeout(this.timer);
    if (this.textarea.value.length <= LARGE_TEXT_CHARS) this.editLarge = false;
    this.showText();
    this.timer = window.setTimeout(() => this.compile(), whole ? 0 : TYPING_PAUSE_MS);
  }

  /** The textarea for a text of ordinary size (or when the person asked for it), else the large view. */
  private showText(): void {
    const large = this.textarea.value.length > LARGE_TEXT_CHARS && !this.editLarge;
    // Hidden first: nothing the view does may make the page lay out the large text.
    this.textarea.hidden = large;
    if (large) this.large.show(this.textarea.value);
    else if (this.large.shown) this.large.hide();
  }

  /** Starts from a shipped spec (or the template). */
  async load(id: string | null): Promise<void> {
    this.placer.setMembers([]);
    let text = JSON.stringify(DRAFT_TEMPLATE, null, 2);
    if (id) {
      // A spec that cannot be fetched leaves the template in the editor.
      text = await loadText(`layout-specs/${id}.json`, this.host.base).catch(() => text);
    }
    this.textarea.value = text;
    this.editLarge = false;
    this.showText();
    this.flown = false;
    await this.compile();
  }

  /**
   * Compiles the text now (a large one in the worker, else on the page): syntax errors first, then the
   * compiler's, each at its line; the elements that compile are drawn even when others fail. Only
   * the latest text's result is shown. The status always says what happened.
   */
  async compile(): Promise<void> {
    const { lang } = this.host;
    const checking = this.checker.check(this.textarea.value);
    // The checks started and come back (equal once none is under way), for whoever inspects the page.
    this.element.dataset.checksStarted = String(this.checker.started);
    const checked = await checking;
    this.element.dataset.checksAnswered = String(++this.answered);
    if (!checked) return; // a newer text is being checked
    if ('error' in checked) return this.broken(describeError(checked.error, lang), (checked.error as Error).message);
    // Where the check ran (the worker, or the page where no worker could start).
    this.element.dataset.checkedBy = checked.by;
    const { answer } = checked;
    if ('broken' in answer) return this.broken(answer.broken[lang], answer.broken.en);
    this.show(answer.features, answer.problems, answer.total);
  }

  /** Without the gazetteer (or the boundaries) nothing can be placed: says which file is broken and where. */
  private broken(detail: string, english: string): void {
    console.warn(`pilot-atlas: ${english}`);
    this.status.textContent = `${t(this.host.lang, 'gazetteerBroken')}: ${detail}`;
    this.status.classList.add('is-error');
    this.errors.replaceChildren();
    this.features = [];
    this.host.draw(null, false);
  }

  /** Shows a check's result: the status, the first problems (of `total`) at their lines, the features on the map. */
  private show(features: LayoutFeature[], problems: SpecProblem[], total: number): void {
    const { lang } = this.host;
    this.status.classList.remove('is-error');
    this.features = features;
    this.status.textContent = `${t(lang, 'editorCompiled')}: ${features.length} · ${t(lang, 'editorErrors')}: ${total}`;
    const items = problemItems(problems, total, lang, (line) => this.selectLine(line));
    this.errors.replaceChildren(...items);
    this.host.draw(features.length > 0 ? features : null, !this.flown && features.length > 0);
    if (features.length > 0) this.flown = true;
  }

  /** Selects a line of the spec and scrolls it into view. */
  selectLine(line: number): void {
    if (this.large.shown) return this.large.goTo(line);
    const lines = this.textarea.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    this.textarea.focus();
    this.textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    const lineHeight = this.textarea.scrollHeight / Math.max(1, lines.length);
    this.textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  get value(): string {
    return this.textarea.value;
  }

  /** The draft's members to place, as given with its text. */
  get toPlace(): readonly MemberToPlace[] {
    return this.placer.members;
  }
}

import { compileSpecText, countyLookup, layoutContext, type LayoutContext, type LayoutFeature, type SpecProblem } from '../../core/layout/index.ts';
import { specProblemText } from './problem-text.ts';
import { OffPageCompiler, type CompileAnswer } from './compile-offpage.ts';
import { GazetteerSchema } from '../../core/schema/gazetteer.ts';
import type { CountyFeature } from '../../core/layout/context.ts';
import type { LayoutIndexEntry } from '../../core/schema/layouts-index.ts';
import type { Lang } from '../../core/url-state.ts';
import { loadJson, loadText } from '../load.ts';
import { describeError } from '../data-error.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../../core/format.ts';
import { downloadText } from '../download.ts';
import { el } from '../dom.ts';
import { LARGE_TEXT_CHARS, LargeTextView } from './large-view.ts';
import { MapPlacer } from './place-on-map.ts';
import type { MemberToPlace } from '../../core/layout/place-by-click.ts';

export interface EditorHost {
  base: string;
  lang: Lang;
  layouts: LayoutIndexEntry[];
  /** County polygons the map already holds (the national file). */
  counties: CountyFeature[];
  /** The layout shown when the editor opens, to start from. */
  current: string | null;
  /** A spec's text to start from instead (a draft made from a person's document). */
  text?: string;
  /** That draft's members to place by clicks on the map. */
  toPlace?: readonly MemberToPlace[];
  /** Hands the map's clicks to `take` until the returned function is called (AtlasController.pickPoints). */
  pickPoints?: (take: (at: [number, number]) => void) => () => void;
  /** Draws the draft on the map (null clears it). */
  draw(features: LayoutFeature[] | null, fly: boolean): void;
  onClose(): void;
}

const TEMPLATE = {
  id: 'draft',
  formula: '一核两带',
  title: { zh: '新格局草稿', en: 'Draft layout' },
  pilot: 'yantai',
  source: { doc: 'yantai', line: 407 },
  parts: [
    { part: '一核', elements: [{ kind: 'core', label: '核', area: [{ place: '芝罘区' }] }] },
    {
      part: '两带',
      elements: [
        { kind: 'belt', label: '北带', through: [{ place: '龙口市' }, { place: '蓬莱市' }, { place: '芝罘区' }], widthKm: 10 },
        { kind: 'belt', label: '南带', through: [{ place: '莱阳市' }, { place: '海阳市' }], widthKm: 10 },
      ],
    },
  ],
};

/** The pause in typing after which the spec is checked, ms. */
const TYPING_PAUSE_MS = 250;
/** Inputs that bring a whole text at once (InputEvent.inputType): checked without the typing pause. */
const WHOLE_INPUTS = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText']);

/** How many problems the list shows; the rest are counted ("and 9,800 more"). */
export const MAX_LISTED = 200;

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
  private ctx: LayoutContext | null = null;
  private timer = 0;
  private features: LayoutFeature[] = [];
  private flown = false;
  /** Compiles started: a slow one that a newer one overtook does not show its stale result. */
  private runs = 0;
  /** Checks a large text in a worker; a text of ordinary size, or any where no worker can run, is checked on the page (compileSpecText here). */
  private readonly offPage: OffPageCompiler;

  constructor(parent: HTMLElement, private readonly host: EditorHost) {
    const { lang } = host;
    this.offPage = new OffPageCompiler(host.base, MAX_LISTED);
    this.element = el('aside', 'layout-editor');
    this.element.setAttribute('aria-label', t(lang, 'editorTitle'));
    const header = el('header');
    const h2 = el('h2', undefined, t(lang, 'editorTitle'));
    const close = el('button', 'atlas-button', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t(lang, 'close'));
    close.addEventListener('click', () => {
      this.placer.cancel();
      host.onClose();
    });
    header.append(h2, close);

    const start = el('label', 'atlas-field');
    start.append(el('span', undefined, t(lang, 'editorStart')));
    const select = el('select');
    select.append(new Option(t(lang, 'editorTemplate'), ''), ...host.layouts.map((l) => new Option(l.title[lang], l.id)));
    select.value = host.current ?? '';
    select.addEventListener('change', () => void this.load(select.value || null));
    start.append(select);

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

    const actions = el('div', 'layout-editor-actions');
    const saveSpec = el('button', 'atlas-button', t(lang, 'downloadSpec'));
    saveSpec.type = 'button';
    saveSpec.addEventListener('click', () => downloadText(`${this.specId()}.json`, 'application/json', this.textarea.value));
    const saveGeo = el('button', 'atlas-button', t(lang, 'downloadGeojson'));
    saveGeo.type = 'button';
    saveGeo.addEventListener('click', () =>
      downloadText(`${this.specId()}.geojson`, 'application/geo+json', JSON.stringify({ type: 'FeatureCollection', features: this.features }, null, 1)),
    );
    actions.append(saveSpec, saveGeo);
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
      void this.setText(host.text, host.toPlace);
    } else void this.load(host.current);
  }

  /** Starts from a spec's text (a draft made from a person's document), compiled and drawn at once. */
  async setText(text: string, toPlace: readonly MemberToPlace[] = []): Promise<void> {
    this.placer.setMembers(toPlace);
    this.textarea.value = text;
    this.flown = false;
    await this.compile();
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

  private specId(): string {
    try {
      const id = (JSON.parse(this.textarea.value) as { id?: unknown }).id;
      return typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : 'layout';
    } catch {
      return 'layout';
    }
  }

  private async context(): Promise<LayoutContext> {
    if (!this.ctx) {
      // Not kept on failure: the next compile tries again.
      const gazetteer = await loadJson('gazetteer.json', GazetteerSchema, this.host.base);
      this.ctx = layoutContext(gazetteer, countyLookup(this.host.counties));
    }
    return this.ctx;
  }

  /** Starts from a shipped spec (or the template). */
  async load(id: string | null): Promise<void> {
    this.placer.setMembers([]);
    let text = JSON.stringify(TEMPLATE, null, 2);
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
    const text = this.textarea.value;
    const run = ++this.runs;
    // A large text (a pasted megabyte) is checked in the worker; a spec of ordinary size on the page, where it takes a few ms.
    const outcome = text.length > LARGE_TEXT_CHARS ? await this.offPage.check(text) : 'no-worker';
    if (run !== this.runs || outcome === 'stale') return; // a newer text is being compiled
    let answer: CompileAnswer;
    if (outcome === 'no-worker') {
      let context: LayoutContext;
      try {
        context = await this.context();
      } catch (error) {
        if (run !== this.runs) return;
        return this.broken(describeError(error, lang), (error as Error).message);
      }
      if (run !== this.runs) return;
      const { features, problems } = compileSpecText(text, context);
      answer = { id: run, features, problems: problems.slice(0, MAX_LISTED), total: problems.length };
    } else answer = outcome;
    // Where the check ran (the worker, or the page where no worker could start), for whoever inspects the page.
    this.element.dataset.checkedBy = outcome === 'no-worker' ? 'page' : 'worker';
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
    const items = problems.slice(0, MAX_LISTED).map((p) => {
      const item = el('li');
      const go = el('button', 'link-button', `${t(lang, 'line')} ${p.line}`);
      go.type = 'button';
      go.addEventListener('click', () => this.selectLine(p.line));
      item.append(go, document.createTextNode(` ${specProblemText(p, lang)}`));
      item.dataset.line = String(p.line);
      return item;
    });
    if (total > MAX_LISTED) {
      const more = el('li', 'layout-editor-more', t(lang, 'editorMore').replace('{n}', formatNumber(total - MAX_LISTED, lang, 0)));
      items.push(more);
    }
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
}

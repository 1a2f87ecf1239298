import type { ViewState, Lang } from '../core/url-state.ts';
import { MEASURE_IDS, MEASURES } from '../core/thematic/measures.ts';
import { SCHEMES } from '../core/thematic/schemes.ts';
import type { SourceDocument } from '../core/schema/manifest.ts';
import type { ThematicView } from './thematic-view.ts';
import { levelName, t, type StringKey } from './i18n.ts';

export interface ControlsOptions {
  provinces: string[];
  levels: string[];
  documents: SourceDocument[];
  /** A province's name in the reader's language (the filter's value stays the Chinese name). */
  provinceName?(province: string, lang: Lang): string;
  onChange(partial: Partial<ViewState>): void;
}

type Field = 'indicator' | 'year' | 'method' | 'classes' | 'scheme' | 'province' | 'level' | 'doc';

const METHODS = ['quantile', 'equal', 'jenks', 'manual'] as const;
const METHOD_NAMES: Record<(typeof METHODS)[number], Record<Lang, string>> = {
  quantile: { zh: '分位数', en: 'Quantile' },
  equal: { zh: '等间距', en: 'Equal interval' },
  jenks: { zh: '自然断点', en: 'Natural breaks' },
  manual: { zh: '自定义', en: 'Manual' },
};

/**
 * The thematic settings: measure, year, classification, colours, manual breaks and filters, each a
 * labelled native control (keyboard and screen-reader friendly). Built once; `update` sets options
 * and values from the state without stealing focus.
 */
export class ThematicControls {
  readonly element: HTMLDetailsElement;
  private readonly form: HTMLFormElement;
  private readonly summary: HTMLElement;
  private readonly selects = new Map<Field, HTMLSelectElement>();
  private readonly labels = new Map<string, HTMLSpanElement>();
  private readonly breaks: HTMLInputElement;
  private readonly breaksError: HTMLSpanElement;
  private typedProblem: string | null = null;
  private openedByPerson = false;
  private readonly aggregate: HTMLInputElement;
  private readonly table: HTMLButtonElement;
  private state: ViewState | null = null;

  constructor(parent: HTMLElement, private readonly options: ControlsOptions) {
    this.element = document.createElement('details');
    this.element.className = 'thematic-controls';
    // Open where there is room for it and the legend below it; a summary line otherwise.
    this.element.open = window.matchMedia?.('(min-width: 700px) and (min-height: 640px)').matches ?? true;
    this.summary = document.createElement('summary');
    // A click (or Enter) on the summary is the person's choice; folding for room is not.
    this.summary.addEventListener('click', () => (this.openedByPerson = !this.element.open));
    // Nor do they fold under a person who is using them.
    for (const type of ['focusin', 'change', 'pointerdown']) this.element.addEventListener(type, () => (this.openedByPerson = this.element.open || this.openedByPerson), true);
    this.form = document.createElement('form');
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.element.append(this.summary, this.form);
    const fields: [Field, StringKey][] = [
      ['indicator', 'measure'],
      ['year', 'year'],
      ['method', 'method'],
      ['classes', 'classes'],
      ['scheme', 'scheme'],
      ['province', 'filterProvince'],
      ['level', 'filterLevel'],
      ['doc', 'filterDoc'],
    ];
    for (const [field, key] of fields) {
      const label = document.createElement('label');
      label.className = `control control-${field}`;
      const text = document.createElement('span');
      this.labels.set(key, text);
      const select = document.createElement('select');
      select.name = field;
      select.addEventListener('change', () => this.changed(field, select.value));
      label.append(text, select);
      this.form.append(label);
      this.selects.set(field, select);
    }
    const breaksLabel = document.createElement('label');
    breaksLabel.className = 'control control-breaks';
    const breaksText = document.createElement('span');
    this.labels.set('breaks', breaksText);
    this.breaks = document.createElement('input');
    this.breaks.name = 'breaks';
    this.breaks.inputMode = 'decimal';
    this.breaks.placeholder = '50, 60, 70, 80';
    this.breaksError = document.createElement('span');
    this.breaksError.className = 'control-error';
    this.breaksError.setAttribute('role', 'alert');
    this.breaks.addEventListener('change', () => {
      const parts = this.breaks.value.split(/[,，;；\s]+/).filter(Boolean);
      const values = parts.map(Number);
      const bad = parts.find((p, i) => !Number.isFinite(values[i]));
      const lang = this.state?.lang ?? 'zh';
      if (bad !== undefined || values.length === 0) {
        // Keep what was typed and say what is wrong; the state (and the URL) keep the last valid breaks.
        this.typedProblem =
          bad !== undefined
            ? lang === 'zh' ? `“${bad}”不是数字：请用逗号分隔数字，例如 50, 60, 70` : `“${bad}” is not a number: separate numbers with commas, e.g. 50, 60, 70`
            : lang === 'zh' ? '请输入断点，例如 50, 60, 70' : 'Type the breaks, e.g. 50, 60, 70';
        this.breaksError.textContent = this.typedProblem;
        return;
      }
      this.typedProblem = null;
      options.onChange({ method: 'manual', breaks: [...new Set(values)].sort((a, b) => a - b) });
    });
    breaksLabel.append(breaksText, this.breaks, this.breaksError);

    const aggLabel = document.createElement('label');
    aggLabel.className = 'control control-agg';
    this.aggregate = document.createElement('input');
    this.aggregate.type = 'checkbox';
    this.aggregate.name = 'agg';
    this.aggregate.addEventListener('change', () => options.onChange({ agg: this.aggregate.checked ? 'province' : null }));
    const aggText = document.createElement('span');
    this.labels.set('byProvince', aggText);
    aggLabel.append(this.aggregate, aggText);

    this.table = document.createElement('button');
    this.table.type = 'button';
    this.table.className = 'atlas-button control-table';
    this.table.addEventListener('click', () => options.onChange({ view: this.state?.view === 'table' ? null : 'table' }));
    this.form.append(breaksLabel, aggLabel, this.table);
    parent.append(this.element);
  }

  /**
   * Open where there is room: folds the settings to their summary line when, open, they would
   * cover the legend — unless the person opened them themselves.
   */
  foldIfCrowded(legend: HTMLElement | null): void {
    if (!this.element.open || this.openedByPerson || !legend || legend.hidden) return;
    const a = this.element.getBoundingClientRect();
    const b = legend.getBoundingClientRect();
    if (b.height === 0) return;
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (overlap) this.element.open = false;
  }

  private changed(field: Field, value: string): void {
    const v = value === '' ? null : value;
    switch (field) {
      case 'year':
      case 'classes':
        return this.options.onChange({ [field]: v === null ? null : Number(v) });
      case 'method':
        return this.options.onChange({ method: v as ViewState['method'] });
      case 'indicator':
        // A new measure starts from its default year.
        return this.options.onChange({ indicator: v, year: null });
      default:
        return this.options.onChange({ [field]: v });
    }
  }

  private fill(field: Field, entries: [string, string][], value: string): void {
    const select = this.selects.get(field)!;
    const signature = JSON.stringify(entries);
    if (select.dataset.options !== signature) {
      select.replaceChildren(...entries.map(([v, text]) => new Option(text, v)));
      select.dataset.options = signature;
    }
    select.value = value;
  }

  update(state: ViewState, view: ThematicView | null): void {
    this.state = state;
    const { lang } = state;
    for (const [key, span] of this.labels) span.textContent = t(lang, key as StringKey);
    this.summary.textContent = t(lang, 'controls');
    this.fill('indicator', [['', t(lang, 'measureNone')], ...MEASURE_IDS.map((id): [string, string] => [id, MEASURES[id].label[lang]])], state.indicator ?? '');
    const thematic = view !== null;
    this.fill('year', view?.years.map((y): [string, string] => [String(y), String(y)]) ?? [], view?.year ? String(view.year) : '');
    // The method shown is the one chosen, even while typed breaks are being fixed (the map shows quantiles meanwhile).
    this.fill('method', METHODS.map((m): [string, string] => [m, METHOD_NAMES[m][lang]]), state.method ?? view?.model.method ?? 'quantile');
    // Manual breaks set the class count themselves.
    this.selects.get('classes')!.disabled = state.method === 'manual';
    this.fill('classes', [3, 4, 5, 6, 7, 8, 9].map((k): [string, string] => [String(k), String(k)]), String(view?.model.classes.length || state.classes || 5));
    const kind = view?.measure.kind ?? 'sequential';
    this.fill('scheme', (Object.keys(SCHEMES) as (keyof typeof SCHEMES)[]).filter((s) => SCHEMES[s].kind === kind).map((s): [string, string] => [s, s]), view?.model.scheme ?? 'Blues');
    this.fill('province', [['', t(lang, 'all')], ...this.options.provinces.map((p): [string, string] => [p, this.options.provinceName?.(p, lang) ?? p])], state.province ?? '');
    this.fill('level', [['', t(lang, 'all')], ...this.options.levels.map((l): [string, string] => [l, levelName(lang, l)])], state.level ?? '');
    this.fill(
      'doc',
      [['', t(lang, 'all')], ...this.options.documents.map((d): [string, string] => [d.id, lang === 'zh' ? d.title : d.titleEn])],
      state.doc ?? '',
    );
    for (const field of ['year', 'method', 'classes', 'scheme'] as const) {
      this.selects.get(field)!.closest('label')!.hidden = !thematic || (field === 'year' && (view?.years.length ?? 0) === 0);
    }
    this.breaks.closest('label')!.hidden = !thematic || state.method !== 'manual';
    if (state.method !== 'manual') this.typedProblem = null;
    if (document.activeElement !== this.breaks && this.typedProblem === null) this.breaks.value = state.breaks?.join(', ') ?? '';
    // Problems with the breaks, under the field: what was typed, or what the view found (e.g. a break outside the data).
    const viewProblem = state.method === 'manual' && view?.model.method !== 'manual' ? view?.warnings.at(-1) : undefined;
    this.breaksError.textContent = this.typedProblem ?? viewProblem ?? '';
    this.aggregate.closest('label')!.hidden = !thematic;
    this.aggregate.checked = state.agg === 'province';
    this.table.textContent = t(lang, state.view === 'table' ? 'mapView' : 'tableView');
    this.table.setAttribute('aria-pressed', String(state.view === 'table'));
  }
}

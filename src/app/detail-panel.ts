import type { Formula, IndicatorRecord, SourceRef } from '../core/schema/indicators.ts';
import type { LayoutIndexEntry } from '../core/schema/layouts-index.ts';
import type { UnplaceableEntry } from '../core/layout/unplaceable.ts';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { Lang } from '../core/url-state.ts';
import { INDICATORS, indicatorName } from '../core/indicators.ts';
import { formatValue } from '../core/format.ts';
import { levelName, t } from './i18n.ts';
import { trendChart } from './trend-chart.ts';
import { el } from './dom.ts';


const ORDER = Object.keys(INDICATORS);
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

/** Records in reading order: contract indicators first, then by scope, baseline before targets, by year. */
export function sortRecords(records: IndicatorRecord[]): IndicatorRecord[] {
  return [...records].sort(
    (a, b) =>
      rank(a.indicator) - rank(b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      (a.scope ?? '').localeCompare(b.scope ?? '') ||
      (a.kind === b.kind ? 0 : a.kind === 'baseline' ? -1 : 1) ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}

/** The listing of a formula in layouts-unplaceable.json: same document, and its line or a phrase one holds of the other. */
export function unplacedEntry(f: Formula, unplaced: readonly UnplaceableEntry[]): UnplaceableEntry | undefined {
  const here = unplaced.filter((e) => e.doc === f.source.doc && e.pilot === f.pilot);
  return here.find((e) => e.line === f.source.line && (f.formula.includes(e.formula) || e.formula.includes(f.formula))) ?? here.find((e) => e.formula === f.formula);
}

export interface DetailPanelHandlers {
  onClose(): void;
  onSource(ref: SourceRef): void;
  /** Show a compiled layout on the map. */
  onLayout(id: string): void;
  /** A province's name in the reader's language. */
  provinceName?(province: string, lang: Lang): string;
}

/**
 * The side panel of a selected pilot: names, level, and every indicator with a button per
 * value that opens the source sentence. All text goes in as text nodes.
 */
export class DetailPanel {
  readonly element: HTMLElement;

  constructor(parent: HTMLElement, private readonly handlers: DetailPanelHandlers) {
    this.element = el('aside', 'detail-panel');
    this.element.hidden = true;
    this.element.setAttribute('aria-live', 'polite');
    parent.append(this.element);
  }

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  /**
   * `unplaced`: the pilot's entries of layouts-unplaceable.json, each saying why a formula is not
   * drawn (元宝山 “一区四园”: the five members are named, but none can be placed); empty until loaded.
   */
  show(pilot: PilotProps, records: IndicatorRecord[], formulas: Formula[], layouts: LayoutIndexEntry[], lang: Lang, unplaced: readonly UnplaceableEntry[] = []): void {
    const header = el('header');
    const titles = el('div');
    const name = el('h2', undefined, lang === 'zh' ? pilot.name : pilot.nameEn);
    const sub = el('p', 'detail-sub', [this.handlers.provinceName?.(pilot.province, lang) ?? pilot.province, levelName(lang, pilot.level)].join(' · '));
    titles.append(name, sub);
    if (pilot.approximate) titles.append(el('p', 'detail-note', t(lang, 'approximate')));
    // Why the drawn extent differs from the document's: approximate extent, boundary vintage, area off.
    if (pilot.extentNote) titles.append(el('p', 'detail-note detail-extent-note', pilot.extentNote[lang]));
    const close = el('button', 'atlas-button detail-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t(lang, 'closePanel'));
    close.addEventListener('click', () => this.handlers.onClose());
    header.append(titles, close);

    const body = el('div', 'detail-body');
    body.append(el('h3', undefined, t(lang, 'indicators')));
    if (records.length === 0) body.append(el('p', 'detail-empty', t(lang, 'noIndicators')));
    else {
      const chart = trendChart(records, lang);
      if (chart) body.append(chart);
      body.append(this.table(sortRecords(records), lang));
    }

    if (formulas.length > 0 || layouts.length > 0) {
      body.append(el('h3', undefined, t(lang, 'formulas')));
      const list = el('ul', 'detail-formulas');
      const drawn = new Set<LayoutIndexEntry>();
      for (const f of formulas) {
        const item = el('li');
        const button = el('button', 'link-button', `“${f.formula}”`);
        button.type = 'button';
        button.title = t(lang, 'openSource');
        button.addEventListener('click', () => this.handlers.onSource(f.source));
        item.append(button);
        const members = f.parts.flatMap((p) => p.members ?? []);
        if (members.length > 0) item.append(el('span', 'detail-members', ` ${members.join('、')}`));
        // A layout drawn from this formula: same pilot, and the formula's source line or phrase.
        const layout = layouts.find((l) => !drawn.has(l) && (l.source.line === f.source.line || l.formula === f.formula));
        if (layout) {
          drawn.add(layout);
          item.append(this.layoutButton(layout, lang));
        } else {
          const why = unplacedEntry(f, unplaced);
          item.append(el('span', 'detail-note detail-unplaced', ` ${why ? `${t(lang, 'notDrawnBecause')}${why.detail[lang]}` : t(lang, 'notPlaceable')}`));
        }
        list.append(item);
      }
      for (const layout of layouts.filter((l) => !drawn.has(l))) {
        const item = el('li', undefined, `“${layout.formula}” `);
        item.append(this.layoutButton(layout, lang));
        list.append(item);
      }
      body.append(list);
    }
    this.element.replaceChildren(header, body);
    this.element.hidden = false;
  }

  private layoutButton(layout: LayoutIndexEntry, lang: Lang): HTMLButtonElement {
    const show = el('button', 'atlas-button detail-show-layout', t(lang, 'showOnMap'));
    show.type = 'button';
    show.dataset.layout = layout.id;
    show.addEventListener('click', () => this.handlers.onLayout(layout.id));
    return show;
  }

  private table(records: IndicatorRecord[], lang: Lang): HTMLTableElement {
    const table = el('table', 'detail-table');
    const tbody = el('tbody');
    let previous = '';
    for (const r of records) {
      const row = el('tr');
      const label = `${indicatorName(r.indicator, lang)}${r.scope ? `（${r.scope}）` : ''}`;
      const th = el('th', undefined, label === previous ? '' : label);
      th.scope = 'row';
      previous = label;
      const when = el(
        'td',
        `detail-when is-${r.kind}`,
        `${t(lang, r.kind)} ${r.year === null ? t(lang, 'yearUnknown') : String(r.year)}`,
      );
      const valueCell = el('td', 'detail-value');
      const button = el('button', 'value-button', formatValue(r.value, r.qualifier, INDICATORS[r.indicator]?.unitLabel[lang] ?? '', lang));
      button.type = 'button';
      button.title = `${t(lang, 'openSource')}: ${r.source.text}`;
      button.dataset.indicator = r.indicator;
      button.dataset.line = String(r.source.line);
      button.addEventListener('click', () => this.handlers.onSource(r.source));
      valueCell.append(button);
      row.append(th, when, valueCell);
      tbody.append(row);
    }
    table.append(tbody);
    return table;
  }
}

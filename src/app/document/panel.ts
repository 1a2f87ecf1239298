/** The panel of a person's document over the map (its units and matches, figures, formulas and drafts, download and remove), and the legend's note. */
import type { UnitChoice } from '../../core/document/match-units.ts';
import type { DraftSpec } from '../../core/document/draft-spec.ts';
import { documentPackage } from '../../core/document/package.ts';
import { indicatorName } from '../../core/indicators.ts';
import { formatValue } from '../../core/format.ts';
import { el } from '../dom.ts';
import { downloadText } from '../download.ts';
import { t } from '../i18n.ts';
import type { DocumentHost } from './host.ts';
import type { StoredDocument } from './store.ts';

/** A document on the map: as kept, its panel, its units' options to choose from, its formulas' drafts. */
export interface Shown {
  stored: StoredDocument;
  panel: HTMLDetailsElement;
  /** Each unit's options to choose from, in the extract's unit order (made once per document). */
  options: UnitChoice[][];
  drafts: (DraftSpec | null)[];
  saved: boolean;
}

/** What the panel's controls do. */
export interface PanelActions {
  /** Another match chosen for the document's units. */
  rematch(entry: Shown, choices: (UnitChoice | null)[]): Promise<void>;
  remove(id: string): void;
}

/** The panels' container over the map, made once. */
export function container(host: DocumentHost): HTMLElement {
  let box = host.mapElement.querySelector<HTMLElement>('.doc-panels');
  if (!box) {
    box = el('aside', 'doc-panels');
    box.setAttribute('aria-label', `${t('zh', 'minePanel')} / ${t('en', 'minePanel')}`);
    host.mapElement.append(box);
  }
  return box;
}

/** The note under the legend naming the documents whose figures the map shows. */
export function renderLegendNote(host: DocumentHost, names: readonly string[]): void {
  const lang = host.atlas.getState().lang;
  let note = host.mapElement.querySelector<HTMLElement>('.doc-legend-note');
  host.mapElement.classList.toggle('has-doc-note', names.length > 0);
  if (names.length === 0) return void note?.remove();
  if (!note) {
    note = el('p', 'doc-legend-note');
    host.mapElement.append(note);
  }
  note.textContent = t(lang, 'mineLegendNote', { names: names.join('、') });
}

/** The panel of one document: its units and their matches, its figures, its formulas and drafts, download and remove. */
export function renderPanel(host: DocumentHost, entry: Shown, timing: number | null, act: PanelActions): void {
  const lang = host.atlas.getState().lang;
  const { stored: doc } = entry;
  const panel = entry.panel;
  const open = panel.open;
  panel.replaceChildren();
  panel.open = open;
  const summary = el('summary', undefined, `${t(lang, 'minePanel')}: ${doc.name}`);
  panel.append(summary);
  const facts = [
    `${doc.extract.units.length} · ${doc.extract.records.length}`,
    ...(doc.encoding && doc.encoding !== 'utf-8' ? [`${t(lang, 'mineEncoding')} ${doc.encoding.toUpperCase()}`] : []),
    ...(timing !== null ? [t(lang, 'mineExtracted', { ms: Math.round(timing) })] : []),
    entry.saved ? t(lang, 'mineLocal') : t(lang, 'mineNotSaved'),
  ];
  panel.append(el('p', 'doc-facts', facts.join(' · ')));

  // Units and their matches.
  panel.append(el('h3', undefined, t(lang, 'mineUnits')));
  const fills: (() => void)[] = [];
  const units = el('ul', 'doc-units');
  doc.extract.units.forEach((u, k) => {
    const li = el('li', 'doc-unit');
    li.dataset.unit = u.name;
    const label = el('label');
    label.append(el('span', undefined, `${t(lang, 'mineMatchLabel', { name: u.name })} (${t(lang, 'mineUnitLine', { line: u.line })})`));
    const select = el('select', 'doc-match');
    const options = entry.options[k] ?? [];
    const value = (c: UnitChoice) => (c.kind === 'pilot' ? `pilot:${c.id}` : `unit:${c.key}`);
    const option = (c: UnitChoice) => new Option(c.kind === 'pilot' ? t(lang, 'mineAsPilot', { name: c.label }) : c.label, value(c));
    const chosen = doc.choices[k];
    const current = chosen ? options.find((c) => value(c) === value(chosen)) : undefined;
    // A unit may be matched to any unit of its province: a batch document's selects hold thousands
    // of options, too many to make in one go. Each holds its match until it is used (or the page
    // is idle: fillLater), then all its options.
    select.append(new Option(t(lang, 'mineNotMatched'), ''), ...(current ? [option(current)] : []));
    select.value = current ? value(current) : '';
    let full = false;
    const fill = () => {
      if (full) return;
      full = true;
      const picked = select.value;
      select.replaceChildren(new Option(t(lang, 'mineNotMatched'), ''), ...options.map(option));
      select.value = picked;
    };
    for (const type of ['focus', 'pointerdown', 'mousedown', 'keydown']) select.addEventListener(type, fill);
    fills.push(fill);
    select.addEventListener('change', () => {
      const picked = options.find((c) => value(c) === select.value) ?? null;
      const choices = [...doc.choices];
      choices[k] = picked;
      void act.rematch(entry, choices);
    });
    label.append(select);
    li.append(label);
    units.append(li);
  });
  panel.append(units);

  // Records.
  panel.append(el('h3', undefined, t(lang, 'mineRecords', { n: doc.extract.records.length })));
  const table = el('table', 'doc-records');
  const head = el('tr');
  for (const key of ['mineColUnit', 'mineColIndicator', 'mineColKind', 'mineColYear', 'mineColValue', 'mineColQualifier', 'mineColLine'] as const) head.append(el('th', undefined, t(lang, key)));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const r of doc.extract.records) {
    const tr = el('tr');
    const unitName = r.pilotName + (r.scope ? t(lang, 'mineScoped', { scope: r.scope }) : '');
    const line = el('button', 'link-button doc-line', String(r.source.line));
    line.type = 'button';
    line.title = r.source.text;
    line.addEventListener('click', () => host.atlas.emitSource({ ...r.source, doc: doc.id }));
    const lineCell = el('td');
    lineCell.append(line);
    tr.append(
      el('td', undefined, unitName),
      el('td', undefined, indicatorName(r.indicator, lang)),
      el('td', undefined, t(lang, r.kind === 'baseline' ? 'mineBaseline' : 'mineTarget')),
      el('td', undefined, r.year === null ? '—' : String(r.year)),
      el('td', 'doc-value', formatValue(r.value, 'exact', r.unit === 'ratio' ? '' : r.unit, lang)),
      el('td', undefined, t(lang, QUALIFIER_KEY[r.qualifier])),
      lineCell,
    );
    table.tBodies[0]!.append(tr);
  }
  const scroll = el('div', 'doc-records-box');
  scroll.append(table);
  panel.append(scroll);

  // Formulas and their drafts.
  panel.append(el('h3', undefined, t(lang, 'mineFormulas', { n: doc.extract.formulas.length })));
  if (doc.extract.formulas.length === 0) panel.append(el('p', 'doc-facts', t(lang, 'mineNoFormulas')));
  const formulas = el('ul', 'doc-formulas');
  doc.extract.formulas.forEach((f, i) => {
    const li = el('li', 'doc-formula');
    const line = el('button', 'link-button doc-line', `“${f.formula}” · ${t(lang, 'mineUnitLine', { line: f.source.line })}`);
    line.type = 'button';
    line.addEventListener('click', () => host.atlas.emitSource({ ...f.source, doc: doc.id }));
    li.append(line);
    const draft = entry.drafts[i];
    if (draft) {
      if (draft.placed.length > 0) li.append(el('p', 'doc-placed', t(lang, 'minePlaced', { names: draft.placed.join('、') })));
      if (draft.unplaced.length > 0) li.append(el('p', 'doc-unplaced', t(lang, 'mineToPlace', { names: draft.unplaced.join('、') })));
      if (draft.partsWithoutMembers.length > 0) li.append(el('p', 'doc-unplaced', t(lang, 'mineNoMembers', { names: draft.partsWithoutMembers.join('、') })));
      if (draft.spec) {
        const button = el('button', 'atlas-button doc-draft', t(lang, 'mineOpenDraft'));
        button.type = 'button';
        const text = JSON.stringify(draft.spec, null, 2);
        button.addEventListener('click', () => {
          // The editor takes the right of the page: the document's panel folds to its title.
          panel.open = false;
          void host.openSpec(text, draft.toPlace);
        });
        li.append(button);
      } else li.append(el('p', 'doc-unplaced', t(lang, 'mineNoDraft')));
    }
    formulas.append(li);
  });
  panel.append(formulas);

  const actions = el('div', 'doc-actions');
  const download = el('button', 'atlas-button doc-download', t(lang, 'mineDownload'));
  download.type = 'button';
  download.addEventListener('click', () =>
    downloadText(`${doc.name.replace(/\.[^.]+$/, '')}.pilot-atlas.json`, 'application/json', `${JSON.stringify(documentPackage(doc, entry.drafts.map((d) => d?.spec ?? null)), null, 1)}\n`),
  );
  const removeButton = el('button', 'atlas-button doc-remove', t(lang, 'mineRemove'));
  removeButton.type = 'button';
  removeButton.addEventListener('click', () => act.remove(doc.id));
  actions.append(download, removeButton);
  panel.append(actions);
  fillLater(fills);
}

/** Runs the selects' fills in tasks of at most about 20 ms each, so that none blocks the page for long. */
function fillLater(fills: readonly (() => void)[]): void {
  let next = 0;
  const step = () => {
    const start = performance.now();
    while (next < fills.length && performance.now() - start < 20) fills[next++]!();
    if (next < fills.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

const QUALIFIER_KEY = { exact: 'mineExact', about: 'mineAbout', at_least: 'mineAtLeast', at_most: 'mineAtMost' } as const;

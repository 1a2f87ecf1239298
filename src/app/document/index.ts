/**
 * A person's own planning document on the map (loaded on first use): read in the browser, its
 * units, figures and spatial formulas extracted in a worker by the pipeline's extraction
 * (src/core/document), each unit matched to the boundaries by the user import's name matcher,
 * the match shown and correctable in a panel, the figures added to the atlas's data as pilots of
 * their own (so the map, the legend, the table and the detail panel show them as they show the
 * shipped ones), every number opening the document at its line, kept in IndexedDB until removed,
 * and downloadable as a package.
 */
import type { AtlasController } from '../mount.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Formula, IndicatorRecord, SourceRef } from '../../core/schema/indicators.ts';
import { decodeUserBytes } from '../../core/user-decode.ts';
import { readDocument } from './read.ts';
import { LEVELS, unitKey, type Unit } from '../../core/user-match.ts';
import type { ChinaLayers } from '../../core/china-topology.ts';
import { boundaryIndex, matchUnits, type GazetteerPilot, type UnitChoice } from '../../core/document/match-units.ts';
import type { DocumentExtract, DocumentProblemCode } from '../../core/document/extract-document.ts';
import { draftSpec, type DraftSpec } from '../../core/document/draft-spec.ts';
import { documentPackage } from '../../core/document/package.ts';
import { indicatorName } from '../../core/indicators.ts';
import { formatValue } from '../../core/format.ts';
import type { Lang } from '../../core/url-state.ts';
import { loadJsonText } from '../load.ts';
import { el } from '../dom.ts';
import { downloadText } from '../download.ts';
import { localDocuments } from './registry.ts';
import { removeStoredDocument, saveDocument, storedDocuments, type StoredDocument } from './store.ts';
import { t, type StringKey } from '../i18n.ts';
import type { ExtractRequest } from './extract-worker.ts';
import './document.css';

export interface DocumentHost {
  atlas: AtlasController;
  data: AtlasData;
  base: string;
  /** The map's element: messages and the legend's note go over it. */
  mapElement: HTMLElement;
  /** Opens the layout editor with a spec's text. */
  openSpec(text: string): Promise<void>;
}

/** A problem with a person's document, in both languages, naming the file. */
export class DocumentMapError extends Error {
  constructor(
    readonly file: string,
    readonly key: StringKey,
    readonly args: Record<string, string | number> = {},
  ) {
    super(`${file} › ${t('zh', key, args)}\n${file} › ${t('en', key, args)}`);
    this.name = 'DocumentMapError';
  }
  describe(lang: Lang): string {
    return `${this.file} › ${t(lang, this.key, this.args)}`;
  }
}

/**
 * Whether a file is a document to read (a plan's text, Word or PDF) rather than a table of figures:
 * .docx and .pdf always; .txt when its opening lines are not delimited rows of a name and a number
 * (Excel's “Unicode text” is a tab-separated table saved as .txt).
 */
export async function isDocumentFile(file: File): Promise<boolean> {
  if (/\.(docx|pdf|md)$/i.test(file.name)) return true;
  if (!/\.(txt|text)$/i.test(file.name)) return false;
  const bytes = new Uint8Array(await file.slice(0, 16384).arrayBuffer());
  // Cut at the last line feed, so that no character of a multi-byte encoding is cut in two.
  const end = file.size > bytes.length ? bytes.lastIndexOf(0x0a) : -1;
  const head = decodeUserBytes(end > 0 ? bytes.subarray(0, end + 1) : bytes);
  if (head.binary) return false;
  const lines = head.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 40);
  const rows = lines.filter((l) => /^[^\t,;]+[\t,;].*\d/.test(l) && l.split(/[\t,;]/).length >= 2 && !/[。，]/.test(l));
  return lines.length > 0 && rows.length / lines.length < 0.6;
}


const PROBLEM_KEY = { empty: 'mineEmpty', noUnit: 'mineNoUnit', noFigures: 'mineNoFigures' } as const satisfies Record<DocumentProblemCode, StringKey>;

/** Runs the extraction in a worker; on the page itself where a worker cannot start. */
function extractOffPage(request: ExtractRequest): Promise<{ result: DocumentExtract; ms: number }> {
  const here = async () => {
    const [{ extractDocument }, { bareName }] = await Promise.all([import('../../core/document/extract-document.ts'), import('../../core/user-match.ts')]);
    const known = new Set(request.places);
    const bare = new Set(request.places.map(bareName));
    const start = performance.now();
    const result = extractDocument(request.name, request.text, { gazetteer: request.gazetteer, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
    return { result, ms: performance.now() - start };
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<{ result?: DocumentExtract; ms?: number; code?: DocumentProblemCode; message?: string }>) => {
      worker.terminate();
      const { result, ms, code, message } = event.data;
      if (result) resolve({ result, ms: ms ?? 0 });
      else if (code) reject(new DocumentMapError(request.name, PROBLEM_KEY[code]));
      else reject(new DocumentMapError(request.name, 'mineFailed', { detail: message ?? '?' }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      here().then(resolve, reject);
    });
    worker.postMessage(request);
  });
}

const LEVEL_OF_UNIT = (u: Unit): string =>
  u.level === 'provinces' ? 'province' : u.level === 'prefectures' ? (u.name.endsWith('自治州') ? 'autonomous_prefecture' : 'prefecture_city') : u.name.endsWith('区') ? 'district' : u.name.endsWith('旗') ? 'banner' : u.name.endsWith('市') ? 'county_city' : 'county';

interface Shown {
  stored: StoredDocument;
  panel: HTMLDetailsElement;
  drafts: (DraftSpec | null)[];
  saved: boolean;
}

/** The documents shown, by local id. */
const shown = new Map<string, Shown>();
let gazetteer: Promise<GazetteerPilot[]> | null = null;
let gazetteerRaw: unknown = null;

function loadGazetteer(base: string): Promise<GazetteerPilot[]> {
  gazetteer ??= loadJsonText('gazetteer.json', base).then(
    (raw) => {
      gazetteerRaw = raw;
      return ((raw as { pilots?: GazetteerPilot[] }).pilots ?? []) as GazetteerPilot[];
    },
    () => {
      gazetteer = null;
      return [];
    },
  );
  return gazetteer;
}

/** The panels' container over the map, made once. */
function container(host: DocumentHost): HTMLElement {
  let box = host.mapElement.querySelector<HTMLElement>('.doc-panels');
  if (!box) {
    box = el('aside', 'doc-panels');
    box.setAttribute('aria-label', `${t('zh', 'minePanel')} / ${t('en', 'minePanel')}`);
    host.mapElement.append(box);
  }
  return box;
}

/** The pilots, records and formulas a document adds to the atlas's data, for the choices made. */
function layerOf(doc: StoredDocument, china: ChinaLayers, data: AtlasData): { features: PilotFeature[]; records: IndicatorRecord[]; formulas: Formula[]; pilotOf: Map<string, string> } {
  const { features: byKey, index } = boundaryIndex(china);
  const units = new Map(index.units.map((u) => [unitKey(u), u]));
  const features: PilotFeature[] = [];
  const pilotOf = new Map<string, string>();
  doc.extract.units.forEach((u, k) => {
    const choice = doc.choices[k];
    if (!choice) return;
    const id = `${doc.id}-${k + 1}`;
    const note = (unitName: string) => ({ zh: t('zh', 'mineExtentNote', { name: doc.name, unit: unitName }), en: t('en', 'mineExtentNote', { name: doc.name, unit: unitName }) });
    if (choice.kind === 'pilot') {
      const pilot = data.pilotById(choice.id);
      if (!pilot) return;
      const p = pilot.properties;
      features.push({ type: 'Feature', geometry: pilot.geometry, properties: { ...p, id, name: `${p.name}${t('zh', 'mineSuffix')}`, nameEn: `${p.nameEn}${t('en', 'mineSuffix')}`, extentNote: note(p.name) } });
    } else {
      const f = byKey.get(choice.key);
      const unit = units.get(choice.key);
      if (!f || !unit) return;
      features.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id,
          name: `${unit.name}${t('zh', 'mineSuffix')}`,
          nameEn: `${unit.name}${t('en', 'mineSuffix')}`,
          province: unit.level === 'provinces' ? unit.name : (unit.province ?? ''),
          level: LEVEL_OF_UNIT(unit),
          approximate: false,
          extent: 'boundary',
          extentNote: note(choice.label),
        },
      });
    }
    pilotOf.set(u.pilot, id);
  });
  const cite = (source: SourceRef): SourceRef => ({ ...source, doc: doc.id });
  const records = doc.extract.records.flatMap((r) => {
    const pilot = pilotOf.get(r.pilot);
    return pilot ? [{ ...r, pilot, source: cite(r.source) }] : [];
  });
  const formulas = doc.extract.formulas.flatMap((f) => {
    const pilot = pilotOf.get(f.pilot);
    return pilot ? [{ ...f, pilot, source: cite(f.source) }] : [];
  });
  return { features, records, formulas, pilotOf };
}

/** Takes a document's pilots, records and formulas out of the data, in place (the page's parts hold these arrays). */
function withdraw(data: AtlasData, id: string): void {
  const mine = (pilot: string) => pilot.startsWith(`${id}-`);
  const keep = <T>(list: T[], drop: (x: T) => boolean) => {
    const kept = list.filter((x) => !drop(x));
    list.splice(0, list.length, ...kept);
  };
  keep(data.pilots.features, (f) => mine(f.properties.id));
  keep(data.records, (r) => r.source.doc === id);
  keep(data.formulas, (f) => f.source.doc === id);
}

/** Draft specs of the document's formulas, on the units its members name (within its own province). */
function drafts(doc: StoredDocument, china: ChinaLayers, pilotOf: Map<string, string>): (DraftSpec | null)[] {
  const { index } = boundaryIndex(china);
  return doc.extract.formulas.map((f, i) => {
    const unitIndex = doc.extract.units.findIndex((u) => u.pilot === f.pilot);
    const choice = doc.choices[unitIndex];
    const homeUnit = choice?.kind === 'unit' ? index.units.find((u) => unitKey(u) === choice.key) : undefined;
    const province = homeUnit ? (homeUnit.level === 'provinces' ? homeUnit.name : homeUnit.province) : undefined;
    const prefecture = homeUnit?.level === 'prefectures' ? homeUnit.name : homeUnit?.prefecture;
    const resolve = (member: string) => {
      const counties = index.candidates(member).filter((u) => u.level === 'counties');
      const near = counties.filter((u) => u.prefecture === prefecture);
      const inProvince = counties.filter((u) => u.province === province);
      const one = near.length === 1 ? near[0] : inProvince.length === 1 ? inProvince[0] : counties.length === 1 ? counties[0] : undefined;
      return one ? { adcode: one.id, name: one.name } : null;
    };
    // The spec names its pilot as the gazetteer does; a unit the gazetteer does not know keeps its local id (the editor says so).
    const unit = doc.extract.units[unitIndex];
    return draftSpec(f, `${doc.id}-formula-${i + 1}`, unit?.joined ? unit.pilot : (pilotOf.get(f.pilot) ?? doc.id), resolve);
  });
}

const bilingualBox = (host: DocumentHost, file: string, error: unknown) => {
  const lang = host.atlas.getState().lang;
  const box = el('div', 'atlas-error user-error doc-error');
  box.setAttribute('role', 'alert');
  box.append(el('p', 'user-error-title', `${t(lang, 'mineErrorTitle')}: ${file}`));
  if (error instanceof DocumentMapError || (error instanceof Error && typeof (error as { describe?: unknown }).describe === 'function')) {
    const e = error as Error & { describe(lang: Lang): string };
    box.append(el('p', undefined, e.describe('zh')), el('p', undefined, e.describe('en')));
  } else {
    box.append(el('p', undefined, error instanceof Error ? error.message : String(error)));
    console.error(error);
  }
  box.append(el('p', 'user-error-note', `${t('zh', 'mineMapKept')} ${t('en', 'mineMapKept')}`));
  const close = el('button', 'link-button', '×');
  close.type = 'button';
  close.setAttribute('aria-label', lang === 'zh' ? '关闭' : 'Close');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  host.mapElement.append(box);
};

/** The note under the legend naming the documents whose figures the map shows. */
function renderLegendNote(host: DocumentHost): void {
  const lang = host.atlas.getState().lang;
  let note = host.mapElement.querySelector<HTMLElement>('.doc-legend-note');
  host.mapElement.classList.toggle('has-doc-note', shown.size > 0);
  if (shown.size === 0) return void note?.remove();
  if (!note) {
    note = el('p', 'doc-legend-note');
    host.mapElement.append(note);
  }
  note.textContent = t(lang, 'mineLegendNote', { names: [...shown.values()].map((s) => s.stored.name).join('、') });
}

/** Puts a document's layer into the data (replacing its previous one) and redraws. Throws, leaving the data as it was, when no unit is matched. */
async function apply(host: DocumentHost, doc: StoredDocument): Promise<{ pilotOf: Map<string, string>; bounds: [number, number, number, number] | null }> {
  const china = await host.data.withCounties();
  const layer = layerOf(doc, china, host.data);
  if (layer.features.length === 0) throw new DocumentMapError(doc.name, 'mineNoneMatched', { names: doc.extract.units.map((u) => u.name).join('、') });
  withdraw(host.data, doc.id);
  host.data.pilots.features.push(...layer.features);
  host.data.records.push(...layer.records);
  host.data.formulas.push(...layer.formulas);
  localDocuments.set(doc.id, { id: doc.id, name: doc.name, title: doc.extract.title, lines: doc.text.split(/\r?\n/) });
  host.atlas.refreshData();
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const d of c) extend(d);
  };
  for (const f of layer.features) extend(f.geometry.coordinates);
  return { pilotOf: layer.pilotOf, bounds: Number.isFinite(box[0]) ? box : null };
}

function remove(host: DocumentHost, id: string): void {
  const entry = shown.get(id);
  withdraw(host.data, id);
  localDocuments.delete(id);
  entry?.panel.remove();
  shown.delete(id);
  const state = host.atlas.getState();
  if (state.pilot?.startsWith(`${id}-`)) host.atlas.setState({ pilot: null });
  host.atlas.refreshData();
  renderLegendNote(host);
  void removeStoredDocument(id).catch(() => undefined);
}

/** The panel of one document: its units and their matches, its figures, its formulas and drafts, download and remove. */
function renderPanel(host: DocumentHost, entry: Shown, timing: number | null): void {
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
  const units = el('ul', 'doc-units');
  doc.extract.units.forEach((u, k) => {
    const li = el('li', 'doc-unit');
    li.dataset.unit = u.name;
    const label = el('label');
    label.append(el('span', undefined, `${t(lang, 'mineMatchLabel', { name: u.name })} (${t(lang, 'mineUnitLine', { line: u.line })})`));
    const select = el('select', 'doc-match');
    const options = entry.stored.extract.units[k] ? matchOptions.get(`${doc.id}:${k}`) ?? [] : [];
    const value = (c: UnitChoice) => (c.kind === 'pilot' ? `pilot:${c.id}` : `unit:${c.key}`);
    select.append(new Option(t(lang, 'mineNotMatched'), ''));
    for (const c of options) select.append(new Option(c.kind === 'pilot' ? t(lang, 'mineAsPilot', { name: c.label }) : c.label, value(c)));
    const chosen = doc.choices[k];
    select.value = chosen ? value(chosen) : '';
    select.addEventListener('change', () => {
      const picked = options.find((c) => value(c) === select.value) ?? null;
      const choices = [...doc.choices];
      choices[k] = picked;
      void rematch(host, entry, choices);
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
          void host.openSpec(text);
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
  removeButton.addEventListener('click', () => remove(host, doc.id));
  actions.append(download, removeButton);
  panel.append(actions);
}

const QUALIFIER_KEY = { exact: 'mineExact', about: 'mineAbout', at_least: 'mineAtLeast', at_most: 'mineAtMost' } as const;

/** Each unit's options to choose from, by `<doc id>:<unit index>` (made once per document). */
const matchOptions = new Map<string, UnitChoice[]>();

async function rematch(host: DocumentHost, entry: Shown, choices: (UnitChoice | null)[]): Promise<void> {
  const next = { ...entry.stored, choices };
  try {
    const { pilotOf } = await apply(host, next);
    entry.stored = next;
    entry.drafts = drafts(next, host.data.china, pilotOf);
    entry.saved = await saveDocument(next).then(
      () => true,
      () => false,
    );
  } catch (error) {
    bilingualBox(host, entry.stored.name, error);
  }
  renderPanel(host, entry, null);
}

/** Shows a document (new or restored): matches (when new), data, panel, legend note, storage. */
async function show(host: DocumentHost, doc: StoredDocument, timing: number | null, frame: boolean): Promise<void> {
  const china = await host.data.withCounties();
  const pilots = await loadGazetteer(host.base);
  const matches = matchUnits(doc.extract.units, boundaryIndex(china).index, pilots, new Set(host.data.pilots.features.map((f) => f.properties.id)));
  matches.forEach((m, k) => matchOptions.set(`${doc.id}:${k}`, m.options));
  const stored: StoredDocument = doc.choices.length === doc.extract.units.length ? doc : { ...doc, choices: matches.map((m) => m.chosen) };
  const { pilotOf, bounds } = await apply(host, stored);
  const panel = el('details', 'doc-panel');
  panel.open = true;
  panel.dataset.doc = stored.id;
  const entry: Shown = { stored, panel, drafts: drafts(stored, host.data.china, pilotOf), saved: false };
  shown.set(stored.id, entry);
  container(host).append(panel);
  entry.saved = await saveDocument(stored).then(
    () => true,
    () => false,
  );
  renderPanel(host, entry, timing);
  renderLegendNote(host);
  if (frame && bounds) host.atlas.setState({ bounds });
}

let counter = 0;
const nextId = () => {
  for (const id of [...shown.keys(), ...localDocuments.keys()]) counter = Math.max(counter, Number(id.slice('mine-'.length)) || 0);
  return `mine-${++counter}`;
};

/**
 * Reads a dropped or picked document and shows it. Any problem is said on the map in both
 * languages, naming the file; what the map showed before stays.
 */
export async function openDocument(host: DocumentHost, file: File): Promise<boolean> {
  if (!(await isDocumentFile(file).catch(() => false))) return false;
  await installDocuments(host);
  const status = el('p', 'doc-status', t(host.atlas.getState().lang, 'mineReading', { name: file.name }));
  status.setAttribute('role', 'status');
  host.mapElement.append(status);
  for (const old of host.mapElement.querySelectorAll('.doc-error, .user-error')) old.remove();
  try {
    const read = await readDocument(file);
    const [china, pilots] = await Promise.all([host.data.withCounties(), loadGazetteer(host.base)]);
    const places = [...new Set([...LEVELS.flatMap((l) => china[l].features.map((f) => f.properties.name)), ...pilots.flatMap((p) => [p.name.zh, ...(p.sourceNames ?? [])])])];
    const { result, ms } = await extractOffPage({ name: file.name, text: read.text, gazetteer: gazetteerRaw, places });
    console.info(`pilot-atlas: ${file.name}: ${read.text.length} characters extracted in ${Math.round(ms)} ms (${result.units.length} units, ${result.records.length} records, ${result.formulas.length} formulas)`);
    const doc: StoredDocument = {
      id: nextId(),
      name: file.name,
      kind: read.kind,
      ...(read.encoding ? { encoding: read.encoding } : {}),
      text: read.text,
      extract: result,
      choices: [],
      added: new Date().toISOString(),
    };
    // The extraction's time, for tests and the bench to read.
    document.documentElement.dataset.documentMs = String(Math.round(ms));
    await show(host, doc, ms, true);
  } catch (error) {
    bilingualBox(host, file.name, error);
  } finally {
    status.remove();
  }
  return true;
}

let installed: Promise<void> | null = null;

/**
 * Once per page: the panels follow the language, and the documents kept in this browser (after a
 * reload) are shown again. Resolves once they are.
 */
export function installDocuments(host: DocumentHost): Promise<void> {
  installed ??= (async () => {
    host.atlas.watch(['lang'], () => {
      for (const entry of shown.values()) renderPanel(host, entry, null);
      renderLegendNote(host);
    });
    await restoreDocuments(host);
  })();
  return installed;
}

async function restoreDocuments(host: DocumentHost): Promise<void> {
  for (const doc of await storedDocuments()) {
    if (shown.has(doc.id)) continue;
    try {
      await show(host, doc, null, false);
    } catch (error) {
      bilingualBox(host, doc.name, error);
    }
  }
}

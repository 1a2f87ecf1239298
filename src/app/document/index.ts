/**
 * A person's own planning document on the map (loaded on first use): read in the browser
 * (./read.ts), its units, figures and spatial formulas extracted in a worker by the pipeline's
 * extraction (./extract.ts, src/core/document), each unit matched to the boundaries by the user
 * import's name matcher, the match shown and correctable in a panel (./panel.ts), the figures added
 * to the atlas's data as pilots of their own (./layer.ts: so the map, the legend, the table and the
 * detail panel show them as they show the shipped ones), every number opening the document at its
 * line (./registry.ts), kept in IndexedDB until removed (./store.ts), and downloadable as a package
 * (src/core/document/package.ts). This module holds the documents shown and ties those parts together.
 */
import type { UnitChoice } from '../../core/document/match-units.ts';
import { boundaryIndex, boundaryIndexInSteps, matchUnits } from '../../core/document/match-units.ts';
import { el } from '../dom.ts';
import { t } from '../i18n.ts';
import { isDocumentFile } from './detect.ts';
import { drafts } from './drafts.ts';
import { startExtraction } from './extract.ts';
import { loadGazetteer } from './gazetteer.ts';
import { DocumentMapError, showDocumentError, type DocumentHost } from './host.ts';
import { boundsOf, layerOf, withdraw } from './layer.ts';
import { container, renderLegendNote, renderPanel, type PanelActions, type Shown } from './panel.ts';
import { readDocument } from './read.ts';
import { localDocuments } from './registry.ts';
import { removeStoredDocument, saveDocument, storedDocuments, type StoredDocument } from './store.ts';
import './document.css';

export { isDocumentFile } from './detect.ts';
export { DocumentMapError, type DocumentHost } from './host.ts';

/** Resolves in a task of its own, after what the page has waiting (input, drawing). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Resolves in a task after the next frame: what was just put in the page is laid out in that frame, not in the task that reads a size next. */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The documents shown, by local id. */
const shown = new Map<string, Shown>();

const legendNote = (host: DocumentHost) => renderLegendNote(host, [...shown.values()].map((s) => s.stored.name));

/** What a panel's controls do, for this page. */
const actionsOf = (host: DocumentHost): PanelActions => ({
  rematch: (entry, choices) => rematch(host, entry, choices),
  remove: (id) => remove(host, id),
});

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
  return { pilotOf: layer.pilotOf, bounds: boundsOf(layer.features) };
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
  legendNote(host);
  void removeStoredDocument(id).catch(() => undefined);
}

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
    showDocumentError(host, entry.stored.name, error);
  }
  renderPanel(host, entry, null, actionsOf(host));
}

/** Shows a document (new or restored): matches (when new), data, panel, legend note, storage. */
async function show(host: DocumentHost, doc: StoredDocument, timing: number | null, frame: boolean): Promise<void> {
  const china = await host.data.withCounties();
  const { pilots } = await loadGazetteer(host.base);
  const matches = matchUnits(doc.extract.units, boundaryIndex(china).index, pilots, new Set(host.data.pilots.features.map((f) => f.properties.id)));
  const stored: StoredDocument = doc.choices.length === doc.extract.units.length ? doc : { ...doc, choices: matches.map((m) => m.chosen) };
  // Matching, drawing, the panel and framing each in a task of its own: together they would hold the page for a long time.
  await nextTask();
  const { pilotOf, bounds } = await apply(host, stored);
  await nextTask();
  const panel = el('details', 'doc-panel');
  panel.open = true;
  panel.dataset.doc = stored.id;
  const entry: Shown = { stored, panel, options: matches.map((m) => m.options), drafts: drafts(stored, host.data.china, pilotOf), saved: false };
  shown.set(stored.id, entry);
  container(host).append(panel);
  entry.saved = await saveDocument(stored).then(
    () => true,
    () => false,
  );
  await nextTask();
  renderPanel(host, entry, timing, actionsOf(host));
  legendNote(host);
  if (frame && bounds) {
    // The panel (a batch document's: 59 units, 381 figures) is laid out in the next frame; framing reads the map's size after it.
    await afterFrame();
    host.atlas.setState({ bounds });
  }
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
  // The worker, the counties and the gazetteer load while the file is read.
  const extraction = startExtraction();
  const counties = host.data.withCounties();
  counties.catch(() => undefined);
  try {
    const [read, gazetteer] = await Promise.all([readDocument(file), loadGazetteer(host.base)]);
    // The extraction starts with the places at hand (provinces, prefectures, the gazetteer's); the counties' names follow.
    const atHand = [...(['provinces', 'prefectures'] as const).flatMap((l) => host.data.china[l].features.map((f) => f.properties.name)), ...gazetteer.pilots.flatMap((p) => [p.name.zh, ...(p.sourceNames ?? [])])];
    const countyNames = counties.then((c) => c.counties.features.map((f) => f.properties.name));
    const extracted = extraction.run({ name: file.name, text: read.text, gazetteer: gazetteer.raw, places: [...new Set(atHand)], complete: false }, countyNames);
    extracted.catch(() => undefined);
    const china = await counties;
    // The boundaries' index for matching is built while the worker extracts, in short tasks.
    await boundaryIndexInSteps(china, nextTask);
    const { result, ms } = await extracted;
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
    extraction.close();
    showDocumentError(host, file.name, error);
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
      for (const entry of shown.values()) renderPanel(host, entry, null, actionsOf(host));
      legendNote(host);
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
      showDocumentError(host, doc.name, error);
    }
  }
}

import './app/frame-guard.ts';
import './app/worker.ts';
import { mount, type AtlasController } from './app/mount.ts';
import { parseState, serializeState, type ViewState } from './core/url-state.ts';
import { loadAtlasData } from './app/atlas-data.ts';
import { loadJson } from './app/load.ts';
import { GazetteerSchema } from './core/schema/gazetteer.ts';
import type { SourceRef } from './core/schema/indicators.ts';
import { ThematicControls } from './app/thematic-controls.ts';
import { ShareDialog } from './app/share-dialog.ts';
import { exportMenu } from './app/export-menu.ts';
import { installUserImport } from './app/user-import.ts';
import { mountStoryPlayer } from './app/story/index.ts';
import { SearchBox } from './app/search/search-box.ts';
import { searchEntries } from './app/search/entry.ts';
import { TableView } from './app/table/table-view.ts';
import { tableRows } from './app/table/rows.ts';
import { filterPilots } from './app/thematic-view.ts';
import { MEASURES } from './core/thematic/measures.ts';
import { pilotValues, defaultYear } from './core/thematic/values.ts';
import { bbox } from '@turf/turf';
import { DetailPanel } from './app/detail-panel.ts';
import { DocViewer } from './app/doc-viewer.ts';
import { t } from './app/i18n.ts';
import { provinceNamer } from './app/province-names.ts';

declare global {
  interface Window {
    pilotAtlas: AtlasController;
  }
}

const { state: initial, dropped: invalid = [] } = parseState(location.search);

const title = document.getElementById('atlas-title')!;
const subtitle = document.getElementById('atlas-subtitle')!;
const langButton = document.getElementById('atlas-lang') as HTMLButtonElement;
const layoutSelect = document.getElementById('atlas-layout') as HTMLSelectElement;
const layoutLabel = document.getElementById('atlas-layout-label')!;
const editorButton = document.getElementById('atlas-editor') as HTMLButtonElement;
const viewButton = document.getElementById('atlas-view') as HTMLButtonElement;
const shareButton = document.getElementById('atlas-share') as HTMLButtonElement;
viewButton.addEventListener('click', () => atlas.setState({ view: atlas.getState().view === 'table' ? null : 'table' }));
const main = document.querySelector('main')!;

function renderChrome(state: ViewState): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(state.lang, 'title')} · ${t(state.lang, 'subtitle')}`;
  title.textContent = t(state.lang, 'title');
  subtitle.textContent = t(state.lang, 'subtitle');
  langButton.textContent = t(state.lang, 'switchLang');
  langButton.setAttribute('aria-label', t(state.lang, 'switchLangLabel'));
  layoutLabel.textContent = t(state.lang, 'layoutPicker');
  editorButton.textContent = t(state.lang, 'editorOpen');
  viewButton.textContent = t(state.lang, state.view === 'table' ? 'mapView' : 'tableView');
  shareButton.textContent = t(state.lang, 'share');
  document.getElementById('atlas-import-text')!.textContent = t(state.lang, 'userImport');
  viewButton.setAttribute('aria-pressed', String(state.view === 'table'));
}

const base = document.baseURI;
const data = loadAtlasData(base);
const atlas = mount(document.getElementById('map')!, { state: initial, data, base });
window.pilotAtlas = atlas;
// Parameters the URL gives in no valid form are named on the map (and in the console), not applied.
atlas.noteParams(invalid.map((p) => ({ ...p, reason: 'invalid' as const })));
renderChrome(initial);

// The thematic settings, over the map's top-left corner.
void data.then((d) => {
  const pilots = d.pilots.features.map((f) => f.properties);
  const collator = new Intl.Collator('zh-CN');
  const controls = new ThematicControls(document.getElementById('map')!, {
    provinces: [...new Set(pilots.map((p) => p.province))].sort(collator.compare),
    provinceName: provinceNamer(d.china),
    levels: [...new Set(pilots.map((p) => p.level))],
    documents: d.documents,
    onChange: (partial) => atlas.setState(partial),
  });
  const update = () => {
    controls.update(atlas.getState(), atlas.getView());
    controls.foldIfCrowded(document.querySelector<HTMLElement>('.thematic-legend-box'));
  };
  update();
  atlas.on('view', update);
  atlas.on('state', update);
});

// Search: by Chinese name, alias, pinyin or initials; "/" focuses it. A pick selects the pilot and frames it.
void data.then(async (d) => {
  const pilots = d.pilots.features.map((f) => f.properties);
  const box = new SearchBox(document.getElementById('atlas-search')!, {
    entries: searchEntries(pilots),
    lang: atlas.getState().lang,
    onSelect: (id) => {
      const feature = d.pilots.features.find((f) => f.properties.id === id);
      if (!feature) return;
      const [w, s, e, n] = bbox(feature);
      const span = Math.max(e - w, n - s, 0.02);
      const zoom = Math.max(4, Math.min(11, Math.log2(360 / span) - 0.6));
      atlas.setState({ pilot: id, camera: { center: [(w + e) / 2, (s + n) / 2], zoom, bearing: 0, pitch: 0 } });
    },
  });
  atlas.on('state', (state) => box.setLang(state.lang));
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === '/' && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      event.preventDefault();
      box.focus();
    }
  });
  // Aliases (章丘市, 遵义县, 长乐市 …) come with the gazetteer, loaded after the map.
  await atlas.ready.catch(() => undefined);
  // A broken file is named on the map; the search goes on with the pilots' own names.
  const gazetteer = await loadJson('gazetteer.json', GazetteerSchema, base).catch((error: unknown) => void atlas.showProblem(error));
  if (gazetteer) box.setEntries(searchEntries(pilots, gazetteer));
});

// The table view: the same pilots, values and sources as the map, sortable, with downloads.
void data.then((d) => {
  const pilots = d.pilots.features.map((f) => f.properties);
  const table = new TableView(main, {
    onSelect: (id) => atlas.setState({ pilot: id, view: null }),
    onSource: (ref) => atlas.emitSource(ref),
    onSort: (sort) => atlas.setState({ sort: `${sort.direction === 'descending' ? '-' : ''}${sort.key}` }),
    downloads: {
      features: () => d.pilots.features,
      meta: () => ({
        title: document.title,
        url: location.href,
        generated: new Date().toISOString(),
        documents: d.documents.map((doc) => ({ id: doc.id, title: doc.title, issuer: doc.issuer, ...(doc.date ? { date: doc.date } : {}) })),
      }),
    },
  });
  table.element.classList.add('atlas-table-panel');
  // Without a chosen measure the table shows the main urbanization figures side by side.
  const OVERVIEW = ['urbanization_baseline', 'urbanization_target', 'urbanization_increase', 'resident_population', 'area'] as const;
  const render = () => {
    const state = atlas.getState();
    const view = atlas.getView();
    if (state.view !== 'table') return table.hide();
    const shown = filterPilots(state, pilots, d.docsOf);
    const columns = view
      ? [{ column: { id: view.measure.id, label: view.model.title ? { zh: view.model.title, en: view.model.title } : view.measure.label, unit: view.measure.unit }, values: view.values }]
      : OVERVIEW.map((id) => {
          const measure = MEASURES[id];
          const year = measure.years ? defaultYear(d.records, id) : null;
          const label = year ? { zh: `${measure.label.zh}（${year}）`, en: `${measure.label.en} (${year})` } : measure.label;
          return { column: { id, label, unit: measure.unit }, values: pilotValues(d.records, id, year) };
        });
    table.update(tableRows(shown, columns, state.lang), columns.map((c) => c.column), state.lang);
    // The sort in the URL (a shared link opens sorted the same way).
    const sort = state.sort ? { key: state.sort.replace(/^-/, ''), direction: state.sort.startsWith('-') ? ('descending' as const) : ('ascending' as const) } : null;
    const current = table.sortState;
    if (sort?.key !== current?.key || sort?.direction !== current?.direction) table.setSort(sort);
    table.show();
  };
  atlas.on('view', render);
  atlas.on('state', render);
  render();
});

// The layout picker: every compiled spatial plan, by title.
void data.then((d) => {
  const fill = (lang: ViewState['lang']) => {
    const none = new Option(t(lang, 'layoutNone'), '');
    layoutSelect.replaceChildren(none, ...d.layouts.map((l) => new Option(`${l.title[lang]}`, l.id)));
    layoutSelect.value = atlas.getState().layout ?? '';
  };
  fill(atlas.getState().lang);
  layoutSelect.addEventListener('change', () => atlas.setState({ layout: layoutSelect.value || null }));
  let lang = atlas.getState().lang;
  atlas.on('state', (state) => {
    if (state.lang !== lang) fill((lang = state.lang));
    layoutSelect.value = state.layout ?? '';
  });
});

// The detail panel of the selected pilot, and the source viewer its numbers open.
void data.then((d) => {
  const { records, formulas } = d;
  const viewer = new DocViewer(document.body, d.documents, base, atlas.getState().lang);
  const openSource = (ref: SourceRef) => void viewer.open(ref).catch((error: unknown) => console.error(error));
  atlas.on('source', openSource);
  const panel = new DetailPanel(main, {
    onClose: () => atlas.setState({ pilot: null }),
    onSource: openSource,
    onLayout: (id) => atlas.setState({ layout: id }),
    provinceName: provinceNamer(d.china),
  });
  const showPanel = (state: ViewState) => {
    const pilot = d.pilots.features.find((f) => f.properties.id === state.pilot)?.properties;
    if (!pilot) return panel.hide();
    panel.show(
      pilot,
      records.filter((r) => r.pilot === pilot.id),
      formulas.filter((f) => f.pilot === pilot.id),
      d.layouts.filter((l) => l.pilot === pilot.id),
      state.lang,
    );
  };
  let shown: string | null = null;
  let shownLang = atlas.getState().lang;
  atlas.on('state', (state) => {
    if (state.pilot !== shown || state.lang !== shownLang) showPanel(state);
    if (state.lang !== shownLang) viewer.setLang(state.lang);
    shown = state.pilot;
    shownLang = state.lang;
  });
  showPanel(atlas.getState());
  shown = atlas.getState().pilot;
});

// The URL follows the state: camera moves replace the entry, other changes add one.
let lastQuery = serializeState(initial);
// What the URL asked for and the data does not have is dropped: the address shows what is applied.
const replaceQuery = () => {
  lastQuery = serializeState(atlas.getState());
  history.replaceState(null, '', `${location.pathname}${lastQuery ? `?${lastQuery}` : ''}${location.hash}`);
};
if (invalid.length > 0) replaceQuery();
atlas.on('dropped', replaceQuery);
let applyingHistory = false;
atlas.on('state', (state) => {
  renderChrome(state);
  const query = serializeState(state);
  if (query === lastQuery || applyingHistory) {
    lastQuery = query;
    return;
  }
  const { camera: _a, ...rest } = state;
  const { camera: _b, ...previous } = parseState(lastQuery).state;
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (JSON.stringify(rest) === JSON.stringify(previous)) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  lastQuery = query;
});
addEventListener('popstate', () => {
  applyingHistory = true;
  atlas.setState(parseState(location.search).state);
  applyingHistory = false;
});

// The layout editor loads on first use: it brings the gazetteer and the compiler's UI.
let editor: { element: HTMLElement } | null = null;
editorButton.addEventListener('click', async () => {
  if (editor) {
    editor.element.hidden = !editor.element.hidden;
    if (editor.element.hidden) atlas.setDraft(null);
    return;
  }
  const [{ LayoutEditor }, d] = await Promise.all([import('./app/editor/layout-editor.ts'), data]);
  const state = atlas.getState();
  if (state.pilot) atlas.setState({ pilot: null });
  editor = new LayoutEditor(main, {
    base,
    lang: state.lang,
    layouts: d.layouts,
    counties: d.china.counties.features,
    current: state.layout,
    draw: (features, fly) => atlas.setDraft(features, fly),
    onClose: () => {
      editor!.element.hidden = true;
      atlas.setDraft(null);
    },
  });
});

const share = new ShareDialog(document.body, () => atlas.getState());

// A user's own figures: a CSV or GeoJSON dropped on the map or chosen here, read in the browser only.
installUserImport(atlas, document.getElementById('map')!, document.getElementById('atlas-import') as HTMLInputElement);
void data.then((d) => {
  const menu = exportMenu(document.querySelector('.atlas-tools')!, atlas, d);
  menu.parentElement!.insertBefore(menu, shareButton);
});
shareButton.addEventListener('click', () => share.open());

langButton.addEventListener('click', () => {
  atlas.setState({ lang: atlas.getState().lang === 'zh' ? 'en' : 'zh' });
});

// Presentations: stories in data/stories, played full screen from the keyboard.
mountStoryPlayer(document.body, atlas, { base, entry: document.querySelector('.atlas-tools') });

atlas.ready.then(
  () => document.documentElement.setAttribute('data-atlas-ready', 'true'),
  () => document.documentElement.setAttribute('data-atlas-ready', 'error'),
);

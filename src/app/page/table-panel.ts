import { TableView } from '../table/table-view.ts';
import { tableRows } from '../table/rows.ts';
import { filterPilots } from '../thematic-view.ts';
import { MEASURES } from '../../core/thematic/measures.ts';
import { pilotValues, defaultYear } from '../../core/thematic/values.ts';
import type { Page } from './context.ts';

/** Without a chosen measure the table shows the main urbanization figures side by side. */
const OVERVIEW = ['urbanization_baseline', 'urbanization_target', 'urbanization_increase', 'resident_population', 'area'] as const;

/** The table view: the same pilots, values and sources as the map, sortable, with downloads. Returns the function that draws it for the current state (or hides it). */
export function tablePanel(page: Page): () => void {
  const { atlas, data, main } = page;
  const table = new TableView(main, {
    onSelect: (id) => atlas.setState({ pilot: id, view: null }),
    onSource: (ref) => atlas.emitSource(ref),
    onSort: (sort) => atlas.setState({ sort: `${sort.direction === 'descending' ? '-' : ''}${sort.key}` }),
    downloads: {
      features: () => data.pilots.features,
      meta: () => ({
        title: document.title,
        url: location.href,
        generated: new Date().toISOString(),
        documents: data.documents.map((doc) => ({ id: doc.id, title: doc.title, issuer: doc.issuer, ...(doc.date ? { date: doc.date } : {}) })),
      }),
    },
  });
  table.element.classList.add('atlas-table-panel');
  const render = () => {
    const state = atlas.getState();
    const view = atlas.getView();
    if (state.view !== 'table') return table.hide();
    const shown = filterPilots(state, page.pilots, data.docsOf);
    const columns = view
      ? [{ column: { id: view.measure.id, label: view.model.title ? { zh: view.model.title, en: view.model.title } : view.measure.label, unit: view.measure.unit }, values: view.values }]
      : OVERVIEW.map((id) => {
          const measure = MEASURES[id];
          const year = measure.years ? defaultYear(data.records, id) : null;
          const label = year ? { zh: `${measure.label.zh}（${year}）`, en: `${measure.label.en} (${year})` } : measure.label;
          return { column: { id, label, unit: measure.unit }, values: pilotValues(data.records, id, year) };
        });
    table.update(tableRows(shown, columns, state.lang), columns.map((c) => c.column), state.lang);
    // The sort in the URL (a shared link opens sorted the same way).
    const sort = state.sort ? { key: state.sort.replace(/^-/, ''), direction: state.sort.startsWith('-') ? ('descending' as const) : ('ascending' as const) } : null;
    const current = table.sortState;
    if (sort?.key !== current?.key || sort?.direction !== current?.direction) table.setSort(sort);
    table.show();
  };
  return render;
}

// @vitest-environment happy-dom
// The table view as a person uses it, in a DOM without a browser: the 63 real pilots and their
// real values, headings that sort (aria-sort, arrows), buttons that select a pilot or open a
// source, English, focus kept across updates, and untrusted names shown as text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableColumn } from '../../../src/core/table-export/table-types.ts';
import type { SourceRef } from '../../../src/core/schema/indicators.ts';
import { MEASURES } from '../../../src/core/thematic/measures.ts';
import { pilotValues } from '../../../src/core/thematic/values.ts';
import { tableRows, type ColumnValues } from '../../../src/app/table/rows.ts';
import { TableView } from '../../../src/app/table/table-view.ts';
import { realData, type RealData } from '../thematic/real-data.ts';
import { pilotProps } from '../ui/pilots.ts';

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

const columnsFor = (ids: readonly (keyof typeof MEASURES)[]): ColumnValues[] =>
  ids.map((id) => {
    const measure = MEASURES[id];
    const column: TableColumn = { id, label: measure.label, unit: measure.unit };
    return { column, values: pilotValues(data.records, id, id === 'urbanization_increase' ? 2020 : null) };
  });

function mountTable(ids: readonly (keyof typeof MEASURES)[] = ['urbanization_increase', 'area']) {
  document.body.replaceChildren();
  const selected: string[] = [];
  const sources: SourceRef[] = [];
  const sorts: string[] = [];
  const view = new TableView(document.body, {
    onSelect: (id) => selected.push(id),
    onSource: (ref) => sources.push(ref),
    onSort: (s) => sorts.push(`${s.direction === 'descending' ? '-' : ''}${s.key}`),
  });
  const columns = columnsFor(ids);
  const update = (lang: 'zh' | 'en', pilots = pilotProps) => view.update(tableRows(pilots, columns, lang), columns.map((c) => c.column), lang);
  update('zh');
  view.show();
  return { view, selected, sources, sorts, columns, update };
}

const bodyRows = () => [...document.querySelectorAll<HTMLTableRowElement>('.atlas-table tbody tr')];
const cellTexts = (index: number) => bodyRows().map((r) => r.querySelectorAll('th, td')[index]?.textContent ?? '');
const heading = (key: string) => document.querySelector<HTMLButtonElement>(`.atlas-table thead [data-sort="${key}"]`)!;
const headingCell = (key: string) => heading(key).closest('th')!;
const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));

describe('the table view (DOM)', () => {
  it('lists every pilot with a name, a province and a cell per measure, the missing ones said', () => {
    const { columns } = mountTable();
    expect(bodyRows()).toHaveLength(63);
    expect(document.querySelector('.atlas-table-view')!.hasAttribute('hidden')).toBe(false);
    expect(document.querySelector('.atlas-table-title')!.textContent).toContain('（63 个试点）');
    // A value where the data has one, "无数据" where it has none: as many of each as the data says.
    const rise = columns[0]!.values;
    const cells = cellTexts(2);
    expect(cells.filter((t) => t === '无数据')).toHaveLength(63 - rise.size);
    expect(cells.filter((t) => t !== '无数据')).toHaveLength(rise.size);
    expect(cellTexts(1).every((t) => t.length > 0)).toBe(true);
    expect(cellTexts(0)).toContain('章丘市');
  });

  it('says the year of each value in a column of several years (the baseline), and not in a column of one', () => {
    mountTable(['urbanization_baseline', 'urbanization_increase']);
    const row = (name: string) => bodyRows().find((r) => r.querySelector('th')!.textContent!.startsWith(name))!;
    const cell = (name: string, index: number) => row(name).querySelectorAll('td')[index]!.textContent;
    // 房山区's baseline is of 2014, 烟台市's of 2020: each cell says so.
    expect(cell('房山区', 1)).toBe('68.9%（2014）');
    expect(cell('烟台市', 1)).toBe('67.31%（2020）');
    // The rise to 2020 is of one year, which its heading says: no year in its cells.
    expect(document.querySelectorAll('.atlas-table tbody td:nth-child(4) .atlas-table-year')).toHaveLength(0);
    expect(document.querySelectorAll('.atlas-table tbody td:nth-child(3) .atlas-table-year').length).toBeGreaterThan(40);
  });

  it('sorts by a value heading: ascending, then descending, no data last, with aria-sort and the arrow', () => {
    const { sorts } = mountTable();
    expect(headingCell('urbanization_increase').getAttribute('aria-sort')).toBe('none');
    heading('urbanization_increase').click();
    expect(headingCell('urbanization_increase').getAttribute('aria-sort')).toBe('ascending');
    heading('urbanization_increase').click();
    expect(headingCell('urbanization_increase').getAttribute('aria-sort')).toBe('descending');
    expect(heading('urbanization_increase').textContent).toContain('▼');
    expect(sorts).toEqual(['urbanization_increase', '-urbanization_increase']);
    const cells = cellTexts(2);
    const firstMissing = cells.indexOf('无数据');
    const values = cells.slice(0, firstMissing).map(numberIn);
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(cells.slice(firstMissing).every((t) => t === '无数据')).toBe(true);
    // Another heading starts ascending, and the first one is no longer sorted.
    heading('name').click();
    expect(headingCell('name').getAttribute('aria-sort')).toBe('ascending');
    expect(headingCell('urbanization_increase').getAttribute('aria-sort')).toBe('none');
  });

  it('selects a pilot from its name, and opens the sentence a value comes from', () => {
    const { selected, sources, columns } = mountTable();
    const row = bodyRows().find((r) => r.dataset.id === 'shandong-zhangqiu')!;
    row.querySelector<HTMLButtonElement>('button:not([data-column])')!.click();
    expect(selected).toEqual(['shandong-zhangqiu']);
    const withValue = bodyRows().find((r) => r.querySelector('button[data-column="urbanization_increase"]'))!;
    withValue.querySelector<HTMLButtonElement>('button[data-column="urbanization_increase"]')!.click();
    const expected = columns[0]!.values.get(withValue.dataset.id!)!.sources[0]!;
    expect(sources).toEqual([expected]);
    expect(expected.line).toBeGreaterThan(0);
  });

  it('speaks English after an update, keeping the sort and the focused heading', () => {
    const { update } = mountTable();
    heading('area').click();
    heading('area').focus();
    expect(document.activeElement).toBe(heading('area'));
    update('en');
    expect(headingCell('area').getAttribute('aria-sort')).toBe('ascending');
    expect(document.activeElement).toBe(heading('area'));
    expect(document.querySelector('.atlas-table-title')!.textContent).toMatch(/^Pilot data: .* \(63 pilots\)$/);
    expect(cellTexts(0).join('')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(cellTexts(3)).toContain('No data');
  });

  it('shows an untrusted name as text, never as markup', () => {
    const { update } = mountTable();
    const hostile = '<img src=x onerror="window.hacked=1">章丘';
    update('zh', pilotProps.map((p) => (p.id === 'shandong-zhangqiu' ? { ...p, name: hostile } : p)));
    expect(cellTexts(0)).toContain(hostile);
    expect(document.querySelector('.atlas-table img')).toBeNull();
  });
});

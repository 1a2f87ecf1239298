import { indicatorForName, valueIn } from './indicators';
import { round } from './numbers';
import type { Qualifier, RecordKind } from './schema';
import { lineAt, origText, type Span } from './span';

/**
 * Indicator tables flattened one cell per line, as in the Yantai plan's 表1 (lines 163–403):
 * a caption “表1:…”, the header cells 序号 / 指标名称 / 2020年 / 2025年, then rows: a running
 * number, the indicator's name (possibly over several lines), and either its values, one per year
 * column, or sub-rows — a label (烟台市, 中心城区, “全国县城新型城镇化建设示范” + “试点龙口市”)
 * followed by that label's values. Group headings (“一、城镇化水平与质量指标”) separate rows and a
 * “注:” line ends the table. A row or sub-row whose value count differs from the year count is
 * ambiguous (merged cells) and is skipped.
 */

export type TableValue = {
  readonly indicator: string;
  readonly unit: string;
  readonly kind: RecordKind;
  readonly year: number;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Sub-row label as written (“中心城区”, “全国县城新型城镇化建设示范试点龙口市”), null for a plain row. */
  readonly label: string | null;
  readonly line: number;
  readonly text: string;
};

type Cell = { readonly text: string; readonly span: Span };

const CAPTION = /^表\s*\d+/u;
const YEAR_HEADER = /^(\d{4})年$/u;
const GROUP = /^[一二三四五六七八九十]+、/u;
const VALUE = /^\[?(>|≥|<|≤)?(\d+(?:\.\d+)?)\]?(左右|以上|以下|以内)?$/u;

const isValue = (t: string): boolean => VALUE.test(t);

function parseValue(t: string): { value: number; qualifier: Qualifier; cumulative: boolean } | null {
  const m = VALUE.exec(t);
  if (!m) return null;
  const sign = m[1];
  const word = m[3];
  const qualifier: Qualifier =
    sign === '>' || sign === '≥' || word === '以上'
      ? 'at_least'
      : sign === '<' || sign === '≤' || word === '以下' || word === '以内'
        ? 'at_most'
        : word === '左右'
          ? 'about'
          : 'exact';
  return { value: Number(m[2]), qualifier, cumulative: t.startsWith('[') };
}

/** Split a row's cells into runs of text cells and runs of value cells. */
function runs(cells: readonly Cell[]): { text: Cell[]; values: Cell[] }[] {
  const out: { text: Cell[]; values: Cell[] }[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (isValue(c.text)) {
      if (last) last.values.push(c);
      continue;
    }
    if (!last || last.values.length > 0) out.push({ text: [c], values: [] });
    else last.text.push(c);
  }
  return out;
}

function tableRows(cells: readonly Cell[]): Cell[][] {
  const rows: Cell[][] = [];
  let expected = 1;
  let current: Cell[] | null = null;
  cells.forEach((c, i) => {
    const next = cells[i + 1];
    if (GROUP.test(c.text)) {
      current = null;
      return;
    }
    if (c.text === String(expected) && next !== undefined && !isValue(next.text) && !GROUP.test(next.text)) {
      current = [];
      rows.push(current);
      expected++;
      return;
    }
    current?.push(c);
  });
  return rows;
}

/** Values of every indicator table in `paras` whose row names are known indicators. */
export function tableValues(paras: readonly Span[], refYear: number | null): TableValue[] {
  const out: TableValue[] = [];
  for (let i = 0; i < paras.length; i++) {
    const caption = paras[i];
    if (!caption || !CAPTION.test(caption.text)) continue;
    let j = i + 1;
    const years: number[] = [];
    while (j < paras.length && j < i + 8) {
      const y = YEAR_HEADER.exec(paras[j]?.text ?? '');
      if (y) years.push(Number(y[1]));
      else if (years.length > 0) break;
      j++;
    }
    if (years.length === 0) continue;
    const cells: Cell[] = [];
    let note = '';
    for (; j < paras.length; j++) {
      const p = paras[j];
      if (!p) break;
      if (/^注/u.test(p.text)) {
        note = origText(p);
        break;
      }
      if (p.text.length > 40 || CAPTION.test(p.text) || /^第[一二三四五六七八九十]+[章节]/u.test(p.text)) break;
      cells.push({ text: p.text, span: p });
    }
    const captionText = origText(caption);
    const first = Math.min(...years);
    for (const row of tableRows(cells)) {
      const rs = runs(row);
      const head = rs[0];
      if (!head) continue;
      const sub = rs.length > 1;
      const nameCells = sub ? head.text.slice(0, -1) : head.text;
      const name = nameCells.map((c) => c.text).join('');
      const def = indicatorForName(name);
      if (!def) continue;
      const groups = rs.map((r, k) => ({
        label: sub ? (k === 0 ? r.text.slice(-1) : r.text).map((c) => c.text).join('') : null,
        labelOrig: sub ? (k === 0 ? r.text.slice(-1) : r.text).map((c) => origText(c.span)).join('') : null,
        values: r.values,
      }));
      for (const g of groups) {
        if (g.values.length !== years.length) continue;
        g.values.forEach((cell, k) => {
          const parsed = parseValue(cell.text);
          const year = years[k];
          if (!parsed || year === undefined) return;
          const unit = def.unit === '%' ? 'percent' : def.unit === 'ratio' ? 'none' : def.unit === 'km²' ? 'km2' : 'person';
          const v = valueIn(def, def.unit === '万人' ? parsed.value * 1e4 : parsed.value, unit, 1);
          if (v === null) return;
          const kind: RecordKind = year === first && (refYear === null || year <= refYear) ? 'baseline' : 'target';
          const parts = [captionText, name, g.labelOrig, `${year}年: ${origText(cell.span)}`].filter((s) => s);
          if (parsed.cumulative && note) parts.push(note);
          out.push({
            indicator: def.id,
            unit: def.unit,
            kind,
            year,
            value: round(v),
            qualifier: parsed.qualifier,
            label: g.label,
            line: lineAt(cell.span, 0),
            text: parts.join(' | '),
          });
        });
      }
    }
  }
  return out;
}

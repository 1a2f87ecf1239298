import type { Lang } from '../core/url-state.ts';
import type { ThematicView } from './thematic-view.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';
import { el } from './dom.ts';
import { provinceClassCounts } from './province-view.ts';
import { approximateExtentRow, extentNotesLine, legendApproximateCount } from './extent-legend.ts';


const METHOD: Record<string, Record<Lang, string>> = {
  quantile: { zh: '分位数分级', en: 'quantiles' },
  equal: { zh: '等间距分级', en: 'equal intervals' },
  jenks: { zh: '自然断点分级', en: 'natural breaks' },
  manual: { zh: '自定义分级', en: 'manual breaks' },
};

/** The choropleth's legend: title, one row per class (swatch, bounds, count), no data, qualifiers. */
export function thematicLegend(view: ThematicView, lang: Lang, byProvince = false): HTMLElement {
  const { model } = view;
  const box = el('section', 'thematic-legend');
  box.setAttribute('aria-label', t(lang, 'legend'));
  box.append(el('h2', undefined, model.title));
  // The province view colours provinces by their pilots' mean: say so before any number is read.
  const provinces = byProvince ? provinceClassCounts(view) : null;
  if (provinces) box.append(el('p', 'legend-note legend-province-view', lang === 'zh' ? '各省颜色：省内试点数值的简单平均（非全省统计）' : "Each province: the plain mean of its pilots' values (not a provincial figure)"));
  const table = el('table');
  const body = el('tbody');
  const row = (colour: string, label: string, count: number, cls: string) => {
    const tr = el('tr', cls);
    const swatch = el('td');
    const chip = el('span', 'legend-swatch');
    chip.style.background = colour;
    swatch.append(chip);
    tr.append(swatch, el('td', 'legend-label', label), el('td', 'legend-count', formatNumber(count, lang, 0)));
    return tr;
  };
  // Highest class on top, as a reader scans a legend from “most” down.
  const counts = provinces ? provinces.counts : model.classes.map((c) => c.count);
  model.classes.map((c, i) => row(c.colour, c.label, counts[i]!, 'legend-class')).reverse().forEach((tr) => body.append(tr));
  body.append(row(model.noData.colour, model.noData.label, provinces ? provinces.noData : model.noData.count, 'legend-nodata'));
  // Pilots drawn at an approximate extent (a stated area around the seat): keyed, with how many.
  const approximate = legendApproximateCount(view.shown, byProvince);
  if (approximate > 0) body.append(approximateExtentRow(lang, approximate));
  table.append(body);
  box.append(table);
  const countNote = provinces ? (lang === 'zh' ? '右列为省份数；图上为均值与参与平均的试点数' : 'right: number of provinces; on the map: each mean and how many pilots it is of') : t(lang, 'countHeader');
  const notes: string[] = [`${METHOD[model.method]?.[lang] ?? model.method} · ${countNote}`];
  const q = model.qualified;
  const marks = [
    q.about > 0 ? `≈ ${t(lang, 'qualAbout')} ${q.about}` : '',
    q.at_least > 0 ? `≥ ${t(lang, 'qualAtLeast')} ${q.at_least}` : '',
    q.at_most > 0 ? `≤ ${t(lang, 'qualAtMost')} ${q.at_most}` : '',
  ].filter(Boolean);
  if (marks.length > 0) notes.push(`${t(lang, 'qualified')}: ${marks.join('，')}`);
  if (model.note) notes.push(model.note);
  for (const w of view.warnings) notes.push(w);
  for (const n of notes) box.append(el('p', 'legend-note', n));
  // Pilots drawn at a boundary that is not quite the document's, named, so a reader knows to look.
  const extentNotes = provinces ? null : extentNotesLine(lang, view.shown);
  if (extentNotes) {
    const line = el('p', 'legend-note legend-extent-notes', extentNotes.text);
    line.title = extentNotes.names;
    box.append(line);
  }
  box.append(el('p', 'legend-note legend-vintage', t(lang, 'dataVintage')));
  return box;
}

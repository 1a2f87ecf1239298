import type { UserFile } from '../core/user-data.ts';
import type { UserLayerResult } from './user-prepare.ts';
import type { Lang } from '../core/url-state.ts';
import { fillTemplate } from '../core/user-problems.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';
import { el } from './dom.ts';
import { problemText } from './user-text.ts';

export { prepareUserLayer, userShapes, type UserLayerResult, type UserShapes } from './user-prepare.ts';

/** The map's title while a person's file is shown: the file, its value column and how much of it is drawn. */
export const userTitle = (file: UserFile, result: UserLayerResult, lang: Lang): { title: string; sub: string } => ({
  title: `${t(lang, 'userData')}: ${file.name}`,
  sub: `${file.valueField} · ${t(lang, 'userMatched')} ${formatNumber(result.matched.values.size, lang, 0)}`,
});


/** The legend of a person's layer: the file, its classes, and what was left out or repaired, with where. */
export function userLegend(file: UserFile, result: UserLayerResult, lang: Lang, onClear: () => void): HTMLElement {
  const box = el('section', 'thematic-legend user-legend');
  const facts = [`${file.valueField}`, ...(file.encoding && file.encoding !== 'utf-8' ? [`${t(lang, 'userEncoding')} ${file.encoding.toUpperCase()}`] : []), t(lang, 'userLocal')];
  box.append(el('h2', undefined, `${t(lang, 'userData')}: ${file.name}`), el('p', 'legend-note', facts.join(' · ')));
  const table = el('table');
  const body = el('tbody');
  const digits = 2;
  result.colours.forEach((colour, i) => {
    const tr = el('tr', 'legend-class');
    const sw = el('span', 'legend-swatch');
    sw.style.background = colour;
    const td = el('td');
    td.append(sw);
    const range = result.ranges[i]!;
    const [from, to] = range[0] <= range[1] ? range : [result.breaks[i]!, result.breaks[i + 1]!];
    const label = from === to ? formatNumber(from, lang, digits) : `${formatNumber(from, lang, digits)}–${formatNumber(to, lang, digits)}`;
    tr.append(td, el('td', 'legend-label', label));
    body.append(tr);
  });
  table.append(body);
  box.append(table);
  box.append(el('p', 'legend-note', `${t(lang, 'userMatched')}: ${result.matched.values.size} · ${t(lang, 'userUnmatched')}: ${result.problems.filter((p) => p.code !== 'geomKinked' && p.code !== 'geomKinkedAsIs' && p.code !== 'unclosedQuote').length}`));
  if (result.problems.length > 0) {
    const list = el('ul', 'user-unmatched');
    list.setAttribute('aria-label', t(lang, 'userProblems'));
    for (const p of result.problems.slice(0, 12)) list.append(el('li', undefined, problemText(lang, p)));
    if (result.problems.length > 12) list.append(el('li', undefined, fillTemplate(t(lang, 'userMore'), { n: result.problems.length - 12 })));
    box.append(list);
  }
  const clear = el('button', 'atlas-button', t(lang, 'userClear'));
  clear.type = 'button';
  clear.addEventListener('click', onClear);
  box.append(clear);
  return box;
}

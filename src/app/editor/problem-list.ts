import type { SpecProblem } from '../../core/layout/index.ts';
import type { Lang } from '../../core/url-state.ts';
import { specProblemText } from './problem-text.ts';
import { formatNumber } from '../../core/format.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

/** How many problems the list shows; the rest are counted ("and 9,800 more"). */
export const MAX_LISTED = 200;

/**
 * The items of the problem list: each problem at its line (a button that calls `selectLine`), the
 * first MAX_LISTED of `total`, and a last item counting the rest. All text goes in as text nodes.
 */
export function problemItems(problems: readonly SpecProblem[], total: number, lang: Lang, selectLine: (line: number) => void): HTMLLIElement[] {
  const items = problems.slice(0, MAX_LISTED).map((p) => {
    const item = el('li');
    const go = button('link-button', `${t(lang, 'line')} ${p.line}`);
    go.addEventListener('click', () => selectLine(p.line));
    item.append(go, document.createTextNode(` ${specProblemText(p, lang)}`));
    item.dataset.line = String(p.line);
    return item;
  });
  if (total > MAX_LISTED) items.push(el('li', 'layout-editor-more', t(lang, 'editorMore', { n: formatNumber(total - MAX_LISTED, lang, 0) })));
  return items;
}

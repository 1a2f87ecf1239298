import type { LayoutIndexEntry } from '../../core/schema/layouts-index.ts';
import type { Lang } from '../../core/url-state.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

/** The editor's header: its title and a close button that calls `onClose`. */
export function editorHeader(lang: Lang, onClose: () => void): HTMLElement {
  const header = el('header');
  const close = button('atlas-button', '×');
  close.setAttribute('aria-label', t(lang, 'close'));
  close.addEventListener('click', onClose);
  header.append(el('h2', undefined, t(lang, 'editorTitle')), close);
  return header;
}

/** The choice of spec to start from: the template ('') or a shipped layout; `onChoose` gets the id (null: the template). */
export function startChoice(
  lang: Lang,
  layouts: readonly LayoutIndexEntry[],
  current: string | null,
  onChoose: (id: string | null) => void,
): { element: HTMLElement; select: HTMLSelectElement } {
  const element = el('label', 'atlas-field');
  element.append(el('span', undefined, t(lang, 'editorStart')));
  const select = el('select');
  select.append(new Option(t(lang, 'editorTemplate'), ''), ...layouts.map((l) => new Option(l.title[lang], l.id)));
  select.value = current ?? '';
  select.addEventListener('change', () => onChoose(select.value || null));
  element.append(select);
  return { element, select };
}

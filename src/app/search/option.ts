import type { Lang } from '../../core/url-state.ts';
import type { SearchHit } from './match.ts';
import { displayName, provinceName } from './names.ts';
import { t } from '../i18n.ts';
import { el } from '../dom.ts';

/**
 * One result of the list, an ARIA option: the pilot's name and province (and the other name it was
 * found by), `idPrefix-option-index` its id, and one spoken label. All text goes in as text nodes.
 */
export function searchOption(hit: SearchHit, index: number, idPrefix: string, lang: Lang): HTMLLIElement {
  const { entry } = hit;
  const item = el('li', 'atlas-search-option');
  item.id = `${idPrefix}-option-${index}`;
  item.dataset.index = String(index);
  item.dataset.id = entry.id;
  item.setAttribute('role', 'option');
  const name = el('span', 'atlas-search-name', displayName(entry, lang));
  const province = el('span', 'atlas-search-province', provinceName(entry, lang));
  item.append(name);
  const spoken = [name.textContent, province.textContent];
  // A match through another name (章丘区 for 章丘市) says so, else the result would look unrelated.
  if (hit.kind === 'alias' && !hit.label.includes(entry.zh)) {
    const alias = el('span', 'atlas-search-alias', `${t(lang, 'searchFormerly')} ${hit.label}`);
    item.append(alias);
    spoken.push(alias.textContent);
  }
  item.append(province);
  item.setAttribute('aria-label', spoken.join(', '));
  return item;
}

/** Marks the option at `active` (−1 for none) as the selected one, scrolled into view if `scroll`; returns it. */
export function markActive(list: HTMLElement, active: number, scroll: boolean): HTMLElement | undefined {
  const options = list.children;
  for (let i = 0; i < options.length; i++) {
    const option = options[i] as HTMLElement;
    const on = i === active;
    option.setAttribute('aria-selected', String(on));
    option.classList.toggle('is-active', on);
    if (on && scroll) option.scrollIntoView?.({ block: 'nearest' });
  }
  return active >= 0 ? (options[active] as HTMLElement | undefined) : undefined;
}

/** The index of the option of `list` that `target` is in, or null (not an option, or not one of the `count` listed). */
export function optionIndexAt(target: EventTarget | null, list: HTMLElement, count: number): number | null {
  const option = target instanceof Element ? target.closest<HTMLElement>('.atlas-search-option') : null;
  if (!option || !list.contains(option)) return null;
  const index = Number(option.dataset.index);
  return Number.isInteger(index) && index >= 0 && index < count ? index : null;
}

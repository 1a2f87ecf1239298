import type { Lang } from '../../core/url-state.ts';
import type { SearchEntry } from './entry.ts';
import { rankPilots, type SearchHit } from './match.ts';
import { t } from '../i18n.ts';
import { el } from '../dom.ts';

/** Defaults of a search box. */
export const SEARCH_BOX_DEFAULTS = {
  /** Results listed at most. */
  limit: 8,
};

export interface SearchBoxOptions {
  entries: readonly SearchEntry[];
  lang: Lang;
  /** The user chose a pilot (Enter or a click). */
  onSelect(id: string): void;
  /** Results listed at most. @default 8 */
  limit?: number;
}


/** An entry's name in a language: the English without its trailing province ("Fangshan District"). */
export function displayName(entry: SearchEntry, lang: Lang): string {
  if (lang === 'zh') return entry.zh;
  const province = entry.provinceEn ?? '';
  const suffix = `, ${province}`;
  return province !== '' && entry.en.endsWith(suffix) && entry.en.length > suffix.length ? entry.en.slice(0, -suffix.length) : entry.en;
}

/** An entry's province in a language. */
const provinceName = (entry: SearchEntry, lang: Lang): string =>
  lang === 'zh' ? entry.province : (entry.provinceEn ?? entry.en.split(',').at(-1)?.trim() ?? '');

/**
 * A combobox that finds pilots by name (ARIA APG "combobox with listbox popup", list autocomplete):
 * type to list up to 8 pilots, ↑/↓ to move, Enter or a click to choose, Esc to close (and, closed,
 * to clear). The input keeps focus throughout; the active option is aria-activedescendant.
 * All text goes in as text nodes.
 */
export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private readonly popup: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly empty: HTMLElement;
  private readonly status: HTMLElement;
  private readonly ids: string;
  private entries: readonly SearchEntry[];
  private lang: Lang;
  private hits: SearchHit[] = [];
  private active = -1;
  private open = false;

  constructor(parent: HTMLElement, private readonly options: SearchBoxOptions) {
    this.entries = options.entries;
    this.lang = options.lang;
    this.ids = `atlas-search-${Math.random().toString(36).slice(2, 10)}`;

    this.element = el('div', 'atlas-search');
    this.label = el('label', 'atlas-search-label');
    this.label.htmlFor = `${this.ids}-input`;
    this.input = el('input', 'atlas-search-input');
    this.input.id = `${this.ids}-input`;
    this.input.type = 'text';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.enterKeyHint = 'search';
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', `${this.ids}-list`);

    this.popup = el('div', 'atlas-search-popup');
    this.popup.hidden = true;
    this.list = el('ul', 'atlas-search-list');
    this.list.id = `${this.ids}-list`;
    this.list.setAttribute('role', 'listbox');
    this.empty = el('p', 'atlas-search-empty');
    this.empty.hidden = true;
    this.popup.append(this.list, this.empty);
    this.status = el('div', 'atlas-search-status');
    this.status.setAttribute('role', 'status');

    this.element.append(this.label, this.input, this.popup, this.status);
    parent.append(this.element);

    this.input.addEventListener('input', () => this.search(true));
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('click', () => {
      if (!this.open && this.input.value.trim() !== '') this.search(true);
    });
    this.element.addEventListener('focusout', (e) => {
      const next = e.relatedTarget;
      if (!(next instanceof Node) || !this.element.contains(next)) this.close();
    });
    // Keep focus in the input while the pointer is on the list, so the combobox never loses it.
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const index = this.optionIndex(e.target);
      if (index !== null) this.choose(index);
    });
    this.list.addEventListener('mousemove', (e) => {
      const index = this.optionIndex(e.target);
      if (index !== null && index !== this.active) this.setActive(index, false);
    });
    this.applyLang();
  }

  /** Shows every text in `lang`; an open list is re-ranked and redrawn. */
  setLang(lang: Lang): void {
    this.lang = lang;
    this.applyLang();
    this.search(this.open);
  }

  /** Replaces the pilots searched; an open list is redrawn. */
  setEntries(entries: readonly SearchEntry[]): void {
    this.entries = entries;
    this.search(this.open);
  }

  /** Moves focus to the input and selects its text (the page binds "/" to this). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Removes the box from the page. */
  destroy(): void {
    this.element.remove();
  }

  private applyLang(): void {
    this.label.textContent = t(this.lang, 'searchLabel');
    this.input.placeholder = t(this.lang, 'searchPlaceholder');
    this.list.setAttribute('aria-label', t(this.lang, 'searchResults'));
    this.empty.textContent = t(this.lang, 'searchNoMatch');
  }

  /** Ranks the current query and, if `show`, opens the list (else keeps it closed). */
  private search(show: boolean): void {
    const limit = this.options.limit ?? SEARCH_BOX_DEFAULTS.limit;
    const previous = this.hits[this.active]?.entry.id;
    this.hits = rankPilots(this.input.value, this.entries, this.lang).slice(0, limit);
    const kept = this.hits.findIndex((h) => h.entry.id === previous);
    this.active = kept;
    this.list.replaceChildren(...this.hits.map((hit, i) => this.option(hit, i)));
    if (show && this.input.value.trim() !== '') this.show();
    else this.close();
    this.syncActive(false);
  }

  private option(hit: SearchHit, index: number): HTMLLIElement {
    const { entry } = hit;
    const item = el('li', 'atlas-search-option');
    item.id = `${this.ids}-option-${index}`;
    item.dataset.index = String(index);
    item.dataset.id = entry.id;
    item.setAttribute('role', 'option');
    const name = el('span', 'atlas-search-name', displayName(entry, this.lang));
    const province = el('span', 'atlas-search-province', provinceName(entry, this.lang));
    item.append(name);
    const spoken = [name.textContent, province.textContent];
    // A match through another name (章丘区 for 章丘市) says so, else the result would look unrelated.
    if (hit.kind === 'alias' && !hit.label.includes(entry.zh)) {
      const alias = el('span', 'atlas-search-alias', `${t(this.lang, 'searchFormerly')} ${hit.label}`);
      item.append(alias);
      spoken.push(alias.textContent);
    }
    item.append(province);
    item.setAttribute('aria-label', spoken.join(', '));
    return item;
  }

  private show(): void {
    this.open = true;
    const none = this.hits.length === 0;
    this.popup.hidden = false;
    this.list.hidden = none;
    this.empty.hidden = !none;
    this.input.setAttribute('aria-expanded', String(!none));
    this.status.textContent = none
      ? t(this.lang, 'searchNoMatch')
      : t(this.lang, this.hits.length === 1 ? 'searchCountOne' : 'searchCount', { n: this.hits.length });
  }

  private close(): void {
    this.open = false;
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.status.textContent = '';
  }

  private setActive(index: number, scroll: boolean): void {
    this.active = this.hits.length === 0 ? -1 : ((index % this.hits.length) + this.hits.length) % this.hits.length;
    this.syncActive(scroll);
  }

  private syncActive(scroll: boolean): void {
    const options = this.list.children;
    for (let i = 0; i < options.length; i++) {
      const option = options[i] as HTMLElement;
      const on = i === this.active;
      option.setAttribute('aria-selected', String(on));
      option.classList.toggle('is-active', on);
      if (on && scroll) option.scrollIntoView?.({ block: 'nearest' });
    }
    const current = this.active >= 0 ? options[this.active] : undefined;
    if (current && this.open) this.input.setAttribute('aria-activedescendant', current.id);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private optionIndex(target: EventTarget | null): number | null {
    const option = target instanceof Element ? target.closest<HTMLElement>('.atlas-search-option') : null;
    if (!option || !this.list.contains(option)) return null;
    const index = Number(option.dataset.index);
    return Number.isInteger(index) && index >= 0 && index < this.hits.length ? index : null;
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = displayName(hit.entry, this.lang);
    this.close();
    this.options.onSelect(hit.entry.id);
  }

  private onKey(e: KeyboardEvent): void {
    // An input method composing Chinese owns Enter and the arrows until it commits.
    if (e.isComposing || e.keyCode === 229) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        if (!this.open) {
          if (this.input.value.trim() === '') return;
          this.search(true);
          this.setActive(step === 1 ? 0 : this.hits.length - 1, true);
        } else this.setActive(this.active === -1 && step === -1 ? this.hits.length - 1 : this.active + step, true);
        return;
      }
      case 'Enter':
        if (this.open && this.hits.length > 0) {
          e.preventDefault();
          this.choose(this.active >= 0 ? this.active : 0);
        }
        return;
      case 'Escape':
        // Handled here, so the page's own Esc (closing panels) does not also fire.
        if (this.open) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
        } else if (this.input.value !== '') {
          e.preventDefault();
          e.stopPropagation();
          this.input.value = '';
          this.search(false);
        }
        return;
      case 'Tab':
        this.close();
        return;
    }
  }
}

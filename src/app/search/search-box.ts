import type { Lang } from '../../core/url-state.ts';
import type { SearchEntry } from './entry.ts';
import { rankPilots, type SearchHit } from './match.ts';
import { t } from '../i18n.ts';
import { searchParts } from './parts.ts';
import { displayName } from './names.ts';
import { markActive, optionIndexAt, searchOption } from './option.ts';

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

    const parts = searchParts(this.ids);
    ({ element: this.element, label: this.label, input: this.input, popup: this.popup } = parts);
    ({ list: this.list, empty: this.empty, status: this.status } = parts);
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
      const index = optionIndexAt(e.target, this.list, this.hits.length);
      if (index !== null) this.choose(index);
    });
    this.list.addEventListener('mousemove', (e) => {
      const index = optionIndexAt(e.target, this.list, this.hits.length);
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
    this.list.replaceChildren(...this.hits.map((hit, i) => searchOption(hit, i, this.ids, this.lang)));
    if (show && this.input.value.trim() !== '') this.show();
    else this.close();
    this.syncActive(false);
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
    const current = markActive(this.list, this.active, scroll);
    if (current && this.open) this.input.setAttribute('aria-activedescendant', current.id);
    else this.input.removeAttribute('aria-activedescendant');
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

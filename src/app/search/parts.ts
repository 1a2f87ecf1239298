import { el } from '../dom.ts';

/** The elements of a search box, the ARIA combobox's input, its popup list and a live status. */
export interface SearchParts {
  element: HTMLElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  list: HTMLUListElement;
  empty: HTMLElement;
  status: HTMLElement;
}

/** Makes a search box's elements, their ids starting with `idPrefix`; the popup starts hidden. */
export function searchParts(idPrefix: string): SearchParts {
  const element = el('div', 'atlas-search');
  const label = el('label', 'atlas-search-label');
  label.htmlFor = `${idPrefix}-input`;
  const input = el('input', 'atlas-search-input');
  input.id = `${idPrefix}-input`;
  input.type = 'text';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.enterKeyHint = 'search';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${idPrefix}-list`);

  const popup = el('div', 'atlas-search-popup');
  popup.hidden = true;
  const list = el('ul', 'atlas-search-list');
  list.id = `${idPrefix}-list`;
  list.setAttribute('role', 'listbox');
  const empty = el('p', 'atlas-search-empty');
  empty.hidden = true;
  popup.append(list, empty);
  const status = el('div', 'atlas-search-status');
  status.setAttribute('role', 'status');
  element.append(label, input, popup, status);
  return { element, label, input, popup, list, empty, status };
}

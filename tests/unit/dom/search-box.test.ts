// @vitest-environment happy-dom
// The search box as a person uses it, in a DOM without a browser, over the 63 real pilots: typing
// lists matches (by name or pinyin), the arrows move the active option (aria-activedescendant), Enter
// chooses, Escape closes and then clears, and the status line says what is listed.
import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../../src/app/search/match.ts';
import { SearchBox } from '../../../src/app/search/search-box.ts';
import { gazetteer, pilotProps } from '../ui/pilots.ts';

function mountSearch(lang: 'zh' | 'en' = 'zh') {
  document.body.replaceChildren();
  const chosen: string[] = [];
  const box = new SearchBox(document.body, { entries: searchEntries(pilotProps, gazetteer), lang, onSelect: (id) => chosen.push(id) });
  const input = document.querySelector<HTMLInputElement>('.atlas-search-input')!;
  const type = (text: string) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  return { box, input, chosen, type, key };
}

const options = () => [...document.querySelectorAll<HTMLElement>('.atlas-search-option')];
const popupHidden = () => document.querySelector<HTMLElement>('.atlas-search-popup')!.hidden;
const status = () => document.querySelector('.atlas-search-status')!.textContent;

describe('the search box (DOM)', () => {
  it('is a labelled combobox, closed until a person types', () => {
    const { input } = mountSearch();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('搜索试点');
    expect(document.getElementById(input.getAttribute('aria-controls')!)!.getAttribute('role')).toBe('listbox');
    expect(popupHidden()).toBe(true);
  });

  it('finds 章丘 by pinyin, moves with the arrows and chooses with Enter', () => {
    const { input, chosen, type, key } = mountSearch();
    type('zhangqiu');
    expect(popupHidden()).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options()[0]!.dataset.id).toBe('shandong-zhangqiu');
    expect(options()[0]!.querySelector('.atlas-search-name')!.textContent).toBe('章丘市');
    expect(status()).toBe(options().length === 1 ? '1 个结果，按回车选择' : `${options().length} 个结果，用上下方向键选择`);
    key('ArrowDown');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    key('Enter');
    expect(chosen).toEqual(['shandong-zhangqiu']);
    expect(input.value).toBe('章丘市');
    expect(popupHidden()).toBe(true);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('lists at most 8, wraps the arrows, and says when nothing matches', () => {
    const { input, type, key } = mountSearch();
    type('市');
    expect(options()).toHaveLength(8);
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[7]!.id);
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    type('火星');
    expect(options()).toHaveLength(0);
    expect(document.querySelector<HTMLElement>('.atlas-search-empty')!.hidden).toBe(false);
    expect(status()).toBe('没有匹配的试点');
  });

  it('closes on Escape, and a second Escape clears the query', () => {
    const { input, type, key } = mountSearch();
    type('烟台');
    expect(popupHidden()).toBe(false);
    key('Escape');
    expect(popupHidden()).toBe(true);
    expect(input.value).toBe('烟台');
    key('Escape');
    expect(input.value).toBe('');
  });

  it('speaks English: names without their province, which has its own line', () => {
    const { type } = mountSearch('en');
    type('zhangqiu');
    const first = options()[0]!;
    expect(first.querySelector('.atlas-search-name')!.textContent).toBe('Zhangqiu City');
    expect(first.querySelector('.atlas-search-province')!.textContent).toBe('Shandong');
    expect(document.querySelector('.atlas-search-label')!.textContent).toBe('Find a pilot');
  });
});

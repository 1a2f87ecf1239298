import { t } from '../i18n.ts';
import type { Lang } from '../../core/url-state.ts';
import type { Page } from './context.ts';

/** The layout picker: every compiled spatial plan, by title. */
export function installLayoutPicker({ atlas, data }: Page): void {
  const select = document.getElementById('atlas-layout') as HTMLSelectElement;
  const fill = (lang: Lang) => {
    const none = new Option(t(lang, 'layoutNone'), '');
    select.replaceChildren(none, ...data.layouts.map((l) => new Option(`${l.title[lang]}`, l.id)));
    select.value = atlas.getState().layout ?? '';
  };
  fill(atlas.getState().lang);
  select.addEventListener('change', () => atlas.setState({ layout: select.value || null }));
  atlas.watch(['lang', 'layout'], (state, previous) => {
    if (state.lang !== previous.lang) fill(state.lang);
    select.value = state.layout ?? '';
  });
}

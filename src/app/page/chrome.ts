import { t } from '../i18n.ts';
import type { ViewState } from '../../core/url-state.ts';
import type { AtlasController } from '../mount.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's own words (title, tool buttons) in the state's language. */
function renderChrome(state: ViewState): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(state.lang, 'title')} · ${t(state.lang, 'subtitle')}`;
  byId('atlas-title').textContent = t(state.lang, 'title');
  byId('atlas-subtitle').textContent = t(state.lang, 'subtitle');
  const langButton = byId('atlas-lang');
  langButton.textContent = t(state.lang, 'switchLang');
  langButton.setAttribute('aria-label', t(state.lang, 'switchLangLabel'));
  byId('atlas-layout-label').textContent = t(state.lang, 'layoutPicker');
  byId('atlas-editor').textContent = t(state.lang, 'editorOpen');
  const viewButton = byId('atlas-view');
  viewButton.textContent = t(state.lang, state.view === 'table' ? 'mapView' : 'tableView');
  viewButton.setAttribute('aria-pressed', String(state.view === 'table'));
  byId('atlas-share').textContent = t(state.lang, 'share');
  byId('atlas-import-text').textContent = t(state.lang, 'userImport');
}

/** The header and tool buttons: their words follow the language; the language and table buttons switch. */
export function installChrome(atlas: AtlasController): void {
  renderChrome(atlas.getState());
  atlas.watch(['lang', 'view'], renderChrome);
  byId('atlas-lang').addEventListener('click', () => atlas.setState({ lang: atlas.getState().lang === 'zh' ? 'en' : 'zh' }));
  byId('atlas-view').addEventListener('click', () => atlas.setState({ view: atlas.getState().view === 'table' ? null : 'table' }));
}

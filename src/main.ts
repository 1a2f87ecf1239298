import './app/style.css';
import { mount, type AtlasController } from './app/mount.ts';
import { parseState, serializeState, type ViewState } from './core/url-state.ts';
import { t } from './app/i18n.ts';

declare global {
  interface Window {
    pilotAtlas: AtlasController;
  }
}

const { state: initial, warnings } = parseState(location.search);
for (const warning of warnings) console.warn(`pilot-atlas: URL ${warning}; ignored`);

const title = document.getElementById('atlas-title')!;
const subtitle = document.getElementById('atlas-subtitle')!;
const langButton = document.getElementById('atlas-lang') as HTMLButtonElement;

function renderChrome(state: ViewState): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(state.lang, 'title')} · ${t(state.lang, 'subtitle')}`;
  title.textContent = t(state.lang, 'title');
  subtitle.textContent = t(state.lang, 'subtitle');
  langButton.textContent = t(state.lang, 'switchLang');
  langButton.setAttribute('aria-label', t(state.lang, 'switchLangLabel'));
}

const atlas = mount(document.getElementById('map')!, { state: initial });
window.pilotAtlas = atlas;
renderChrome(initial);

// The URL follows the state: camera moves replace the entry, other changes add one.
let lastQuery = serializeState(initial);
let applyingHistory = false;
atlas.on('state', (state) => {
  renderChrome(state);
  const query = serializeState(state);
  if (query === lastQuery || applyingHistory) {
    lastQuery = query;
    return;
  }
  const { camera: _a, ...rest } = state;
  const { camera: _b, ...previous } = parseState(lastQuery).state;
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (JSON.stringify(rest) === JSON.stringify(previous)) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  lastQuery = query;
});
addEventListener('popstate', () => {
  applyingHistory = true;
  atlas.setState(parseState(location.search).state);
  applyingHistory = false;
});

langButton.addEventListener('click', () => {
  atlas.setState({ lang: atlas.getState().lang === 'zh' ? 'en' : 'zh' });
});

atlas.ready.then(
  () => document.documentElement.setAttribute('data-atlas-ready', 'true'),
  () => document.documentElement.setAttribute('data-atlas-ready', 'error'),
);

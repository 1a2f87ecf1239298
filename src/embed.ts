import './app/worker.ts';
import { mount, type AtlasController } from './app/mount.ts';
import { parseState, serializeState, type ViewState } from './core/url-state.ts';
import { connectBridge } from './app/embed/bridge.ts';
import { parseOrigins } from './app/embed/origins.ts';
import { t } from './app/i18n.ts';

declare global {
  interface Window {
    pilotAtlas: AtlasController;
  }
}

// The embeddable map: the same app with minimal chrome (title, map, legend, attribution).
const params = new URLSearchParams(location.search);
const { state: initial, dropped: invalid = [] } = parseState(location.search);
const { origins, warnings: originWarnings } = parseOrigins(params.get('origins'));
for (const warning of originWarnings) console.warn(`pilot-atlas: URL ${warning}; ignored`);

const atlas = mount(document.getElementById('map')!, { state: initial, chrome: 'minimal' });
window.pilotAtlas = atlas;
atlas.noteParams(invalid.map((p) => ({ ...p, reason: 'invalid' as const })));

const title = document.getElementById('embed-title')!;
const open = document.getElementById('embed-open') as HTMLAnchorElement;
const render = (state: ViewState, heading?: string) => {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  title.textContent = heading ?? t(state.lang, 'title');
  // “Open in the full app” keeps the view.
  open.href = `./index.html?${serializeState(state)}`;
  open.title = t(state.lang, 'openFull');
  open.setAttribute('aria-label', t(state.lang, 'openFull'));
};
render(initial);
// The title bar says what the map's title card says (the measure, the plan or a person's file): the card itself stays hidden here.
const mapTitle = () => document.querySelector('#map .map-title-main')?.textContent || undefined;
atlas.on('view', (view) => render(atlas.getState(), mapTitle() ?? view?.model.title));
new MutationObserver(() => {
  const heading = mapTitle();
  if (heading && heading !== title.textContent) render(atlas.getState(), heading);
}).observe(document.getElementById('map')!, { childList: true, subtree: true, characterData: true });

// The iframe's own URL follows the state (replaced, never pushed: the host page owns the history).
const extra = origins.length > 0 ? `origins=${encodeURIComponent(origins.join(','))}` : '';
atlas.on('state', (state) => {
  const query = [serializeState(state), extra].filter(Boolean).join('&');
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  render(state, title.textContent ?? undefined);
});

connectBridge(atlas, origins);

atlas.ready.then(
  () => document.documentElement.setAttribute('data-atlas-ready', 'true'),
  () => document.documentElement.setAttribute('data-atlas-ready', 'error'),
);

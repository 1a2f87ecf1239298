/**
 * The embeddable map once its first view is on screen (src/embed.ts drew it from the data alone):
 * MapLibre and the map with minimal chrome (title, map, legend, attribution), the title bar, the
 * iframe's URL and the bridge to the host page.
 */
import '../worker.ts';
import { mount, type AtlasController } from '../mount.ts';
import { serializeState, type ViewState } from '../../core/url-state.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { FirstPaint } from '../map/first-paint.ts';
import { connectBridge } from './bridge.ts';
import { parseOrigins } from './origins.ts';
import { t } from '../i18n.ts';

declare global {
  interface Window {
    pilotAtlas: AtlasController;
  }
}

export interface EmbedStart {
  /** The state the URL gives, and the parameters it gives in no valid form. */
  initial: ViewState;
  invalid: readonly { key: string; value: string }[];
  data: Promise<AtlasData>;
  firstPaint: FirstPaint | null;
}

export function startEmbed({ initial, invalid, data, firstPaint }: EmbedStart): void {
  const params = new URLSearchParams(location.search);
  const { origins, warnings: originWarnings } = parseOrigins(params.get('origins'));
  for (const warning of originWarnings) console.warn(`pilot-atlas: URL ${warning}; ignored`);

  const atlas = mount(document.getElementById('map')!, { state: initial, chrome: 'minimal', data, firstPaint });
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
}

// The three pages of the bench, measured in the same run: Pilot Atlas, the MapLibre floor (MapLibre
// alone drawing the provinces, bench/peers/maplibre-floor/) and the ECharts peer (bench/peers/echarts/).
import type { StaticServer } from './serve.ts';

export type TargetKey = 'ours' | 'floor' | 'peer';

export interface Target {
  key: TargetKey;
  name: string;
  server: StaticServer;
  /** Path and query of the national choropleth view. */
  national: string;
  /** Selectors that all match once the page is ready. */
  ready: string[];
  /** The element pan and zoom act on (its box is the map area). */
  surface: string;
  /** Elements over the map area that are not the map (legends, panels): left out when looking for the map's colours. */
  overlays: string;
  /** An expression evaluated in the page that names the current view (to check the input moved it). */
  view: string;
}

export interface Scene {
  name: string;
  /** Path and query. */
  url: string;
  ready: string[];
}

const ATLAS_READY = 'html[data-atlas-ready="true"]';
const PEER_READY = 'html[data-peer-ready="true"]';

export function targets(servers: Record<TargetKey, StaticServer>): Target[] {
  return [
    {
      key: 'ours',
      name: 'Pilot Atlas',
      server: servers.ours,
      national: 'index.html?indicator=urbanization_baseline',
      ready: [ATLAS_READY],
      surface: '#map',
      // Everything the app lays over its map: title card, legends, inset, controls, panels, notes.
      overlays: '#map > :not(.maplibregl-canvas-container):not(canvas), .maplibregl-control-container, .thematic-controls, header',
      view: 'JSON.stringify(window.pilotAtlas.getState().camera)',
    },
    {
      key: 'floor',
      name: 'MapLibre floor',
      server: servers.floor,
      national: 'index.html',
      ready: [PEER_READY],
      surface: '#map',
      overlays: '.maplibregl-control-container',
      view: 'JSON.stringify(((m) => [m.getCenter(), m.getZoom()])(window.__floorMap))',
    },
    {
      key: 'peer',
      name: 'ECharts peer',
      server: servers.peer,
      national: 'index.html',
      ready: [PEER_READY],
      surface: '#chart',
      // The visualMap legend is drawn on the chart's own canvas (bottom-left); its swatches appear in the same frame as the map.
      overlays: '',
      view: 'JSON.stringify(((g) => [g.center, g.zoom])(window.__peerChart.getOption().geo[0]))',
    },
  ];
}

/** Deep links into the app: a plan, and a story slide about one part of a plan. */
export const DEEP_LINKS: Scene[] = [
  { name: 'plan (?layout=yantai)', url: 'index.html?indicator=urbanization_baseline&layout=yantai', ready: [ATLAS_READY] },
  { name: 'story slide (?story=yantai&slide=4)', url: 'index.html?story=yantai&slide=4', ready: [ATLAS_READY, '.story-card[data-story-slide="4"]'] },
];

/** The widget in a plain host page (dist/widget-demo.html: one <pilot-atlas> element). */
export const WIDGET: Scene = { name: 'widget in widget-demo.html', url: 'widget-demo.html', ready: ['pilot-atlas[data-atlas-ready="true"]'] };

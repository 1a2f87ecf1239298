// The bench's floor: MapLibre GL 6.17 alone, drawing only the provinces of the app's own
// china.topo.json as a choropleth, in the app's home camera (mainland China and Hainan, 24 px
// padding, 1280×720). Nothing else: no base map, labels, deck.gl, legend or panels. Any design
// that waits for MapLibre to draw the first view is at least this slow; issue budgets compare the
// app's time to ready with this page's.
// Data: bench/peers/maplibre-floor/public/data/china.topo.json, copied by the bench from dist/data/.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BLUES_5 } from '../echarts/choropleth.ts';

declare global {
  interface Window {
    __floorMap?: MapLibreMap;
  }
}

/** The app's home view (src/app/mount.ts MOUNT_DEFAULTS): [west, south, east, north], padding, pan limits. */
const HOME: [number, number, number, number] = [73, 17.5, 135.5, 53.8];
const PADDING = 24;
const MAX_BOUNDS: [number, number, number, number] = [50, -15, 170, 62];

// MapLibre 6's worker is a separate module: point MapLibre at the copy vite emits, and start it
// while the data load (as the app does: the floor gets every head start the app gets).
setWorkerUrl(workerUrl);
prewarm();

const response = await fetch(new URL('data/china.topo.json', document.baseURI));
if (!response.ok) throw new Error(`data/china.topo.json: HTTP ${response.status}`);
const topo = (await response.json()) as Topology;
const provinces = feature(topo, topo.objects.provinces!) as FeatureCollection;
// A class per province from its code, so every Blues class is on screen (the floor measures drawing, not statistics).
for (const f of provinces.features) f.properties = { ...f.properties, cls: Number(String(f.properties?.id ?? '0').slice(0, 2)) % BLUES_5.length };

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: { provinces: { type: 'geojson', data: provinces } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e6eef3' } },
      {
        id: 'province-fill',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': ['match', ['get', 'cls'], ...BLUES_5.flatMap((c, i) => [i, c]), BLUES_5[0]!] as never },
      },
      { id: 'province-line', type: 'line', source: 'provinces', paint: { 'line-color': '#8a8a8a', 'line-width': 0.6 } },
    ],
  },
  bounds: HOME,
  fitBoundsOptions: { padding: PADDING },
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  renderWorldCopies: false,
  dragRotate: false,
  pitchWithRotate: false,
  // As the app's map (it keeps its drawing buffer for exports).
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.__floorMap = map;
map.on('idle', function first() {
  if (!map.loaded() || map.isMoving()) return;
  map.off('idle', first);
  document.documentElement.dataset.peerReady = 'true';
});

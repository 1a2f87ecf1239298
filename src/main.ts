import './app/frame-guard.ts';
import { parseState } from './core/url-state.ts';
import { loadAtlasData } from './app/atlas-data.ts';
import { paintFirstView, type FirstPaint } from './app/map/first-paint.ts';

// The page's entry, kept small: it loads the data and draws the first view from it at once, while
// MapLibre and the rest of the page (./app/page/start.ts, preloaded with the page) load beside it.
const { state: initial, dropped: invalid = [] } = parseState(location.search);
const base = document.baseURI;
const data = loadAtlasData(base);
const page = import('./app/page/start.ts');
const firstPaint: Promise<FirstPaint | null> = data.then(
  (d) => paintFirstView(document.getElementById('map')!, initial, d),
  () => null,
);
// Drawing the first view is never what keeps the map from starting.
const drawn = firstPaint.catch((error: unknown) => (console.error(error), null));
void Promise.all([page, drawn]).then(([{ startPage }, paint]) => startPage({ initial, invalid, base, data, firstPaint: paint }));

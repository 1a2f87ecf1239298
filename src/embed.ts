import { parseState } from './core/url-state.ts';
import { loadAtlasData } from './app/atlas-data.ts';
import { paintFirstView, type FirstPaint } from './app/map/first-paint.ts';

// The embeddable map's entry, kept small as the app's is (src/main.ts): it loads the data and draws
// the first view from it at once, fitted to the frame, while MapLibre and the rest load beside it.
const { state: initial, dropped: invalid = [] } = parseState(location.search);
const data = loadAtlasData(document.baseURI);
const embed = import('./app/embed/start.ts');
const firstPaint: Promise<FirstPaint | null> = data.then(
  (d) => paintFirstView(document.getElementById('map')!, initial, d),
  () => null,
);
// Drawing the first view is never what keeps the map from starting.
const drawn = firstPaint.catch((error: unknown) => (console.error(error), null));
void Promise.all([embed, drawn]).then(([{ startEmbed }, paint]) => startEmbed({ initial, invalid, data, firstPaint: paint }));

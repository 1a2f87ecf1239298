import { parseState } from './core/url-state.ts';
import { loadAtlasData } from './app/atlas-data.ts';
import { startAfterFirstPaint } from './app/map/first-paint.ts';

// The embeddable map's entry, kept small as the app's is (src/main.ts): it loads the data and draws
// the first view from it at once, fitted to the frame, while MapLibre and the rest load beside it.
const { state: initial, dropped: invalid = [] } = parseState(location.search);
const data = loadAtlasData(document.baseURI);
startAfterFirstPaint(document.getElementById('map')!, initial, data, import('./app/embed/start.ts'), ({ startEmbed }, firstPaint) =>
  startEmbed({ initial, invalid, data, firstPaint }),
);

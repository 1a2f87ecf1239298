import './app/frame-guard.ts';
import { parseState } from './core/url-state.ts';
import { loadAtlasData } from './app/atlas-data.ts';
import { startAfterFirstPaint } from './app/map/first-paint.ts';

// The page's entry, kept small: it loads the data and draws the first view from it at once, while
// MapLibre and the rest of the page (./app/page/start.ts) load beside it.
const { state: initial, dropped: invalid = [] } = parseState(location.search);
const base = document.baseURI;
const data = loadAtlasData(base);
startAfterFirstPaint(document.getElementById('map')!, initial, data, import('./app/page/start.ts'), ({ startPage }, firstPaint) =>
  startPage({ initial, invalid, base, data, firstPaint }),
);

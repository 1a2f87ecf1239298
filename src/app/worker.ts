import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 ships its worker as a separate module that a bundle does not find by itself
// (maplibre-gl/dist/maplibre-gl-worker.mjs): the app's pages point it at the copy vite emits. The widget sets its own.
setWorkerUrl(workerUrl);
// Start the workers now, while the data load, rather than when the map is created.
prewarm();

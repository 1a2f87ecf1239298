import { drawMapLayers } from './map-layers.ts';

/**
 * What print.css gives the map on paper, mm: the printable width of a landscape page (less its 10 mm
 * margins) and the map's height budget (less the title line). Keep in step with print.css.
 */
export const PRINT_PAGE = {
  A4: { width: 277, mapHeight: 176 },
  A3: { width: 400, mapHeight: 263 },
} as const;

const PX_PER_MM = 96 / 25.4;

/**
 * The zoom that fits a map of `width` × `height` CSS px into the printed map's box of the page size,
 * keeping its proportions (a hair smaller, for the frame's border).
 */
export function printZoom(width: number, height: number, size: keyof typeof PRINT_PAGE): number {
  const page = PRINT_PAGE[size];
  return Math.min((page.width * PX_PER_MM - 2) / width, (page.mapHeight * PX_PER_MM - 2) / height);
}

export interface PrintOptions {
  /** The map element (`.atlas-map`), holding the map's one canvas (deck.gl's plan layers are drawn within it). */
  map: HTMLElement;
  /** The page's header, where the printed title goes (its own heading is hidden on paper). */
  header: HTMLElement | null;
  /** The title and subtitle of what is on the map, asked when printing starts. */
  heading: () => { title: string; subtitle?: string };
}

/**
 * Printing what is on screen. Laying the page out for paper resizes the map's WebGL canvas, which
 * clears it, so on `beforeprint` the map's one canvas (it keeps its drawing buffer; deck.gl's plan
 * layers are drawn within it) is copied into a 2D canvas, `.print-snapshot`, which print.css shows in its place; the map keeps its size
 * on screen and is zoomed as a whole to the page, so its legends, scale bar and attribution keep
 * their places and the scale bar stays true. The page is titled with the measure or plan on the map
 * (`.print-heading`, and `document.title`, which names the PDF). `afterprint` undoes it all.
 * Returns a function that removes the listeners.
 */
export function installPrint(o: PrintOptions): () => void {
  let snapshot: HTMLCanvasElement | null = null;
  let heading: HTMLElement | null = null;
  let savedTitle: string | null = null;
  let printTitle: string | null = null;

  const after = () => {
    snapshot?.remove();
    snapshot = null;
    heading?.remove();
    heading = null;
    o.header?.classList.remove('has-print-heading');
    o.map.classList.remove('has-print-snapshot');
    for (const name of ['--print-screen-width', '--print-screen-height', '--print-zoom']) o.map.style.removeProperty(name);
    if (savedTitle !== null) document.title = savedTitle;
    savedTitle = null;
    printTitle = null;
  };

  const before = () => {
    // A second beforeprint before afterprint is the same print (a PDF printed under print media):
    // the canvases may have been laid out for paper since, so the first copy stands.
    if (snapshot?.isConnected) return;
    after();
    const text = o.heading();
    savedTitle = document.title;
    document.title = printTitle = text.title;
    if (o.header) {
      heading = document.createElement('div');
      heading.className = 'print-heading';
      const title = document.createElement('h1');
      title.textContent = text.title;
      heading.append(title);
      if (text.subtitle) {
        const subtitle = document.createElement('p');
        subtitle.textContent = text.subtitle;
        heading.append(subtitle);
      }
      o.header.prepend(heading);
      o.header.classList.add('has-print-heading');
    }

    const mapCanvas = o.map.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    const { width, height } = o.map.getBoundingClientRect();
    if (!mapCanvas || mapCanvas.width === 0 || mapCanvas.height === 0 || width === 0 || height === 0) return;
    const canvas = document.createElement('canvas');
    canvas.className = 'print-snapshot';
    canvas.width = mapCanvas.width;
    canvas.height = mapCanvas.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawMapLayers(ctx, mapCanvas, canvas.width, canvas.height);
    // After the map's own canvas, before its controls and legends, which print over it.
    const container = mapCanvas.closest('.maplibregl-canvas-container');
    if (container && container.parentElement === o.map) container.after(canvas);
    else o.map.prepend(canvas);
    snapshot = canvas;
    const size = document.documentElement.classList.contains('print-a3') || document.body.classList.contains('print-a3') ? 'A3' : 'A4';
    o.map.style.setProperty('--print-screen-width', `${width}px`);
    o.map.style.setProperty('--print-screen-height', `${height}px`);
    o.map.style.setProperty('--print-zoom', String(printZoom(width, height, size)));
    o.map.classList.add('has-print-snapshot');
  };

  // The page's own handlers may set the title again (the map's resize announces a state, and the
  // page titles itself on each): this one, added after them, has the last word.
  const retitle = () => {
    if (printTitle !== null) document.title = printTitle;
  };
  // Capturing, so the copy is made before any other handler (the map's resize) clears a canvas.
  addEventListener('beforeprint', before, { capture: true });
  addEventListener('beforeprint', retitle);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before, { capture: true });
    removeEventListener('beforeprint', retitle);
    removeEventListener('afterprint', after);
    after();
  };
}

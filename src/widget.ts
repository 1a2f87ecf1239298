/**
 * The embeddable build (dist/widget/pilot-atlas.js): `mount(element, options)` and the
 * `<pilot-atlas>` custom element. Data are read from the app's data/ folder beside the widget
 * folder (dist/data/), or from the `base` option / attribute.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/style.css';
import { setWorkerUrl } from 'maplibre-gl';
import { mount as mountMap, type AtlasController, type MountOptions } from './app/mount.ts';
import { parseState, type ViewState } from './core/url-state.ts';

export type { AtlasController, MountOptions, ViewState };

// The MapLibre worker is a file beside this module (vite.widget.config.ts copies it there).
setWorkerUrl(new URL(/* @vite-ignore */ './maplibre-gl-worker.mjs', import.meta.url).href);

/** The app folder this module was served from (dist/widget/ → dist/). */
const DEFAULT_BASE = new URL(/* @vite-ignore */ '../', import.meta.url).href;

/** Mounts a map into `element` (give it a height) and returns its controller (README, "The app's API"). */
export function mount(element: HTMLElement, options: MountOptions = {}): AtlasController {
  if (getComputedStyle(element).position === 'static') element.style.position = 'relative';
  return mountMap(element, { base: DEFAULT_BASE, chrome: 'minimal', ...options });
}

/** Attributes of <pilot-atlas> that map to view state (strings, parsed as in the URL). */
const STATE_ATTRIBUTES = ['indicator', 'year', 'layout', 'pilot', 'lang', 'classes', 'method', 'scheme', 'province', 'center', 'zoom', 'bounds'] as const;

const stateOf = (element: HTMLElement): Partial<ViewState> => {
  const params = new URLSearchParams();
  for (const name of STATE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) params.set(name, value);
  }
  const { state, warnings } = parseState(params.toString());
  for (const w of warnings) console.warn(`<pilot-atlas> ${w}; ignored`);
  return state;
};

/**
 * `<pilot-atlas indicator="urbanization_baseline" year="2020" lang="en" style="height:480px">`:
 * a map that follows its attributes (`bounds="west,south,east,north"` fits a region at the
 * element's own size, as the share dialog's snippet does). `element.controller` is its controller; it fires a
 * `pilot-atlas-select` event (detail: pilot id) when the user picks a pilot.
 */
export class PilotAtlasElement extends HTMLElement {
  static observedAttributes = [...STATE_ATTRIBUTES];
  controller: AtlasController | null = null;

  connectedCallback(): void {
    if (this.controller) return;
    if (!this.style.display) this.style.display = 'block';
    if (!this.style.height && this.clientHeight === 0) this.style.height = '420px';
    const container = document.createElement('div');
    container.style.cssText = 'position:relative;width:100%;height:100%';
    this.append(container);
    this.controller = mount(container, { state: stateOf(this), base: this.getAttribute('base') ?? DEFAULT_BASE });
    this.controller.on('select', (pilot) => this.dispatchEvent(new CustomEvent('pilot-atlas-select', { detail: pilot, bubbles: true })));
    void this.controller.ready.then(() => this.setAttribute('data-atlas-ready', 'true'));
  }

  attributeChangedCallback(): void {
    if (this.controller) this.controller.setState(stateOf(this));
  }

  disconnectedCallback(): void {
    // Moving the element (appendChild, insertBefore, a framework re-ordering a list) disconnects and
    // reconnects it in one go: its map is kept. Only an element still out of the document once the
    // current task's microtasks run is torn down.
    queueMicrotask(() => {
      if (this.isConnected || !this.controller) return;
      this.controller.destroy();
      this.controller = null;
      this.replaceChildren();
    });
  }
}

if (!customElements.get('pilot-atlas')) customElements.define('pilot-atlas', PilotAtlasElement);

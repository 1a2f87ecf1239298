import type { AtlasController } from '../mount.ts';
import { parseState, serializeState, type ViewState } from '../../core/url-state.ts';

/** Messages the embedded map understands and sends (type names are the API). */
export const MESSAGE = {
  setState: 'pilot-atlas:set-state',
  getState: 'pilot-atlas:get-state',
  ready: 'pilot-atlas:ready',
  state: 'pilot-atlas:state',
  select: 'pilot-atlas:select',
} as const;

/** A host's partial state, sanitised by the same parser as the URL: `{indicator: 'x', year: 2020}` or a query string. */
export function sanitiseState(input: unknown): Partial<ViewState> {
  let query = '';
  if (typeof input === 'string') query = input;
  else if (input && typeof input === 'object') {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      if (key === 'camera' && value && typeof value === 'object') {
        const c = value as { center?: unknown; zoom?: unknown };
        if (Array.isArray(c.center)) params.set('center', c.center.join(','));
        if (c.zoom !== undefined) params.set('zoom', String(c.zoom));
      } else if (value !== null && value !== undefined) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    query = params.toString();
  }
  const { state } = parseState(query);
  const given = new URLSearchParams(query);
  // Only the keys the host named change; a key given as null/empty clears it.
  const partial: Partial<ViewState> = {};
  for (const key of Object.keys(state) as (keyof ViewState)[]) {
    if (key === 'camera') {
      if (state.camera) partial.camera = state.camera;
    } else if (given.has(key)) (partial as Record<string, unknown>)[key] = state[key];
  }
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      if (value === null && key in state && key !== 'lang') (partial as Record<string, unknown>)[key] = null;
    }
  }
  return partial;
}

/**
 * The postMessage API of an embedded map: accepts `set-state` and `get-state` only from the
 * allowed origins, and tells each of them (and no one else) when the map is ready, when its state
 * changes and when the user selects a pilot.
 */
export function connectBridge(atlas: AtlasController, origins: readonly string[], target: Window | null = window.parent): () => void {
  if (origins.length === 0 || !target || target === window) return () => {};
  const post = (message: Record<string, unknown>) => {
    for (const origin of origins) target.postMessage(message, origin);
  };
  const onMessage = (event: MessageEvent) => {
    if (!origins.includes(event.origin) || event.source !== target) return;
    const data = event.data as { type?: unknown; state?: unknown } | null;
    if (!data || typeof data !== 'object') return;
    if (data.type === MESSAGE.setState) atlas.setState(sanitiseState(data.state));
    else if (data.type === MESSAGE.getState) post({ type: MESSAGE.state, query: serializeState(atlas.getState()) });
  };
  addEventListener('message', onMessage);
  const offs = [
    atlas.on('select', (pilot) => post({ type: MESSAGE.select, pilot })),
    atlas.on('state', (state) => post({ type: MESSAGE.state, query: serializeState(state) })),
  ];
  void atlas.ready.then(() => post({ type: MESSAGE.ready, query: serializeState(atlas.getState()) }));
  return () => {
    removeEventListener('message', onMessage);
    for (const off of offs) off();
  };
}

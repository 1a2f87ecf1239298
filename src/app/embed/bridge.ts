import type { AtlasController } from '../mount.ts';
import { serializeState } from '../../core/url-state.ts';
import { sanitiseState } from './sanitise.ts';

/** Messages the embedded map understands and sends (type names are the API). */
export const MESSAGE = {
  setState: 'pilot-atlas:set-state',
  getState: 'pilot-atlas:get-state',
  ready: 'pilot-atlas:ready',
  state: 'pilot-atlas:state',
  select: 'pilot-atlas:select',
} as const;

export { sanitiseState, MESSAGE_LIMITS } from './sanitise.ts';

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
    if (!data || typeof data !== 'object' || !Object.hasOwn(data, 'type')) return;
    if (data.type === MESSAGE.setState) {
      // Only own properties of the message: its prototype's are not the host's words.
      const { partial, warnings } = sanitiseState(Object.hasOwn(data, 'state') ? data.state : undefined);
      for (const warning of warnings) console.warn(`pilot-atlas: set-state ${warning}`);
      if (Object.keys(partial).length > 0) atlas.setState(partial);
    } else if (data.type === MESSAGE.getState) post({ type: MESSAGE.state, query: serializeState(atlas.getState()) });
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

import { parseState, serializeState } from '../../core/url-state.ts';
import type { AtlasController } from '../mount.ts';

/**
 * The URL follows the state: camera moves replace the entry, other changes add one; the back and
 * forward buttons bring the state back. `replaceNow`: the URL asked for values that were dropped.
 */
export function installHistory(atlas: AtlasController, replaceNow: boolean): void {
  let lastQuery = serializeState(atlas.getState());
  // What the URL asked for and the data does not have is dropped: the address shows what is applied.
  const replaceQuery = () => {
    lastQuery = serializeState(atlas.getState());
    history.replaceState(null, '', `${location.pathname}${lastQuery ? `?${lastQuery}` : ''}${location.hash}`);
  };
  if (replaceNow) replaceQuery();
  atlas.on('dropped', replaceQuery);
  let applyingHistory = false;
  atlas.on('state', (state) => {
    const query = serializeState(state);
    if (query === lastQuery || applyingHistory) {
      lastQuery = query;
      return;
    }
    const { camera: _a, ...rest } = state;
    const { camera: _b, ...previous } = parseState(lastQuery).state;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (JSON.stringify(rest) === JSON.stringify(previous)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastQuery = query;
  });
  addEventListener('popstate', () => {
    applyingHistory = true;
    atlas.setState(parseState(location.search).state);
    applyingHistory = false;
  });
}

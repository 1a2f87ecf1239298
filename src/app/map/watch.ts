import type { ViewState } from '../../core/url-state.ts';

/** Whether two values of the state are equal (cameras, bounds and breaks compare by value). */
export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The keys among `keys` whose values differ between two states. */
export const changedKeys = <K extends keyof ViewState>(keys: readonly K[], state: ViewState, previous: ViewState): K[] =>
  keys.filter((k) => !sameValue(state[k], previous[k]));

/**
 * Subscribes `fn` to state changes that touch one of `keys`: it is called with the new state and
 * the state this watcher last saw (every state event updates that, whether it fired or not).
 * Returns the function that unsubscribes.
 */
export function watchState<K extends keyof ViewState>(
  onState: (fn: (state: ViewState) => void) => () => void,
  current: ViewState,
  keys: readonly K[],
  fn: (state: ViewState, previous: ViewState) => void,
): () => void {
  let previous = current;
  return onState((state) => {
    const before = previous;
    previous = state;
    if (changedKeys(keys, state, before).length > 0) fn(state, before);
  });
}

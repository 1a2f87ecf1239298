import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../src/app/events.ts';
import { watchState } from '../../../src/app/map/watch.ts';
import { DEFAULT_STATE, mergeState, type ViewState } from '../../../src/core/url-state.ts';

describe('watchState', () => {
  const setUp = () => {
    const emitter = new Emitter<{ state: ViewState }>();
    let state = DEFAULT_STATE;
    const set = (partial: Partial<ViewState>) => emitter.emit('state', (state = mergeState(state, partial)));
    const calls: [ViewState, ViewState][] = [];
    watchState((fn) => emitter.on('state', fn), state, ['lang', 'pilot'], (s, p) => calls.push([s, p]));
    return { set, calls };
  };

  it('fires only when a watched key changed, with the state it last saw', () => {
    const { set, calls } = setUp();
    set({ camera: { center: [110, 30], zoom: 5, bearing: 0, pitch: 0 } });
    set({ indicator: 'area' });
    expect(calls).toHaveLength(0);
    set({ lang: 'en' });
    expect(calls).toHaveLength(1);
    expect(calls[0]![0].lang).toBe('en');
    expect(calls[0]![1].lang).toBe('zh');
    // The previous state is the last one seen, camera and measure included.
    expect(calls[0]![1].indicator).toBe('area');
    set({ lang: 'en' });
    expect(calls).toHaveLength(1);
    set({ pilot: 'beijing-fangshan' });
    expect(calls).toHaveLength(2);
    expect(calls[1]![1].pilot).toBeNull();
  });

  it('compares cameras and breaks by value, and unsubscribes', () => {
    const emitter = new Emitter<{ state: ViewState }>();
    const camera = { center: [110, 30] as [number, number], zoom: 5, bearing: 0, pitch: 0 };
    let fired = 0;
    const off = watchState((fn) => emitter.on('state', fn), { ...DEFAULT_STATE, camera }, ['camera'], () => fired++);
    emitter.emit('state', { ...DEFAULT_STATE, camera: { ...camera } });
    expect(fired).toBe(0);
    emitter.emit('state', { ...DEFAULT_STATE, camera: { ...camera, zoom: 6 } });
    expect(fired).toBe(1);
    off();
    emitter.emit('state', { ...DEFAULT_STATE, camera: { ...camera, zoom: 7 } });
    expect(fired).toBe(1);
  });
});

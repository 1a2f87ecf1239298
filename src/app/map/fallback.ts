import type { MapContext } from './context.ts';

/** Whether this browser can give the map a WebGL context. */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Without WebGL: the thematic map as SVG, following the state (src/app/nowebgl.ts, loaded only then). */
export async function startFallback(ctx: MapContext): Promise<void> {
  ctx.plan.cue.show(false);
  const { mountFallback } = await import('../nowebgl.ts');
  ctx.fallback = await mountFallback(ctx.element, ctx.data!, {
    state: () => ctx.state,
    onView: (v) => ctx.emitter.emit('view', (ctx.view = v)),
    onSelect: (id) => ctx.picking.select(id),
  });
  ctx.emitter.emit('ready', ctx.state);
}

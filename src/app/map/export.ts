import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapContext } from './context.ts';
import type { AtlasController } from './types.ts';
import { MOUNT_DEFAULTS } from './defaults.ts';
import { legendApproximateCount } from '../extent-legend.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Printing resizes the page (print.css): the map follows, and returns after. Returns the function that stops following. */
export function followPrint(map: MapLibreMap): () => void {
  const resize = () => map.resize();
  addEventListener('beforeprint', resize);
  addEventListener('afterprint', resize);
  return () => {
    removeEventListener('beforeprint', resize);
    removeEventListener('afterprint', resize);
  };
}

/**
 * A PNG of the current view at `scale` times its size on screen, with title, legend (the plan's
 * when one is shown), scale bar, north arrow, inset, source and date (src/map-export/png.ts). The map
 * (deck.gl's plan layers drawn within it, in its one canvas) is drawn again at that pixel ratio for it,
 * and returns to the screen's after.
 */
export async function exportPng(ctx: MapContext, scale: 1 | 2 | 4, text: Parameters<AtlasController['exportPng']>[1]): Promise<Blob> {
  if (ctx.fallback) throw ctx.fallback.needsWebGL('png');
  // The export code loads on first use.
  const { composePng, extentNotesCaveat, insetSvg, mercatorKmPerPx, niceScaleBar, svgImage, SVG_INSET_DEFAULTS } = await import('../../map-export/index.ts');
  const m = ctx.map!;
  const d = ctx.data!;
  const box = m.getContainer();
  const scaleBar = niceScaleBar(mercatorKmPerPx(m.getCenter().lat, m.getZoom()), 120);
  const shownId = ctx.plan.shownId;
  const planShown = shownId ? d.layoutById(shownId) : undefined;
  // The thematic legend as on the map: under a plan the pilots' fill fades and the plan's legend stands in for it.
  const view = planShown ? null : ctx.view;
  // Pilots drawn at a boundary with a note, named under the thematic legend (遵义县 drawn as 播州区).
  const extentNotes = view ? extentNotesCaveat(ctx.state.lang, view.shown) : undefined;
  const ratio = window.devicePixelRatio || 1;
  if (scale !== ratio) {
    m.setPixelRatio(scale);
    m.triggerRepaint();
    await new Promise<void>((resolve) => m.once('idle', () => resolve()));
    for (let i = 0; i < 2; i++) await frame();
  }
  try {
    const image = await svgImage(
      insetSvg({ land: d.basemap.land, provinces: d.china.provinces, provinceLines: d.china.provinceLines, outline: d.china.outline, islands: d.southChinaSea }, ctx.state.lang),
    );
    return await composePng({
      mapCanvas: m.getCanvas(),
      scale,
      width: box.clientWidth,
      height: box.clientHeight,
      ...text,
      ...(view ? { legend: view.model, approximate: legendApproximateCount(view.shown, ctx.state.agg === 'province') } : {}),
      ...(extentNotes ? { extentNotes } : {}),
      ...(planShown ? { plan: planShown } : {}),
      scaleBar,
      lang: ctx.state.lang,
      ...(m.getZoom() <= MOUNT_DEFAULTS.insetMaxZoom ? { inset: { image, width: SVG_INSET_DEFAULTS.width, height: SVG_INSET_DEFAULTS.height } } : {}),
    });
  } finally {
    if (scale !== ratio) {
      m.setPixelRatio(ratio);
    }
  }
}

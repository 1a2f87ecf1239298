import type { LayoutFeature } from '../../core/layout/features.ts';
import { PILOT_FILL_LAYER, PLAN_HIDDEN_LABEL_LAYERS } from '../../render/layer-ids.ts';
import { PILOT_FILL_OPACITY } from '../../render/pilots-style.ts';
import { layoutLegend } from '../layout-legend.ts';
import { PlanDetail, legendPadding, planLoadingCue } from '../plan-detail.ts';
import { layoutFeatureLoader } from '../layout-features.ts';
import { motionMs } from '../../render/motion.ts';
import { fromFeature } from '../../render/shared-programs.ts';
import type { PlanPart, MapContext } from './context.ts';
import { setVisible } from '../../render/visibility.ts';

/**
 * The plan overlay: the compiled plan of the state (features load on first use) or the editor's
 * draft, drawn by deck.gl (loaded when first needed), with its legend, a cue while it loads, and its elements' detail card.
 */
export class PlanOverlay implements PlanPart {
  /** The tooltip text and detail card of plan elements (plan-detail.ts). */
  readonly details: PlanDetail;
  /** A status line while a plan loads. */
  readonly cue: ReturnType<typeof planLoadingCue>;
  /** The plan's legend. */
  readonly legend = document.createElement('div');
  /** The plan drawn, and the editor's draft. */
  private drawn: { id: string; features: LayoutFeature[] } | null = null;
  private draft: LayoutFeature[] | null = null;
  private readonly loadFeatures: ReturnType<typeof layoutFeatureLoader>;

  constructor(private readonly ctx: MapContext) {
    const { element, base, state, emitter } = ctx;
    this.details = new PlanDetail(element, base, state.lang, { onSource: (ref) => emitter.emit('source', ref) });
    this.cue = planLoadingCue(element, state.lang);
    if (state.layout) this.cue.show(true);
    this.legend.className = 'layout-legend-box';
    this.loadFeatures = layoutFeatureLoader(base);
    // A plan's link: its features load while the map does (a failure is said when the plan is shown).
    if (state.layout) this.loadFeatures().catch(() => undefined);
  }

  /** The id of the plan drawn (null: none). */
  get shownId(): string | null {
    return this.drawn?.id ?? null;
  }

  /** Whether a plan or a draft is drawn (camera moves then re-place their labels). */
  get active(): boolean {
    return this.drawn !== null || this.draft !== null;
  }

  /** The features of the plan drawn and of the draft (deck.ts draws them). */
  features(): { drawn: LayoutFeature[] | null; draft: LayoutFeature[] | null } {
    return { drawn: this.drawn?.features ?? null, draft: this.draft };
  }

  /** Padding that frames a plan clear of the legends and of the title over the map. */
  padding(): { top: number; right: number; bottom: number; left: number } {
    const { element, thematic } = this.ctx;
    const padding = legendPadding(element, [this.legend, thematic.legend]);
    const box = element.getBoundingClientRect();
    const title = thematic.title.getBoundingClientRect();
    if (title.height > 0) padding.top = Math.max(padding.top, Math.ceil(title.bottom - box.top) + 12);
    // The thematic settings, open in the top-left corner, are kept clear of beside them where that leaves room.
    const settings = element.querySelector<HTMLElement>('.thematic-controls')?.getBoundingClientRect();
    if (settings && settings.height > 0 && settings.right - box.left < box.width * 0.35) padding.left = Math.max(padding.left, Math.ceil(settings.right - box.left) + 12);
    return padding;
  }

  /**
   * Under a plan overlay (shipped or draft) the pilots' fill fades and the base map's county and
   * prefecture names and the pilots' names step aside: the plan labels its own places.
   */
  private dim(): void {
    const { map } = this.ctx;
    if (!map) return;
    const faded = this.active;
    // Read through the feature, as at rest: the fill keeps the program the first view linked.
    map.setPaintProperty(PILOT_FILL_LAYER, 'fill-opacity', faded ? fromFeature(0.05) : PILOT_FILL_OPACITY);
    for (const id of PLAN_HIDDEN_LABEL_LAYERS) setVisible(map, id, !faded);
  }

  /** The legend of `plan` before the map exists (a plan's link is framed clear of it). */
  async showLegendFirst(id: string): Promise<void> {
    const { data, state, emitter } = this.ctx;
    const plan = data!.layoutById(id)!;
    this.legend.replaceChildren(layoutLegend(plan, state.lang, (ref) => emitter.emit('source', ref), await this.details.of(plan.id)));
  }

  /** Draws the layout of the state (or none), its legend, and flies to it when asked. */
  async show(fly: boolean): Promise<void> {
    const ctx = this.ctx;
    const id = ctx.state.layout;
    const entry = id ? ctx.data?.layoutById(id) : undefined;
    if (id && !entry) console.warn(`pilot-atlas: unknown layout "${id}"`);
    if (this.drawn?.id !== entry?.id) this.details.hide();
    this.cue.show(Boolean(entry && this.drawn?.id !== entry.id), ctx.state.lang);
    let loaded: [Map<string, LayoutFeature[]> | null, Awaited<ReturnType<PlanDetail['of']>> | undefined];
    try {
      loaded = entry ? await Promise.all([this.loadFeatures(), this.details.of(entry.id)]) : [null, undefined];
    } catch (error) {
      // The plan cannot be drawn: say so, and leave the pick free to try again.
      console.warn(`pilot-atlas: ${(error as Error).message}`);
      if (ctx.state.layout === id) {
        this.cue.show(false);
        ctx.frame.showProblem(error);
        this.drawn = null;
        ctx.setState({ layout: null });
      }
      return;
    }
    const [byLayout, details] = loaded;
    this.drawn = entry && byLayout ? { id: entry.id, features: byLayout.get(entry.id) ?? [] } : null;
    if (ctx.state.layout !== id) return; // a newer request won
    this.legend.replaceChildren(...(entry ? [layoutLegend(entry, ctx.state.lang, (ref) => ctx.emitter.emit('source', ref), details)] : []));
    this.legend.hidden = !entry;
    ctx.thematic.legend.hidden = !ctx.view || ctx.user.shown || Boolean(entry);
    if (!ctx.user.shown) ctx.thematic.renderTitle();
    if (ctx.map) {
      this.dim();
      // Framed clear of the legend: no element under it.
      if (entry && fly) {
        ctx.state = { ...ctx.state, bounds: null };
        ctx.map.fitBounds(entry.bbox, { padding: this.padding(), duration: motionMs(1200), maxZoom: 11 });
      }
    }
    ctx.redraw();
    if (entry) await new Promise((resolve) => requestAnimationFrame(resolve));
    if (ctx.state.layout === id) this.cue.show(false);
  }

  /** Draws a draft layout (the editor's) over the map; null clears it. Flies to it when asked. */
  setDraft(features: LayoutFeature[] | null, fly: boolean): void {
    const { map } = this.ctx;
    this.draft = features;
    this.ctx.redraw();
    this.dim();
    if (!map || !features || !fly) return;
    const points = features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : []));
    if (points.length === 0) return;
    const xs = points.map((p) => p[0]!);
    const ys = points.map((p) => p[1]!);
    map.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 80, duration: motionMs(800), maxZoom: 10 });
  }
}

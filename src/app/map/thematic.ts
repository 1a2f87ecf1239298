import type { GeoJSONSource } from 'maplibre-gl';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import { splitPilots } from '../../render/pilots-style.ts';
import { PILOT_FILL_LAYER, PILOT_LABEL_SOURCE, PILOT_POINT_SOURCE, PILOT_SOURCE, PROVINCE_CHOROPLETH_LAYER, PROVINCE_SOURCE } from '../../render/layer-ids.ts';
import { thematicLegend } from '../thematic-legend.ts';
import { mapTitleText, planTitleText, renderMapTitle } from '../map-title.ts';
import { provinceNamer } from '../province-names.ts';
import { drawProvinceMeans } from '../province-view.ts';
import { boundsOf, frameBounds } from '../frame.ts';
import { motionMs } from '../../render/motion.ts';
import { featureDiff } from '../../render/geojson-diff.ts';
import type { MapContext, PilotSources, ThematicPart } from './context.ts';
import { MOUNT_DEFAULTS } from './defaults.ts';
import { shownPilots, thematicSources } from './thematic-sources.ts';
import { setVisible } from '../../render/visibility.ts';

/** What tells one set of the pilots' sources from another: the pilots shown, their colours and label languages. */
const sourcesKey = ({ areas, markers, labels }: PilotSources): string =>
  JSON.stringify([areas.features.map((f) => [f.properties.id, (f.properties as { colour?: string }).colour]), markers.features.length, labels.features.length]);

/** The thematic map: the pilots' fills by the chosen measure (or the province view), its legend and the title over the map. */
export class ThematicLayer implements ThematicPart {
  readonly legend = document.createElement('div');
  readonly title = document.createElement('div');
  /** Province names by language, built once from the boundaries. */
  private provinceName: ReturnType<typeof provinceNamer> | null = null;

  constructor(private readonly ctx: MapContext) {
    this.legend.className = 'thematic-legend-box';
    this.title.className = 'map-title';
    this.title.setAttribute('aria-live', 'polite');
  }

  /** Pilot features that pass the filters. */
  shown(): PilotFeature[] {
    const { data, state } = this.ctx;
    return data ? shownPilots(state, data) : [];
  }

  /**
   * The sources last given to the map (by the first view's style or by apply) and their key: the same
   * key is not sent again, a new one only as what changed (src/render/geojson-diff.ts).
   */
  private sent: { key: string; sources: PilotSources } | null = null;

  /** The thematic view of the state (kept as the context's view) and the pilots' sources it colours. */
  private viewAndSources(): PilotSources {
    const { data, state } = this.ctx;
    const { view, sources } = data ? thematicSources(state, data) : { view: null, sources: splitPilots({ type: 'FeatureCollection', features: [] }) };
    this.ctx.view = view;
    return sources;
  }

  pilotSources(): PilotSources {
    const split = this.viewAndSources();
    this.sent = { key: sourcesKey(split), sources: split };
    return split;
  }

  /** Gives a keyed source its new features: the diff from what it holds, else the whole collection. */
  private send(id: string, before: GeoJSON.FeatureCollection | undefined, after: GeoJSON.FeatureCollection): void {
    const source = this.ctx.map!.getSource(id) as GeoJSONSource;
    const diff = before ? featureDiff(before.features, after.features, 'id') : null;
    if (diff) {
      if (Object.keys(diff).length > 0) void source.updateData(diff);
    } else void source.setData(after);
  }

  /** The title and legend of the view pilotSources() computed, shown with the first view's preview, before the map has drawn. */
  showFirstLegend(): void {
    const { view, state } = this.ctx;
    this.renderTitle();
    this.legend.replaceChildren(...(view ? [thematicLegend(view, state.lang, state.agg === 'province')] : []));
    this.placeLegend();
  }

  /** Recomputes the thematic view and redraws fills, markers, labels, the province view and the legend. */
  apply(): void {
    const ctx = this.ctx;
    const { data, map, state } = ctx;
    if (!data || !map) return;
    const split = this.viewAndSources();
    const view = ctx.view;
    // The first view's style holds these already: sent again, the map's worker would tile them again.
    const key = sourcesKey(split);
    if (key !== this.sent?.key) {
      // The areas and markers (keyed by id) get what changed: a person's document adds its units and recolours the others.
      this.send(PILOT_SOURCE, this.sent?.sources.areas, split.areas);
      (map.getSource(PILOT_LABEL_SOURCE) as GeoJSONSource).setData(split.labels);
      this.send(PILOT_POINT_SOURCE, this.sent?.sources.markers, split.markers);
      this.sent = { key, sources: split };
    }
    const byProvince = view !== null && state.agg === 'province';
    // A person's own figures, while shown, stand in for the pilots' fill and legend.
    const mine = ctx.user.shown;
    setVisible(map, PROVINCE_CHOROPLETH_LAYER, byProvince && !mine);
    setVisible(map, PILOT_FILL_LAYER, !byProvince && !mine);
    if (byProvince && view) {
      const means = new Map(view.provinces.map((p) => [p.province, p.mean]));
      for (const f of data.china.provinces.features) {
        const mean = means.get(f.properties.name);
        map.setFeatureState({ source: PROVINCE_SOURCE, id: f.properties.id }, { colour: mean === undefined ? null : mean === null ? view.model.noData.colour : view.colourOfValue(mean) });
      }
    }
    if (!mine) this.renderTitle();
    else ctx.user.render();
    drawProvinceMeans(map, data.china, view, state.lang, byProvince && !mine);
    this.legend.replaceChildren(...(view ? [thematicLegend(view, state.lang, byProvince)] : []));
    this.placeLegend();
    ctx.redraw();
    ctx.emitter.emit('view', view);
  }

  /** Under a plan the pilots' fill fades to a trace, and a person's file has its own legend: the measure's legend steps aside. */
  placeLegend(): void {
    this.legend.hidden = !this.ctx.view || this.ctx.user.shown || Boolean(this.ctx.state.layout);
  }

  /** The title over the map: the plan shown, else the measure (a person's own file titles itself). */
  renderTitle(): void {
    const { data, state, view } = this.ctx;
    if (!data) return;
    const plan = state.layout ? data.layoutById(state.layout) : undefined;
    const owner = plan ? data.pilotById(plan.pilot)?.properties : undefined;
    if (plan) return renderMapTitle(this.title, planTitleText(plan, owner ? (state.lang === 'zh' ? owner.name : owner.nameEn) : plan.pilot, state.lang));
    const shown = this.shown().length;
    const provinceName = (this.provinceName ??= provinceNamer(data.china));
    renderMapTitle(this.title, mapTitleText(state, view, { shown, total: data.pilots.features.length, documents: data.documents, provinceName }));
  }

  /** Frames the pilots the filters leave (the whole country when no filter is set). */
  frameShown(animate: boolean): void {
    const { map, state } = this.ctx;
    if (!map) return;
    if (!(state.province || state.level || state.doc)) {
      map.fitBounds(MOUNT_DEFAULTS.homeBounds, { padding: MOUNT_DEFAULTS.padding, duration: animate ? motionMs(900) : 0 });
      return;
    }
    const bounds = boundsOf(this.shown());
    if (bounds) frameBounds(map, bounds, { animate, maxZoom: 9 });
  }
}

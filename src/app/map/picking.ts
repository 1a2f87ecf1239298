import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PickingInfo } from '@deck.gl/core';
import type { Lang } from '../../core/url-state.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { LayoutFeature } from '../../core/layout/features.ts';
import { formatValue } from '../../core/format.ts';
import { PILOT_FILL_LAYER, PILOT_POINT_LAYER, PILOT_POINT_SOURCE, PILOT_SOURCE } from '../../render/layer-ids.ts';
import { markerPosition } from '../../render/pilots-style.ts';
import { t } from '../i18n.ts';
import { Tooltip } from '../tooltip.ts';
import { isPlanFeature } from '../plan-detail.ts';
import type { PickingPart, MapContext } from './context.ts';

/** Pointing at the map: hover (feature-state, tooltip, cursor) and picks of pilots (MapLibre) and plan elements (deck.gl). */
export class Picking implements PickingPart {
  /** The pilot under the pointer. */
  hovered: string | null = null;
  private readonly tooltip: Tooltip;
  /** While a person places a point (the layout editor): who takes the map's clicks. */
  private taker: ((at: [number, number]) => void) | null = null;
  /** The click a taker took: deck.gl hears it too, and must not open a card for it. */
  private taken = false;

  constructor(private readonly ctx: MapContext) {
    this.tooltip = new Tooltip(ctx.element);
  }

  /** The tooltip of a pilot: its name (flagged when drawn at an approximate extent, or with a note on its extent) and its value. */
  private label(id: string, lang: Lang): string {
    const { data, view } = this.ctx;
    const p = data?.pilotById(id)?.properties;
    const shown = p ? (lang === 'zh' ? p.name : p.nameEn) : id;
    const flag = p?.extent === 'approximate' ? t(lang, 'approximateExtent') : p?.extentNote ? t(lang, 'extentNoted') : null;
    const name = flag ? `${shown}（${flag}）` : shown;
    if (!view) return name;
    const v = view.values.get(id);
    const year = v?.year ? (lang === 'zh' ? `（${v.year}年）` : ` (${v.year})`) : '';
    const value = v ? `${formatValue(v.value, v.qualifier, view.model.unit, lang)}${year}` : view.model.noData.label;
    return `${name}${lang === 'zh' ? '：' : ': '}${value}`;
  }

  /** Sets a pilot's feature-state flag: on its area, and on its marker (towns, zones, approximate extents). */
  setFlag(id: string | null, key: 'hover' | 'selected', value: boolean): void {
    const { map, data } = this.ctx;
    const pilot = id ? data?.pilotById(id) : undefined;
    if (!map || !id || !pilot) return;
    if (pilot.geometry.type !== 'Point') map.setFeatureState({ source: PILOT_SOURCE, id }, { [key]: value });
    if (markerPosition(pilot)) map.setFeatureState({ source: PILOT_POINT_SOURCE, id }, { [key]: value });
  }

  hover(id: string | null, x = 0, y = 0): void {
    if (id !== this.hovered) {
      this.setFlag(this.hovered, 'hover', false);
      this.setFlag(id, 'hover', true);
      this.hovered = id;
    }
    if (id) this.tooltip.show(this.label(id, this.ctx.state.lang), x, y);
    else this.tooltip.hide();
    if (this.ctx.map) this.ctx.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  /** Hovering a plan element: its tooltip (label, kind, whose the members are). */
  private hoverPlan(object: { properties: LayoutFeature['properties'] }, layer: string | undefined, x: number, y: number): void {
    this.hover(null);
    this.tooltip.show(this.ctx.plan.details.tooltip(object.properties, this.ctx.state.lang, layer?.startsWith('draft') ?? false), x, y);
    if (this.ctx.map) this.ctx.map.getCanvas().style.cursor = 'pointer';
  }

  select(id: string | null): void {
    this.ctx.plan.details.hide();
    // The panel now says what the tooltip said: a tooltip left over would be stale.
    this.tooltip.hide();
    this.ctx.emitter.emit('select', id);
    this.ctx.setState({ pilot: id });
  }

  /** deck.gl's hover handler. */
  onDeckHover(info: PickingInfo<PilotFeature>): void {
    if (isPlanFeature(info.object)) this.hoverPlan(info.object, info.layer?.id, info.x, info.y);
    else if (info.object) this.hover(info.object.properties.id, info.x, info.y);
  }

  takeClicks(take: (at: [number, number]) => void): () => void {
    this.taker = take;
    this.hover(null);
    const canvas = this.ctx.map?.getCanvas();
    if (canvas) canvas.style.cursor = 'crosshair';
    return () => {
      if (this.taker !== take) return;
      this.taker = null;
      if (canvas) canvas.style.cursor = '';
    };
  }

  /** deck.gl's click handler. */
  onDeckClick(info: PickingInfo<PilotFeature>): void {
    if (this.taker || this.taken) return;
    if (isPlanFeature(info.object)) this.ctx.plan.details.show(info.object.properties, this.ctx.state.lang, info.layer?.id.startsWith('draft') ?? false);
    else if (info.object) this.select(info.object.properties.id);
  }

  /** The map's own pointer events: deck.gl's objects (plans) first, then the pilots' markers, then their fill. */
  attach(map: MapLibreMap): void {
    const deckPick = (x: number, y: number) => this.ctx.overlay?.pickObject({ x, y, radius: 2 }) as PickingInfo<PilotFeature> | null;
    const pilotAt = (point: Parameters<MapLibreMap['queryRenderedFeatures']>[0]) => map.queryRenderedFeatures(point, { layers: [PILOT_POINT_LAYER, PILOT_FILL_LAYER] })[0];
    map.on('mousemove', (e) => {
      if (this.taker) return;
      const pick = deckPick(e.point.x, e.point.y);
      if (isPlanFeature(pick?.object)) return this.hoverPlan(pick.object, pick.layer?.id, e.point.x, e.point.y);
      if (pick?.object) return this.hover(pick.object.properties.id, e.point.x, e.point.y);
      const hit = pilotAt(e.point);
      this.hover(hit ? String(hit.properties.id) : null, e.point.x, e.point.y);
    });
    map.getCanvas().addEventListener('mouseleave', () => this.hover(null));
    map.on('click', (e) => {
      if (this.taker) {
        this.taken = true;
        setTimeout(() => (this.taken = false), 0);
        return this.taker([e.lngLat.lng, e.lngLat.lat]);
      }
      if (deckPick(e.point.x, e.point.y)?.object) return; // deck's onClick handles it
      const hit = pilotAt(e.point);
      this.select(hit ? String(hit.properties.id) : null);
    });
  }
}

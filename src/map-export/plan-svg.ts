import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point, Polygon } from 'geojson';
import type { LayoutFeature, LayoutFeatureProps } from '../core/layout/features.ts';
import { arrowheads } from '../core/layout/arrows.ts';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { Lang } from '../core/url-state.ts';
import { CHINA_PALETTE } from '../render/china-style.ts';
import { hiddenLabels, LABEL_SIZE, labelText } from '../render/layout/layout-layers.ts';
import { PALETTE, rgba, styleOf } from '../render/palette.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { FONT_FAMILY, INK } from './export-style.ts';
import { sourceLine } from './labels.ts';
import { planLegendContent, type PlanLegend } from './legend-content.ts';
import { estimateText, layoutLegend } from './legend-layout.ts';
import { kmPerPx, type Box, type Extent } from './projection.ts';
import { niceScaleBar } from './scale-bar.ts';
import { svgDocument, svgNorthArrow, svgPageHead, svgScaleBar } from './svg-furniture.ts';
import { svgLegend } from './svg-legend.ts';
import { forD3, pathWriter } from './svg-path.ts';
import { withCredits } from './svg-source.ts';
import { xmlEl, textEl } from './xml.ts';

export interface PlanSvgInput {
  /** The plan as the layouts index lists it: formula, element kinds, extent of its features. */
  plan: PlanLegend & { bbox: Extent };
  /** Its compiled features (layouts.geojson, those of this layout). */
  features: LayoutFeature[];
  /** China's layers (src/core/china-topology.ts). */
  china: { provinces: FeatureCollection; countyLines: MultiLineString; prefectureLines: MultiLineString; provinceLines: MultiLineString; outline: MultiLineString };
  /** Natural Earth land (AtlasData.basemap.land). */
  land: FeatureCollection;
  /** pilots.geojson: their areas are outlined under the plan, their towns dotted, as on the map. */
  pilots: FeatureCollection<Geometry, PilotProps>;
  title: string;
  subtitle?: string;
  source: string;
  date: string;
  lang: Lang;
}

/** Defaults of the plan SVG. */
export const PLAN_SVG_DEFAULTS = {
  width: 1200,
  height: 900,
  margin: 24,
  /** Height of the title block above the map frame, px. */
  header: 78,
  /** Least height below the frame for the credits, px (more when they wrap). */
  footer: 30,
  /** Room around the plan's extent inside the frame, px. */
  padding: 48,
  scaleBarMax: 160,
};

export type PlanSvgOptions = typeof PLAN_SVG_DEFAULTS;

const PROJECTION_NOTE: Record<Lang, string> = {
  zh: '墨卡托投影，与网页地图相同。',
  en: 'Mercator projection, as on the web map.',
};

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;

/** Drawing order of areas, as the overlay: broad bands first, cores last (on top). */
const AREA_ORDER = ['belt', 'axis', 'corridor', 'zone', 'cluster', 'circle', 'core'];

/** The plan's features as SVG groups: areas, lines and arrowheads, points, and the labels the map would show. */
function planMarks(features: LayoutFeature[], lang: Lang, projection: GeoProjection, path: (g: Feature | Geometry) => string, frame: Box) {
  const [[x0, y0], [x1, y1]] = frame;
  const by = (role: LayoutFeatureProps['role']) => features.filter((f) => f.properties.role === role);
  const areas = by('area')
    .sort((a, b) => AREA_ORDER.indexOf(a.properties.kind) - AREA_ORDER.indexOf(b.properties.kind))
    .map((f) => {
      const style = styleOf(f.properties.kind);
      const kind = f.properties.kind;
      const d = path(forD3(f));
      if (d === '') return '';
      return xmlEl('path', {
        d,
        fill: rgb(style.fill),
        'fill-opacity': +(style.fill[3] / 255).toFixed(2),
        stroke: kind === 'belt' || kind === 'axis' ? 'none' : rgba(style.line),
        'stroke-width': kind === 'core' ? 2.5 : 1.6,
        'stroke-dasharray': kind === 'circle' ? '6 4' : kind === 'cluster' ? '3 3' : null,
        'stroke-linejoin': 'round',
        'data-kind': kind,
      }, [textEl('title', {}, f.properties.label)]);
    });
  const lines = [...by('centreline'), ...by('line')] as Feature<LineString, LayoutFeatureProps>[];
  const paths = lines.map((f) =>
    xmlEl('path', {
      d: path(f.geometry),
      fill: 'none',
      stroke: rgba(styleOf(f.properties.kind).line),
      'stroke-width': f.properties.role === 'centreline' ? 2.5 : 2,
      'stroke-dasharray': f.properties.role === 'line' ? '5 3' : null,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'data-kind': f.properties.kind,
    }),
  );
  const heads = lines.flatMap((l) => arrowheads(l)).map((f) => xmlEl('path', { d: path(forD3(f)), fill: rgba(styleOf(f.properties.kind).line) }));
  const inFrame = ([x, y]: [number, number]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const points = (by('point') as Feature<Point, LayoutFeatureProps>[]).flatMap((f) => {
    const at = projection(f.geometry.coordinates as [number, number]);
    if (!at || !inFrame(at)) return [];
    const node = f.properties.kind === 'node';
    return [xmlEl('circle', { cx: at[0], cy: at[1], r: node ? 6 : 3.5, fill: node ? rgb(styleOf('node').fill) : 'rgba(60,52,44,0.9)', stroke: '#fff', 'stroke-width': 1.5 })];
  });
  const hidden = hiddenLabels(features, lang, (at) => {
    const [x, y] = projection(at) ?? [NaN, NaN];
    return { x, y };
  });
  const halo = { stroke: 'rgba(255,255,255,0.94)', 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const labels: string[] = [];
  for (const f of [...by('point'), ...by('label')] as Feature<Point, LayoutFeatureProps>[]) {
    if (hidden.has(f)) continue;
    const at = projection(f.geometry.coordinates as [number, number]);
    if (!at || !inFrame(at)) continue;
    const text = labelText(f, lang);
    if (f.properties.role === 'point') {
      labels.push(textEl('text', { x: at[0] + 8, y: at[1], 'dominant-baseline': 'central', 'font-size': LABEL_SIZE.member, 'font-weight': 500, fill: 'rgb(60,52,44)', 'stroke-width': 3, ...halo, class: 'plan-member' }, text));
    } else {
      const core = f.properties.kind === 'core';
      const [r, g, b] = styleOf(f.properties.kind).line;
      labels.push(
        textEl('text', { x: at[0], y: at[1], 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': core ? LABEL_SIZE.core : LABEL_SIZE.element, 'font-weight': 'bold', fill: rgb([r!, g!, b!]), 'stroke-width': 4, ...halo, class: 'plan-label' }, text),
      );
    }
  }
  return { areas, lines: [...paths, ...heads], points, labels };
}

/** Pilots under the plan: their areas faintly filled and outlined, their towns as dots, as the map draws them. */
function pilotMarks(pilots: FeatureCollection<Geometry, PilotProps>, lang: Lang, projection: GeoProjection, path: (g: Feature | Geometry) => string, frame: Box) {
  const [[x0, y0], [x1, y1]] = frame;
  const areas: string[] = [];
  const towns: string[] = [];
  for (const f of pilots.features) {
    const tip = textEl('title', {}, lang === 'zh' ? f.properties.name : f.properties.nameEn);
    if (f.geometry.type === 'Point') {
      const at = projection(f.geometry.coordinates as [number, number]);
      if (!at || at[0] < x0 || at[0] > x1 || at[1] < y0 || at[1] > y1) continue;
      towns.push(xmlEl('circle', { cx: at[0], cy: at[1], r: 6, fill: PILOT_PALETTE.fill, stroke: '#fff', 'stroke-width': 1.5, 'data-id': f.properties.id }, [tip]));
    } else {
      const d = path(forD3({ type: 'Feature', properties: {}, geometry: f.geometry }));
      if (d !== '') areas.push(xmlEl('path', { d, fill: PILOT_PALETTE.fill, 'fill-opacity': 0.06, stroke: PILOT_PALETTE.outline, 'stroke-width': 1.2, 'data-id': f.properties.id }, [tip]));
    }
  }
  return { areas, towns };
}

/**
 * A plan overlay as a standalone SVG document (a string): the plan's compiled features drawn as the
 * live overlay draws them (areas by kind, centrelines and links with arrowheads, nodes and member
 * places, the labels that do not collide), framed to the plan's extent in the web map's Mercator,
 * over China's land, county, prefecture and province borders and the pilots; with its title, the
 * plan's legend (which says it is a schematic), scale bar, north arrow, and the source and date lines
 * wrapped to the page. All text is escaped (xml.ts).
 */
export function planSvg(input: PlanSvgInput, options: Partial<PlanSvgOptions> = {}): string {
  const defaults: PlanSvgOptions = { ...PLAN_SVG_DEFAULTS, ...options };
  const { lang } = input;
  const { o, credits } = withCredits(defaults, sourceLine(input.source, input.date, lang));
  const frame: Box = [[o.margin, o.margin + o.header], [o.width - o.margin, o.height - o.margin - o.footer]];
  const [[x0, y0], [x1, y1]] = frame;
  const [w, s, e, n] = input.plan.bbox;
  const extent: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] } };
  const projection = geoMercator()
    .fitExtent([[x0 + o.padding, y0 + o.padding], [x1 - o.padding, y1 - o.padding]], extent)
    .clipExtent(frame);
  const path = pathWriter(projection);
  const paths = (fc: FeatureCollection, attrs: Record<string, string | number>) =>
    forD3(fc).features.map((f) => path(f)).filter((d) => d !== '').map((d) => xmlEl('path', { d, ...attrs }));

  const plan = planMarks(input.features, lang, projection, path, frame);
  const pilots = pilotMarks(input.pilots, lang, projection, path, frame);
  const line = (g: MultiLineString, attrs: Record<string, string | number>) => {
    const d = path(g);
    return d === '' ? '' : xmlEl('path', { d, fill: 'none', 'stroke-linejoin': 'round', ...attrs });
  };
  const map = xmlEl('g', { id: 'map', class: 'map' }, [
    xmlEl('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: PALETTE.sea }),
    xmlEl('g', { class: 'land' }, paths(input.land, { fill: PALETTE.land, stroke: PALETTE.coast, 'stroke-width': 0.6 })),
    xmlEl('g', { class: 'provinces' }, paths(input.china.provinces, { fill: CHINA_PALETTE.land })),
    line(input.china.countyLines, { class: 'county-lines', stroke: CHINA_PALETTE.county, 'stroke-width': 0.5 }),
    line(input.china.prefectureLines, { class: 'prefecture-lines', stroke: CHINA_PALETTE.prefecture, 'stroke-width': 0.8 }),
    line(input.china.provinceLines, { class: 'province-lines', stroke: CHINA_PALETTE.province, 'stroke-width': 1.1, 'stroke-dasharray': '6 2 1.5 2' }),
    line(input.china.outline, { class: 'outline', stroke: CHINA_PALETTE.outline, 'stroke-width': 1.4 }),
    xmlEl('g', { class: 'pilot-areas' }, pilots.areas),
    xmlEl('g', { class: 'plan-areas' }, plan.areas.filter((a) => a !== '')),
    xmlEl('g', { class: 'plan-lines' }, plan.lines),
    xmlEl('g', { class: 'pilot-points' }, pilots.towns),
    xmlEl('g', { class: 'plan-points' }, plan.points),
    xmlEl('g', { class: 'plan-labels', 'font-family': FONT_FAMILY }, plan.labels),
  ]);

  const legend = layoutLegend(planLegendContent(input.plan, lang), estimateText);
  const centre: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const scaleBar = niceScaleBar(kmPerPx(projection, centre), o.scaleBarMax);
  const body = [
    ...svgPageHead(o, { ...input, projection: PROJECTION_NOTE[lang] }, lang),
    map,
    xmlEl('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: 'none', stroke: INK, 'stroke-width': 1 }),
    svgNorthArrow(x1 - 36, y0 + 34, lang),
    svgLegend(legend, x1 - 12 - legend.width, y1 - 12 - legend.height),
    svgScaleBar(scaleBar, x0 + 14, y1 - 16 - 6, lang),
    ...credits.lines(o.height),
  ];
  return svgDocument(o.width, o.height, lang, body);
}

import { GeoJsonLayer, PathLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import type { LayoutFeature, LayoutFeatureProps } from '../../core/layout/features.ts';
import { arrowheads } from '../../core/layout/arrows.ts';
import type { Lang } from '../../core/url-state.ts';
import { FONT_STACK, styleOf } from '../palette.ts';
import { declutter, textWidth, type LabelBox } from '../../core/declutter.ts';

/** The text of a label or point in a language (English falls back to Chinese). */
export const labelText = (f: Feature<Point, LayoutFeatureProps>, lang: Lang) =>
  lang === 'en' ? (f.properties.labelEn ?? f.properties.label) : f.properties.label;

/** Text sizes, px: the names of elements, of cores, and of member places. */
export const LABEL_SIZE = { element: 15, core: 17, member: 13 };

/** Where a circle's name stands from its centre, px (up); other names stand on their point. */
const CIRCLE_LABEL_OFFSET: [number, number] = [0, -13];
const NO_OFFSET: [number, number] = [0, 0];

/**
 * Screen boxes of a layout's labels, for decluttering: element names centred on their point (a
 * circle's just above it), member names to the right of their marker. Priority: cores, other
 * elements, nodes, members.
 */
export function labelBoxes(features: LayoutFeature[], lang: Lang, project: (at: [number, number]) => { x: number; y: number }) {
  const entries: { feature: LayoutFeature; box: LabelBox }[] = [];
  for (const f of features) {
    if (f.geometry.type !== 'Point' || (f.properties.role !== 'label' && f.properties.role !== 'point')) continue;
    const point = f as Feature<Point, LayoutFeatureProps>;
    const { x, y } = project(point.geometry.coordinates as [number, number]);
    const element = f.properties.role === 'label';
    const size = element ? (f.properties.kind === 'core' ? LABEL_SIZE.core : LABEL_SIZE.element) : LABEL_SIZE.member;
    const width = textWidth(labelText(point, lang), size) * 1.05 + 6;
    const height = size + 4;
    const priority = element ? (f.properties.kind === 'core' ? 4 : 3) : f.properties.kind === 'node' ? 2 : 1;
    const dy = element && f.properties.kind === 'circle' ? CIRCLE_LABEL_OFFSET[1] : 0;
    entries.push({ feature: f, box: { x: element ? x - width / 2 : x + 6, y: y + dy - height / 2, width, height, priority } });
  }
  return entries;
}

/** The labels of a layout that would collide with a more important one at the current view. */
export function hiddenLabels(features: LayoutFeature[], lang: Lang, project: (at: [number, number]) => { x: number; y: number }): Set<LayoutFeature> {
  const entries = labelBoxes(features, lang, project);
  const visible = declutter(entries.map((e) => e.box));
  return new Set(entries.filter((_, i) => !visible[i]).map((e) => e.feature));
}

/** Drawing order of areas: broad bands first, cores last (on top). */
const AREA_ORDER = ['belt', 'axis', 'corridor', 'zone', 'cluster', 'circle', 'core'];

const fontFamily = FONT_STACK.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');
const dash = new PathStyleExtension({ dash: true });

/**
 * The deck.gl layers of one compiled layout: areas by kind, centrelines and links with arrowheads,
 * nodes and member points, and the labels not in `hidden` (see hiddenLabels).
 */
export function layoutLayers(features: LayoutFeature[], lang: Lang, id = 'layout', hidden: ReadonlySet<LayoutFeature> = new Set()) {
  const by = (role: LayoutFeatureProps['role']) => features.filter((f) => f.properties.role === role);
  const areas = by('area').sort((a, b) => AREA_ORDER.indexOf(a.properties.kind) - AREA_ORDER.indexOf(b.properties.kind));
  const lines = [...by('centreline'), ...by('line')] as Feature<LineString, LayoutFeatureProps>[];
  const heads = lines.flatMap((l) => arrowheads(l));
  const points = by('point') as Feature<Point, LayoutFeatureProps>[];
  const labels = by('label') as Feature<Point, LayoutFeatureProps>[];
  const text = (f: Feature<Point, LayoutFeatureProps>) => labelText(f, lang);
  const shown = (f: LayoutFeature) => !hidden.has(f);

  return [
    new GeoJsonLayer<LayoutFeatureProps, PathStyleExtensionProps<Feature>>({
      id: `${id}-areas`,
      data: { type: 'FeatureCollection', features: areas },
      filled: true,
      stroked: true,
      getFillColor: (f) => styleOf(f.properties.kind).fill,
      getLineColor: (f) => styleOf(f.properties.kind).line,
      getLineWidth: (f) => (f.properties.kind === 'core' ? 2.5 : f.properties.kind === 'belt' || f.properties.kind === 'axis' ? 0 : 1.6),
      lineWidthUnits: 'pixels',
      // Circles and clusters are drawn dashed, as planning maps draw areas of influence.
      getDashArray: (f: Feature) => ((f.properties as LayoutFeatureProps).kind === 'circle' ? [6, 4] : (f.properties as LayoutFeatureProps).kind === 'cluster' ? [3, 3] : [0, 0]),
      dashJustified: true,
      extensions: [dash],
      pickable: true,
    }),
    new PathLayer<Feature<LineString, LayoutFeatureProps>, PathStyleExtensionProps<Feature<LineString, LayoutFeatureProps>>>({
      id: `${id}-lines`,
      data: lines,
      getPath: (f) => f.geometry.coordinates as [number, number][],
      getColor: (f) => styleOf(f.properties.kind).line,
      getWidth: (f) => (f.properties.role === 'centreline' ? 2.5 : 2),
      widthUnits: 'pixels',
      getDashArray: (f) => (f.properties.role === 'line' ? [5, 3] : [0, 0]),
      extensions: [dash],
      capRounded: true,
      jointRounded: true,
    }),
    new SolidPolygonLayer<Feature<Polygon, LayoutFeatureProps>>({
      id: `${id}-arrows`,
      data: heads,
      getPolygon: (f) => f.geometry.coordinates as [number, number][][],
      getFillColor: (f) => styleOf(f.properties.kind).line,
    }),
    new ScatterplotLayer<Feature<Point, LayoutFeatureProps>>({
      id: `${id}-points`,
      data: points,
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getRadius: (f) => (f.properties.kind === 'node' ? 6 : 3.5),
      radiusUnits: 'pixels',
      getFillColor: (f) => (f.properties.kind === 'node' ? styleOf('node').fill : [60, 52, 44, 230]),
      getLineColor: [255, 255, 255, 255],
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      stroked: true,
      pickable: true,
    }),
    new TextLayer<Feature<Point, LayoutFeatureProps>>({
      id: `${id}-member-labels`,
      data: points.filter(shown),
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getText: text,
      getSize: LABEL_SIZE.member,
      getColor: [60, 52, 44, 255],
      getPixelOffset: [8, 0],
      getTextAnchor: 'start',
      getAlignmentBaseline: 'center',
      fontFamily,
      characterSet: 'auto',
      fontWeight: 500,
      // Small text reads better as plain glyphs on a light box than as a thin SDF outline.
      background: true,
      getBackgroundColor: [255, 255, 255, 200],
      backgroundPadding: [2, 1],
    }),
    new TextLayer<Feature<Point, LayoutFeatureProps>>({
      id: `${id}-labels`,
      data: labels.filter(shown),
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getText: text,
      getSize: (f) => (f.properties.kind === 'core' ? LABEL_SIZE.core : LABEL_SIZE.element),
      getColor: (f) => {
        const [r, g, b] = styleOf(f.properties.kind).line;
        return [r!, g!, b!, 255];
      },
      fontFamily,
      fontWeight: 700,
      characterSet: 'auto',
      fontSettings: { sdf: true, fontSize: 64, buffer: 6, radius: 12 },
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 240],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      // A circle's name stands just above its centre: the seat it is drawn around (a belt's town dot, 龙口 on
      // 烟台's northern belt) stays in sight below the name instead of showing through it.
      getPixelOffset: (f) => (f.properties.kind === 'circle' ? CIRCLE_LABEL_OFFSET : NO_OFFSET),
    }),
  ];
}

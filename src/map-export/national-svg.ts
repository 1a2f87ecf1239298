import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { LegendModel } from '../core/thematic/legend.ts';
import type { Lang } from '../core/url-state.ts';
import { CHINA_PALETTE } from '../render/china-style.ts';
import { PALETTE } from '../render/palette.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { sourceLine } from './labels.ts';
import { extentNotesCaveat, legendContent } from './legend-content.ts';
import { estimateText, layoutLegend } from './legend-layout.ts';
import { nationalLayout, NATIONAL_SVG_DEFAULTS, type NationalLayout, type NationalSvgOptions } from './national-layout.ts';
import { INK, SCALE_BAR_HEIGHT } from './export-style.ts';
import { svgDocument, svgNorthArrow, svgPageHead, svgScaleBar } from './svg-furniture.ts';
import { svgInset } from './svg-inset.ts';
import { svgLegend } from './svg-legend.ts';
import { withCredits } from './svg-source.ts';
import { forD3, pathWriter } from './svg-path.ts';
import { xmlEl, textEl } from './xml.ts';

export interface NationalSvgInput {
  /** China's layers (src/core/china-topology.ts): provinces, province borders, the national outline. */
  china: { provinces: FeatureCollection; provinceLines: MultiLineString; outline: MultiLineString };
  /** The South China Sea islands (AtlasData.southChinaSea). */
  southChinaSea: FeatureCollection;
  /** Natural Earth land (AtlasData.basemap.land). */
  land: FeatureCollection;
  /** pilots.geojson: areas as Polygon/MultiPolygon, towns and zones as Point. */
  pilots: FeatureCollection<Geometry, PilotProps>;
  /** Fill of each pilot (ThematicView.colourOf); null leaves the pilot out. Default: the accent red. */
  colourOf?: (pilotId: string) => string | null;
  /** The thematic legend (ThematicView.model); default: the plain pilots legend. */
  legend?: LegendModel;
  title: string;
  subtitle?: string;
  /** Who the data is from, printed after 资料来源 / Source. */
  source: string;
  /** The map's date, as printed (e.g. 2024-05-01). */
  date: string;
  lang: Lang;
}

const PROJECTION_NOTE: Record<Lang, string> = {
  zh: '阿尔伯斯等积圆锥投影，标准纬线北纬25°和47°，中央经线东经105°。',
  en: 'Albers equal-area conic projection, standard parallels 25° N and 47° N, central meridian 105° E.',
};

/** Fill opacity of plain (unclassified) pilot areas: translucent, so the borders below show. */
const PLAIN_AREA_OPACITY = 0.6;

/** The pilots as SVG: areas as paths, towns, zones and approximate extents as circles, each with its name as a tooltip. */
function pilotMarks(input: NationalSvgInput, layout: NationalLayout, path: (g: Feature) => string, radius: number): { areas: string[]; points: string[] } {
  const [[x0, y0], [x1, y1]] = layout.frame;
  const areas: string[] = [];
  const points: string[] = [];
  for (const f of input.pilots.features) {
    const colour = input.colourOf ? input.colourOf(f.properties.id) : PILOT_PALETTE.fill;
    if (colour === null) continue;
    const name = input.lang === 'zh' ? f.properties.name : f.properties.nameEn;
    // The title carries why the drawing differs from the document, where it does (遵义县 drawn as 播州区).
    const note = f.properties.extentNote?.[input.lang];
    const tip = textEl('title', {}, note ? `${name}（${note}）` : name);
    // An approximate extent (a zone or town of a few km²) is a circle at its centre at this scale.
    const centre = f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : f.properties.extent === 'approximate' ? f.properties.centre : undefined;
    if (centre) {
      const at = layout.projection(centre);
      if (!at || at[0] < x0 || at[0] > x1 || at[1] < y0 || at[1] > y1) continue;
      // A pale class colour would vanish on the pale land without a dark edge.
      const edge = input.colourOf ? { stroke: 'rgba(43,39,34,0.75)', 'stroke-width': 0.8 } : { stroke: '#fff', 'stroke-width': 1.2 };
      points.push(xmlEl('circle', { cx: at[0], cy: at[1], r: radius, fill: colour, ...edge, 'data-id': f.properties.id }, [tip]));
    } else {
      const d = path(forD3({ type: 'Feature', properties: {}, geometry: f.geometry }));
      if (d === '') continue;
      const paint = input.colourOf
        ? { fill: colour, stroke: 'rgba(43,39,34,0.55)', 'stroke-width': 0.4 }
        : { fill: colour, 'fill-opacity': PLAIN_AREA_OPACITY, stroke: PILOT_PALETTE.outline, 'stroke-width': 0.6 };
      areas.push(xmlEl('path', { d, ...paint, 'data-id': f.properties.id }, [tip]));
    }
  }
  return { areas, points };
}

/**
 * The national thematic map as a standalone SVG document (a string; no DOM needed): title block, the
 * map in China's Albers projection (neighbours' land clipped to the frame, provinces with dash-dot
 * borders and the national outline, pilots filled by `colourOf`, towns and zones as circles), legend,
 * scale bar, north arrow, the South China Sea islands inset and the source and date line.
 * All text is escaped (xml.ts), so names and titles cannot inject markup.
 */
export function nationalSvg(input: NationalSvgInput, options: Partial<NationalSvgOptions> = {}): string {
  const defaults: NationalSvgOptions = { ...NATIONAL_SVG_DEFAULTS, ...options };
  const { lang } = input;
  const { o, credits } = withCredits(defaults, sourceLine(input.source, input.date, lang));
  const layout = nationalLayout(o);
  const path = pathWriter(layout.projection);
  const [[x0, y0], [x1, y1]] = layout.frame;
  const land = forD3(input.land);
  const provinces = forD3(input.china.provinces);
  const islands = forD3(input.southChinaSea);

  const { areas, points } = pilotMarks(input, layout, path, o.pointRadius);

  const paths = (fc: FeatureCollection, attrs: Record<string, string | number>) =>
    fc.features.map((f) => path(f)).filter((d) => d !== '').map((d) => xmlEl('path', { d, ...attrs }));
  const map = xmlEl('g', { id: 'map', class: 'map' }, [
    xmlEl('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: PALETTE.sea }),
    xmlEl('g', { class: 'land' }, paths(land, { fill: PALETTE.land, stroke: PALETTE.coast, 'stroke-width': 0.5 })),
    xmlEl('g', { class: 'provinces' }, paths(provinces, { fill: CHINA_PALETTE.land })),
    xmlEl('g', { class: 'islands' }, paths(islands, { fill: CHINA_PALETTE.outline, stroke: CHINA_PALETTE.outline, 'stroke-width': 0.6 })),
    xmlEl('g', { class: 'pilot-areas' }, areas),
    xmlEl('path', { class: 'province-lines', d: path(input.china.provinceLines), fill: 'none', stroke: CHINA_PALETTE.province, 'stroke-width': 0.8, 'stroke-dasharray': '6 2 1.5 2', 'stroke-linejoin': 'round' }),
    xmlEl('path', { class: 'outline', d: path(input.china.outline), fill: 'none', stroke: CHINA_PALETTE.outline, 'stroke-width': 1.2, 'stroke-linejoin': 'round' }),
    xmlEl('g', { class: 'pilot-points' }, points),
  ]);

  const plain = { areas: areas.length, points: points.length, areaOpacity: PLAIN_AREA_OPACITY };
  const shown = input.pilots.features.filter((f) => !input.colourOf || input.colourOf(f.properties.id) !== null).map((f) => f.properties);
  const caveat = extentNotesCaveat(lang, shown);
  const content = legendContent(input.legend, lang, plain);
  const legend = layoutLegend(caveat ? { ...content, caveat } : content, estimateText);
  const scaleBarY = y1 - 16 - SCALE_BAR_HEIGHT;
  const legendY = scaleBarY - 26 - legend.height;
  const body = [
    ...svgPageHead(o, { ...input, projection: PROJECTION_NOTE[lang] }, lang),
    map,
    xmlEl('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: 'none', stroke: INK, 'stroke-width': 1 }),
    svgNorthArrow(x1 - 36, y0 + 34, lang),
    svgLegend(legend, x0 + 12, legendY),
    svgScaleBar(layout.scaleBar, x0 + 14, scaleBarY, lang),
    svgInset({ land, provinces, provinceLines: input.china.provinceLines, outline: input.china.outline, islands }, layout.inset[0], layout.inset[1], lang, o.inset),
    ...credits.lines(o.height),
  ];
  return svgDocument(o.width, o.height, lang, body);
}

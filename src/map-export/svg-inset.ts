import type { FeatureCollection, MultiLineString } from 'geojson';
import type { Lang } from '../core/url-state.ts';
import { CHINA_PALETTE } from '../render/china-style.ts';
import { PALETTE } from '../render/palette.ts';
import { FONT_FAMILY, INK, MUTED } from './export-style.ts';
import { t } from '../app/i18n.ts';
import { fitAlbers, type Extent } from './projection.ts';
import { forD3, pathWriter } from './svg-path.ts';
import { xmlEl, textEl } from './xml.ts';

/**
 * The South China Sea islands inset (南海诸岛), the one definition every map of the atlas draws: the
 * national SVG, the PNG export and the live map (src/app/map/frame.ts). As on China's standard maps it
 * is a frame of its own at the lower right, in the main map's projection (Albers equal-area, projection.ts),
 * showing the sea from the coast of Guangdong down to 曾母暗沙 at 3° N.
 */
export const SVG_INSET_DEFAULTS = {
  /** Area shown, [west, south, east, north] degrees: the South China Sea down to 3° N. */
  extent: [105, 3, 125, 25] as Extent,
  /** Size, px, on paper and in exports; on screen the same frame is drawn smaller (`insetOfWidth`). */
  width: 170,
  height: 220,
  /** Padding between the frame and the fitted extent, px. */
  padding: 4,
};

export type InsetOptions = typeof SVG_INSET_DEFAULTS;

/** The inset's frame at `width` px: the same extent and proportions, the height and padding in proportion. */
export const insetOfWidth = (width: number, o: InsetOptions = SVG_INSET_DEFAULTS): InsetOptions => ({
  ...o,
  width,
  height: Math.round((width * o.height) / o.width),
  padding: Math.max(1, Math.round((width * o.padding) / o.width)),
});

export interface InsetInput {
  /** Neighbours' land (Natural Earth); svgInset wants it wound for d3 (svg-path.ts › forD3), insetSvg winds it. */
  land: FeatureCollection;
  /** China's provinces (wound for d3, as land). */
  provinces: FeatureCollection;
  provinceLines: MultiLineString;
  outline: MultiLineString;
  /** The South China Sea islands (wound for d3, as land). */
  islands: FeatureCollection;
}

/**
 * The inset's title, its last line on `at.y`: a title of several words (“South China Sea Islands”)
 * breaks before its last word, in lines spaced by the font's size, so that it stays inside the
 * frame at every size the page sets for it; a Chinese title (南海诸岛) is one line.
 */
function title(text: string, at: { x: number; y: number } & Record<string, string | number>): string {
  const words = text.split(' ');
  if (words.length < 3) return textEl('text', at, text);
  const lines = [words.slice(0, -1).join(' '), words.at(-1)!];
  return xmlEl('text', at, lines.map((line, i) => textEl('tspan', { x: at.x, dy: i === 0 ? '-1.15em' : '1.15em' }, line)));
}

/**
 * The South China Sea islands inset that national maps of China carry, as an SVG group with its top-left
 * at (x, y): the same Albers projection as the main map at a smaller scale, in its own frame, labelled
 * 南海诸岛 and marked 示意 (schematic). Islands are stroked so that they stay visible.
 */
export function svgInset(input: InsetInput, x: number, y: number, lang: Lang, options: InsetOptions = SVG_INSET_DEFAULTS, id: string | null = 'scs-inset'): string {
  const { width, height, padding } = options;
  const projection = fitAlbers(options.extent, [[padding, padding], [width - padding, height - padding]], [[0, 0], [width, height]]);
  const path = pathWriter(projection);
  // The words keep their place and proportion in a frame drawn smaller than the exports' 170 px.
  const k = width / SVG_INSET_DEFAULTS.width;
  const paths = (fc: FeatureCollection, attrs: Record<string, string | number>) =>
    fc.features.map((f) => path(f)).filter((d) => d !== '').map((d) => xmlEl('path', { d, ...attrs }));
  return xmlEl('g', { id, class: 'inset', transform: `translate(${x} ${y})` }, [
    xmlEl('rect', { width, height, fill: PALETTE.sea }),
    ...paths(input.land, { fill: PALETTE.land, stroke: PALETTE.coast, 'stroke-width': 0.5 }),
    ...paths(input.provinces, { fill: CHINA_PALETTE.land }),
    xmlEl('path', { d: path(input.provinceLines), fill: 'none', stroke: CHINA_PALETTE.province, 'stroke-width': 0.5, 'stroke-dasharray': '3 1 0.8 1' }),
    xmlEl('path', { d: path(input.outline), fill: 'none', stroke: CHINA_PALETTE.outline, 'stroke-width': 0.7 }),
    xmlEl('g', { class: 'islands' }, paths(input.islands, { fill: CHINA_PALETTE.outline, stroke: CHINA_PALETTE.outline, 'stroke-width': 1.2, 'stroke-linejoin': 'round' })),
    title(t(lang, 'insetTitle'), { x: width - 6 * k, y: height - 22 * k, 'text-anchor': 'end', 'font-size': 12 * k, fill: INK, class: 'inset-title' }),
    textEl('text', { x: width - 6 * k, y: height - 8 * k, 'text-anchor': 'end', 'font-size': 10 * k, fill: MUTED, class: 'inset-note' }, t(lang, 'insetSchematic')),
    xmlEl('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, fill: 'none', stroke: CHINA_PALETTE.outline, 'stroke-width': 1 }),
  ]);
}

/**
 * The inset alone as a standalone SVG document (inputs as GeoJSON gives them; they are wound here), with
 * its fonts inline so that it draws the same as an <img>: for composePng's `inset`, through png.ts › svgImage,
 * and, parsed as XML, the live map's inset (its group has no id there: a page may hold several maps).
 */
export function insetSvg(input: InsetInput, lang: Lang, options: InsetOptions = SVG_INSET_DEFAULTS): string {
  const wound = { ...input, land: forD3(input.land), provinces: forD3(input.provinces), islands: forD3(input.islands) };
  return xmlEl(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: options.width,
      height: options.height,
      viewBox: `0 0 ${options.width} ${options.height}`,
      role: 'img',
      'aria-label': `${t(lang, 'insetTitle')}（${t(lang, 'insetSchematic')}）`,
      'font-family': FONT_FAMILY,
      class: 'scs-inset',
    },
    [svgInset(wound, 0, 0, lang, options, null)],
  );
}

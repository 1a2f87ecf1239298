import { geoMercator, geoPath } from 'd3-geo';
import { rewind } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../core/url-state.ts';
import { CHINA_PALETTE } from './china-style.ts';
import { PALETTE } from './palette.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Defaults of the South China Sea inset. */
export const INSET_DEFAULTS = {
  /** Area shown: [west, south, east, north], degrees. */
  extent: [106.5, 2.8, 122.5, 24.5] as [number, number, number, number],
  /** Size of the inset, px. */
  width: 140,
  height: 180,
};

export interface InsetLayers {
  /** Neighbours' land (Natural Earth). */
  land: FeatureCollection;
  /** China's provinces. */
  china: FeatureCollection;
  /** The South China Sea islands. */
  islands: FeatureCollection;
}

const TITLE: Record<Lang, string> = { zh: '南海诸岛', en: 'S. China Sea Islands' };
const NOTE: Record<Lang, string> = { zh: '示意图', en: 'schematic' };

/**
 * The inset of the South China Sea islands that national maps of China carry, drawn as SVG with
 * d3-geo. The islands are tiny at this scale, so they are stroked to stay visible.
 */
export function southChinaSeaInset(layers: InsetLayers, lang: Lang, options = INSET_DEFAULTS): SVGSVGElement {
  const { width, height, extent } = options;
  const [w, s, e, n] = extent;
  // Clockwise, as d3-geo reads rings: this is the box, not the globe outside it.
  const frame: Geometry = { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] };
  const projection = geoMercator().fitExtent([[0, 0], [width, height]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection);

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('class', 'scs-inset');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${TITLE[lang]}（${NOTE[lang]}）`);

  const add = (fc: FeatureCollection, fill: string, stroke: string, strokeWidth: number) => {
    for (const f of fc.features) {
      // d3-geo reads rings on the sphere: exteriors clockwise, the reverse of GeoJSON's rule.
      const d = path(rewind(f, { reverse: true }));
      if (!d) continue;
      const p = document.createElementNS(SVG, 'path');
      p.setAttribute('d', d);
      p.setAttribute('fill', fill);
      p.setAttribute('stroke', stroke);
      p.setAttribute('stroke-width', String(strokeWidth));
      p.setAttribute('stroke-linejoin', 'round');
      svg.append(p);
    }
  };
  const sea = document.createElementNS(SVG, 'rect');
  sea.setAttribute('width', String(width));
  sea.setAttribute('height', String(height));
  sea.setAttribute('fill', PALETTE.sea);
  svg.append(sea);
  add(layers.land, PALETTE.land, PALETTE.coast, 0.5);
  add(layers.china, CHINA_PALETTE.land, CHINA_PALETTE.province, 0.5);
  add(layers.islands, CHINA_PALETTE.outline, CHINA_PALETTE.outline, 1.2);

  const title = document.createElementNS(SVG, 'text');
  title.setAttribute('x', String(width - 6));
  title.setAttribute('y', String(height - 20));
  title.setAttribute('text-anchor', 'end');
  title.setAttribute('class', 'scs-inset-title');
  title.textContent = TITLE[lang];
  const note = document.createElementNS(SVG, 'text');
  note.setAttribute('x', String(width - 6));
  note.setAttribute('y', String(height - 7));
  note.setAttribute('text-anchor', 'end');
  note.setAttribute('class', 'scs-inset-note');
  note.textContent = NOTE[lang];
  const border = document.createElementNS(SVG, 'rect');
  border.setAttribute('x', '0.5');
  border.setAttribute('y', '0.5');
  border.setAttribute('width', String(width - 1));
  border.setAttribute('height', String(height - 1));
  border.setAttribute('fill', 'none');
  border.setAttribute('stroke', CHINA_PALETTE.outline);
  svg.append(title, note, border);
  return svg;
}

import type { GeoConicProjection } from 'd3-geo';
import { fitAlbers, kmPerPx, type Box, type Extent } from './projection.ts';
import { niceScaleBar, type ScaleBar } from './scale-bar.ts';
import { SVG_INSET_DEFAULTS } from './svg-inset.ts';

/** Defaults of the national SVG. */
export const NATIONAL_SVG_DEFAULTS = {
  /** Document size, px. */
  width: 1200,
  height: 900,
  /** Outer margin, px. */
  margin: 24,
  /** Height of the title block above the map frame, px. */
  header: 78,
  /** Height of the source line below the map frame, px. */
  footer: 30,
  /** Padding between the map frame and the fitted mainland, px. */
  padding: 18,
  /** Mainland China with Hainan, [west, south, east, north] degrees: what the main map is fitted to. */
  mainland: [73.4, 18.1, 135.1, 53.6] as Extent,
  /** The inset (svg-inset.ts). */
  inset: SVG_INSET_DEFAULTS,
  /** Longest scale bar, px. */
  scaleBarMax: 160,
  /** Radius of town and zone pilots, px. */
  pointRadius: 4.5,
};

export type NationalSvgOptions = typeof NATIONAL_SVG_DEFAULTS;

/** Where each part of the national SVG goes, and the projection of its main map. */
export interface NationalLayout {
  projection: GeoConicProjection;
  /** The map frame, px. */
  frame: Box;
  /** Top-left of the inset, px. */
  inset: [number, number];
  scaleBar: ScaleBar;
  /** Centre of the map frame, px, where the scale bar's scale is measured. */
  centre: [number, number];
}

/**
 * The layout: title block on top, the map frame below it with the mainland fitted inside, the inset in
 * the frame's lower right corner, the source line below. The scale bar's length is measured along the
 * parallel through the frame's centre.
 */
export function nationalLayout(o: NationalSvgOptions = NATIONAL_SVG_DEFAULTS): NationalLayout {
  const frame: Box = [[o.margin, o.margin + o.header], [o.width - o.margin, o.height - o.margin - o.footer]];
  const [[x0, y0], [x1, y1]] = frame;
  const fit: Box = [[x0 + o.padding, y0 + o.padding], [x1 - o.padding, y1 - o.padding]];
  const projection = fitAlbers(o.mainland, fit, frame);
  const centre: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return {
    projection,
    frame,
    inset: [x1 - o.inset.width - 10, y1 - o.inset.height - 10],
    scaleBar: niceScaleBar(kmPerPx(projection, centre), o.scaleBarMax),
    centre,
  };
}

export { nationalSvg, type NationalSvgInput } from './national-svg.ts';
export { NATIONAL_SVG_DEFAULTS, nationalLayout, type NationalSvgOptions } from './national-layout.ts';
export { composePng, svgImage, type ComposePngOptions } from './png.ts';
export { niceScaleBar, mercatorKmPerPx, type ScaleBar } from './scale-bar.ts';
export { CHINA_ALBERS, chinaAlbers, kmPerPx } from './projection.ts';
export { insetSvg, SVG_INSET_DEFAULTS } from './svg-inset.ts';
export { extentNotesCaveat } from './legend-content.ts';

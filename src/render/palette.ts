/** Base-map colours: quiet, low-chroma, so thematic layers carry the colour. */
export const PALETTE = {
  /** Sea and everything off the land. */
  sea: '#d8e5ec',
  /** Land of the neighbours (Natural Earth). */
  land: '#eeebe3',
  /** Coastline, a shade darker than the sea. */
  coast: '#b7c9d3',
  /** Borders between neighbouring countries. */
  border: '#b0a99b',
  /** Country names. */
  countryLabel: '#8c8579',
  /** Sea names. */
  seaLabel: '#6f8fa3',
  /** Halo behind labels on land. */
  halo: '#f6f4ef',
} as const;

/** Font stack for labels drawn with local fonts (no glyph server). */
export const FONT_STACK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

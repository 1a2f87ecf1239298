/**
 * The data files the first view of index.html and embed.html reads before it can draw (the first
 * paint, the thematic layer, the sources behind its numbers). The build preloads each from the
 * pages' <head> (vite.config.ts), so they are fetched while the scripts load, not after; a browser
 * test finds every data file the first paint fetched among them.
 */
export const FIRST_VIEW_DATA = [
  'china-base.topo.json',
  'basemap.json',
  'checks.json',
  'indicators.json',
  'sources.json',
  'pilot-docs.json',
  'layouts-index.json',
  'formulas.json',
  'south-china-sea.topo.json',
] as const;

